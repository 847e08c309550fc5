// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ManifestUninstallJob.h"
#include "kube/annotations/PodCidrUndoPlan.h"
#include "openstack/PairJournalRun.h"
#include "openstack/PortPlan.h"
#include "run/SetupRunRecord.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace podnet {

class NeutronPortClient;
class PairJournal;
class SetupState;

/// "Undo this run": takes back what one SetupRun changed, in reverse order: kube-router's
/// objects (only when asked: setRemoveObjects), then the pod-range annotations the run set
/// (PodCidrUndoPlanner/PodCidrUndoJob on the run's pod-range journal: only nodes that still
/// hold what the run set), then the allowed address pairs the run added (PortUndoPlanner +
/// PortApplyJob on the run's pair journal: pairs added since are kept). Both undo runs are
/// journaled themselves.
///
/// plan() reads the live state and computes what would be removed (previewText()); start()
/// then carries that out. A failed part stops the undo there with a translated message; the
/// parts after it stay Pending. Reports once per plan() through planned() and once per
/// start() through finished(). The state's connections are used as they are.
class SetupUndoJob : public QObject
{
    Q_OBJECT
public:
    /// The parts, in the order the undo takes them.
    enum class Part { Objects, PodRanges, Ports };
    enum class PartState { Pending, Skipped, Running, Done, Failed };

    /// \a state (not owned) must outlive the job.
    SetupUndoJob(SetupState *state, const SetupRunRecord &record, QObject *parent = nullptr);
    ~SetupUndoJob() override;

    /// Also delete kube-router's objects (default false). May change between plan() and start().
    void setRemoveObjects(bool remove) { m_removeObjects = remove; }
    bool removesObjects() const { return m_removeObjects; }
    /// Where the run's journals are and the undo's go (empty: PairJournal's and
    /// PodCidrJournal's default folders). For tests.
    void setJournalDirectories(const QString &ports, const QString &podRanges);

    /// Reads the journals and the live state; planned() follows.
    void plan();
    bool isPlanned() const { return m_planned; }
    /// After planned(): whether every part could be read (see partMessage()).
    bool isPlanOk() const;
    /// Whether start() would change anything (with the current setRemoveObjects()).
    bool hasWork() const;
    /// The translated preview: per part what would be removed, or why nothing.
    QString previewText() const;

    /// Carries out the plan; finished() follows. Only after planned().
    void start();
    bool isRunning() const { return m_running; }

    PartState partState(Part part) const { return m_parts[index(part)].state; }
    /// Translated result lines of \a part (one per object, node or port).
    QStringList partLines(Part part) const { return m_parts[index(part)].lines; }
    /// Translated: what went wrong in \a part and what to do; empty otherwise.
    QString partMessage(Part part) const { return m_parts[index(part)].message; }

    /// Translated part names: "kube-router's objects", "Pod ranges", "Allowed address pairs".
    static QString partName(Part part);
    static QString stateName(PartState state);

Q_SIGNALS:
    void planned(bool ok);
    void partStateChanged(podnet::SetupUndoJob::Part part, podnet::SetupUndoJob::PartState state);
    /// \a done of \a total items (objects, nodes, ports) of \a part.
    void partProgress(podnet::SetupUndoJob::Part part, int done, int total);
    /// The undo stopped: everything asked for is undone (\a ok), or a part failed.
    void finished(bool ok);

private:
    struct PartInfo
    {
        PartState state = PartState::Pending;
        QStringList lines;
        QString message;
    };
    static int index(Part part) { return static_cast<int>(part); }

    void planPorts();
    static PortPlan mergedPortUndo(const QList<PairJournalRun> &runs, const QList<Port> &ports);
    void planPodRanges();
    void planObjects();
    void planPartDone();
    void setPart(Part part, PartState state, const QString &message = {});
    void runNext();
    void runObjects();
    void runPodRanges();
    void runPorts();
    void partDone(Part part, bool ok, const QString &message = {});

    SetupState *m_state;
    SetupRunRecord m_record;
    QString m_portsDirectory;
    QString m_podRangesDirectory;
    bool m_removeObjects = false;
    bool m_planned = false;
    bool m_running = false;
    int m_pendingPlans = 0;
    PartInfo m_parts[3];
    QString m_planErrors[3];

    std::optional<PortPlan> m_portPlan;
    std::optional<PodCidrUndoPlan> m_podRangePlan;
    QList<ManifestUninstallJob::Entry> m_objects;

    std::unique_ptr<NeutronPortClient> m_neutron;
    std::unique_ptr<PairJournal> m_journal;
    QObject *m_context = nullptr; ///< replaced per plan(), so late answers of an old one drop
    int m_nextPart = 0;
};

} // namespace podnet
