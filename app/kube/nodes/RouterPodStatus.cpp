// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/RouterPodStatus.h"

#include "kube/nodes/KubeAge.h"

#include <QJsonArray>
#include <QSet>

namespace podnet {

namespace {

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

QString string(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toString();
}

int integer(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toInt();
}

bool has(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).isObject();
}

// A DaemonSet pod that is not scheduled yet names its node only in its required affinity.
QString affinityNode(const QJsonObject &spec)
{
    const QJsonObject required = object(object(object(spec, "affinity"), "nodeAffinity"),
                                        "requiredDuringSchedulingIgnoredDuringExecution");
    const QJsonArray terms = required.value(QLatin1String("nodeSelectorTerms")).toArray();
    for (const QJsonValue &term : terms) {
        const QJsonArray fields = term.toObject().value(QLatin1String("matchFields")).toArray();
        for (const QJsonValue &field : fields) {
            const QJsonObject match = field.toObject();
            const QJsonArray values = match.value(QLatin1String("values")).toArray();
            if (string(match, "key") == QLatin1String("metadata.name")
                && string(match, "operator") == QLatin1String("In") && values.size() == 1)
                return values.first().toString();
        }
    }
    return {};
}

bool conditionTrue(const QJsonArray &conditions, const char *type)
{
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        if (string(condition, "type") == QLatin1String(type))
            return string(condition, "status") == QLatin1String("True");
    }
    return false;
}

// The text kubectl shows for a terminated container without a reason.
QString exitText(const QJsonObject &terminated)
{
    const int signal = integer(terminated, "signal");
    return signal != 0 ? QStringLiteral("Signal:%1").arg(signal)
                       : QStringLiteral("ExitCode:%1").arg(integer(terminated, "exitCode"));
}

} // namespace

RouterPodStatus RouterPodStatus::fromJson(const QJsonObject &pod)
{
    RouterPodStatus result;
    const QJsonObject metadata = object(pod, "metadata");
    result.name = string(metadata, "name");
    result.namespaceName = string(metadata, "namespace");
    result.resourceVersion = string(metadata, "resourceVersion");
    result.creationTimestamp = KubeAge::parseTimestamp(string(metadata, "creationTimestamp"));
    result.deletionTimestamp = KubeAge::parseTimestamp(string(metadata, "deletionTimestamp"));

    const QJsonObject spec = object(pod, "spec");
    result.nodeName = string(spec, "nodeName");
    if (result.nodeName.isEmpty())
        result.nodeName = affinityNode(spec);
    result.totalContainers
            = static_cast<int>(spec.value(QLatin1String("containers")).toArray().size());
    const QJsonArray initContainers = spec.value(QLatin1String("initContainers")).toArray();
    QSet<QString> sidecars; // init containers with restartPolicy Always run alongside the others
    for (const QJsonValue &value : initContainers) {
        if (string(value.toObject(), "restartPolicy") == QLatin1String("Always")) {
            sidecars.insert(string(value.toObject(), "name"));
            ++result.totalContainers;
        }
    }

    const QJsonObject status = object(pod, "status");
    result.phase = string(status, "phase");
    const QString podReason = string(status, "reason");
    QString reason = podReason.isEmpty() ? result.phase : podReason;
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        if (string(condition, "type") == QLatin1String("PodScheduled")
            && string(condition, "reason") == QLatin1String("SchedulingGated"))
            reason = QStringLiteral("SchedulingGated");
    }

    auto noteTermination = [&result](const QJsonObject &container) {
        const QJsonObject terminated = object(object(container, "lastState"), "terminated");
        if (terminated.isEmpty())
            return;
        Termination termination {string(container, "name"),
                                 string(terminated, "reason"),
                                 integer(terminated, "exitCode"),
                                 integer(terminated, "signal"),
                                 string(terminated, "message"),
                                 KubeAge::parseTimestamp(string(terminated, "finishedAt"))};
        if (!result.lastTermination || result.lastTermination->finishedAt < termination.finishedAt)
            result.lastTermination = termination;
    };

    int restarts = 0;
    int sidecarRestarts = 0;
    bool initializing = false;
    const QJsonArray initStatuses = status.value(QLatin1String("initContainerStatuses")).toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject container = initStatuses.at(i).toObject();
        const int count = integer(container, "restartCount");
        restarts += count;
        noteTermination(container);
        const bool sidecar = sidecars.contains(string(container, "name"));
        if (sidecar)
            sidecarRestarts += count;
        const QJsonObject state = object(container, "state");
        const QJsonObject terminated = object(state, "terminated");
        const QJsonObject waiting = object(state, "waiting");
        if (has(state, "terminated") && integer(terminated, "exitCode") == 0)
            continue;
        if (sidecar && container.value(QLatin1String("started")).toBool()) {
            if (container.value(QLatin1String("ready")).toBool())
                ++result.readyContainers;
            continue;
        }
        if (has(state, "terminated")) {
            const QString why = string(terminated, "reason");
            reason = QLatin1String("Init:") + (why.isEmpty() ? exitText(terminated) : why);
        } else if (!string(waiting, "reason").isEmpty()
                   && string(waiting, "reason") != QLatin1String("PodInitializing")) {
            reason = QLatin1String("Init:") + string(waiting, "reason");
            result.waitingReason = string(waiting, "reason");
            result.waitingMessage = string(waiting, "message");
        } else {
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(initContainers.size());
        }
        initializing = true;
        break;
    }

    if (!initializing || conditionTrue(conditions, "Initialized")) {
        restarts = sidecarRestarts;
        bool hasRunning = false;
        const QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
        // Backwards, as kubectl does: the first container's state has the last word.
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject container = statuses.at(i).toObject();
            restarts += integer(container, "restartCount");
            noteTermination(container);
            const QJsonObject state = object(container, "state");
            const QJsonObject terminated = object(state, "terminated");
            const QJsonObject waiting = object(state, "waiting");
            if (!string(waiting, "reason").isEmpty()) {
                reason = string(waiting, "reason");
                result.waitingReason = reason;
                result.waitingMessage = string(waiting, "message");
            } else if (has(state, "terminated")) {
                const QString why = string(terminated, "reason");
                reason = why.isEmpty() ? exitText(terminated) : why;
            } else if (container.value(QLatin1String("ready")).toBool() && has(state, "running")) {
                hasRunning = true;
                ++result.readyContainers;
            }
        }
        if (reason == QLatin1String("Completed") && hasRunning)
            reason = conditionTrue(conditions, "Ready") ? QStringLiteral("Running")
                                                        : QStringLiteral("NotReady");
    }

    if (result.deletionTimestamp.isValid() && podReason == QLatin1String("NodeLost"))
        reason = QStringLiteral("Unknown");
    else if (result.deletionTimestamp.isValid() && result.phase != QLatin1String("Succeeded")
             && result.phase != QLatin1String("Failed"))
        reason = QStringLiteral("Terminating");
    result.restarts = restarts;
    result.status = reason;
    return result;
}

QString RouterPodStatus::readyText() const
{
    return QString::number(readyContainers) + QLatin1Char('/') + QString::number(totalContainers);
}

bool RouterPodStatus::isCrashLooping() const
{
    return waitingReason == QLatin1String("CrashLoopBackOff")
            || status.endsWith(QLatin1String("CrashLoopBackOff"));
}

bool RouterPodStatus::isReady() const
{
    return status == QLatin1String("Running") && totalContainers > 0
            && readyContainers == totalContainers;
}

bool RouterPodStatus::sameContent(const RouterPodStatus &other) const
{
    if (resourceVersion == other.resourceVersion)
        return *this == other;
    RouterPodStatus copy = other;
    copy.resourceVersion = resourceVersion;
    return *this == copy;
}

} // namespace podnet
