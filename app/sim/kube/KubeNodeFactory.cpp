// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeNodeFactory.h"

#include "KubeJson.h"

#include <QJsonArray>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kNotReadyTaint = QStringLiteral("node.kubernetes.io/not-ready");
const QString kUnreachableTaint = QStringLiteral("node.kubernetes.io/unreachable");

QJsonObject condition(const char *type, const char *status, const char *reason, const char *message)
{
    const QString now = KubeJson::now();
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("reason"), QLatin1String(reason)},
            {QStringLiteral("message"), QLatin1String(message)},
            {QStringLiteral("lastHeartbeatTime"), now},
            {QStringLiteral("lastTransitionTime"), now}};
}

} // namespace

QJsonObject KubeNodeFactory::build(const KubeNodeSpec &spec)
{
    QJsonObject labels {{QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64")},
                        {QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux")},
                        {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
                        {QStringLiteral("kubernetes.io/hostname"), spec.name},
                        {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")}};
    for (auto it = spec.labels.constBegin(); it != spec.labels.constEnd(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject nodeSpec;
    if (!spec.podCIDR.isEmpty()) {
        nodeSpec.insert(QStringLiteral("podCIDR"), spec.podCIDR);
        nodeSpec.insert(QStringLiteral("podCIDRs"), QJsonArray {spec.podCIDR});
    }
    const QJsonObject resources {
            {QStringLiteral("cpu"), QStringLiteral("2")},
            {QStringLiteral("memory"), QStringLiteral("4025836Ki")},
            {QStringLiteral("pods"), QStringLiteral("110")},
            {QStringLiteral("ephemeral-storage"), QStringLiteral("20470152Ki")}};
    const QJsonObject status {
            {QStringLiteral("conditions"),
             QJsonArray {condition("MemoryPressure", "False", "KubeletHasSufficientMemory",
                                   "kubelet has sufficient memory available"),
                         condition("DiskPressure", "False", "KubeletHasNoDiskPressure",
                                   "kubelet has no disk pressure"),
                         condition("PIDPressure", "False", "KubeletHasSufficientPID",
                                   "kubelet has sufficient PID available")}},
            {QStringLiteral("addresses"),
             QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                      {QStringLiteral("address"), spec.internalIP}},
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("Hostname")},
                                      {QStringLiteral("address"), spec.name}}}},
            {QStringLiteral("capacity"), resources},
            {QStringLiteral("allocatable"), resources},
            {QStringLiteral("daemonEndpoints"),
             QJsonObject {{QStringLiteral("kubeletEndpoint"),
                           QJsonObject {{QStringLiteral("Port"), 10250}}}}},
            {QStringLiteral("nodeInfo"),
             QJsonObject {
                     {QStringLiteral("architecture"), QStringLiteral("amd64")},
                     {QStringLiteral("bootID"),
                      QStringLiteral("00000000-0000-0000-0000-000000000000")},
                     {QStringLiteral("containerRuntimeVersion"),
                      QStringLiteral("containerd://1.7.24")},
                     {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-31-amd64")},
                     {QStringLiteral("kubeProxyVersion"), QStringLiteral("v1.32.4")},
                     {QStringLiteral("kubeletVersion"), QStringLiteral("v1.32.4")},
                     {QStringLiteral("machineID"),
                      QStringLiteral("0123456789abcdef0123456789abcdef")},
                     {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
                     {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                     {QStringLiteral("systemUUID"),
                      QStringLiteral("00000000-0000-0000-0000-000000000000")}}}};
    return QJsonObject {
            {kMetadata,
             QJsonObject {
                     {QStringLiteral("name"), spec.name},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("annotations"),
                      QJsonObject {
                              {QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0")},
                              {QStringLiteral(
                                       "volumes.kubernetes.io/controller-managed-attach-detach"),
                               QStringLiteral("true")}}}}},
            {QStringLiteral("spec"), nodeSpec},
            {QStringLiteral("status"), status}};
}

QJsonObject KubeNodeFactory::withReady(QJsonObject node, KubeNodeReadiness readiness)
{
    QJsonObject status = node.value(QStringLiteral("status")).toObject();
    QJsonArray conditions;
    QJsonObject previous;
    const QJsonArray old = status.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &value : old) {
        if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            previous = value.toObject();
        else
            conditions.append(value);
    }
    using R = KubeNodeReadiness;
    QJsonObject ready;
    QString taint;
    switch (readiness) {
    case R::True:
        ready = condition("Ready", "True", "KubeletReady", "kubelet is posting ready status");
        break;
    case R::False:
        ready = condition("Ready", "False", "KubeletNotReady",
                          "container runtime network not ready: NetworkReady=false "
                          "reason:NetworkPluginNotReady message:Network plugin returns error: "
                          "cni plugin not initialized");
        taint = kNotReadyTaint;
        break;
    case R::Unknown:
        ready = condition("Ready", "Unknown", "NodeStatusUnknown",
                          "Kubelet stopped posting node status.");
        taint = kUnreachableTaint;
        break;
    case R::Absent:
        break;
    }
    if (!ready.isEmpty()) {
        if (previous.value(QStringLiteral("status")) == ready.value(QStringLiteral("status")))
            ready.insert(QStringLiteral("lastTransitionTime"),
                         previous.value(QStringLiteral("lastTransitionTime")));
        conditions.append(ready);
    }
    status.insert(QStringLiteral("conditions"), conditions);
    node.insert(QStringLiteral("status"), status);

    QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    QJsonArray taints;
    const QJsonArray oldTaints = spec.value(QStringLiteral("taints")).toArray();
    for (const QJsonValue &value : oldTaints) {
        const QString key = value.toObject().value(QStringLiteral("key")).toString();
        if (key != kNotReadyTaint && key != kUnreachableTaint)
            taints.append(value);
    }
    if (!taint.isEmpty())
        taints.append(QJsonObject {{QStringLiteral("key"), taint},
                                   {QStringLiteral("effect"), QStringLiteral("NoSchedule")}});
    if (taints.isEmpty())
        spec.remove(QStringLiteral("taints"));
    else
        spec.insert(QStringLiteral("taints"), taints);
    node.insert(QStringLiteral("spec"), spec);
    return node;
}

} // namespace podnet::sim
