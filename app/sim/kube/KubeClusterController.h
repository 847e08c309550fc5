// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeNodeSpec.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace podnet::sim {

class KubeObjectStore;
struct KubeWatchEvent;

/// The simulated cluster's behaviour on top of the store: the namespaces and nodes of a preset
/// (NotReady until a pod network exists), the kube-router DaemonSet's pods, nodes turning Ready
/// one by one after them, the DaemonSet's status, and optional kubelet heartbeats.
class KubeClusterController : public QObject
{
    Q_OBJECT
public:
    using Readiness = KubeNodeReadiness;

    /// Delays of the simulated kubelets, in milliseconds.
    struct Timing
    {
        int podStartMs = 0;      ///< DaemonSet created → its pods exist
        int nodeReadyStepMs = 0; ///< pods exist → first node Ready; then one more per step
        int heartbeatMs = 0;     ///< lastHeartbeatTime refresh; 0: never
    };

    explicit KubeClusterController(KubeObjectStore &store, QObject *parent = nullptr);
    ~KubeClusterController() override;

    void setTiming(const Timing &timing);
    const Timing &timing() const { return m_timing; }

    /// Creates the namespaces default, kube-system, kube-public, kube-node-lease and \a nodes.
    void seed(const QList<KubeNodeSpec> &nodes);
    /// Adds a NotReady node (or a Ready one with a pod, when the DaemonSet exists).
    bool addNode(const KubeNodeSpec &node);
    bool removeNode(const QString &name);
    /// Sets (or with an empty value removes) labels of a node.
    bool setNodeLabels(const QString &name, const QMap<QString, QString> &labels);
    /// Sets spec.podCIDR and spec.podCIDRs (empty: removes them).
    bool setNodePodCidr(const QString &name, const QString &cidr);
    /// Forces the node's Ready condition (fault injection and demo).
    bool setNodeReady(const QString &name, Readiness readiness);

    /// The name of the DaemonSet that brings the pod network: kube-system/kube-router.
    static QString networkDaemonSetName() { return QStringLiteral("kube-router"); }

private:
    void onStoreEvent(const KubeWatchEvent &event);
    void reconcile();
    void startPod(const QString &nodeName, quint64 epoch);
    void makeNodeReady(const QString &nodeName, quint64 epoch);
    void updateDaemonSetStatus();
    void heartbeat();
    std::optional<QJsonObject> node(const QString &name) const;
    QList<QJsonObject> networkPods() const;

    KubeObjectStore &m_store;
    Timing m_timing;
    int m_subscription = 0;
    bool m_reconcileQueued = false;
    quint64 m_epoch = 0;     ///< bumped when the DaemonSet goes away: pending steps are void
    QSet<QString> m_pending; ///< nodes whose pod is on its way
    QTimer m_heartbeat;
};

} // namespace podnet::sim
