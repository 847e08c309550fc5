// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrNode.h"

#include <QJsonArray>

namespace podnet {

namespace {

std::optional<QString> optionalString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

QJsonValue toValue(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QStringList splitList(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

void appendUnique(QStringList *list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!item.isEmpty() && !list->contains(item))
            list->append(item);
    }
}

} // namespace

QJsonObject PodCidrNode::Annotations::toJson() const
{
    return {{podCidrKey(), toValue(podCidr)}, {podCidrsKey(), toValue(podCidrs)}};
}

PodCidrNode::Annotations PodCidrNode::Annotations::fromJson(const QJsonObject &object)
{
    return {optionalString(object, podCidrKey()), optionalString(object, podCidrsKey())};
}

QString PodCidrNode::Annotations::toText() const
{
    const QString none = QStringLiteral("(none)");
    return QStringLiteral("%1=%2, %3=%4")
            .arg(podCidrKey(), podCidr.value_or(none), podCidrsKey(), podCidrs.value_or(none));
}

PodCidrNode PodCidrNode::fromJson(const QJsonObject &node)
{
    const QJsonObject metadata = node.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    PodCidrNode result;
    result.name = metadata.value(QStringLiteral("name")).toString();
    result.resourceVersion = metadata.value(QStringLiteral("resourceVersion")).toString();
    result.specPodCidr = spec.value(QStringLiteral("podCIDR")).toString();
    for (const QJsonValue &value : spec.value(QStringLiteral("podCIDRs")).toArray())
        result.specPodCidrs << value.toString();
    result.annotations
            = Annotations::fromJson(metadata.value(QStringLiteral("annotations")).toObject());
    return result;
}

QStringList PodCidrNode::ranges() const
{
    QStringList result;
    // As kube-router: the singular annotation wins over spec.podCIDR, and the plural one over
    // spec.podCIDRs. An empty annotation counts as unset.
    const QString single = annotations.podCidr.value_or(QString()).trimmed();
    appendUnique(&result, {single.isEmpty() ? specPodCidr : single});
    const QString plural = annotations.podCidrs.value_or(QString()).trimmed();
    appendUnique(&result, plural.isEmpty() ? specPodCidrs : splitList(plural));
    return result;
}

QStringList PodCidrNode::allRanges() const
{
    QStringList result;
    appendUnique(&result, {specPodCidr});
    appendUnique(&result, specPodCidrs);
    appendUnique(&result, {annotations.podCidr.value_or(QString()).trimmed()});
    appendUnique(&result, splitList(annotations.podCidrs.value_or(QString())));
    return result;
}

QString PodCidrNode::currentText() const
{
    const QString single = annotations.podCidr.value_or(QString()).trimmed();
    const QString plural = annotations.podCidrs.value_or(QString()).trimmed();
    QStringList parts;
    if (!single.isEmpty() && (plural.isEmpty() || plural == single))
        parts << tr("%1 (annotation)").arg(single);
    else if (!single.isEmpty())
        parts << tr("%1 (annotation pod-cidr)").arg(single)
              << tr("%1 (annotation pod-cidrs)").arg(plural);
    else if (!plural.isEmpty())
        parts << tr("%1 (annotation pod-cidrs)").arg(plural);
    if (!specPodCidr.isEmpty() && single.isEmpty())
        parts << tr("%1 (spec.podCIDR)").arg(specPodCidr);
    else if (!specPodCidr.isEmpty())
        parts << tr("%1 (spec.podCIDR, overridden)").arg(specPodCidr);
    if (parts.isEmpty())
        return tr("none");
    return parts.join(QStringLiteral(", "));
}

} // namespace podnet
