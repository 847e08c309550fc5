// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeNodeSpec.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace podnet::sim {

class KubeObjectStore;
struct KubeWatchEvent;

/// The DaemonSet controller and the kubelets for kube-system/kube-router: one pod per node
/// (a deleted pod is replaced, pods of deleted nodes and of a deleted DaemonSet go away); each
/// pod's kube-router reads the node's pod range when it starts, runs (and its node turns
/// Ready) or crash-loops with a growing back-off (and its node stays NotReady); the
/// DaemonSet's status follows the pods. Nodes whose Ready condition is Unknown have no kubelet:
/// nothing on them restarts and their readiness is left alone.
class KubeDaemonSetController : public QObject
{
    Q_OBJECT
public:
    /// Delays in milliseconds (see KubeClusterController::Timing).
    struct Delays
    {
        int podStart = 0;
        int nodeReadyStep = 0;
        int crashBackoff = 10000;
    };

    /// Follows \a store (which must outlive this object) for the DaemonSet \a name in
    /// kube-system.
    KubeDaemonSetController(KubeObjectStore &store, QString name, QObject *parent = nullptr);
    ~KubeDaemonSetController() override;

    void setDelays(const Delays &delays) { m_delays = delays; }
    /// Creates missing pods, removes orphans and updates the DaemonSet's status now.
    void reconcile();

private:
    void onStoreEvent(const KubeWatchEvent &event);
    void queueReconcile();
    void startPod(const QString &nodeName, quint64 epoch, int readyDelayMs);
    /// kube-router starts in \a pod after \a restarts restarts and reads its node's pod range.
    void runKubeRouter(const QJsonObject &pod, int restarts, int readyDelayMs);
    void restartPod(const QString &podName, const QString &uid);
    void makeNodeReady(const QString &nodeName, const QString &podUid);
    /// Sets the Ready condition as the kubelet would (not on nodes without a kubelet).
    void reportReadiness(const QString &nodeName, KubeNodeReadiness readiness);
    void updateStatus();
    bool isOwnPod(const QJsonObject &pod) const;
    QList<QJsonObject> ownPods() const;
    std::optional<QJsonObject> node(const QString &name) const;

    KubeObjectStore &m_store;
    QString m_name;
    Delays m_delays;
    int m_subscription = 0;
    bool m_reconcileQueued = false;
    quint64 m_epoch = 0;     ///< bumped when the DaemonSet goes away: pending steps are void
    QSet<QString> m_pending; ///< nodes whose pod is on its way
};

} // namespace podnet::sim
