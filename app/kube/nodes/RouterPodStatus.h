// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace podnet {

/// The parts of a kube-router pod the node table shows: where it runs, kubectl's STATUS and
/// READY, restarts, why a container waits (CrashLoopBackOff…) and how it last ended.
struct RouterPodStatus
{
    /// How a container last ended (lastState.terminated).
    struct Termination
    {
        QString container;
        QString reason; ///< e.g. Error, OOMKilled, Completed
        int exitCode = 0;
        int signal = 0;
        QString message;
        QDateTime finishedAt;
        friend bool operator==(const Termination &a, const Termination &b) = default;
    };

    QString name;
    QString namespaceName;
    QString nodeName; ///< spec.nodeName, or the node the DaemonSet's affinity names
    QString phase;    ///< Pending, Running, Succeeded, Failed, Unknown
    QString resourceVersion;
    QDateTime creationTimestamp;
    QDateTime deletionTimestamp; ///< set while the pod is being deleted
    int readyContainers = 0;
    int totalContainers = 0;
    int restarts = 0;
    QString status; ///< kubectl's STATUS: Running, CrashLoopBackOff, Init:0/1, Terminating…
    QString waitingReason;  ///< why the (first) waiting container waits, e.g. CrashLoopBackOff
    QString waitingMessage; ///< e.g. "back-off 5m0s restarting failed container=…"
    std::optional<Termination> lastTermination; ///< the most recent one of any container

    /// Parses a Pod object (as LIST or a watch event gives it), computing STATUS and READY the
    /// way kubectl does.
    static RouterPodStatus fromJson(const QJsonObject &pod);

    /// kubectl's READY column: "1/1".
    QString readyText() const;
    bool isTerminating() const { return deletionTimestamp.isValid(); }
    /// A container (or init container) is in CrashLoopBackOff.
    bool isCrashLooping() const;
    /// Running with every container ready.
    bool isReady() const;

    /// Everything but the resourceVersion is equal.
    bool sameContent(const RouterPodStatus &other) const;

    friend bool operator==(const RouterPodStatus &a, const RouterPodStatus &b) = default;
};

} // namespace podnet
