// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Node, pod and DaemonSet objects as the API server sends them, for the node table tests.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace podnet::test {

inline QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

/// A node as a kubelet reports it.
struct NodeFixture
{
    QString name = QStringLiteral("worker-0");
    QString ready = QStringLiteral("True"); ///< True, False, Unknown; empty: no Ready condition
    QString reason = QStringLiteral("KubeletReady");
    QString message = QStringLiteral("kubelet is posting ready status");
    QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime heartbeat = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    QDateTime transition = QDateTime(QDate(2026, 1, 1), QTime(0, 1), Qt::UTC);
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QString podCidr; ///< spec.podCIDR and spec.podCIDRs
    bool unschedulable = false;
    QString internalIp = QStringLiteral("10.0.0.11");
    QString externalIp;
    QString version = QStringLiteral("v1.32.4");
    QString resourceVersion = QStringLiteral("100");

    NodeFixture &notReady(const QString &state, const QString &why, const QString &text)
    {
        ready = state;
        reason = why;
        message = text;
        return *this;
    }

    QJsonObject json() const
    {
        QJsonObject labelObject {{QStringLiteral("kubernetes.io/hostname"), name},
                                 {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")}};
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            labelObject.insert(it.key(), it.value());
        QJsonObject annotationObject {
                {QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0")}};
        for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it)
            annotationObject.insert(it.key(), it.value());
        QJsonObject metadata {{QStringLiteral("name"), name},
                              {QStringLiteral("resourceVersion"), resourceVersion},
                              {QStringLiteral("labels"), labelObject},
                              {QStringLiteral("annotations"), annotationObject}};
        if (created.isValid())
            metadata.insert(QStringLiteral("creationTimestamp"), stamp(created));
        QJsonObject spec;
        if (!podCidr.isEmpty()) {
            spec.insert(QStringLiteral("podCIDR"), podCidr);
            spec.insert(QStringLiteral("podCIDRs"), QJsonArray {podCidr});
        }
        QJsonArray taints;
        if (unschedulable) {
            spec.insert(QStringLiteral("unschedulable"), true);
            taints.append(QJsonObject {
                    {QStringLiteral("key"), QStringLiteral("node.kubernetes.io/unschedulable")},
                    {QStringLiteral("effect"), QStringLiteral("NoSchedule")}});
        }
        if (ready == QLatin1String("False"))
            taints.append(QJsonObject {
                    {QStringLiteral("key"), QStringLiteral("node.kubernetes.io/not-ready")},
                    {QStringLiteral("effect"), QStringLiteral("NoSchedule")}});
        if (!taints.isEmpty())
            spec.insert(QStringLiteral("taints"), taints);
        QJsonArray conditions {QJsonObject {
                {QStringLiteral("type"), QStringLiteral("MemoryPressure")},
                {QStringLiteral("status"), QStringLiteral("False")},
                {QStringLiteral("reason"), QStringLiteral("KubeletHasSufficientMemory")},
                {QStringLiteral("lastHeartbeatTime"), stamp(heartbeat)},
                {QStringLiteral("lastTransitionTime"), stamp(transition)}}};
        if (!ready.isEmpty())
            conditions.append(
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("Ready")},
                                 {QStringLiteral("status"), ready},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("lastHeartbeatTime"), stamp(heartbeat)},
                                 {QStringLiteral("lastTransitionTime"), stamp(transition)}});
        QJsonArray addresses;
        if (!internalIp.isEmpty())
            addresses.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                          {QStringLiteral("address"), internalIp}});
        if (!externalIp.isEmpty())
            addresses.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("ExternalIP")},
                                          {QStringLiteral("address"), externalIp}});
        addresses.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("Hostname")},
                                      {QStringLiteral("address"), name}});
        const QJsonObject nodeInfo {
                {QStringLiteral("kubeletVersion"), version},
                {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-31-amd64")},
                {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.24")}};
        return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("kind"), QStringLiteral("Node")},
                {QStringLiteral("metadata"), metadata},
                {QStringLiteral("spec"), spec},
                {QStringLiteral("status"),
                 QJsonObject {{QStringLiteral("conditions"), conditions},
                              {QStringLiteral("addresses"), addresses},
                              {QStringLiteral("nodeInfo"), nodeInfo}}}};
    }
};

/// A kube-router pod of the DaemonSet on one node.
struct PodFixture
{
    QString name = QStringLiteral("kube-router-abcde");
    QString node = QStringLiteral("worker-0");
    QString phase = QStringLiteral("Running");
    bool ready = true;
    int restarts = 0;
    QString waiting;        ///< e.g. CrashLoopBackOff; empty: running
    QString waitingMessage; ///< the waiting state's message
    QString lastReason;     ///< lastState.terminated.reason; empty: none
    int lastExitCode = 1;
    QString lastMessage;
    QDateTime lastFinished = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    QString initWaiting;  ///< the init container waits (e.g. PodInitializing, ErrImagePull)
    bool initDone = true; ///< the init container completed
    QDateTime deleted;    ///< deletionTimestamp
    QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(0, 5), Qt::UTC);
    QString resourceVersion = QStringLiteral("200");

    QJsonObject json() const
    {
        QJsonObject metadata {
                {QStringLiteral("name"), name},
                {QStringLiteral("namespace"), QStringLiteral("kube-system")},
                {QStringLiteral("resourceVersion"), resourceVersion},
                {QStringLiteral("creationTimestamp"), stamp(created)},
                {QStringLiteral("labels"),
                 QJsonObject {{QStringLiteral("k8s-app"), QStringLiteral("kube-router")},
                              {QStringLiteral("tier"), QStringLiteral("node")}}}};
        if (deleted.isValid())
            metadata.insert(QStringLiteral("deletionTimestamp"), stamp(deleted));
        const QJsonObject spec {{QStringLiteral("nodeName"), node},
                                {QStringLiteral("initContainers"),
                                 QJsonArray {QJsonObject {
                                         {QStringLiteral("name"), QStringLiteral("install-cni")}}}},
                                {QStringLiteral("containers"),
                                 QJsonArray {QJsonObject {{QStringLiteral("name"),
                                                           QStringLiteral("kube-router")}}}}};
        QJsonObject initState;
        if (initDone)
            initState.insert(QStringLiteral("terminated"),
                             QJsonObject {{QStringLiteral("exitCode"), 0},
                                          {QStringLiteral("reason"), QStringLiteral("Completed")}});
        else
            initState.insert(QStringLiteral("waiting"),
                             QJsonObject {{QStringLiteral("reason"), initWaiting}});
        QJsonObject state;
        if (!initDone)
            state.insert(
                    QStringLiteral("waiting"),
                    QJsonObject {{QStringLiteral("reason"), QStringLiteral("PodInitializing")}});
        else if (!waiting.isEmpty())
            state.insert(QStringLiteral("waiting"),
                         QJsonObject {{QStringLiteral("reason"), waiting},
                                      {QStringLiteral("message"), waitingMessage}});
        else
            state.insert(QStringLiteral("running"),
                         QJsonObject {{QStringLiteral("startedAt"), stamp(created)}});
        QJsonObject container {{QStringLiteral("name"), QStringLiteral("kube-router")},
                               {QStringLiteral("ready"), ready && waiting.isEmpty() && initDone},
                               {QStringLiteral("restartCount"), restarts},
                               {QStringLiteral("state"), state}};
        if (!lastReason.isEmpty())
            container.insert(QStringLiteral("lastState"),
                             QJsonObject {{QStringLiteral("terminated"),
                                           QJsonObject {{QStringLiteral("exitCode"), lastExitCode},
                                                        {QStringLiteral("reason"), lastReason},
                                                        {QStringLiteral("message"), lastMessage},
                                                        {QStringLiteral("finishedAt"),
                                                         stamp(lastFinished)}}}});
        const QJsonObject status {
                {QStringLiteral("phase"), phase},
                {QStringLiteral("conditions"),
                 QJsonArray {QJsonObject {
                         {QStringLiteral("type"), QStringLiteral("Initialized")},
                         {QStringLiteral("status"),
                          initDone ? QStringLiteral("True") : QStringLiteral("False")}}}},
                {QStringLiteral("initContainerStatuses"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("install-cni")},
                                          {QStringLiteral("ready"), initDone},
                                          {QStringLiteral("restartCount"), 0},
                                          {QStringLiteral("state"), initState}}}},
                {QStringLiteral("containerStatuses"), QJsonArray {container}}};
        return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("kind"), QStringLiteral("Pod")},
                {QStringLiteral("metadata"), metadata},
                {QStringLiteral("spec"), spec},
                {QStringLiteral("status"), status}};
    }

    /// A pod in CrashLoopBackOff after \a count restarts.
    PodFixture &crashLooping(int count)
    {
        ready = false;
        restarts = count;
        waiting = QStringLiteral("CrashLoopBackOff");
        waitingMessage = QStringLiteral("back-off 5m0s restarting failed container=kube-router");
        lastReason = QStringLiteral("Error");
        lastExitCode = 1;
        lastMessage = QStringLiteral("Failed to get pod CIDR from node spec");
        return *this;
    }
};

/// The kube-router DaemonSet with the given status counts.
inline QJsonObject daemonSetJson(int desired, int updated, int ready, qint64 generation = 1,
                                 qint64 observed = 1)
{
    return {{QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router")},
                          {QStringLiteral("namespace"), QStringLiteral("kube-system")},
                          {QStringLiteral("generation"), generation}}},
            {QStringLiteral("status"),
             QJsonObject {{QStringLiteral("desiredNumberScheduled"), desired},
                          {QStringLiteral("currentNumberScheduled"), desired},
                          {QStringLiteral("updatedNumberScheduled"), updated},
                          {QStringLiteral("numberReady"), ready},
                          {QStringLiteral("numberAvailable"), ready},
                          {QStringLiteral("observedGeneration"), observed}}}};
}

/// Untranslated %n plurals read "2 restart(s)"; the English .ts makes them "2 restarts".
/// Compare the meaning either way.
inline QString englishPlurals(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("\\b1 (\\w+)\\(s\\)")), QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

} // namespace podnet::test
