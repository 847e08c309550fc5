// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeRouterPodFactory.h"

#include "KubeJson.h"
#include "KubeNodeFactory.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kSpec = QStringLiteral("spec");
const QString kStatus = QStringLiteral("status");
const QString kContainerStatuses = QStringLiteral("containerStatuses");

QString containerId()
{
    QByteArray bytes(32, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("containerd://") + QString::fromLatin1(bytes.toHex());
}

/// The image as the kubelet reports it: an untagged reference means :latest.
QString resolvedImage(const QString &image)
{
    const QString last = image.section(QLatin1Char('/'), -1);
    if (last.contains(QLatin1Char(':')) || last.contains(QLatin1Char('@')))
        return image;
    return image + QStringLiteral(":latest");
}

/// The digest reference the runtime pulled (made up, stable per image name).
QString imageId(const QString &image)
{
    const QString repository = image.section(QLatin1Char('@'), 0, 0);
    const qsizetype colon = repository.lastIndexOf(QLatin1Char(':'));
    const QString name = colon > repository.lastIndexOf(QLatin1Char('/')) ? repository.left(colon)
                                                                          : repository;
    return name + QStringLiteral("@sha256:")
            + QString::fromLatin1(
                    QCryptographicHash::hash(image.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject condition(const char *type, bool status, const QString &now, const QString &reason = {},
                      const QString &message = {})
{
    QJsonObject result {{QStringLiteral("type"), QLatin1String(type)},
                        {kStatus, status ? QStringLiteral("True") : QStringLiteral("False")},
                        {QStringLiteral("lastProbeTime"), QJsonValue::Null},
                        {QStringLiteral("lastTransitionTime"), now}};
    if (!reason.isEmpty())
        result.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        result.insert(QStringLiteral("message"), message);
    return result;
}

/// \a pod with its Ready and ContainersReady conditions set, keeping transition times that
/// do not change.
QJsonObject withReadiness(QJsonObject pod, bool ready, const QString &now)
{
    QJsonObject status = pod.value(kStatus).toObject();
    QJsonArray containers;
    const QJsonArray specContainers
            = pod.value(kSpec).toObject().value(QStringLiteral("containers")).toArray();
    for (const QJsonValue &value : specContainers)
        containers.append(value.toObject().value(QStringLiteral("name")));
    QString names;
    for (const QJsonValue &value : std::as_const(containers))
        names += (names.isEmpty() ? QString() : QStringLiteral(" ")) + value.toString();
    const QString reason = ready ? QString() : QStringLiteral("ContainersNotReady");
    const QString message
            = ready ? QString() : QStringLiteral("containers with unready status: [%1]").arg(names);
    QJsonArray conditions;
    const QJsonArray old = status.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &value : old) {
        QJsonObject item = value.toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Ready") || type == QLatin1String("ContainersReady")) {
            QJsonObject fresh
                    = condition(type == QLatin1String("Ready") ? "Ready" : "ContainersReady", ready,
                                now, reason, message);
            if (item.value(kStatus) == fresh.value(kStatus))
                fresh.insert(QStringLiteral("lastTransitionTime"),
                             item.value(QStringLiteral("lastTransitionTime")));
            item = fresh;
        }
        conditions.append(item);
    }
    status.insert(QStringLiteral("conditions"), conditions);
    pod.insert(kStatus, status);
    return pod;
}

} // namespace

QString KubeRouterPodFactory::podRange(const QJsonObject &node, QString *error)
{
    const QJsonObject annotations
            = node.value(kMetadata).toObject().value(QStringLiteral("annotations")).toObject();
    const QJsonObject spec = node.value(kSpec).toObject();
    const QString nodeName
            = node.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
    const QString candidates[]
            = {annotations.value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
               spec.value(QStringLiteral("podCIDR")).toString(),
               annotations.value(QStringLiteral("kube-router.io/pod-cidrs"))
                       .toString()
                       .section(QLatin1Char(','), 0, 0)
                       .trimmed(),
               spec.value(QStringLiteral("podCIDRs")).toArray().first().toString()};
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        const std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(candidate);
        if (subnet.first.isNull() || !candidate.contains(QLatin1Char('/'))) {
            if (error)
                *error = QStringLiteral("failed to run kube-router: invalid pod CIDR \"%1\" for "
                                        "node %2: invalid CIDR address")
                                 .arg(candidate, nodeName);
            return {};
        }
        return candidate;
    }
    if (error)
        *error = QStringLiteral("failed to run kube-router: failed to get pod CIDR for node %1: "
                                "spec.podCIDR is empty and the annotation "
                                "kube-router.io/pod-cidr is not set")
                         .arg(nodeName);
    return {};
}

QJsonObject KubeRouterPodFactory::create(const QJsonObject &daemonSet, const QJsonObject &node,
                                         const QString &name)
{
    const QJsonObject dsMetadata = daemonSet.value(kMetadata).toObject();
    const QJsonObject podTemplate
            = daemonSet.value(kSpec).toObject().value(QStringLiteral("template")).toObject();
    const QString nodeName
            = node.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
    QJsonObject labels
            = podTemplate.value(kMetadata).toObject().value(QStringLiteral("labels")).toObject();
    labels.insert(QStringLiteral("controller-revision-hash"),
                  QString::fromLatin1(QCryptographicHash::hash(KubeJson::bytes(podTemplate),
                                                               QCryptographicHash::Sha256)
                                              .toHex()
                                              .left(10)));
    labels.insert(QStringLiteral("pod-template-generation"),
                  QString::number(dsMetadata.value(QStringLiteral("generation")).toInteger()));
    QJsonObject spec = podTemplate.value(kSpec).toObject();
    spec.insert(QStringLiteral("nodeName"), nodeName);
    // The DaemonSet controller pins each pod to its node through node affinity.
    const QJsonObject field {{QStringLiteral("key"), QStringLiteral("metadata.name")},
                             {QStringLiteral("operator"), QStringLiteral("In")},
                             {QStringLiteral("values"), QJsonArray {nodeName}}};
    const QJsonObject term {{QStringLiteral("matchFields"), QJsonArray {field}}};
    const QJsonObject required {{QStringLiteral("nodeSelectorTerms"), QJsonArray {term}}};
    spec.insert(
            QStringLiteral("affinity"),
            QJsonObject {
                    {QStringLiteral("nodeAffinity"),
                     QJsonObject {{QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution"),
                                   required}}}});
    const QString hostIP = KubeNodeFactory::internalIP(node);
    const QString now = KubeJson::now();
    QJsonArray initStatuses;
    const QJsonArray initContainers = spec.value(QStringLiteral("initContainers")).toArray();
    for (const QJsonValue &value : initContainers) {
        const QJsonObject container = value.toObject();
        initStatuses.append(QJsonObject {
                {QStringLiteral("name"), container.value(QStringLiteral("name"))},
                {QStringLiteral("image"),
                 resolvedImage(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("imageID"),
                 imageId(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("containerID"), containerId()},
                {QStringLiteral("ready"), true},
                {QStringLiteral("restartCount"), 0},
                {QStringLiteral("started"), false},
                {QStringLiteral("state"),
                 QJsonObject {{QStringLiteral("terminated"),
                               QJsonObject {{QStringLiteral("exitCode"), 0},
                                            {QStringLiteral("reason"), QStringLiteral("Completed")},
                                            {QStringLiteral("startedAt"), now},
                                            {QStringLiteral("finishedAt"), now}}}}}});
    }
    QJsonObject status {
            {QStringLiteral("phase"), QStringLiteral("Pending")},
            {QStringLiteral("conditions"),
             QJsonArray {condition("PodReadyToStartContainers", true, now),
                         condition("Initialized", true, now), condition("Ready", false, now),
                         condition("ContainersReady", false, now),
                         condition("PodScheduled", true, now)}},
            {QStringLiteral("hostIP"), hostIP},
            {QStringLiteral("hostIPs"), QJsonArray {QJsonObject {{QStringLiteral("ip"), hostIP}}}},
            {QStringLiteral("podIP"), hostIP},
            {QStringLiteral("podIPs"), QJsonArray {QJsonObject {{QStringLiteral("ip"), hostIP}}}},
            {QStringLiteral("qosClass"), QStringLiteral("Burstable")},
            {QStringLiteral("startTime"), now}};
    if (!initStatuses.isEmpty())
        status.insert(QStringLiteral("initContainerStatuses"), initStatuses);
    const QJsonObject owner {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                             {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
                             {QStringLiteral("name"), dsMetadata.value(QStringLiteral("name"))},
                             {QStringLiteral("uid"), dsMetadata.value(QStringLiteral("uid"))},
                             {QStringLiteral("controller"), true},
                             {QStringLiteral("blockOwnerDeletion"), true}};
    return {{kMetadata,
             QJsonObject {
                     {QStringLiteral("name"), name},
                     {QStringLiteral("generateName"),
                      QString(dsMetadata.value(QStringLiteral("name")).toString()
                              + QLatin1Char('-'))},
                     {QStringLiteral("namespace"), dsMetadata.value(QStringLiteral("namespace"))},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("ownerReferences"), QJsonArray {owner}}}},
            {kSpec, spec},
            {kStatus, status}};
}

QJsonObject KubeRouterPodFactory::running(QJsonObject pod, int restarts, const QString &now)
{
    QJsonObject status = pod.value(kStatus).toObject();
    const QJsonArray old = status.value(kContainerStatuses).toArray();
    QJsonArray statuses;
    const QJsonArray containers
            = pod.value(kSpec).toObject().value(QStringLiteral("containers")).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject container = containers.at(i).toObject();
        const QJsonObject before = old.at(i).toObject();
        QJsonObject item {
                {QStringLiteral("name"), container.value(QStringLiteral("name"))},
                {QStringLiteral("image"),
                 resolvedImage(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("imageID"),
                 imageId(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("containerID"), containerId()},
                {QStringLiteral("ready"), true},
                {QStringLiteral("started"), true},
                {QStringLiteral("restartCount"), restarts},
                {QStringLiteral("lastState"), before.value(QStringLiteral("lastState")).toObject()},
                {QStringLiteral("state"),
                 QJsonObject {{QStringLiteral("running"),
                               QJsonObject {{QStringLiteral("startedAt"), now}}}}}};
        statuses.append(item);
    }
    status.insert(kContainerStatuses, statuses);
    status.insert(QStringLiteral("phase"), QStringLiteral("Running"));
    pod.insert(kStatus, status);
    return withReadiness(pod, true, now);
}

QJsonObject KubeRouterPodFactory::crashLooping(QJsonObject pod, int restarts, int backOffMs,
                                               const QString &message, const QString &startedAt,
                                               const QString &now)
{
    QJsonObject status = pod.value(kStatus).toObject();
    const QJsonObject metadata = pod.value(kMetadata).toObject();
    const QString podRef = QStringLiteral("%1_%2(%3)")
                                   .arg(metadata.value(QStringLiteral("name")).toString(),
                                        metadata.value(QStringLiteral("namespace")).toString(),
                                        metadata.value(QStringLiteral("uid")).toString());
    QJsonArray statuses;
    const QJsonArray containers
            = pod.value(kSpec).toObject().value(QStringLiteral("containers")).toArray();
    for (const QJsonValue &value : containers) {
        const QJsonObject container = value.toObject();
        const QString name = container.value(QStringLiteral("name")).toString();
        const QJsonObject terminated {{QStringLiteral("exitCode"), 1},
                                      {QStringLiteral("reason"), QStringLiteral("Error")},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("startedAt"), startedAt},
                                      {QStringLiteral("finishedAt"), now},
                                      {QStringLiteral("containerID"), containerId()}};
        const QJsonObject waiting {
                {QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                {QStringLiteral("message"),
                 QStringLiteral("back-off %1 restarting failed container=%2 pod=%3")
                         .arg(goDuration(backOffMs), name, podRef)}};
        statuses.append(QJsonObject {
                {QStringLiteral("name"), name},
                {QStringLiteral("image"),
                 resolvedImage(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("imageID"),
                 imageId(container.value(QStringLiteral("image")).toString())},
                {QStringLiteral("containerID"), terminated.value(QStringLiteral("containerID"))},
                {QStringLiteral("ready"), false},
                {QStringLiteral("started"), false},
                {QStringLiteral("restartCount"), restarts},
                {QStringLiteral("lastState"),
                 QJsonObject {{QStringLiteral("terminated"), terminated}}},
                {QStringLiteral("state"), QJsonObject {{QStringLiteral("waiting"), waiting}}}});
    }
    status.insert(kContainerStatuses, statuses);
    // The pod stays Running: its sandbox is up, only the container keeps failing.
    status.insert(QStringLiteral("phase"), QStringLiteral("Running"));
    pod.insert(kStatus, status);
    return withReadiness(pod, false, now);
}

bool KubeRouterPodFactory::isReady(const QJsonObject &pod)
{
    const QJsonArray conditions
            = pod.value(kStatus).toObject().value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &value : conditions) {
        if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            return value.toObject().value(kStatus).toString() == QLatin1String("True");
    }
    return false;
}

int KubeRouterPodFactory::restartCount(const QJsonObject &pod)
{
    int count = 0;
    const QJsonArray statuses = pod.value(kStatus).toObject().value(kContainerStatuses).toArray();
    for (const QJsonValue &value : statuses)
        count += value.toObject().value(QStringLiteral("restartCount")).toInt();
    return count;
}

QString KubeRouterPodFactory::nodeName(const QJsonObject &pod)
{
    return pod.value(kSpec).toObject().value(QStringLiteral("nodeName")).toString();
}

QString KubeRouterPodFactory::goDuration(int milliseconds)
{
    if (milliseconds <= 0)
        return QStringLiteral("0s");
    if (milliseconds < 1000)
        return QStringLiteral("%1ms").arg(milliseconds);
    const int hours = milliseconds / 3600000;
    const int minutes = milliseconds / 60000 % 60;
    const double seconds = (milliseconds % 60000) / 1000.0;
    const QString secondsText = QString::number(seconds, 'g', 6) + QLatin1Char('s');
    if (hours > 0)
        return QStringLiteral("%1h%2m").arg(hours).arg(minutes) + secondsText;
    if (minutes > 0)
        return QStringLiteral("%1m").arg(minutes) + secondsText;
    return secondsText;
}

} // namespace podnet::sim
