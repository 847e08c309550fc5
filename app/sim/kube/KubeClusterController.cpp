// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeClusterController.h"

#include "KubeDaemonSetController.h"
#include "KubeJson.h"
#include "KubeNodeFactory.h"
#include "KubeObjectStore.h"
#include "KubeResourceCatalog.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");

const KubeResourceType &typeOf(const char *group, const char *plural)
{
    return *KubeResourceCatalog::find(QLatin1String(group), QStringLiteral("v1"),
                                      QLatin1String(plural));
}

const KubeResourceType &nodes()
{
    return typeOf("", "nodes");
}

QString nameOf(const QJsonObject &object)
{
    return object.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
}

bool hasCordonTaint(const QJsonObject &node)
{
    const QJsonArray taints = node.value(QStringLiteral("spec"))
                                      .toObject()
                                      .value(QStringLiteral("taints"))
                                      .toArray();
    for (const QJsonValue &taint : taints) {
        if (taint.toObject().value(QStringLiteral("key")).toString()
            == QLatin1String("node.kubernetes.io/unschedulable"))
            return true;
    }
    return false;
}

} // namespace

KubeClusterController::KubeClusterController(KubeObjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_network = new KubeDaemonSetController(m_store, networkDaemonSetName(), this);
    m_subscription
            = m_store.subscribe([this](const KubeWatchEvent &event) { onStoreEvent(event); });
    connect(&m_heartbeat, &QTimer::timeout, this, &KubeClusterController::heartbeat);
}

KubeClusterController::~KubeClusterController()
{
    m_store.unsubscribe(m_subscription);
}

void KubeClusterController::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_network->setDelays({timing.podStartMs, timing.nodeReadyStepMs, timing.crashBackoffMs});
    if (timing.heartbeatMs > 0)
        m_heartbeat.start(timing.heartbeatMs);
    else
        m_heartbeat.stop();
}

void KubeClusterController::seed(const QList<KubeNodeSpec> &specs)
{
    const KubeResourceType &namespaces = typeOf("", "namespaces");
    for (const char *name : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        if (m_store.get(namespaces, QString(), QLatin1String(name)))
            continue;
        m_store.create(
                namespaces,
                QJsonObject {
                        {kMetadata,
                         QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                                      {QStringLiteral("labels"),
                                       QJsonObject {{QStringLiteral("kubernetes.io/metadata.name"),
                                                     QLatin1String(name)}}}}},
                        {QStringLiteral("spec"),
                         QJsonObject {{QStringLiteral("finalizers"),
                                       QJsonArray {QStringLiteral("kubernetes")}}}},
                        {QStringLiteral("status"),
                         QJsonObject {{QStringLiteral("phase"), QStringLiteral("Active")}}}});
    }
    for (const KubeNodeSpec &spec : specs)
        addNode(spec);
}

std::optional<QJsonObject> KubeClusterController::node(const QString &name) const
{
    return m_store.get(nodes(), QString(), name);
}

bool KubeClusterController::addNode(const KubeNodeSpec &spec)
{
    if (spec.name.isEmpty() || node(spec.name))
        return false;
    m_store.create(nodes(),
                   KubeNodeFactory::withReady(KubeNodeFactory::build(spec), Readiness::False));
    return true; // the DaemonSet controller gives it a pod when the DaemonSet exists
}

bool KubeClusterController::removeNode(const QString &name)
{
    // The pod garbage collector then removes its pod (see KubeDaemonSetController).
    return m_store.remove(nodes(), QString(), name).has_value();
}

bool KubeClusterController::setNodeLabels(const QString &name, const QMap<QString, QString> &labels)
{
    std::optional<QJsonObject> object = node(name);
    if (!object)
        return false;
    QJsonObject metadata = object->value(kMetadata).toObject();
    QJsonObject current = metadata.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (it.value().isEmpty())
            current.remove(it.key());
        else
            current.insert(it.key(), it.value());
    }
    metadata.insert(QStringLiteral("labels"), current);
    object->insert(kMetadata, metadata);
    m_store.update(nodes(), *object);
    return true;
}

bool KubeClusterController::setNodePodCidr(const QString &name, const QString &cidr)
{
    std::optional<QJsonObject> object = node(name);
    if (!object)
        return false;
    QJsonObject spec = object->value(QStringLiteral("spec")).toObject();
    if (cidr.isEmpty()) {
        spec.remove(QStringLiteral("podCIDR"));
        spec.remove(QStringLiteral("podCIDRs"));
    } else {
        spec.insert(QStringLiteral("podCIDR"), cidr);
        spec.insert(QStringLiteral("podCIDRs"), QJsonArray {cidr});
    }
    object->insert(QStringLiteral("spec"), spec);
    m_store.update(nodes(), *object);
    return true;
}

bool KubeClusterController::setNodeReady(const QString &name, Readiness readiness)
{
    const std::optional<QJsonObject> object = node(name);
    if (!object)
        return false;
    m_store.update(nodes(), KubeNodeFactory::withReady(*object, readiness));
    return true;
}

bool KubeClusterController::setNodeUnschedulable(const QString &name, bool unschedulable)
{
    const std::optional<QJsonObject> object = node(name);
    if (!object)
        return false;
    m_store.update(nodes(), KubeNodeFactory::withUnschedulable(*object, unschedulable));
    return true;
}

int KubeClusterController::touchNodes(int events)
{
    QList<QJsonObject> live;
    const QList<QJsonObject> all = m_store.list(nodes());
    for (const QJsonObject &object : all) {
        if (KubeNodeFactory::readiness(object) != Readiness::Unknown)
            live << object;
    }
    if (live.isEmpty() || events <= 0)
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < events; ++i) {
        QJsonObject &object = live[m_touchCursor++ % live.size()];
        const QDateTime last
                = QDateTime::fromString(object.value(QStringLiteral("status"))
                                                .toObject()
                                                .value(QStringLiteral("conditions"))
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(QStringLiteral("lastHeartbeatTime"))
                                                .toString(),
                                        Qt::ISODate);
        const QDateTime next = last.isValid() ? std::max(now, last.addSecs(1)) : now;
        object = m_store.update(nodes(),
                                KubeNodeFactory::withHeartbeat(object, KubeJson::timestamp(next)));
    }
    return events;
}

void KubeClusterController::heartbeat()
{
    const QList<QJsonObject> all = m_store.list(nodes());
    const QString now = KubeJson::now();
    for (const QJsonObject &object : all) {
        // A dead kubelet posts nothing: its last heartbeat goes stale.
        if (KubeNodeFactory::readiness(object) != Readiness::Unknown)
            m_store.update(nodes(), KubeNodeFactory::withHeartbeat(object, now));
    }
}

void KubeClusterController::onStoreEvent(const KubeWatchEvent &event)
{
    // Listeners run inside the store's change: act later, never from here. The node lifecycle
    // controller keeps the unschedulable taint in step with spec.unschedulable (kubectl cordon).
    if (event.typeKey != nodes().key() || event.type != QLatin1String("MODIFIED"))
        return;
    const bool cordoned = event.object.value(QStringLiteral("spec"))
                                  .toObject()
                                  .value(QStringLiteral("unschedulable"))
                                  .toBool();
    if (cordoned == hasCordonTaint(event.object))
        return;
    if (m_cordonCheck.isEmpty())
        QTimer::singleShot(0, this, &KubeClusterController::syncCordonTaints);
    m_cordonCheck.insert(nameOf(event.object));
}

void KubeClusterController::syncCordonTaints()
{
    const QSet<QString> names = std::exchange(m_cordonCheck, {});
    for (const QString &name : names) {
        const std::optional<QJsonObject> object = node(name);
        if (object)
            m_store.update(nodes(),
                           KubeNodeFactory::withUnschedulable(
                                   *object,
                                   object->value(QStringLiteral("spec"))
                                           .toObject()
                                           .value(QStringLiteral("unschedulable"))
                                           .toBool()));
    }
}

} // namespace podnet::sim
