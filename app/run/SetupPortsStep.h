// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortApplyResult.h"
#include "openstack/PortPlan.h"
#include "run/SetupRunStep.h"

#include <QList>

#include <memory>

namespace podnet {

class LivePortsLoader;
class PairJournal;
class PortApplyJob;
class SetupState;
struct Port;
class PortFailure;

/// The Ports step of a SetupRun: reads the ports again, recomputes each planned port's entry
/// from its live state (so a retry sends only what is left), then adds the pairs with a
/// journaled PortApplyJob.
class SetupPortsStep : public SetupRunStep
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the step; \a journalDirectory empty: the default.
    SetupPortsStep(SetupState *state, const PortPlan &plan, const QString &journalDirectory,
                   QObject *parent = nullptr);
    ~SetupPortsStep() override;

    void start() override;
    void cancel() override;

    /// The plan recomputed from the live ports, with the pairs each changed port has now.
    const PortPlan &currentPlan() const { return m_plan; }
    /// The project's ports as last read, with the pairs after this step's PUTs.
    QList<Port> portsAfter() const;
    /// The PairJournal run id when a journal was written.
    QString journalRunId() const { return m_journalRunId; }

    /// "port 1a2b3c4d… (worker-0.k8s.lan): added 10.200.0.0/16, 10.32.0.0/24" (translated).
    static QString line(const PortApplyResult::Item &item);

private:
    void onLoaded(const QList<Port> &ports, const PortFailure &failure);
    void onApplied(const PortApplyResult &result);

    SetupState *m_state;
    PortPlan m_plan;
    QString m_journalDirectory;
    QList<Port> m_live;
    LivePortsLoader *m_loader = nullptr;
    PortApplyJob *m_job = nullptr;
    std::unique_ptr<PairJournal> m_journal;
    QString m_journalRunId;
    bool m_cancelled = false;
};

} // namespace podnet
