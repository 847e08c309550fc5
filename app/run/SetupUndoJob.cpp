// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupUndoJob.h"

#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "kube/annotations/PodCidrJournalStore.h"
#include "kube/annotations/PodCidrUndoJob.h"
#include "kube/annotations/PodCidrUndoPlanner.h"
#include "openstack/NeutronPortClient.h"
#include "openstack/PairJournal.h"
#include "openstack/PairJournalStore.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortUndoPlanner.h"

#include <algorithm>

namespace podnet {

namespace {

constexpr SetupUndoJob::Part kOrder[]
        = {SetupUndoJob::Part::Objects, SetupUndoJob::Part::PodRanges, SetupUndoJob::Part::Ports};

bool objectExists(const ManifestUninstallJob::Entry &entry)
{
    return entry.state == ManifestUninstallJob::Entry::State::Exists;
}

} // namespace

SetupUndoJob::SetupUndoJob(SetupState *state, const SetupRunRecord &record, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_record(record)
{ }

SetupUndoJob::~SetupUndoJob() = default;

void SetupUndoJob::setJournalDirectories(const QString &ports, const QString &podRanges)
{
    m_portsDirectory = ports;
    m_podRangesDirectory = podRanges;
}

QString SetupUndoJob::partName(Part part)
{
    switch (part) {
    case Part::Objects:
        return tr("kube-router's objects");
    case Part::PodRanges:
        return tr("Pod ranges");
    case Part::Ports:
        return tr("Allowed address pairs");
    }
    return {};
}

QString SetupUndoJob::stateName(PartState state)
{
    switch (state) {
    case PartState::Pending:
        return tr("pending");
    case PartState::Skipped:
        return tr("nothing to undo");
    case PartState::Running:
        return tr("running");
    case PartState::Done:
        return tr("undone");
    case PartState::Failed:
        return tr("failed");
    }
    return {};
}

void SetupUndoJob::plan()
{
    if (m_running)
        return;
    delete m_context;
    m_context = new QObject(this);
    m_planned = false;
    m_portPlan.reset();
    m_podRangePlan.reset();
    m_objects.clear();
    for (int i = 0; i < 3; ++i) {
        m_parts[i] = {};
        m_planErrors[i].clear();
    }
    // One pending count per part; each part reports through planPartDone(), never from here.
    m_pendingPlans = 3;
    QMetaObject::invokeMethod(
            m_context,
            [this] {
                planObjects();
                planPodRanges();
                planPorts();
            },
            Qt::QueuedConnection);
}

void SetupUndoJob::planPorts()
{
    if (m_record.portsJournalRunIds.isEmpty())
        return planPartDone();
    const PairJournalStore store(m_portsDirectory.isEmpty() ? PairJournal::defaultDirectory()
                                                            : m_portsDirectory);
    QList<PairJournalRun> runs;
    for (const QString &runId : std::as_const(m_record.portsJournalRunIds)) {
        QString error;
        const std::optional<PairJournalRun> run = store.read(runId, &error);
        if (!run) {
            m_planErrors[index(Part::Ports)]
                    = tr("The pair journal of this run cannot be read, so its pairs cannot be "
                         "removed from here: %1")
                              .arg(error);
            return planPartDone();
        }
        runs << *run;
    }
    m_neutron = std::make_unique<NeutronPortClient>(m_state->openStack()->session());
    m_neutron->listPorts(
            m_context, [this, runs](const QList<Port> &ports, const PortFailure &failure) {
                if (!failure.isOk()) {
                    m_planErrors[index(Part::Ports)] = tr("The ports could not be read: %1 Check "
                                                          "the OpenStack connection, then "
                                                          "preview the undo again.")
                                                               .arg(failure.message());
                } else {
                    m_portPlan = mergedPortUndo(runs, ports);
                }
                planPartDone();
            });
}

PortPlan SetupUndoJob::mergedPortUndo(const QList<PairJournalRun> &runs, const QList<Port> &ports)
{
    // A retried run journals each attempt; an attempt only changes ports the earlier ones did
    // not, so the plans meet at most on ports they both left alone: the first entry stays.
    PortPlan merged = PortUndoPlanner::plan(runs.constFirst(), ports);
    QStringList runIds {merged.undoOfRunId};
    for (qsizetype i = 1; i < runs.size(); ++i) {
        const PortPlan more = PortUndoPlanner::plan(runs.at(i), ports);
        runIds << more.undoOfRunId;
        for (const PortPlan::Entry &entry : more.entries) {
            const auto same
                    = [&entry](const PortPlan::Entry &e) { return e.port.id == entry.port.id; };
            auto found = std::find_if(merged.entries.begin(), merged.entries.end(), same);
            if (found == merged.entries.end())
                merged.entries << entry;
            else if (found->action != PortPlan::Action::Change
                     && entry.action == PortPlan::Action::Change)
                *found = entry;
        }
    }
    merged.undoOfRunId = runIds.join(QLatin1Char(','));
    return merged;
}

void SetupUndoJob::planPodRanges()
{
    if (m_record.podRangesJournalRunIds.isEmpty())
        return planPartDone();
    const PodCidrJournalStore store(m_podRangesDirectory);
    QList<PodCidrJournalRun> runs;
    QString error;
    for (const QString &runId : std::as_const(m_record.podRangesJournalRunIds)) {
        const std::optional<PodCidrJournalRun> run = store.read(runId, &error);
        if (!run) {
            runs.clear();
            break;
        }
        runs << *run;
    }
    KubeClient *client = m_state->kube()->client();
    if (runs.isEmpty() || !client) {
        m_planErrors[index(Part::PodRanges)] = !runs.isEmpty()
                ? tr("There is no Kubernetes connection. Connect to the cluster first.")
                : tr("The pod-range journal of this run cannot be read, so its annotations "
                     "cannot be removed from here: %1")
                          .arg(error);
        return planPartDone();
    }
    auto *reader = new PodCidrClusterReader(client, m_context);
    connect(reader, &PodCidrClusterReader::finished, m_context, [this, reader, runs] {
        if (!reader->isOk()) {
            m_planErrors[index(Part::PodRanges)] = reader->errorMessage();
        } else {
            PodCidrUndoPlan merged;
            for (const PodCidrJournalRun &run : runs) {
                const PodCidrUndoPlan plan
                        = PodCidrUndoPlanner::plan(run, reader->nodes(), reader->kubeRouterPods());
                if (merged.runId.isEmpty()) {
                    merged = plan;
                    continue;
                }
                merged.runId += QLatin1Char(',') + plan.runId;
                merged.errors << plan.errors;
                for (const PodCidrUndoPlan::Entry &entry : plan.entries) {
                    const bool known = std::any_of(merged.entries.cbegin(), merged.entries.cend(),
                                                   [&entry](const PodCidrUndoPlan::Entry &e) {
                                                       return e.node == entry.node;
                                                   });
                    if (!known)
                        merged.entries << entry;
                }
            }
            m_podRangePlan = merged;
        }
        reader->deleteLater();
        planPartDone();
    });
    reader->start();
}

void SetupUndoJob::planObjects()
{
    KubeClient *client = m_state->kube()->client();
    if (m_record.plan.manifestYaml.isEmpty() || !client)
        return planPartDone();
    // The job deletes itself after finished().
    auto *job = new ManifestUninstallJob(client, m_record.plan.manifestYaml,
                                         ManifestUninstallJob::Mode::Preview);
    connect(job, &ManifestUninstallJob::finished, m_context, [this, job] {
        if (!job->errorMessage().isEmpty())
            m_planErrors[index(Part::Objects)] = job->errorMessage();
        m_objects = job->entries();
        planPartDone();
    });
    job->start();
}

void SetupUndoJob::planPartDone()
{
    if (--m_pendingPlans > 0)
        return;
    m_planned = true;
    Q_EMIT planned(isPlanOk());
}

bool SetupUndoJob::isPlanOk() const
{
    for (const QString &error : m_planErrors) {
        if (!error.isEmpty())
            return false;
    }
    return m_planned;
}

bool SetupUndoJob::hasWork() const
{
    if (m_removeObjects && std::any_of(m_objects.begin(), m_objects.end(), objectExists))
        return true;
    if (m_podRangePlan && m_podRangePlan->count(PodCidrUndoPlan::Action::Revert) > 0)
        return true;
    return m_portPlan && m_portPlan->totals().portsToChange > 0;
}

QString SetupUndoJob::previewText() const
{
    QStringList out;
    for (const Part part : kOrder) {
        out << partName(part) + QLatin1Char(':');
        QStringList lines;
        if (!m_planErrors[index(part)].isEmpty()) {
            lines << m_planErrors[index(part)];
        } else if (part == Part::Objects) {
            if (!m_removeObjects)
                lines << tr("kept (tick \"also remove kube-router's objects\" to delete them)");
            else if (m_objects.isEmpty())
                lines << tr("the run installed none");
            for (const ManifestUninstallJob::Entry &entry : m_objects) {
                if (m_removeObjects)
                    lines << ManifestUninstallJob::line(entry);
            }
        } else if (part == Part::PodRanges) {
            if (!m_podRangePlan)
                lines << tr("the run changed no node");
            else {
                for (const PodCidrUndoPlan::Entry &e : m_podRangePlan->entries) {
                    lines << (e.action == PodCidrUndoPlan::Action::Revert
                                      ? tr("node/%1: remove %2").arg(e.node, e.set.toText())
                                      : e.message);
                }
                lines << m_podRangePlan->summary();
            }
        } else if (!m_portPlan) {
            lines << tr("the run added no pair");
        } else {
            lines << m_portPlan->toText().trimmed().split(QLatin1Char('\n'));
        }
        for (const QString &line : std::as_const(lines))
            out << QStringLiteral("  ") + line;
    }
    return out.join(QLatin1Char('\n'));
}

void SetupUndoJob::setPart(Part part, PartState state, const QString &message)
{
    m_parts[index(part)].state = state;
    if (!message.isEmpty())
        m_parts[index(part)].message = message;
    Q_EMIT partStateChanged(part, state);
}

void SetupUndoJob::start()
{
    if (!m_planned || m_running)
        return;
    m_running = true;
    m_nextPart = 0;
    for (PartInfo &info : m_parts)
        info = {};
    QMetaObject::invokeMethod(this, &SetupUndoJob::runNext, Qt::QueuedConnection);
}

void SetupUndoJob::runNext()
{
    if (m_nextPart >= 3) {
        m_running = false;
        return Q_EMIT finished(true);
    }
    switch (kOrder[m_nextPart++]) {
    case Part::Objects:
        return runObjects();
    case Part::PodRanges:
        return runPodRanges();
    case Part::Ports:
        return runPorts();
    }
}

void SetupUndoJob::partDone(Part part, bool ok, const QString &message)
{
    setPart(part, ok ? PartState::Done : PartState::Failed, message);
    if (ok)
        return runNext();
    m_running = false;
    Q_EMIT finished(false);
}

void SetupUndoJob::runObjects()
{
    KubeClient *client = m_state->kube()->client();
    if (!m_removeObjects || !client
        || !std::any_of(m_objects.begin(), m_objects.end(), objectExists)) {
        setPart(Part::Objects, PartState::Skipped);
        return runNext();
    }
    setPart(Part::Objects, PartState::Running);
    auto *job = new ManifestUninstallJob(client, m_record.plan.manifestYaml,
                                         ManifestUninstallJob::Mode::Delete);
    const int total = static_cast<int>(m_objects.size());
    connect(job, &ManifestUninstallJob::entryFinished, this,
            [this, total](int i) { Q_EMIT partProgress(Part::Objects, i + 1, total); });
    connect(job, &ManifestUninstallJob::finished, this, [this, job] {
        m_parts[index(Part::Objects)].lines = job->lines();
        partDone(Part::Objects, job->isOk(),
                 job->isOk() ? QString()
                             : tr("%1 Check the permission to delete these objects, then undo "
                                  "again.")
                                       .arg(job->errorMessage()));
    });
    job->start();
}

void SetupUndoJob::runPodRanges()
{
    KubeClient *client = m_state->kube()->client();
    if (!m_podRangePlan || !client || m_podRangePlan->count(PodCidrUndoPlan::Action::Revert) == 0) {
        if (m_podRangePlan) {
            for (const PodCidrUndoPlan::Entry &e : m_podRangePlan->entries)
                m_parts[index(Part::PodRanges)].lines << e.message;
        }
        setPart(Part::PodRanges, PartState::Skipped);
        return runNext();
    }
    setPart(Part::PodRanges, PartState::Running);
    auto *job = new PodCidrUndoJob(client, *m_podRangePlan, this);
    job->setJournalDirectory(m_podRangesDirectory);
    connect(job, &PodCidrPatchJob::progress, this,
            [this](int done, int total) { Q_EMIT partProgress(Part::PodRanges, done, total); });
    connect(job, &PodCidrPatchJob::finished, this, [this, job] {
        QStringList lines;
        for (const PodCidrPatchJob::Result &result : job->results())
            lines << job->line(result);
        lines << job->summary();
        m_parts[index(Part::PodRanges)].lines = lines;
        const bool ok = job->isOk();
        const QString message = job->errorMessage();
        job->deleteLater();
        partDone(Part::PodRanges, ok,
                 ok ? QString()
                    : (message.isEmpty() ? tr("Some nodes could not be restored; see the lines "
                                              "above. Fix the cause, then undo again.")
                                         : message));
    });
    job->start();
}

void SetupUndoJob::runPorts()
{
    if (!m_portPlan || !m_neutron || m_portPlan->totals().portsToChange == 0) {
        setPart(Part::Ports, PartState::Skipped);
        return runNext();
    }
    KeystoneSession *session = m_state->openStack()->session();
    const QString directory
            = m_portsDirectory.isEmpty() ? PairJournal::defaultDirectory() : m_portsDirectory;
    m_journal = std::make_unique<PairJournal>();
    const QString journalError
            = m_journal->open(directory, PairJournal::headerFor(*session, *m_portPlan));
    if (!journalError.isEmpty()) {
        return partDone(Part::Ports, false,
                        tr("Nothing was removed from the ports, because the undo could not be "
                           "recorded: %1 Make %2 writable, then undo again.")
                                .arg(journalError, directory));
    }
    setPart(Part::Ports, PartState::Running);
    auto *job = new PortApplyJob(m_neutron.get(), *m_portPlan, this);
    if (const auto &check = m_state->openStack()->checkResult())
        job->setRevisionIfMatch(check->revisionIfMatch);
    job->setJournal(m_journal.get());
    connect(job, &PortApplyJob::progress, this,
            [this](int done, int total) { Q_EMIT partProgress(Part::Ports, done, total); });
    connect(job, &PortApplyJob::finished, this, [this, job](const PortApplyResult &result) {
        QStringList lines;
        for (const PortApplyResult::Item &item : result.items) {
            const QString name = item.serverName.isEmpty()
                    ? item.portId
                    : tr("%1 (%2)").arg(item.portId, item.serverName);
            if (item.state == PortApplyResult::State::Done) {
                QStringList pairs;
                for (const PortAddressPair &pair : item.removed)
                    pairs << pair.displayText();
                lines << tr("port %1: removed %2").arg(name, pairs.join(QStringLiteral(", ")));
            } else if (!item.reason.isEmpty()) {
                lines << tr("port %1: %2").arg(name, item.reason);
            }
        }
        m_parts[index(Part::Ports)].lines = lines;
        job->deleteLater();
        const bool ok = result.failed().isEmpty() && result.journalError.isEmpty();
        partDone(Part::Ports, ok,
                 ok ? QString()
                    : tr("%n port(s) could not be changed; see the lines above. Fix the cause, "
                         "then undo again.",
                         nullptr, static_cast<int>(result.failed().size())));
    });
    job->start();
}

} // namespace podnet
