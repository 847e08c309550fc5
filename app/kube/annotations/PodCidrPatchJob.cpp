// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrPatchJob.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonObject>

namespace podnet {

namespace {

constexpr int kMaxAttempts = 4;

QString nodePath(const QString &node)
{
    return QStringLiteral("/api/v1/nodes/") + node;
}

PodCidrNode::Annotations annotationsOf(const QJsonObject &node)
{
    return PodCidrNode::fromJson(node).annotations;
}

} // namespace

PodCidrPatchJob::PodCidrPatchJob(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

PodCidrPatchJob::~PodCidrPatchJob() = default;

QString PodCidrPatchJob::forbiddenMessage()
{
    return tr("The Kubernetes API server refused to change the node (HTTP 403): the "
              "kubeconfig's user may not \"patch\" \"nodes\", a cluster-wide permission. Use a "
              "cluster-admin context, or have a ClusterRole with the rule resources: [nodes], "
              "verbs: [patch] bound to the user. Nothing else was changed.");
}

void PodCidrPatchJob::addTarget(const Target &target)
{
    m_targetResult.append(m_results.size());
    m_targets.append(target);
    m_results.append(Result {target.node, target.desired, Result::State::Pending, {}, {}, {}});
}

void PodCidrPatchJob::setJournalKind(const QString &kind, const QString &clusterCidr,
                                     const QString &undoOf)
{
    m_kind = kind;
    m_clusterCidr = clusterCidr;
    m_undoOf = undoOf;
}

bool PodCidrPatchJob::isOk() const
{
    if (!m_errorMessage.isEmpty())
        return false;
    for (const Result &result : m_results) {
        switch (result.state) {
        case Result::State::Done:
        case Result::State::Unchanged:
        case Result::State::Skipped:
            break;
        case Result::State::ChangedSince:
        case Result::State::Gone:
            if (m_changedSinceFails)
                return false;
            break;
        default:
            return false;
        }
    }
    return true;
}

QString PodCidrPatchJob::summary() const
{
    int done = 0;
    int unchanged = 0;
    int failed = 0;
    for (const Result &result : m_results) {
        if (result.state == Result::State::Done)
            ++done;
        else if (result.state == Result::State::Unchanged)
            ++unchanged;
        else if (result.state != Result::State::Skipped
                 && ((result.state != Result::State::ChangedSince
                      && result.state != Result::State::Gone)
                     || m_changedSinceFails))
            ++failed;
    }
    return tr("%n node(s) changed, %1 unchanged, %2 not changed because of a problem", nullptr,
              done)
            .arg(unchanged)
            .arg(failed);
}

QString PodCidrPatchJob::stateKey(Result::State state)
{
    switch (state) {
    case Result::State::Pending:
        return QStringLiteral("pending");
    case Result::State::Done:
        return QStringLiteral("done");
    case Result::State::Unchanged:
        return QStringLiteral("unchanged");
    case Result::State::Skipped:
        return QStringLiteral("skipped");
    case Result::State::ChangedSince:
        return QStringLiteral("changedSince");
    case Result::State::Gone:
        return QStringLiteral("gone");
    case Result::State::Failed:
        return QStringLiteral("failed");
    case Result::State::NotTried:
        return QStringLiteral("notTried");
    case Result::State::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QJsonArray PodCidrPatchJob::resultsJson() const
{
    QJsonArray array;
    for (const Result &result : m_results) {
        QJsonObject object {{QStringLiteral("node"), result.node},
                            {QStringLiteral("state"), stateKey(result.state)},
                            {QStringLiteral("desired"), result.desired.toJson()},
                            {QStringLiteral("line"), line(result)},
                            {QStringLiteral("message"), result.message},
                            {QStringLiteral("detail"), result.detail}};
        if (result.state == Result::State::Done)
            object.insert(QStringLiteral("after"), result.after.toJson());
        array.append(object);
    }
    return array;
}

void PodCidrPatchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    if (!m_refusal.isEmpty()) {
        m_errorMessage = m_refusal;
        stopRest(Result::State::NotTried, m_refusal);
        QMetaObject::invokeMethod(this, &PodCidrPatchJob::done, Qt::QueuedConnection);
        return;
    }
    if (m_targets.isEmpty()) {
        QMetaObject::invokeMethod(this, &PodCidrPatchJob::done, Qt::QueuedConnection);
        return;
    }
    // No patch without its journal: a run that cannot be undone must not start.
    const PodCidrJournalRun header
            = PodCidrJournal::headerFor(*m_client, m_kind, m_clusterCidr, m_undoOf);
    const QString error = m_journal.open(
            m_journalDirectory.isEmpty() ? PodCidrJournal::defaultDirectory() : m_journalDirectory,
            header);
    if (!error.isEmpty()) {
        m_errorMessage = error;
        stopRest(Result::State::NotTried, error);
        QMetaObject::invokeMethod(this, &PodCidrPatchJob::done, Qt::QueuedConnection);
        return;
    }
    m_journalPath = m_journal.path();
    m_runId = m_journal.runId();
    Q_EMIT progress(0, static_cast<int>(m_targets.size()));
    QMetaObject::invokeMethod(this, &PodCidrPatchJob::next, Qt::QueuedConnection);
}

void PodCidrPatchJob::cancel()
{
    m_cancelled = true;
}

void PodCidrPatchJob::next()
{
    if (m_current >= m_targets.size() || m_stopped)
        return endPatches();
    if (m_cancelled) {
        stopRest(Result::State::Cancelled, tr("Cancelled before this node was changed."));
        return endPatches();
    }
    const Target &target = m_targets.at(m_current);
    PodCidrJournalRun::Change change;
    change.node = target.node;
    change.resourceVersionBefore = target.resourceVersion;
    change.set = target.desired;
    change.before = target.expected;
    const QString error = m_journal.recordBegin(change);
    if (!error.isEmpty()) {
        m_errorMessage = error;
        stopRest(Result::State::NotTried, error);
        return endPatches();
    }
    send(1);
}

void PodCidrPatchJob::send(int attempt)
{
    const Target &target = m_targets.at(m_current);
    QJsonObject annotations;
    if (target.desired.podCidr != target.expected.podCidr)
        annotations.insert(PodCidrNode::podCidrKey(),
                           target.desired.toJson().value(PodCidrNode::podCidrKey()));
    if (target.desired.podCidrs != target.expected.podCidrs)
        annotations.insert(PodCidrNode::podCidrsKey(),
                           target.desired.toJson().value(PodCidrNode::podCidrsKey()));
    if (annotations.isEmpty()) {
        finishNode(Result::State::Unchanged,
                   tr("Node %1 already holds these values.").arg(target.node));
        return next();
    }
    QJsonObject metadata {{QStringLiteral("annotations"), annotations}};
    // The precondition: the server answers 409 if the node changed since we read it.
    if (!target.resourceVersion.isEmpty())
        metadata.insert(QStringLiteral("resourceVersion"), target.resourceVersion);
    KubeReply *reply = m_client->mergePatch(nodePath(target.node),
                                            QJsonObject {{QStringLiteral("metadata"), metadata}});
    connect(reply, &KubeReply::finished, this,
            [this, reply, attempt] { onPatched(reply, attempt); });
}

void PodCidrPatchJob::onPatched(KubeReply *reply, int attempt)
{
    const Target &target = m_targets.at(m_current);
    if (reply->isOk()) {
        Result &result = m_results[m_targetResult.at(m_current)];
        result.after = annotationsOf(reply->object());
        PodCidrJournalRun::Change change;
        change.node = target.node;
        change.after = result.after;
        change.resourceVersionAfter = reply->object()
                                              .value(QStringLiteral("metadata"))
                                              .toObject()
                                              .value(QStringLiteral("resourceVersion"))
                                              .toString();
        const QString error = m_journal.recordChange(change);
        finishNode(Result::State::Done, {});
        if (!error.isEmpty()) {
            m_errorMessage = error;
            stopRest(Result::State::NotTried, error);
        }
        return next();
    }
    const int status = reply->httpStatus();
    if (status == 409 && attempt < kMaxAttempts)
        return reread(attempt);
    if (status == 403 || status == 401 || reply->credentialError().isError()) {
        const QString message = status == 403 ? forbiddenMessage() : reply->errorMessage();
        m_errorMessage = message;
        m_errorDetail = reply->errorDetail();
        finishNode(Result::State::Failed, message, reply->errorDetail());
        stopRest(Result::State::NotTried,
                 tr("Not tried: the server refused an earlier node for lack of permission."));
        return next();
    }
    if (status == 409)
        finishNode(Result::State::Failed,
                   tr("Node %1 kept changing while its annotations were being set. Try again.")
                           .arg(target.node),
                   reply->errorDetail());
    else if (status == 404)
        finishNode(Result::State::Gone,
                   tr("Node %1 no longer exists; nothing was changed there.").arg(target.node),
                   reply->errorDetail());
    else
        finishNode(Result::State::Failed, reply->errorMessage(), reply->errorDetail());
    next();
}

void PodCidrPatchJob::reread(int attempt)
{
    KubeReply *reply = m_client->getObject(nodePath(m_targets.at(m_current).node));
    connect(reply, &KubeReply::finished, this, [this, reply, attempt] {
        Target &target = m_targets[m_current];
        if (!reply->isOk()) {
            finishNode(Result::State::Failed, reply->errorMessage(), reply->errorDetail());
            return next();
        }
        if (reply->isAbsent()) {
            finishNode(Result::State::Gone,
                       tr("Node %1 no longer exists; nothing was changed there.").arg(target.node));
            return next();
        }
        const PodCidrNode live = PodCidrNode::fromJson(reply->object());
        if (live.annotations == target.expected) {
            // Only something else about the node changed (its status, say): try again.
            target.resourceVersion = live.resourceVersion;
            return send(attempt + 1);
        }
        if (live.annotations == target.desired)
            finishNode(Result::State::Unchanged,
                       tr("Node %1 already holds these values.").arg(target.node));
        else
            finishNode(Result::State::ChangedSince, changedSinceMessage(target, live.annotations));
        next();
    });
}

void PodCidrPatchJob::finishNode(Result::State state, const QString &message, const QString &detail)
{
    const qsizetype index = m_targetResult.at(m_current);
    Result &result = m_results[index];
    result.state = state;
    result.message = message;
    result.detail = detail;
    if (state != Result::State::Done && state != Result::State::Unchanged) {
        const QString error = m_journal.recordFailure(result.node, message);
        if (!error.isEmpty() && m_errorMessage.isEmpty()) {
            m_errorMessage = error;
            m_stopped = true;
        }
    }
    Q_EMIT nodeFinished(static_cast<int>(index));
    ++m_current;
    Q_EMIT progress(static_cast<int>(m_current), static_cast<int>(m_targets.size()));
}

void PodCidrPatchJob::stopRest(Result::State state, const QString &message)
{
    m_stopped = true;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result &result = m_results[i];
        if (result.state != Result::State::Pending)
            continue;
        result.state = state;
        result.message = message;
        Q_EMIT nodeFinished(static_cast<int>(i));
    }
}

void PodCidrPatchJob::endPatches()
{
    if (!m_journal.isOpen())
        return restart();
    int changed = 0;
    int unchanged = 0;
    int failed = 0;
    for (const Result &result : std::as_const(m_results)) {
        if (result.state == Result::State::Done)
            ++changed;
        else if (result.state == Result::State::Unchanged)
            ++unchanged;
        else if (result.state != Result::State::Skipped)
            ++failed;
    }
    const QString error = m_journal.finish(m_cancelled ? PodCidrJournalRun::End::Cancelled
                                                       : PodCidrJournalRun::End::Finished,
                                           changed, unchanged, failed);
    if (!error.isEmpty() && m_errorMessage.isEmpty())
        m_errorMessage = error;
    restart();
}

void PodCidrPatchJob::restart()
{
    QStringList nodes;
    for (const Result &result : std::as_const(m_results)) {
        if (result.state == Result::State::Done)
            nodes << result.node;
    }
    if (!m_restartPods || m_cancelled || nodes.isEmpty())
        return done();
    auto *job = new KubeRouterPodRestartJob(m_client, nodes, this);
    connect(job, &KubeRouterPodRestartJob::nodeFinished, this, [this, job](int index) {
        m_restarts = job->results();
        Q_EMIT restartFinished(index);
    });
    connect(job, &KubeRouterPodRestartJob::finished, this, [this, job] {
        m_restarts = job->results();
        job->deleteLater();
        done();
    });
    job->start();
}

void PodCidrPatchJob::done()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace podnet
