// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace podnet::sim {

/// Builds the pods of the kube-router DaemonSet and their status as the kubelet reports it:
/// running and ready, or crash-looping (waiting in CrashLoopBackOff after an Error exit), and
/// says which pod range kube-router finds on a node when it starts.
class KubeRouterPodFactory
{
public:
    /// The pod range kube-router reads from \a node when it starts: the annotation
    /// kube-router.io/pod-cidr wins over spec.podCIDR; then the first entry of the annotation
    /// kube-router.io/pod-cidrs or of spec.podCIDRs. Empty, with kube-router's complaint in
    /// \a error, when there is none or it is not a CIDR.
    static QString podRange(const QJsonObject &node, QString *error = nullptr);

    /// A new pod named \a name of \a daemonSet, bound to \a node, before its containers run
    /// (phase Pending, init containers done).
    static QJsonObject create(const QJsonObject &daemonSet, const QJsonObject &node,
                              const QString &name);
    /// \a pod with its containers started at \a now after \a restarts restarts: Running and
    /// ready (the last failure, if any, stays as lastState).
    static QJsonObject running(QJsonObject pod, int restarts, const QString &now);
    /// \a pod after kube-router exited with \a message: the last state is the Error exit
    /// (started \a startedAt, finished \a now), restartCount is \a restarts and the container
    /// waits in CrashLoopBackOff for \a backOffMs; the pod is not ready.
    static QJsonObject crashLooping(QJsonObject pod, int restarts, int backOffMs,
                                    const QString &message, const QString &startedAt,
                                    const QString &now);

    /// True when the pod's Ready condition is True.
    static bool isReady(const QJsonObject &pod);
    /// The sum of the containers' restartCount.
    static int restartCount(const QJsonObject &pod);
    /// spec.nodeName.
    static QString nodeName(const QJsonObject &pod);
    /// A duration as Go prints it in kubelet messages: "10s", "1m20s", "50ms", "1.5s".
    static QString goDuration(int milliseconds);
};

} // namespace podnet::sim
