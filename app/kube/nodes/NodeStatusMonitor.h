// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/nodes/KubeInformer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>

namespace podnet {

class KubeClient;
class NodeTableModel;

/// Keeps a NodeTableModel in sync with one cluster through three informers: the nodes, the
/// kube-router pods (kube-system, label k8s-app=kube-router) and the kube-router DaemonSet.
/// Snapshots and watch events go to the model as they come; the three connection states are
/// combined into one for the face to show.
class NodeStatusMonitor : public QObject
{
    Q_OBJECT
public:
    /// Watches through \a client (not owned) and feeds \a model; when \a model is null the
    /// monitor makes its own, owned by the monitor. A given model is not owned and must outlive
    /// the monitor.
    explicit NodeStatusMonitor(KubeClient *client, NodeTableModel *model = nullptr,
                               QObject *parent = nullptr);
    ~NodeStatusMonitor() override;

    /// The paths and selectors the informers use.
    static QString nodesPath();
    static QString routerPodsPath();
    static QString daemonSetsPath();
    static QUrlQuery routerPodSelector();
    static QUrlQuery daemonSetSelector();

    NodeTableModel *model() const { return m_model; }
    KubeInformer *nodeInformer() const { return m_nodes; }
    KubeInformer *routerPodInformer() const { return m_pods; }
    KubeInformer *daemonSetInformer() const { return m_daemonSets; }

    /// Retry delays of all three informers (see KubeInformer::setBackoff()).
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    /// Lists and watches (again, from fresh LISTs, when already running).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Live only when all three informers are live; otherwise the worst of them
    /// (Reconnecting, then Connecting).
    KubeInformer::State state() const;
    /// When the combined state began: for Reconnecting, the earliest moment an informer stopped
    /// being live, so the data is at least that fresh.
    QDateTime since() const;
    /// The soonest scheduled retry of a reconnecting informer; invalid when none is scheduled.
    QDateTime nextRetry() const;
    /// The error of the first informer that is not live; empty when live.
    KubeInformer::Error lastError() const;
    /// True once all three informers listed at least once.
    bool hasSynced() const;

    /// One translated line for the status bar: "Live", "Connecting to …", "Reconnecting in
    /// 4 s — data as of 14:02:11 (35 s ago): <reason>".
    QString connectionText() const;
    /// The same at \a now (tests).
    QString connectionText(const QDateTime &now) const;

Q_SIGNALS:
    /// The combined state, since(), nextRetry() or lastError() may have changed.
    void stateChanged();
    /// All three informers listed at least once (emitted once per start()).
    void synced();

private:
    QList<KubeInformer *> informers() const { return {m_nodes, m_pods, m_daemonSets}; }
    void onInformerStateChanged();
    void checkSynced();

    NodeTableModel *m_model;
    KubeInformer *m_nodes;
    KubeInformer *m_pods;
    KubeInformer *m_daemonSets;
    bool m_running = false;
    bool m_syncedReported = false;
};

} // namespace podnet
