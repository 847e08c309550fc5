// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeNodeSpec.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace podnet::sim {

class KubeDaemonSetController;
class KubeObjectStore;
struct KubeWatchEvent;

/// The simulated cluster's behaviour on top of the store: the namespaces and nodes of a preset
/// (NotReady until a pod network exists); the kube-router DaemonSet's pods, one per node, which
/// read the node's pod range when they start and crash-loop without one; nodes turning Ready
/// after their pod runs; the DaemonSet's status (see KubeDaemonSetController); kubelet
/// heartbeats, dead kubelets and cordons.
class KubeClusterController : public QObject
{
    Q_OBJECT
public:
    using Readiness = KubeNodeReadiness;

    /// Delays of the simulated controllers and kubelets, in milliseconds.
    struct Timing
    {
        int podStartMs = 0;      ///< DaemonSet created or pod deleted → the (new) pod starts
        int nodeReadyStepMs = 0; ///< pod running → node Ready; one more step per node at once
        int heartbeatMs = 0;     ///< lastHeartbeatTime refresh; 0: never
        /// First CrashLoopBackOff wait of a failing kube-router; doubles on every restart, up to
        /// 8 times this (the kubelet starts at 10 s). Values below 1 count as 1.
        int crashBackoffMs = 10000;
    };

    explicit KubeClusterController(KubeObjectStore &store, QObject *parent = nullptr);
    ~KubeClusterController() override;

    void setTiming(const Timing &timing);
    const Timing &timing() const { return m_timing; }

    /// Creates the namespaces default, kube-system, kube-public, kube-node-lease and \a nodes.
    void seed(const QList<KubeNodeSpec> &nodes);
    /// Adds a NotReady node (which gets a kube-router pod when the DaemonSet exists).
    bool addNode(const KubeNodeSpec &node);
    /// Removes a node and its kube-router pod.
    bool removeNode(const QString &name);
    /// Sets (or with an empty value removes) labels of a node.
    bool setNodeLabels(const QString &name, const QMap<QString, QString> &labels);
    /// Sets spec.podCIDR and spec.podCIDRs (empty: removes them). A running kube-router does not
    /// notice; its next start does.
    bool setNodePodCidr(const QString &name, const QString &cidr);
    /// Forces the node's Ready condition (fault injection and demo). Unknown means the kubelet
    /// stopped: every condition turns Unknown (reason NodeStatusUnknown), the unreachable
    /// taints appear, heartbeats stop and the node's pods stop changing until the readiness is
    /// set again.
    bool setNodeReady(const QString &name, Readiness readiness);
    /// Cordons (spec.unschedulable and the node.kubernetes.io/unschedulable taint) or uncordons.
    bool setNodeUnschedulable(const QString &name, bool unschedulable);
    /// Produces \a events MODIFIED node events at once: kubelet heartbeats, round robin over the
    /// nodes whose kubelet is alive, each at least a second after that node's previous one
    /// (so heartbeats may run ahead of the clock when a node is touched often). Returns the
    /// number of events produced (0 without live nodes).
    int touchNodes(int events);

    /// The name of the DaemonSet that brings the pod network: kube-system/kube-router.
    static QString networkDaemonSetName() { return QStringLiteral("kube-router"); }

private:
    void onStoreEvent(const KubeWatchEvent &event);
    void syncCordonTaints();
    void heartbeat();
    std::optional<QJsonObject> node(const QString &name) const;

    KubeObjectStore &m_store;
    Timing m_timing;
    KubeDaemonSetController *m_network = nullptr;
    int m_subscription = 0;
    QSet<QString> m_cordonCheck; ///< nodes whose unschedulable taint may lag spec.unschedulable
    qsizetype m_touchCursor = 0;
    QTimer m_heartbeat;
};

} // namespace podnet::sim
