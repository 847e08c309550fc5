// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/KubeRouterPodRestartJob.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/annotations/PodCidrClusterReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace podnet {

KubeRouterPodRestartJob::KubeRouterPodRestartJob(KubeClient *client, const QStringList &nodes,
                                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (const QString &node : nodes)
        m_results.append(Result {node, {}, {}, Result::State::Pending, {}, {}});
}

KubeRouterPodRestartJob::~KubeRouterPodRestartJob() = default;

QString KubeRouterPodRestartJob::forbiddenMessage(const QString &podNamespace)
{
    return tr("The Kubernetes API server refused to delete kube-router's pod (HTTP 403): the "
              "kubeconfig's user may not \"delete\" \"pods\" in the namespace %1. Add a Role "
              "rule (resources: [pods], verbs: [delete]) in %1, or restart the pods yourself.")
            .arg(podNamespace);
}

bool KubeRouterPodRestartJob::isOk() const
{
    for (const Result &result : m_results) {
        if (result.state == Result::State::Failed || result.state == Result::State::Pending)
            return false;
    }
    return true;
}

QString KubeRouterPodRestartJob::line(const Result &result)
{
    const QString pods = result.pods.join(QStringLiteral(", "));
    switch (result.state) {
    case Result::State::Pending:
        return tr("node/%1: kube-router not restarted yet").arg(result.node);
    case Result::State::NoPod:
        return tr("node/%1: no kube-router pod runs there; the new range applies when one starts")
                .arg(result.node);
    case Result::State::Restarted:
        return tr("pod/%1 deleted; the DaemonSet starts a new one on node %2, which reads the "
                  "new range")
                .arg(pods, result.node);
    case Result::State::Failed:
        break;
    }
    return tr("node/%1: kube-router was not restarted: %2").arg(result.node, result.message);
}

void KubeRouterPodRestartJob::start()
{
    if (m_results.isEmpty()) {
        QMetaObject::invokeMethod(this, &KubeRouterPodRestartJob::done, Qt::QueuedConnection);
        return;
    }
    KubeReply *reply = m_client->get(PodCidrClusterReader::kubeRouterPodsPath(),
                                     PodCidrClusterReader::kubeRouterPodsQuery());
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            return failRest(tr("Could not list kube-router's pods: %1. Restart them yourself "
                               "with kubectl delete pod.")
                                    .arg(reply->errorMessage()),
                            reply->errorDetail());
        }
        QList<QJsonObject> pods;
        for (const QJsonValue &value : reply->object().value(QStringLiteral("items")).toArray())
            pods << value.toObject();
        onListed(pods);
    });
}

void KubeRouterPodRestartJob::onListed(const QList<QJsonObject> &pods)
{
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result &result = m_results[i];
        for (const QJsonObject &pod : pods) {
            const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
            const QString node = pod.value(QStringLiteral("spec"))
                                         .toObject()
                                         .value(QStringLiteral("nodeName"))
                                         .toString();
            // A pod already being deleted is on its way out; its replacement reads the range.
            if (node != result.node || metadata.contains(QStringLiteral("deletionTimestamp")))
                continue;
            result.podNamespace = metadata.value(QStringLiteral("namespace")).toString();
            const QString name = metadata.value(QStringLiteral("name")).toString();
            result.pods << name;
            m_deletions.append({i, result.podNamespace, name});
        }
        if (result.pods.isEmpty()) {
            result.state = Result::State::NoPod;
            Q_EMIT nodeFinished(static_cast<int>(i));
        }
    }
    next();
}

void KubeRouterPodRestartJob::next()
{
    if (m_cancelled)
        return failRest(tr("Cancelled before kube-router was restarted here."), {});
    if (m_next >= m_deletions.size())
        return done();
    const Deletion deletion = m_deletions.at(m_next);
    KubeReply *reply = m_client->remove(QStringLiteral("/api/v1/namespaces/%1/pods/%2")
                                                .arg(deletion.podNamespace, deletion.pod));
    connect(reply, &KubeReply::finished, this, [this, reply, deletion] {
        Result &result = m_results[deletion.result];
        const Result::State before = result.state;
        if (!reply->isOk()) {
            if (reply->httpStatus() == 403)
                return failRest(forbiddenMessage(deletion.podNamespace), reply->errorDetail());
            result.state = Result::State::Failed;
            result.message = reply->errorMessage();
            result.detail = reply->errorDetail();
        } else if (result.state == Result::State::Pending
                   && (m_next + 1 >= m_deletions.size()
                       || m_deletions.at(m_next + 1).result != deletion.result)) {
            // 404 counts too: the pod is gone either way.
            result.state = Result::State::Restarted;
        }
        if (before == Result::State::Pending && result.state != Result::State::Pending)
            Q_EMIT nodeFinished(static_cast<int>(deletion.result));
        ++m_next;
        next();
    });
}

void KubeRouterPodRestartJob::failRest(const QString &message, const QString &detail)
{
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result &result = m_results[i];
        if (result.state != Result::State::Pending)
            continue;
        result.state = Result::State::Failed;
        result.message = message;
        result.detail = detail;
        Q_EMIT nodeFinished(static_cast<int>(i));
    }
    done();
}

void KubeRouterPodRestartJob::cancel()
{
    m_cancelled = true;
}

void KubeRouterPodRestartJob::done()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

} // namespace podnet
