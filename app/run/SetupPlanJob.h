// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"
#include "openstack/PortSelection.h"
#include "run/SetupPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace podnet {

class SetupState;

/// Reads everything a SetupPlan is computed from, both sides at once: the project's ports and
/// server names (OpenStack), the nodes and kube-router's pods, and a server-side dry run of the
/// rendered manifest (Kubernetes). A side without a connection in the state is left out of the
/// plan. Then computes the plan with the given choices; the inputs stay available so a face can
/// recompute the plan for other choices without reading again (replan()).
/// Reports once per start() through finished(); never from inside start().
class SetupPlanJob : public QObject
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the job; its connections are used as they are.
    explicit SetupPlanJob(SetupState *state, QObject *parent = nullptr);
    ~SetupPlanJob() override;

    /// Which compute ports get pairs. Default: all (the tutorial's choice).
    void setPortSelection(const PortSelection &selection) { m_selection = selection; }
    /// Pod ranges: suggest for nodes without one (default true), plus explicit NAME=CIDR.
    void setPodRangeRequest(bool autoAssign, const QList<QPair<QString, QString>> &ranges = {});

    void start();
    bool isRunning() const { return m_running; }
    /// True after finished() when every side that was asked for could be read.
    bool isOk() const { return m_errorMessage.isEmpty(); }
    /// A failure that stopped the plan (translated: which side, what to do) and its detail.
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

    /// The plan (valid after a successful finished()).
    const SetupPlan &plan() const { return m_plan; }

    /// The inputs read, for recomputing the plan with other choices.
    QList<Port> livePorts() const { return m_ports; }
    QHash<QString, QString> serverNames() const { return m_serverNames; }
    QList<QJsonObject> nodes() const { return m_nodes; }
    QList<QJsonObject> kubeRouterPods() const { return m_pods; }

    /// Recomputes the port and pod-range parts of plan() from the inputs already read, with
    /// the current choices (no network). The manifest part stays.
    void replan();

Q_SIGNALS:
    void finished();

private:
    void readOpenStack();
    void readKubernetes();
    void diffManifest();
    void sideDone();

    SetupState *m_state;
    PortSelection m_selection;
    bool m_autoAssign = true;
    QList<QPair<QString, QString>> m_ranges;
    QList<Port> m_ports;
    QHash<QString, QString> m_serverNames;
    QList<QJsonObject> m_nodes;
    QList<QJsonObject> m_pods;
    SetupPlan m_plan;
    QObject *m_context = nullptr; ///< replaced per start(), so late answers of an old one drop
    int m_pendingSides = 0;
    bool m_running = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
