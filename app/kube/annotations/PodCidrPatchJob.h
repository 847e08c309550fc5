// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/KubeRouterPodRestartJob.h"
#include "kube/annotations/PodCidrJournal.h"
#include "kube/annotations/PodCidrNode.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace podnet {

class KubeClient;
class KubeReply;

/// What PodCidrAnnotationJob and PodCidrUndoJob share: for each target node, one JSON merge
/// patch that moves kube-router's two annotations from the values expected to the values
/// desired, guarded by the node's resourceVersion. A 409 re-reads the node: still as expected →
/// retried with the new resourceVersion (at most 4 tries); otherwise reported as changed since.
/// Each patch is journalled before and after. 404 fails only that node; 401/403 stop the run
/// (the permission is cluster-wide). Optionally restarts kube-router on the changed nodes.
/// Reports once through finished(); its parent owns it.
class PodCidrPatchJob : public QObject
{
    Q_OBJECT
public:
    /// One node's outcome.
    struct Result
    {
        enum class State {
            Pending,
            Done,         ///< the patch landed
            Unchanged,    ///< nothing to send: the node already holds the values
            Skipped,      ///< not part of the run (see message)
            ChangedSince, ///< the node no longer holds what was expected; nothing sent
            Gone,         ///< the node no longer exists
            Failed,
            NotTried, ///< the run stopped before this node (see message)
            Cancelled,
        };

        QString node;
        PodCidrNode::Annotations desired;
        State state = State::Pending;
        QString message; ///< translated, for every state but Done
        QString detail;
        PodCidrNode::Annotations after; ///< as the server answered (Done)
    };

    ~PodCidrPatchJob() override;

    /// Where the journal goes (empty: PodCidrJournal::defaultDirectory()).
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    /// Restart kube-router's pod on each changed node (default: no).
    void setRestartPods(bool restart) { m_restartPods = restart; }

    void start();
    /// Sends no further patch; the nodes not reached are reported Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    /// No failure: every target is Done, Unchanged or (for undo) changed since or gone.
    bool isOk() const;
    /// One per node, in the order of the plan.
    QList<Result> results() const { return m_results; }
    /// Filled after the patches when restarts were asked for.
    QList<KubeRouterPodRestartJob::Result> restartResults() const { return m_restarts; }
    /// The journal of this run (empty when nothing was to be sent).
    QString journalPath() const { return m_journalPath; }
    QString runId() const { return m_runId; }
    /// A failure of the whole run (plan not applicable, journal not writable, permission).
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

    /// Translated kubectl-style line for one node.
    virtual QString line(const Result &result) const = 0;
    /// Translated totals.
    QString summary() const;
    /// Stable key for JSON: "pending", "done", "unchanged", "skipped", "changedSince", "gone",
    /// "failed", "notTried", "cancelled".
    static QString stateKey(Result::State state);
    /// The results as JSON (node, state, desired and answered values, message, detail).
    QJsonArray resultsJson() const;

    /// Translated: the missing permission to patch nodes, and how to grant it.
    static QString forbiddenMessage();

Q_SIGNALS:
    /// \a finished of \a total nodes to patch are through.
    void progress(int finished, int total);
    void nodeFinished(int index);
    void restartFinished(int index);
    void finished();

protected:
    PodCidrPatchJob(KubeClient *client, QObject *parent);

    /// Set up by the subclasses before start().
    struct Target
    {
        QString node;
        QString resourceVersion;
        PodCidrNode::Annotations expected;
        PodCidrNode::Annotations desired;
    };
    /// A node to patch; its result starts Pending.
    void addTarget(const Target &target);
    /// A node reported without a request.
    void addResult(const Result &result) { m_results.append(result); }
    /// The run must not send anything: \a message says why.
    void refuse(const QString &message) { m_refusal = message; }
    /// The journal header's kind, cluster CIDR and run undone.
    void setJournalKind(const QString &kind, const QString &clusterCidr, const QString &undoOf);
    /// Whether ChangedSince and Gone count as failures (apply) or as skips (undo: nothing left
    /// to take back).
    void setChangedSinceFails(bool fails) { m_changedSinceFails = fails; }
    /// Translated: \a node holds \a live instead of what was expected.
    virtual QString changedSinceMessage(const Target &target,
                                        const PodCidrNode::Annotations &live) const = 0;

private:
    void next();
    void send(int attempt);
    void onPatched(KubeReply *reply, int attempt);
    void reread(int attempt);
    void finishNode(Result::State state, const QString &message, const QString &detail = {});
    void stopRest(Result::State state, const QString &message);
    void endPatches();
    void restart();
    void done();

    QPointer<KubeClient> m_client;
    QList<Result> m_results;
    QList<Target> m_targets;
    QList<qsizetype> m_targetResult; ///< m_results index of each target
    qsizetype m_current = 0;
    PodCidrJournal m_journal;
    QString m_journalDirectory;
    QString m_kind = QStringLiteral("annotate");
    QString m_clusterCidr;
    QString m_undoOf;
    QString m_journalPath;
    QString m_runId;
    QString m_refusal;
    QString m_errorMessage;
    QString m_errorDetail;
    QList<KubeRouterPodRestartJob::Result> m_restarts;
    bool m_restartPods = false;
    bool m_changedSinceFails = true;
    bool m_running = false;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_stopped = false;
};

} // namespace podnet
