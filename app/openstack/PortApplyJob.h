// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortApplyResult.h"
#include "openstack/PortPlan.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <vector>

namespace podnet {

class NeutronPortClient;
class PairJournal;

/// Carries out a PortPlan (adding pairs, or undoing a run) against Neutron, a few ports at a
/// time, and reports once through finished().
///
/// With the revision-if-match extension each PUT sends If-Match: revision_number=N; on 412 the
/// port is read again, its entry recomputed from live state, and the PUT retried (bounded).
/// Without it the port is read right before its PUT, to keep the race window small. Transient
/// failures (5xx, timeouts, lost connections) are retried with exponential backoff; a 401 makes
/// the session authenticate once (in NeutronPortClient).
///
/// cancel() starts nothing new and lets requests on the wire finish rather than abort them, so
/// every port's outcome is known exactly: a PUT that was sent either landed (Done, journaled) or
/// failed. A port whose PUT failed ambiguously (timeout, lost connection) is read back before
/// being reported. Ports not yet started are reported Cancelled (unchanged).
class PortApplyJob : public QObject
{
    Q_OBJECT
public:
    using State = PortApplyResult::State;

    /// \a client is not owned and must outlive the job.
    PortApplyJob(NeutronPortClient *client, const PortPlan &plan, QObject *parent = nullptr);
    ~PortApplyJob() override;

    /// Ports worked on at once. Default 8 (what saturates a real Neutron).
    void setConcurrency(int count) { m_concurrency = count > 0 ? count : 1; }
    /// Whether Neutron has the revision-if-match extension. Default false.
    void setRevisionIfMatch(bool enabled) { m_ifMatch = enabled; }
    /// Tries per request on transient failures (default 4) and the first delay (default
    /// 200 ms, doubled each time).
    void setRetryPolicy(int maxTries, std::chrono::milliseconds firstDelay);
    /// How often a 412 may send a port back to re-read and recompute. Default 5.
    void setMaxConflicts(int count) { m_maxConflicts = count; }
    /// Where each landed PUT is recorded; not owned. Must be open. finished() closes it with the
    /// final line.
    void setJournal(PairJournal *journal) { m_journal = journal; }

    void start();
    /// Stops starting ports; see the class comment. finished() follows.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    int total() const { return static_cast<int>(m_tasks.size()); }
    int doneCount() const { return m_doneCount; }
    /// The state of \a portId (Pending when unknown).
    State state(const QString &portId) const;
    /// The result so far; final after finished().
    PortApplyResult result() const;

Q_SIGNALS:
    void portStateChanged(const QString &portId, podnet::PortApplyResult::State state);
    /// \a done of \a total ports have their final state.
    void progress(int done, int total);
    void finished(const podnet::PortApplyResult &result);

private:
    enum class Step { None, Read, Put, Verify };
    struct Task
    {
        PortPlan::Entry entry;
        PortApplyResult::Item item;
        Step step = Step::None;
        bool inFlight = false;
        bool waiting = false; ///< in backoff
        bool ambiguousPut = false;
        int tries = 0;
        int conflicts = 0;
    };

    void pump();
    void begin(size_t index);
    void read(size_t index);
    void put(size_t index);
    void verify(size_t index);
    void onRead(size_t index, const Port &port, const PortFailure &failure);
    void onPut(size_t index, const Port &port, const PortFailure &failure);
    void onVerify(size_t index, const Port &port, const PortFailure &failure);
    void planned(size_t index, const PortPlan::Entry &entry);
    bool retryLater(size_t index, const PortFailure &failure);
    void settle(size_t index, State state, const QString &reason = {},
                const PortFailure &failure = {});
    void landed(size_t index, const Port &port);
    void maybeFinish();

    QPointer<NeutronPortClient> m_client;
    PortPlan m_plan;
    std::vector<Task> m_tasks;
    size_t m_next = 0;
    int m_active = 0;
    int m_doneCount = 0;
    int m_concurrency = 8;
    bool m_ifMatch = false;
    int m_maxTries = 4;
    std::chrono::milliseconds m_firstDelay {200};
    int m_maxConflicts = 5;
    PairJournal *m_journal = nullptr;
    QString m_journalError;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace podnet
