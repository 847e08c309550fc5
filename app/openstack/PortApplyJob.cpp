// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortApplyJob.h"

#include "openstack/NeutronPortClient.h"
#include "openstack/PairJournal.h"
#include "openstack/PortPlanner.h"

#include <QTimer>

namespace podnet {

namespace {

bool isTerminal(PortApplyResult::State state)
{
    return state != PortApplyResult::State::Pending && state != PortApplyResult::State::Running;
}

// The request may have reached Neutron and been applied before the answer got lost.
bool isAmbiguous(const PortFailure &failure)
{
    const HttpFailure::Kind kind = failure.http().kind();
    return kind == HttpFailure::Kind::TimedOut || kind == HttpFailure::Kind::ConnectionLost
            || failure.httpStatus() == 502 || failure.httpStatus() == 504;
}

} // namespace

PortApplyJob::PortApplyJob(NeutronPortClient *client, const PortPlan &plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan)
{
    qRegisterMetaType<podnet::PortApplyResult>();
    qRegisterMetaType<podnet::PortApplyResult::State>();
    for (const PortPlan::Entry &entry : plan.entries) {
        if (entry.action == PortPlan::Action::NotSelected)
            continue;
        Task task;
        task.entry = entry;
        task.item.portId = entry.port.id;
        task.item.serverName = entry.serverName;
        task.item.pairsAfter = entry.port.allowedAddressPairs;
        task.item.revisionAfter = entry.port.revisionNumber;
        m_tasks.push_back(task);
    }
}

PortApplyJob::~PortApplyJob() = default;

void PortApplyJob::setRetryPolicy(int maxTries, std::chrono::milliseconds firstDelay)
{
    m_maxTries = maxTries > 0 ? maxTries : 1;
    m_firstDelay = firstDelay;
}

PortApplyJob::State PortApplyJob::state(const QString &portId) const
{
    for (const Task &task : m_tasks) {
        if (task.item.portId == portId)
            return task.item.state;
    }
    return State::Pending;
}

PortApplyResult PortApplyJob::result() const
{
    PortApplyResult result;
    result.cancelled = m_cancelled;
    result.journalError = m_journalError;
    for (const Task &task : m_tasks)
        result.items.append(task.item);
    return result;
}

void PortApplyJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Everything is reported after start() returns, even when there is nothing to do.
    QMetaObject::invokeMethod(
            this,
            [this] {
                for (size_t i = 0; i < m_tasks.size(); ++i) {
                    const PortPlan::Entry &entry = m_tasks[i].entry;
                    if (entry.action != PortPlan::Action::Change && !m_cancelled)
                        planned(i, entry);
                }
                pump();
                maybeFinish();
            },
            Qt::QueuedConnection);
}

void PortApplyJob::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    const QString notStarted = tr("Not changed: the run was cancelled before this port's turn.");
    for (size_t i = 0; i < m_tasks.size(); ++i) {
        Task &task = m_tasks[i];
        if (task.item.state == State::Pending) {
            settle(i, State::Cancelled, notStarted);
        } else if (task.waiting) {
            task.waiting = false;
            if (task.step == Step::Put && task.ambiguousPut)
                verify(i);
            else
                settle(i, State::Cancelled,
                       tr("Not changed: the run was cancelled while waiting to try again."),
                       task.item.failure);
        }
        // Requests on the wire finish; their handlers see m_cancelled.
    }
    maybeFinish();
}

void PortApplyJob::pump()
{
    while (!m_cancelled && m_active < m_concurrency && m_next < m_tasks.size()) {
        const size_t index = m_next++;
        // Entries with nothing to send are settled by start() itself.
        if (m_tasks[index].item.state == State::Pending
            && m_tasks[index].entry.action == PortPlan::Action::Change)
            begin(index);
    }
}

void PortApplyJob::begin(size_t index)
{
    Task &task = m_tasks[index];
    ++m_active;
    task.item.state = State::Running;
    Q_EMIT portStateChanged(task.item.portId, State::Running);
    if (m_ifMatch)
        put(index);
    else
        read(index);
}

void PortApplyJob::read(size_t index)
{
    Task &task = m_tasks[index];
    task.step = Step::Read;
    task.inFlight = true;
    m_client->getPort(
            task.item.portId, this,
            [this, index](const Port &port, const PortFailure &f) { onRead(index, port, f); });
}

void PortApplyJob::onRead(size_t index, const Port &port, const PortFailure &failure)
{
    Task &task = m_tasks[index];
    task.inFlight = false;
    if (!failure.isOk()) {
        if (retryLater(index, failure))
            return;
        settle(index, State::Failed, failure.message(), failure);
        return;
    }
    task.tries = 0;
    planned(index, PortPlanner::recompute(task.entry, port));
}

void PortApplyJob::planned(size_t index, const PortPlan::Entry &entry)
{
    Task &task = m_tasks[index];
    task.entry = entry;
    task.item.pairsAfter = entry.port.allowedAddressPairs;
    task.item.revisionAfter = entry.port.revisionNumber;
    switch (entry.action) {
    case PortPlan::Action::Complete:
        settle(index, State::AlreadyComplete);
        return;
    case PortPlan::Action::Skip:
        settle(index, State::Skipped, entry.reasonText());
        return;
    case PortPlan::Action::Blocked:
    case PortPlan::Action::NotSelected:
        settle(index, State::Failed, entry.reasonText());
        return;
    case PortPlan::Action::Change:
        break;
    }
    if (m_cancelled) {
        settle(index, State::Cancelled,
               tr("Not changed: the run was cancelled before this port's change was sent."));
        return;
    }
    put(index);
}

void PortApplyJob::put(size_t index)
{
    Task &task = m_tasks[index];
    task.step = Step::Put;
    task.inFlight = true;
    task.ambiguousPut = false;
    const qint64 ifMatch = m_ifMatch ? task.entry.port.revisionNumber : -1;
    m_client->updateAllowedAddressPairs(
            task.item.portId, task.entry.pairsAfter(), ifMatch, this,
            [this, index](const Port &port, const PortFailure &f) { onPut(index, port, f); });
}

void PortApplyJob::onPut(size_t index, const Port &port, const PortFailure &failure)
{
    Task &task = m_tasks[index];
    task.inFlight = false;
    if (failure.isOk()) {
        landed(index, port);
        return;
    }
    task.item.failure = failure;
    if (failure.isRevisionConflict()) {
        if (m_cancelled) {
            settle(index, State::Cancelled,
                   tr("Not changed: the port changed meanwhile and the run was cancelled."),
                   failure);
        } else if (++task.conflicts > m_maxConflicts) {
            settle(index, State::Failed,
                   tr("The port kept changing while this run tried to update it (%1 times). "
                      "Check who else changes it, then run again.")
                           .arg(task.conflicts),
                   failure);
        } else {
            task.tries = 0;
            read(index);
        }
        return;
    }
    if (failure.isPortSecurityOff()) {
        settle(index, State::Skipped, failure.message(), failure);
        return;
    }
    if (failure.isPairLimit() || failure.isNotAllowed()) {
        settle(index, State::Failed, failure.message(), failure);
        return;
    }
    task.ambiguousPut = isAmbiguous(failure);
    if (retryLater(index, failure))
        return;
    if (task.ambiguousPut) {
        verify(index);
        return;
    }
    settle(index, State::Failed, failure.message(), failure);
}

void PortApplyJob::verify(size_t index)
{
    Task &task = m_tasks[index];
    task.step = Step::Verify;
    task.inFlight = true;
    m_client->getPort(
            task.item.portId, this,
            [this, index](const Port &port, const PortFailure &f) { onVerify(index, port, f); });
}

void PortApplyJob::onVerify(size_t index, const Port &port, const PortFailure &failure)
{
    Task &task = m_tasks[index];
    task.inFlight = false;
    if (!failure.isOk()) {
        if (!m_cancelled && retryLater(index, failure))
            return;
        settle(index, State::Failed,
               tr("Could not find out whether the change reached port %1: %2 Check the port "
                  "and run again (a rerun only adds what is missing).")
                       .arg(task.item.portId, failure.message()),
               failure);
        return;
    }
    if (PortPlanner::recompute(task.entry, port).action == PortPlan::Action::Complete) {
        landed(index, port); // the lost answer's PUT did land
        return;
    }
    if (m_cancelled)
        settle(index, State::Cancelled, tr("Not changed: the run was cancelled."),
               task.item.failure);
    else
        settle(index, State::Failed, task.item.failure.message(), task.item.failure);
}

bool PortApplyJob::retryLater(size_t index, const PortFailure &failure)
{
    Task &task = m_tasks[index];
    if (!failure.isTransient())
        return false;
    task.item.failure = failure;
    if (m_cancelled) {
        if (task.step == Step::Put && task.ambiguousPut)
            verify(index);
        else
            settle(index, State::Cancelled, tr("Not changed: the run was cancelled."), failure);
        return true;
    }
    if (++task.tries >= m_maxTries)
        return false;
    task.waiting = true;
    const auto delay = m_firstDelay * (1 << (task.tries - 1));
    QTimer::singleShot(delay, this, [this, index] {
        Task &t = m_tasks[index];
        if (!t.waiting)
            return; // cancelled meanwhile
        t.waiting = false;
        switch (t.step) {
        case Step::Read:
            read(index);
            break;
        case Step::Put:
            put(index);
            break;
        case Step::Verify:
            verify(index);
            break;
        case Step::None:
            break;
        }
    });
    return true;
}

void PortApplyJob::landed(size_t index, const Port &port)
{
    Task &task = m_tasks[index];
    task.item.added = task.entry.toAdd;
    task.item.removed = task.entry.toRemove;
    task.item.pairsAfter = port.allowedAddressPairs;
    task.item.revisionAfter = port.revisionNumber;
    task.item.failure = {};
    if (m_journal) {
        PairJournalRun::Change change;
        change.time = QDateTime::currentDateTimeUtc();
        change.portId = task.item.portId;
        change.serverId = task.entry.serverId;
        change.serverName = task.entry.serverName;
        change.pairsBefore = task.entry.port.allowedAddressPairs;
        change.pairsAfter = port.allowedAddressPairs;
        change.added = task.entry.toAdd;
        change.removed = task.entry.toRemove;
        change.revisionAfter = port.revisionNumber;
        const QString error = m_journal->recordChange(change);
        if (!error.isEmpty() && m_journalError.isEmpty())
            m_journalError = error;
    }
    settle(index, State::Done);
}

void PortApplyJob::settle(size_t index, State state, const QString &reason,
                          const PortFailure &failure)
{
    Task &task = m_tasks[index];
    if (isTerminal(task.item.state))
        return;
    if (task.item.state == State::Running)
        --m_active;
    task.item.state = state;
    task.item.reason = reason;
    if (!failure.isOk())
        task.item.failure = failure;
    task.waiting = false;
    ++m_doneCount;
    Q_EMIT portStateChanged(task.item.portId, state);
    Q_EMIT progress(m_doneCount, total());
    pump();
    maybeFinish();
}

void PortApplyJob::maybeFinish()
{
    if (m_finished || !m_started)
        return;
    for (const Task &task : m_tasks) {
        if (!isTerminal(task.item.state))
            return;
    }
    m_finished = true;
    const PortApplyResult outcome = result();
    if (m_journal && m_journal->isOpen()) {
        const QString error = m_journal->finish(m_cancelled ? PairJournalRun::End::Cancelled
                                                            : PairJournalRun::End::Finished,
                                                static_cast<int>(outcome.changed().size()),
                                                static_cast<int>(outcome.unchanged().size()),
                                                static_cast<int>(outcome.failed().size()));
        if (!error.isEmpty() && m_journalError.isEmpty())
            m_journalError = error;
    }
    Q_EMIT finished(result());
}

} // namespace podnet
