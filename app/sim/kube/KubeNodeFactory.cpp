// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeNodeFactory.h"

#include "KubeJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QUuid>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kStatus = QStringLiteral("status");
const QString kConditions = QStringLiteral("conditions");
const QString kNotReadyTaint = QStringLiteral("node.kubernetes.io/not-ready");
const QString kUnreachableTaint = QStringLiteral("node.kubernetes.io/unreachable");
const QString kUnschedulableTaint = QStringLiteral("node.kubernetes.io/unschedulable");

struct ConditionText
{
    const char *type;
    const char *status;
    const char *reason;
    const char *message;
};

// What a healthy kubelet reports besides Ready, in the kubelet's order.
constexpr ConditionText kPressure[] = {
        {"MemoryPressure", "False", "KubeletHasSufficientMemory",
         "kubelet has sufficient memory available"},
        {"DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"},
        {"PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"},
};

constexpr ConditionText kReadyTrue {"Ready", "True", "KubeletReady",
                                    "kubelet is posting ready status"};
constexpr ConditionText kReadyFalse {
        "Ready", "False", "KubeletNotReady",
        "container runtime network not ready: NetworkReady=false "
        "reason:NetworkPluginNotReady message:Network plugin returns error: "
        "cni plugin not initialized"};

QJsonObject condition(const ConditionText &text, const QString &now)
{
    return {{QStringLiteral("type"), QLatin1String(text.type)},
            {kStatus, QLatin1String(text.status)},
            {QStringLiteral("reason"), QLatin1String(text.reason)},
            {QStringLiteral("message"), QLatin1String(text.message)},
            {QStringLiteral("lastHeartbeatTime"), now},
            {QStringLiteral("lastTransitionTime"), now}};
}

/// \a fresh, keeping the transition time of \a previous when the status stays.
QJsonObject carryTransition(QJsonObject fresh, const QJsonObject &previous)
{
    if (!previous.isEmpty() && previous.value(kStatus) == fresh.value(kStatus))
        fresh.insert(QStringLiteral("lastTransitionTime"),
                     previous.value(QStringLiteral("lastTransitionTime")));
    return fresh;
}

QByteArray digest(const char *salt, const QString &name)
{
    return QCryptographicHash::hash(QByteArray(QByteArray(salt) + name.toUtf8()),
                                    QCryptographicHash::Sha256);
}

QString uuidFor(const char *salt, const QString &name)
{
    // Shaped like a random (version 4, RFC 4122 variant) UUID.
    QByteArray bytes = digest(salt, name).left(16);
    bytes[6] = static_cast<char>((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes.at(8) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QJsonObject image(const char *repository, const char *tag, qint64 size)
{
    const QString repo = QLatin1String(repository);
    const QString hash = QString::fromLatin1(digest("image", repo).toHex());
    return {{QStringLiteral("names"),
             QJsonArray {QString(repo + QStringLiteral("@sha256:") + hash),
                         QString(repo + QLatin1Char(':') + QLatin1String(tag))}},
            {QStringLiteral("sizeBytes"), size}};
}

const QJsonArray &images()
{
    // The same on every node: built once (thousands of nodes in load tests).
    static const QJsonArray list {
            image("registry.k8s.io/provider-os/cinder-csi-plugin", "v1.32.0", 95318784),
            image("registry.k8s.io/kube-proxy", "v1.32.4", 30878241),
            image("registry.k8s.io/coredns/coredns", "v1.11.3", 18562039),
            image("registry.k8s.io/sig-storage/csi-node-driver-registrar", "v2.12.0", 14072345),
            image("registry.k8s.io/sig-storage/livenessprobe", "v2.14.0", 13493718),
            image("registry.k8s.io/pause", "3.10", 320368)};
    return list;
}

QJsonObject labelsFor(const KubeNodeSpec &spec)
{
    QJsonObject labels {
            {QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64")},
            {QStringLiteral("beta.kubernetes.io/instance-type"), QStringLiteral("m1.medium")},
            {QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux")},
            {QStringLiteral("failure-domain.beta.kubernetes.io/region"),
             QStringLiteral("RegionOne")},
            {QStringLiteral("failure-domain.beta.kubernetes.io/zone"), QStringLiteral("nova")},
            {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
            {QStringLiteral("kubernetes.io/hostname"), spec.name},
            {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
            {QStringLiteral("node.kubernetes.io/instance-type"), QStringLiteral("m1.medium")},
            {QStringLiteral("topology.cinder.csi.openstack.org/zone"), QStringLiteral("nova")},
            {QStringLiteral("topology.kubernetes.io/region"), QStringLiteral("RegionOne")},
            {QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("nova")}};
    for (auto it = spec.labels.constBegin(); it != spec.labels.constEnd(); ++it)
        labels.insert(it.key(), it.value());
    return labels;
}

QJsonObject annotationsFor(const KubeNodeSpec &spec, const QString &instance)
{
    return {{QStringLiteral("alpha.kubernetes.io/provided-node-ip"), spec.internalIP},
            {QStringLiteral("csi.volume.kubernetes.io/nodeid"),
             QStringLiteral("{\"cinder.csi.openstack.org\":\"%1\"}").arg(instance)},
            {QStringLiteral("kubeadm.alpha.kubernetes.io/cri-socket"),
             QStringLiteral("unix:///var/run/containerd/containerd.sock")},
            {QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0")},
            {QStringLiteral("volumes.kubernetes.io/controller-managed-attach-detach"),
             QStringLiteral("true")}};
}

QJsonObject nodeInfo(const QString &name, const QString &instance)
{
    return {{QStringLiteral("architecture"), QStringLiteral("amd64")},
            {QStringLiteral("bootID"), uuidFor("boot", name)},
            {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.24")},
            {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-31-amd64")},
            {QStringLiteral("kubeProxyVersion"), QStringLiteral("v1.32.4")},
            {QStringLiteral("kubeletVersion"), QStringLiteral("v1.32.4")},
            {QStringLiteral("machineID"),
             QString::fromLatin1(digest("machine", name).left(16).toHex())},
            {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
            {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
            {QStringLiteral("systemUUID"), instance}};
}

QJsonObject taint(const QString &key, const char *effect, const QString &timeAdded = {})
{
    QJsonObject result {{QStringLiteral("key"), key},
                        {QStringLiteral("effect"), QLatin1String(effect)}};
    if (!timeAdded.isEmpty())
        result.insert(QStringLiteral("timeAdded"), timeAdded);
    return result;
}

/// \a node with the taints whose key is in \a keys replaced by \a replacements; a taint that
/// stays keeps the time it was added.
QJsonObject withTaints(QJsonObject node, const QStringList &keys, const QJsonArray &replacements)
{
    QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    const QJsonArray old = spec.value(QStringLiteral("taints")).toArray();
    QJsonArray taints;
    for (const QJsonValue &value : old) {
        if (!keys.contains(value.toObject().value(QStringLiteral("key")).toString()))
            taints.append(value);
    }
    for (const QJsonValue &value : replacements) {
        QJsonValue kept = value;
        for (const QJsonValue &previous : old) {
            if (previous.toObject().value(QStringLiteral("key"))
                        == value.toObject().value(QStringLiteral("key"))
                && previous.toObject().value(QStringLiteral("effect"))
                        == value.toObject().value(QStringLiteral("effect")))
                kept = previous;
        }
        taints.append(kept);
    }
    if (taints.isEmpty())
        spec.remove(QStringLiteral("taints"));
    else
        spec.insert(QStringLiteral("taints"), taints);
    node.insert(QStringLiteral("spec"), spec);
    return node;
}

} // namespace

QJsonObject KubeNodeFactory::build(const KubeNodeSpec &spec)
{
    const QString instance = uuidFor("instance", spec.name);
    QJsonObject nodeSpec {
            {QStringLiteral("providerID"), QString(QStringLiteral("openstack:///") + instance)}};
    if (!spec.podCIDR.isEmpty()) {
        nodeSpec.insert(QStringLiteral("podCIDR"), spec.podCIDR);
        nodeSpec.insert(QStringLiteral("podCIDRs"), QJsonArray {spec.podCIDR});
    }
    const QJsonObject capacity {{QStringLiteral("cpu"), QStringLiteral("2")},
                                {QStringLiteral("ephemeral-storage"), QStringLiteral("20470152Ki")},
                                {QStringLiteral("hugepages-1Gi"), QStringLiteral("0")},
                                {QStringLiteral("hugepages-2Mi"), QStringLiteral("0")},
                                {QStringLiteral("memory"), QStringLiteral("4025836Ki")},
                                {QStringLiteral("pods"), QStringLiteral("110")}};
    QJsonObject allocatable = capacity;
    allocatable.insert(QStringLiteral("ephemeral-storage"), QStringLiteral("18865161833"));
    allocatable.insert(QStringLiteral("memory"), QStringLiteral("3923436Ki"));
    const QString now = KubeJson::now();
    QJsonArray conditions;
    for (const ConditionText &text : kPressure)
        conditions.append(condition(text, now));
    const QJsonObject status {
            {kConditions, conditions},
            {QStringLiteral("addresses"),
             QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                      {QStringLiteral("address"), spec.internalIP}},
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("Hostname")},
                                      {QStringLiteral("address"), spec.name}}}},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("allocatable"), allocatable},
            {QStringLiteral("daemonEndpoints"),
             QJsonObject {{QStringLiteral("kubeletEndpoint"),
                           QJsonObject {{QStringLiteral("Port"), 10250}}}}},
            {QStringLiteral("images"), images()},
            {QStringLiteral("nodeInfo"), nodeInfo(spec.name, instance)}};
    return QJsonObject {
            {kMetadata,
             QJsonObject {{QStringLiteral("name"), spec.name},
                          {QStringLiteral("labels"), labelsFor(spec)},
                          {QStringLiteral("annotations"), annotationsFor(spec, instance)}}},
            {QStringLiteral("spec"), nodeSpec},
            {kStatus, status}};
}

QJsonObject KubeNodeFactory::withReady(QJsonObject node, KubeNodeReadiness readiness)
{
    using R = KubeNodeReadiness;
    QJsonObject status = node.value(kStatus).toObject();
    QHash<QString, QJsonObject> previous;
    const QJsonArray old = status.value(kConditions).toArray();
    for (const QJsonValue &value : old)
        previous.insert(value.toObject().value(QStringLiteral("type")).toString(),
                        value.toObject());
    const QString now = KubeJson::now();
    QJsonArray conditions;
    auto add = [&](const ConditionText &text) {
        const QJsonObject before = previous.value(QLatin1String(text.type));
        QJsonObject fresh = condition(text, now);
        if (readiness == R::Unknown) {
            // The node lifecycle controller writes these: the kubelet's last heartbeat stays.
            fresh.insert(kStatus, QStringLiteral("Unknown"));
            fresh.insert(QStringLiteral("reason"), QStringLiteral("NodeStatusUnknown"));
            fresh.insert(QStringLiteral("message"),
                         QStringLiteral("Kubelet stopped posting node status."));
            if (before.contains(QStringLiteral("lastHeartbeatTime")))
                fresh.insert(QStringLiteral("lastHeartbeatTime"),
                             before.value(QStringLiteral("lastHeartbeatTime")));
        }
        conditions.append(carryTransition(fresh, before));
    };
    for (const ConditionText &text : kPressure)
        add(text);
    switch (readiness) {
    case R::True:
        add(kReadyTrue);
        break;
    case R::False:
    case R::Unknown:
        add(kReadyFalse);
        break;
    case R::Absent:
        break;
    }
    status.insert(kConditions, conditions);
    node.insert(kStatus, status);

    QJsonArray taints;
    if (readiness == R::False)
        taints.append(taint(kNotReadyTaint, "NoSchedule"));
    if (readiness == R::Unknown)
        taints << taint(kUnreachableTaint, "NoSchedule")
               << taint(kUnreachableTaint, "NoExecute", now);
    return withTaints(node, {kNotReadyTaint, kUnreachableTaint}, taints);
}

QJsonObject KubeNodeFactory::withHeartbeat(QJsonObject node, const QString &time)
{
    QJsonObject status = node.value(kStatus).toObject();
    QJsonArray conditions = status.value(kConditions).toArray();
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        QJsonObject item = conditions.at(i).toObject();
        item.insert(QStringLiteral("lastHeartbeatTime"), time);
        conditions.replace(i, item);
    }
    status.insert(kConditions, conditions);
    node.insert(kStatus, status);
    return node;
}

QJsonObject KubeNodeFactory::withUnschedulable(QJsonObject node, bool unschedulable)
{
    QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    if (unschedulable)
        spec.insert(QStringLiteral("unschedulable"), true);
    else
        spec.remove(QStringLiteral("unschedulable"));
    node.insert(QStringLiteral("spec"), spec);
    return withTaints(
            node, {kUnschedulableTaint},
            unschedulable ? QJsonArray {taint(kUnschedulableTaint, "NoSchedule", KubeJson::now())}
                          : QJsonArray());
}

KubeNodeReadiness KubeNodeFactory::readiness(const QJsonObject &node)
{
    const QJsonArray conditions = node.value(kStatus).toObject().value(kConditions).toArray();
    for (const QJsonValue &value : conditions) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("type")).toString() != QLatin1String("Ready"))
            continue;
        const QString status = item.value(kStatus).toString();
        return status == QLatin1String("True")     ? KubeNodeReadiness::True
                : status == QLatin1String("False") ? KubeNodeReadiness::False
                                                   : KubeNodeReadiness::Unknown;
    }
    return KubeNodeReadiness::Absent;
}

QString KubeNodeFactory::internalIP(const QJsonObject &node)
{
    const QJsonArray addresses
            = node.value(kStatus).toObject().value(QStringLiteral("addresses")).toArray();
    for (const QJsonValue &address : addresses) {
        if (address.toObject().value(QStringLiteral("type")).toString()
            == QLatin1String("InternalIP"))
            return address.toObject().value(QStringLiteral("address")).toString();
    }
    return {};
}

} // namespace podnet::sim
