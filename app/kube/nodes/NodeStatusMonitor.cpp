// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeStatusMonitor.h"

#include "kube/nodes/NodeTableModel.h"

#include <cmath>

namespace podnet {

namespace {

int severity(KubeInformer::State state)
{
    switch (state) {
    case KubeInformer::State::Live:
        return 0;
    case KubeInformer::State::Connecting:
        return 1;
    case KubeInformer::State::Reconnecting:
        return 2;
    }
    return 0;
}

} // namespace

NodeStatusMonitor::NodeStatusMonitor(KubeClient *client, NodeTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model ? model : new NodeTableModel(this))
    , m_nodes(new KubeInformer(client, nodesPath(), {}, this))
    , m_pods(new KubeInformer(client, routerPodsPath(), routerPodSelector(), this))
    , m_daemonSets(new KubeInformer(client, daemonSetsPath(), daemonSetSelector(), this))
{
    connect(m_nodes, &KubeInformer::snapshot, this, [this](const QList<QJsonObject> &nodes) {
        m_model->setNodes(nodes);
        checkSynced();
    });
    connect(m_nodes, &KubeInformer::eventReceived, this,
            [this](const KubeWatchEvent &event) { m_model->applyNodeEvent(event); });
    connect(m_pods, &KubeInformer::snapshot, this, [this](const QList<QJsonObject> &pods) {
        m_model->setRouterPods(pods);
        checkSynced();
    });
    connect(m_pods, &KubeInformer::eventReceived, this,
            [this](const KubeWatchEvent &event) { m_model->applyRouterPodEvent(event); });
    // The selector leaves at most one DaemonSet: the informer's objects are the answer.
    auto updateDaemonSet = [this] {
        const QList<QJsonObject> objects = m_daemonSets->objects();
        m_model->setDaemonSet(objects.isEmpty() ? std::nullopt
                                                : std::optional<QJsonObject>(objects.first()));
    };
    connect(m_daemonSets, &KubeInformer::snapshot, this, [this, updateDaemonSet] {
        updateDaemonSet();
        checkSynced();
    });
    connect(m_daemonSets, &KubeInformer::eventReceived, this, updateDaemonSet);
    for (KubeInformer *informer : informers())
        connect(informer, &KubeInformer::stateChanged, this,
                &NodeStatusMonitor::onInformerStateChanged);
}

NodeStatusMonitor::~NodeStatusMonitor() = default;

QString NodeStatusMonitor::nodesPath()
{
    return QStringLiteral("/api/v1/nodes");
}

QString NodeStatusMonitor::routerPodsPath()
{
    return QStringLiteral("/api/v1/namespaces/kube-system/pods");
}

QString NodeStatusMonitor::daemonSetsPath()
{
    return QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets");
}

QUrlQuery NodeStatusMonitor::routerPodSelector()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("k8s-app=kube-router"));
    return query;
}

QUrlQuery NodeStatusMonitor::daemonSetSelector()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldSelector"),
                       QStringLiteral("metadata.name=kube-router"));
    return query;
}

void NodeStatusMonitor::setBackoff(std::chrono::milliseconds initial,
                                   std::chrono::milliseconds maximum)
{
    for (KubeInformer *informer : informers())
        informer->setBackoff(initial, maximum);
}

void NodeStatusMonitor::start()
{
    m_running = true;
    m_syncedReported = false;
    for (KubeInformer *informer : informers())
        informer->start();
}

void NodeStatusMonitor::stop()
{
    m_running = false;
    for (KubeInformer *informer : informers())
        informer->stop();
}

KubeInformer::State NodeStatusMonitor::state() const
{
    KubeInformer::State worst = KubeInformer::State::Live;
    for (const KubeInformer *informer : informers()) {
        if (severity(informer->state()) > severity(worst))
            worst = informer->state();
    }
    return worst;
}

QDateTime NodeStatusMonitor::since() const
{
    const KubeInformer::State worst = state();
    QDateTime result;
    for (const KubeInformer *informer : informers()) {
        if (informer->state() != worst || !informer->since().isValid())
            continue;
        // Live: since all of them are; otherwise since the first one went wrong.
        if (!result.isValid()
            || (worst == KubeInformer::State::Live ? informer->since() > result
                                                   : informer->since() < result))
            result = informer->since();
    }
    return result;
}

QDateTime NodeStatusMonitor::nextRetry() const
{
    QDateTime result;
    for (const KubeInformer *informer : informers()) {
        const QDateTime retry = informer->nextRetry();
        if (informer->state() == KubeInformer::State::Reconnecting && retry.isValid()
            && (!result.isValid() || retry < result))
            result = retry;
    }
    return result;
}

KubeInformer::Error NodeStatusMonitor::lastError() const
{
    const KubeInformer::State worst = state();
    if (worst == KubeInformer::State::Live)
        return {};
    for (const KubeInformer *informer : informers()) {
        if (informer->state() == worst && informer->lastError().isError())
            return informer->lastError();
    }
    for (const KubeInformer *informer : informers()) {
        if (informer->lastError().isError())
            return informer->lastError();
    }
    return {};
}

bool NodeStatusMonitor::hasSynced() const
{
    return m_nodes->hasSynced() && m_pods->hasSynced() && m_daemonSets->hasSynced();
}

QString NodeStatusMonitor::connectionText() const
{
    return connectionText(QDateTime::currentDateTimeUtc());
}

QString NodeStatusMonitor::connectionText(const QDateTime &now) const
{
    switch (state()) {
    case KubeInformer::State::Live:
        return tr("Live", "@info:status connection to the cluster");
    case KubeInformer::State::Connecting:
        return tr("Connecting to the Kubernetes API server…");
    case KubeInformer::State::Reconnecting:
        break;
    }
    const KubeInformer::Error error = lastError();
    const QString reason = error.isError()
            ? error.message
            : tr("the connection to the Kubernetes API server was lost.");
    const QDateTime retry = nextRetry();
    const int inSeconds = retry.isValid()
            ? static_cast<int>(std::ceil(
                    static_cast<double>(std::max<qint64>(0, now.msecsTo(retry))) / 1000.0))
            : 0;
    if (!hasSynced()) {
        return retry.isValid()
                ? tr("No data yet; retrying in %n s: %1", nullptr, inSeconds).arg(reason)
                : tr("No data yet; retrying now: %1").arg(reason);
    }
    const QDateTime asOf = since();
    const QString time = asOf.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const qint64 agoSeconds = std::max<qint64>(0, asOf.secsTo(now));
    QString ago;
    if (agoSeconds < 60)
        ago = tr("%n s", "@item:intext duration", static_cast<int>(agoSeconds));
    else if (agoSeconds < 3600)
        ago = tr("%n min", "@item:intext duration", static_cast<int>(agoSeconds / 60));
    else
        ago = tr("%n h", "@item:intext duration", static_cast<int>(agoSeconds / 3600));
    return retry.isValid()
            ? tr("Reconnecting in %n s — data as of %1 (%2 ago): %3", nullptr, inSeconds)
                      .arg(time, ago, reason)
            : tr("Reconnecting now — data as of %1 (%2 ago): %3").arg(time, ago, reason);
}

void NodeStatusMonitor::onInformerStateChanged()
{
    Q_EMIT stateChanged();
}

void NodeStatusMonitor::checkSynced()
{
    if (m_syncedReported || !hasSynced())
        return;
    m_syncedReported = true;
    Q_EMIT synced();
}

} // namespace podnet
