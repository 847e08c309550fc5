// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupPortsStep.h"

#include "SetupState.h"
#include "openstack/KeystoneSession.h"
#include "openstack/LivePortsLoader.h"
#include "openstack/OpenStackState.h"
#include "openstack/PairJournal.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"

namespace podnet {

namespace {

QString shortId(const QString &id)
{
    return id.size() > 8 ? id.left(8) + QChar(0x2026) : id;
}

QString pairsText(const QList<PortAddressPair> &pairs)
{
    QStringList list;
    for (const PortAddressPair &pair : pairs)
        list << pair.ipAddress();
    return list.join(QStringLiteral(", "));
}

} // namespace

SetupPortsStep::SetupPortsStep(SetupState *state, const PortPlan &plan,
                               const QString &journalDirectory, QObject *parent)
    : SetupRunStep(parent)
    , m_state(state)
    , m_plan(plan)
    , m_journalDirectory(journalDirectory)
{ }

SetupPortsStep::~SetupPortsStep()
{
    // The job uses the loader's client and the journal: it goes first.
    delete m_job;
}

QString SetupPortsStep::line(const PortApplyResult::Item &item)
{
    const QString port = shortId(item.portId);
    const QString server = item.serverName.isEmpty() ? tr("no name") : item.serverName;
    using State = PortApplyResult::State;
    switch (item.state) {
    case State::Done:
        return tr("port %1 (%2): added %3").arg(port, server, pairsText(item.added));
    case State::AlreadyComplete:
        return tr("port %1 (%2): already has its pairs").arg(port, server);
    case State::Skipped:
        return tr("port %1 (%2): skipped: %3").arg(port, server, item.reason);
    case State::Failed:
        return tr("port %1 (%2): failed: %3").arg(port, server, item.reason);
    case State::Cancelled:
        return tr("port %1 (%2): not changed (cancelled)").arg(port, server);
    case State::Pending:
    case State::Running:
        break;
    }
    return {};
}

void SetupPortsStep::start()
{
    begin();
    m_cancelled = false;
    if (!m_loader) {
        m_loader = new LivePortsLoader(m_state->openStack()->session(), this);
        connect(m_loader, &LivePortsLoader::finished, this,
                [this](const QList<Port> &ports, const QHash<QString, QString> &,
                       const PortFailure &failure, const QString &) { onLoaded(ports, failure); });
    }
    Q_EMIT progress(0, m_plan.totals().portsToChange);
    Q_EMIT logLine(tr("Reading the ports again before changing them…"));
    m_loader->load();
}

void SetupPortsStep::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    } else if (isRunning()) {
        Outcome outcome;
        outcome.state = SetupStepState::Cancelled;
        outcome.summary = tr("Cancelled before any port was changed.");
        finishLater(outcome);
    }
}

void SetupPortsStep::onLoaded(const QList<Port> &ports, const PortFailure &failure)
{
    if (!isRunning() || m_cancelled)
        return;
    if (!failure.isOk()) {
        Outcome outcome;
        outcome.state = SetupStepState::Failed;
        outcome.summary = tr("The ports could not be read again; nothing was changed.");
        outcome.message = tr("The ports could not be read again, so nothing was changed: %1 "
                             "Check the OpenStack connection, then click Retry.")
                                  .arg(failure.message());
        if (!failure.detail().isEmpty())
            outcome.lines << failure.detail();
        return finish(outcome);
    }
    m_live = ports;
    // Recompute each planned port from what it holds now: a retry sends only what is left.
    QHash<QString, Port> live;
    for (const Port &port : ports)
        live.insert(port.id, port);
    PortPlan toSend = m_plan;
    toSend.entries.clear();
    for (PortPlan::Entry &entry : m_plan.entries) {
        if (entry.action != PortPlan::Action::Change && entry.action != PortPlan::Action::Complete)
            continue;
        const auto it = live.constFind(entry.port.id);
        if (it == live.cend()) {
            if (entry.action == PortPlan::Action::Change)
                Q_EMIT logLine(tr("port %1 (%2): no longer exists; skipped")
                                       .arg(shortId(entry.port.id), entry.serverName));
            entry.action = PortPlan::Action::NotSelected;
            continue;
        }
        entry = PortPlanner::recompute(entry, *it);
        if (entry.action == PortPlan::Action::Change)
            toSend.entries << entry;
    }
    if (toSend.entries.isEmpty()) {
        Outcome outcome;
        outcome.state = SetupStepState::Done;
        outcome.summary = tr("Every selected port already has its pairs; nothing was sent.");
        Q_EMIT logLine(outcome.summary);
        return finish(outcome);
    }

    KeystoneSession *session = m_state->openStack()->session();
    m_journal = std::make_unique<PairJournal>();
    const QString directory
            = m_journalDirectory.isEmpty() ? PairJournal::defaultDirectory() : m_journalDirectory;
    const QString journalError
            = m_journal->open(directory, PairJournal::headerFor(*session, toSend));
    if (!journalError.isEmpty()) {
        m_journal.reset();
        Outcome outcome;
        outcome.state = SetupStepState::Failed;
        outcome.summary = tr("Nothing was changed: the run could not be recorded for undo.");
        outcome.message = tr("Nothing was changed, because the run could not be recorded for "
                             "undo: %1 Make the folder %2 writable, then click Retry.")
                                  .arg(journalError, directory);
        return finish(outcome);
    }
    m_journalRunId = m_journal->runId();
    m_job = new PortApplyJob(m_loader->client(), toSend, this);
    if (const auto &check = m_state->openStack()->checkResult())
        m_job->setRevisionIfMatch(check->revisionIfMatch);
    m_job->setJournal(m_journal.get());
    connect(m_job, &PortApplyJob::portStateChanged, this,
            [this](const QString &portId, PortApplyResult::State state) {
                if (state == PortApplyResult::State::Pending
                    || state == PortApplyResult::State::Running)
                    return;
                for (const PortApplyResult::Item &item : m_job->result().items) {
                    if (item.portId == portId)
                        Q_EMIT logLine(line(item));
                }
            });
    connect(m_job, &PortApplyJob::progress, this, &SetupRunStep::progress);
    connect(m_job, &PortApplyJob::finished, this, &SetupPortsStep::onApplied);
    Q_EMIT progress(0, m_job->total());
    Q_EMIT logLine(tr("Adding the pairs to %n port(s)…", nullptr, m_job->total()));
    m_job->start();
}

void SetupPortsStep::onApplied(const PortApplyResult &result)
{
    m_job->deleteLater();
    m_job = nullptr;
    // What landed is what the ports hold now.
    for (const PortApplyResult::Item &item : result.items) {
        if (item.state != PortApplyResult::State::Done)
            continue;
        for (PortPlan::Entry &entry : m_plan.entries) {
            if (entry.port.id != item.portId)
                continue;
            Port after = entry.port;
            after.allowedAddressPairs = item.pairsAfter;
            after.revisionNumber = item.revisionAfter;
            entry = PortPlanner::recompute(entry, after);
        }
        for (Port &port : m_live) {
            if (port.id == item.portId) {
                port.allowedAddressPairs = item.pairsAfter;
                port.revisionNumber = item.revisionAfter;
            }
        }
    }
    Outcome outcome;
    for (const PortApplyResult::Item &item : result.items)
        outcome.lines << line(item);
    const int changed = static_cast<int>(result.changed().size());
    const QList<PortApplyResult::Item> failed = result.failed();
    if (!failed.isEmpty()) {
        outcome.state = SetupStepState::Failed;
        outcome.summary = tr("%n port(s) changed, %1 failed", nullptr, changed).arg(failed.size());
        outcome.message = tr("%n port(s) did not get their pairs. The first: %1 Fix that (an "
                             "admin may have to allow pairs on the port), then click Retry: "
                             "only the ports still missing pairs are sent.",
                             nullptr, static_cast<int>(failed.size()))
                                  .arg(line(failed.first()));
    } else if (!result.journalError.isEmpty()) {
        outcome.state = SetupStepState::Failed;
        outcome.summary = tr("%n port(s) changed", nullptr, changed);
        outcome.message = tr("The journal could not be written, so this run cannot be fully "
                             "undone: %1 Make the journal folder writable, then click Retry.")
                                  .arg(result.journalError);
    } else if (result.cancelled || m_cancelled) {
        outcome.state = SetupStepState::Cancelled;
        outcome.summary = tr("%n port(s) changed before the run was cancelled", nullptr, changed);
        outcome.message = tr("Cancelled. The ports changed so far keep their pairs; Retry "
                             "changes the rest.");
    } else {
        outcome.state = SetupStepState::Done;
        outcome.summary = tr("%n port(s) changed", nullptr, changed);
    }
    Q_EMIT logLine(outcome.summary);
    finish(outcome);
}

QList<Port> SetupPortsStep::portsAfter() const
{
    if (!m_live.isEmpty())
        return m_live;
    QList<Port> ports;
    for (const PortPlan::Entry &entry : m_plan.entries)
        ports << entry.port;
    return ports;
}

} // namespace podnet
