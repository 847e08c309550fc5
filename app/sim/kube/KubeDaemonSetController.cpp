// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeDaemonSetController.h"

#include "KubeDaemonSetStatus.h"
#include "KubeJson.h"
#include "KubeNodeFactory.h"
#include "KubeObjectStore.h"
#include "KubeResourceCatalog.h"
#include "KubeRouterPodFactory.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kSystem = QStringLiteral("kube-system");

const KubeResourceType &typeOf(const char *group, const char *plural)
{
    return *KubeResourceCatalog::find(QLatin1String(group), QStringLiteral("v1"),
                                      QLatin1String(plural));
}

const KubeResourceType &nodes()
{
    return typeOf("", "nodes");
}

const KubeResourceType &pods()
{
    return typeOf("", "pods");
}

const KubeResourceType &daemonSets()
{
    return typeOf("apps", "daemonsets");
}

QString nameOf(const QJsonObject &object)
{
    return object.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
}

QString uidOf(const QJsonObject &object)
{
    return object.value(kMetadata).toObject().value(QStringLiteral("uid")).toString();
}

QString randomSuffix()
{
    // The alphabet Kubernetes uses for generated names (no vowels, no confusable digits).
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(27)]);
    return suffix;
}

} // namespace

KubeDaemonSetController::KubeDaemonSetController(KubeObjectStore &store, QString name,
                                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_name(std::move(name))
{
    m_subscription
            = m_store.subscribe([this](const KubeWatchEvent &event) { onStoreEvent(event); });
}

KubeDaemonSetController::~KubeDaemonSetController()
{
    m_store.unsubscribe(m_subscription);
}

std::optional<QJsonObject> KubeDaemonSetController::node(const QString &name) const
{
    return m_store.get(nodes(), QString(), name);
}

bool KubeDaemonSetController::isOwnPod(const QJsonObject &pod) const
{
    const QJsonArray owners
            = pod.value(kMetadata).toObject().value(QStringLiteral("ownerReferences")).toArray();
    for (const QJsonValue &owner : owners) {
        if (owner.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("DaemonSet")
            && owner.toObject().value(QStringLiteral("name")).toString() == m_name)
            return true;
    }
    return false;
}

QList<QJsonObject> KubeDaemonSetController::ownPods() const
{
    QList<QJsonObject> result;
    const QList<QJsonObject> all = m_store.list(pods(), kSystem);
    for (const QJsonObject &pod : all) {
        if (isOwnPod(pod))
            result << pod;
    }
    return result;
}

void KubeDaemonSetController::onStoreEvent(const KubeWatchEvent &event)
{
    // Listeners run inside the store's change: act later, never from here.
    if (event.typeKey == nodes().key()) {
        if (event.type != QLatin1String("MODIFIED"))
            queueReconcile(); // a node came or went: the DaemonSet follows
        return;
    }
    if (event.typeKey == pods().key()) {
        // A deleted pod is replaced on its node, as the DaemonSet controller does.
        if (event.type == QLatin1String("DELETED") && isOwnPod(event.object))
            queueReconcile();
        return;
    }
    if (event.typeKey != daemonSets().key()
        || event.object.value(kMetadata).toObject().value(QStringLiteral("namespace")).toString()
                != kSystem
        || nameOf(event.object) != m_name)
        return;
    if (event.type == QLatin1String("DELETED")) {
        ++m_epoch;
        m_pending.clear();
        // The garbage collector removes the pods the DaemonSet owned.
        QTimer::singleShot(0, this, [this] {
            const QList<QJsonObject> own = ownPods();
            for (const QJsonObject &pod : own)
                m_store.remove(pods(), kSystem, nameOf(pod));
        });
        return;
    }
    queueReconcile();
}

void KubeDaemonSetController::queueReconcile()
{
    if (m_reconcileQueued)
        return;
    m_reconcileQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reconcileQueued = false;
        reconcile();
    });
}

void KubeDaemonSetController::reconcile()
{
    if (!m_store.get(daemonSets(), kSystem, m_name))
        return;
    QSet<QString> names;
    const QList<QJsonObject> all = m_store.list(nodes());
    for (const QJsonObject &object : all)
        names.insert(nameOf(object));
    QSet<QString> withPod;
    const QList<QJsonObject> own = ownPods();
    for (const QJsonObject &pod : own) {
        const QString host = KubeRouterPodFactory::nodeName(pod);
        if (names.contains(host))
            withPod.insert(host);
        else // the pod garbage collector removes pods of nodes that are gone
            m_store.remove(pods(), kSystem, nameOf(pod));
    }
    int step = 0;
    for (const QJsonObject &object : all) {
        const QString name = nameOf(object);
        if (withPod.contains(name) || m_pending.contains(name))
            continue;
        m_pending.insert(name);
        const quint64 epoch = m_epoch;
        const int readyDelay = ++step * m_delays.nodeReadyStep;
        QTimer::singleShot(m_delays.podStart, this,
                           [this, name, epoch, readyDelay] { startPod(name, epoch, readyDelay); });
    }
    updateStatus();
}

void KubeDaemonSetController::startPod(const QString &nodeName, quint64 epoch, int readyDelayMs)
{
    if (epoch != m_epoch)
        return;
    m_pending.remove(nodeName);
    const std::optional<QJsonObject> daemonSet = m_store.get(daemonSets(), kSystem, m_name);
    const std::optional<QJsonObject> host = node(nodeName);
    if (!daemonSet || !host)
        return;
    QString name;
    do {
        name = m_name + QLatin1Char('-') + randomSuffix();
    } while (m_store.get(pods(), kSystem, name));
    const QJsonObject pod
            = m_store.create(pods(), KubeRouterPodFactory::create(*daemonSet, *host, name));
    runKubeRouter(pod, 0, readyDelayMs);
}

void KubeDaemonSetController::runKubeRouter(const QJsonObject &pod, int restarts, int readyDelayMs)
{
    const QString nodeName = KubeRouterPodFactory::nodeName(pod);
    const std::optional<QJsonObject> host = node(nodeName);
    if (!host)
        return;
    const QString podName = nameOf(pod);
    const QString uid = uidOf(pod);
    const QString now = KubeJson::now();
    QString error;
    if (!KubeRouterPodFactory::podRange(*host, &error).isEmpty()) {
        m_store.update(pods(), KubeRouterPodFactory::running(pod, restarts, now));
        QTimer::singleShot(readyDelayMs, this,
                           [this, nodeName, uid] { makeNodeReady(nodeName, uid); });
    } else {
        // The kubelet restarts a failed container at once the first time, then backs off,
        // doubling the wait each time.
        restarts = std::max(restarts, 1);
        const int base = std::max(1, m_delays.crashBackoff);
        const int backOff = std::min(base * 8, base << std::min(restarts - 1, 3));
        m_store.update(pods(),
                       KubeRouterPodFactory::crashLooping(pod, restarts, backOff, error, now, now));
        reportReadiness(nodeName, KubeNodeReadiness::False);
        QTimer::singleShot(backOff, this, [this, podName, uid] { restartPod(podName, uid); });
    }
    updateStatus();
}

void KubeDaemonSetController::restartPod(const QString &podName, const QString &uid)
{
    const std::optional<QJsonObject> pod = m_store.get(pods(), kSystem, podName);
    if (!pod || uidOf(*pod) != uid)
        return; // deleted meanwhile
    const std::optional<QJsonObject> host = node(KubeRouterPodFactory::nodeName(*pod));
    if (host && KubeNodeFactory::readiness(*host) == KubeNodeReadiness::Unknown) {
        // No kubelet restarts anything there; look again later.
        QTimer::singleShot(std::max(1, m_delays.crashBackoff), this,
                           [this, podName, uid] { restartPod(podName, uid); });
        return;
    }
    runKubeRouter(*pod, KubeRouterPodFactory::restartCount(*pod) + 1, m_delays.nodeReadyStep);
}

void KubeDaemonSetController::makeNodeReady(const QString &nodeName, const QString &podUid)
{
    const QList<QJsonObject> own = ownPods();
    for (const QJsonObject &pod : own) {
        if (uidOf(pod) == podUid && KubeRouterPodFactory::isReady(pod))
            reportReadiness(nodeName, KubeNodeReadiness::True);
    }
}

void KubeDaemonSetController::reportReadiness(const QString &nodeName, KubeNodeReadiness readiness)
{
    const std::optional<QJsonObject> object = node(nodeName);
    if (!object)
        return;
    const KubeNodeReadiness current = KubeNodeFactory::readiness(*object);
    if (current == KubeNodeReadiness::Unknown || current == readiness)
        return;
    m_store.update(nodes(), KubeNodeFactory::withReady(*object, readiness));
}

void KubeDaemonSetController::updateStatus()
{
    std::optional<QJsonObject> daemonSet = m_store.get(daemonSets(), kSystem, m_name);
    if (!daemonSet)
        return;
    const qint64 generation = daemonSet->value(kMetadata)
                                      .toObject()
                                      .value(QStringLiteral("generation"))
                                      .toInteger();
    const qsizetype desired = m_store.list(nodes()).size();
    daemonSet->insert(QStringLiteral("status"),
                      KubeDaemonSetStatus::compute(generation, desired, ownPods()));
    m_store.update(daemonSets(), *daemonSet);
}

} // namespace podnet::sim
