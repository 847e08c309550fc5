// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeStatus.h"

#include "kube/nodes/KubeAge.h"

#include <QJsonArray>

#include <tuple>

namespace podnet {

namespace {

const QLatin1String kRolePrefix("node-role.kubernetes.io/");
const QLatin1String kLegacyRole("kubernetes.io/role");
const QLatin1String kPodCidrAnnotation("kube-router.io/pod-cidr");
const QLatin1String kPodCidrsAnnotation("kube-router.io/pod-cidrs");

std::optional<QString> optionalString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    return value.toString();
}

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<unknown>") : text;
}

} // namespace

NodeStatus NodeStatus::fromJson(const QJsonObject &node)
{
    NodeStatus result;
    const QJsonObject metadata = node.value(QLatin1String("metadata")).toObject();
    result.name = metadata.value(QLatin1String("name")).toString();
    result.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    result.creationTimestamp = KubeAge::parseTimestamp(
            metadata.value(QLatin1String("creationTimestamp")).toString());
    result.roles = rolesText(metadata.value(QLatin1String("labels")).toObject());
    const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    if (!annotations.isEmpty()) {
        result.podCidrAnnotation = optionalString(annotations, kPodCidrAnnotation);
        result.podCidrsAnnotation = optionalString(annotations, kPodCidrsAnnotation);
    }

    const QJsonObject spec = node.value(QLatin1String("spec")).toObject();
    result.unschedulable = spec.value(QLatin1String("unschedulable")).toBool();
    result.specPodCidr = spec.value(QLatin1String("podCIDR")).toString();
    const QJsonArray podCidrs = spec.value(QLatin1String("podCIDRs")).toArray();
    for (const QJsonValue &value : podCidrs)
        result.specPodCidrs.append(value.toString());
    const QJsonArray taints = spec.value(QLatin1String("taints")).toArray();
    for (const QJsonValue &value : taints) {
        const QJsonObject taint = value.toObject();
        result.taints.append({taint.value(QLatin1String("key")).toString(),
                              taint.value(QLatin1String("value")).toString(),
                              taint.value(QLatin1String("effect")).toString()});
    }

    const QJsonObject status = node.value(QLatin1String("status")).toObject();
    result.ready = NodeReadyCondition::fromConditions(
            status.value(QLatin1String("conditions")).toArray());
    const QJsonArray addresses = status.value(QLatin1String("addresses")).toArray();
    for (const QJsonValue &value : addresses) {
        const QJsonObject address = value.toObject();
        const QString type = address.value(QLatin1String("type")).toString();
        QString *target = nullptr;
        if (type == QLatin1String("InternalIP"))
            target = &result.internalIp;
        else if (type == QLatin1String("ExternalIP"))
            target = &result.externalIp;
        if (target && target->isEmpty())
            *target = address.value(QLatin1String("address")).toString();
    }
    const QJsonObject info = status.value(QLatin1String("nodeInfo")).toObject();
    result.kubeletVersion = info.value(QLatin1String("kubeletVersion")).toString();
    result.osImage = info.value(QLatin1String("osImage")).toString();
    result.kernelVersion = info.value(QLatin1String("kernelVersion")).toString();
    result.containerRuntime = info.value(QLatin1String("containerRuntimeVersion")).toString();
    return result;
}

QString NodeStatus::rolesText(const QJsonObject &labels)
{
    QStringList roles;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const QString key = it.key();
        if (key.startsWith(kRolePrefix)) {
            if (key.size() > kRolePrefix.size())
                roles.append(key.mid(kRolePrefix.size()));
        } else if (key == kLegacyRole) {
            const QString value = it.value().toString();
            if (!value.isEmpty())
                roles.append(value);
        }
    }
    if (roles.isEmpty())
        return QStringLiteral("<none>");
    // Label keys and values are ASCII, so UTF-16 order is Go's byte order.
    roles.sort();
    roles.removeDuplicates();
    return roles.join(QLatin1Char(','));
}

QString NodeStatus::statusText() const
{
    QString text;
    switch (ready.state) {
    case NodeReadyCondition::State::True:
        text = QStringLiteral("Ready");
        break;
    case NodeReadyCondition::State::False:
    case NodeReadyCondition::State::Unknown:
        text = QStringLiteral("NotReady");
        break;
    case NodeReadyCondition::State::Absent:
        text = QStringLiteral("Unknown");
        break;
    }
    if (unschedulable)
        text += QLatin1String(",SchedulingDisabled");
    return text;
}

NodeStatus::PodCidrSource NodeStatus::podCidrSource() const
{
    if (podCidrAnnotation)
        return PodCidrSource::PodCidrAnnotation;
    if (podCidrsAnnotation)
        return PodCidrSource::PodCidrsAnnotation;
    if (!specPodCidr.isEmpty() || !specPodCidrs.isEmpty())
        return PodCidrSource::Spec;
    return PodCidrSource::None;
}

QString NodeStatus::effectivePodCidr() const
{
    switch (podCidrSource()) {
    case PodCidrSource::PodCidrAnnotation:
        return *podCidrAnnotation;
    case PodCidrSource::PodCidrsAnnotation:
        return podCidrsAnnotation->split(QLatin1Char(','), Qt::SkipEmptyParts)
                .join(QStringLiteral(", "));
    case PodCidrSource::Spec:
        return specPodCidr.isEmpty() ? specPodCidrs.join(QStringLiteral(", ")) : specPodCidr;
    case PodCidrSource::None:
        break;
    }
    return {};
}

QString NodeStatus::internalIpText() const
{
    return internalIp.isEmpty() ? QStringLiteral("<none>") : internalIp;
}

QString NodeStatus::externalIpText() const
{
    return externalIp.isEmpty() ? QStringLiteral("<none>") : externalIp;
}

QString NodeStatus::osImageText() const
{
    return orUnknown(osImage);
}

QString NodeStatus::kernelVersionText() const
{
    return orUnknown(kernelVersion);
}

QString NodeStatus::containerRuntimeText() const
{
    return orUnknown(containerRuntime);
}

bool NodeStatus::sameContent(const NodeStatus &other) const
{
    // Every member but resourceVersion (keep in step with the struct).
    auto content = [](const NodeStatus &s) {
        return std::tie(s.name, s.creationTimestamp, s.roles, s.unschedulable, s.ready,
                        s.kubeletVersion, s.internalIp, s.externalIp, s.osImage, s.kernelVersion,
                        s.containerRuntime, s.specPodCidr, s.specPodCidrs, s.podCidrAnnotation,
                        s.podCidrsAnnotation, s.taints);
    };
    return content(*this) == content(other);
}

} // namespace podnet
