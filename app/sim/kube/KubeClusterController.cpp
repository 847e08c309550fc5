// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeClusterController.h"

#include "KubeJson.h"
#include "KubeNodeFactory.h"
#include "KubeObjectStore.h"
#include "KubeResourceCatalog.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace podnet::sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kSystem = QStringLiteral("kube-system");

const KubeResourceType &typeOf(const char *group, const char *plural)
{
    return *KubeResourceCatalog::find(QLatin1String(group), QStringLiteral("v1"),
                                      QLatin1String(plural));
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

KubeClusterController::KubeClusterController(KubeObjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
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
    if (timing.heartbeatMs > 0)
        m_heartbeat.start(timing.heartbeatMs);
    else
        m_heartbeat.stop();
}

void KubeClusterController::seed(const QList<KubeNodeSpec> &nodes)
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
    for (const KubeNodeSpec &spec : nodes)
        addNode(spec);
}

std::optional<QJsonObject> KubeClusterController::node(const QString &name) const
{
    return m_store.get(typeOf("", "nodes"), QString(), name);
}

bool KubeClusterController::addNode(const KubeNodeSpec &spec)
{
    if (spec.name.isEmpty() || node(spec.name))
        return false;
    m_store.create(typeOf("", "nodes"),
                   KubeNodeFactory::withReady(KubeNodeFactory::build(spec), Readiness::False));
    reconcile();
    return true;
}

bool KubeClusterController::removeNode(const QString &name)
{
    if (!m_store.remove(typeOf("", "nodes"), QString(), name))
        return false;
    const QList<QJsonObject> pods = networkPods();
    for (const QJsonObject &pod : pods) {
        if (pod.value(QStringLiteral("spec"))
                    .toObject()
                    .value(QStringLiteral("nodeName"))
                    .toString()
            == name)
            m_store.remove(
                    typeOf("", "pods"), kSystem,
                    pod.value(kMetadata).toObject().value(QStringLiteral("name")).toString());
    }
    m_pending.remove(name);
    updateDaemonSetStatus();
    return true;
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
    m_store.update(typeOf("", "nodes"), *object);
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
    m_store.update(typeOf("", "nodes"), *object);
    return true;
}

bool KubeClusterController::setNodeReady(const QString &name, Readiness readiness)
{
    const std::optional<QJsonObject> object = node(name);
    if (!object)
        return false;
    m_store.update(typeOf("", "nodes"), KubeNodeFactory::withReady(*object, readiness));
    return true;
}

void KubeClusterController::onStoreEvent(const KubeWatchEvent &event)
{
    if (event.typeKey != typeOf("apps", "daemonsets").key())
        return;
    const QJsonObject metadata = event.object.value(kMetadata).toObject();
    if (metadata.value(QStringLiteral("namespace")).toString() != kSystem
        || metadata.value(QStringLiteral("name")).toString() != networkDaemonSetName())
        return;
    if (event.type == QLatin1String("DELETED")) {
        ++m_epoch;
        m_pending.clear();
        // The garbage collector removes the pods the DaemonSet owned.
        QTimer::singleShot(0, this, [this] {
            const QList<QJsonObject> pods = networkPods();
            for (const QJsonObject &pod : pods)
                m_store.remove(
                        typeOf("", "pods"), kSystem,
                        pod.value(kMetadata).toObject().value(QStringLiteral("name")).toString());
        });
        return;
    }
    if (!m_reconcileQueued) {
        m_reconcileQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reconcileQueued = false;
            reconcile();
        });
    }
}

QList<QJsonObject> KubeClusterController::networkPods() const
{
    QList<QJsonObject> result;
    const QList<QJsonObject> pods = m_store.list(typeOf("", "pods"), kSystem);
    for (const QJsonObject &pod : pods) {
        const QJsonArray owners = pod.value(kMetadata)
                                          .toObject()
                                          .value(QStringLiteral("ownerReferences"))
                                          .toArray();
        for (const QJsonValue &owner : owners) {
            if (owner.toObject().value(QStringLiteral("kind")).toString()
                        == QLatin1String("DaemonSet")
                && owner.toObject().value(QStringLiteral("name")).toString()
                        == networkDaemonSetName())
                result << pod;
        }
    }
    return result;
}

void KubeClusterController::reconcile()
{
    if (!m_store.get(typeOf("apps", "daemonsets"), kSystem, networkDaemonSetName()))
        return;
    QSet<QString> withPod;
    const QList<QJsonObject> pods = networkPods();
    for (const QJsonObject &pod : pods)
        withPod.insert(pod.value(QStringLiteral("spec"))
                               .toObject()
                               .value(QStringLiteral("nodeName"))
                               .toString());
    const QList<QJsonObject> nodes = m_store.list(typeOf("", "nodes"));
    int step = 0;
    for (const QJsonObject &object : nodes) {
        const QString name
                = object.value(kMetadata).toObject().value(QStringLiteral("name")).toString();
        if (withPod.contains(name) || m_pending.contains(name))
            continue;
        m_pending.insert(name);
        const quint64 epoch = m_epoch;
        QTimer::singleShot(m_timing.podStartMs, this,
                           [this, name, epoch] { startPod(name, epoch); });
        QTimer::singleShot(m_timing.podStartMs + ++step * m_timing.nodeReadyStepMs, this,
                           [this, name, epoch] { makeNodeReady(name, epoch); });
    }
    updateDaemonSetStatus();
}

void KubeClusterController::startPod(const QString &nodeName, quint64 epoch)
{
    const std::optional<QJsonObject> daemonSet
            = m_store.get(typeOf("apps", "daemonsets"), kSystem, networkDaemonSetName());
    const std::optional<QJsonObject> host = node(nodeName);
    if (epoch != m_epoch || !daemonSet || !host)
        return;
    const QJsonObject dsMetadata = daemonSet->value(kMetadata).toObject();
    const QJsonObject podTemplate = daemonSet->value(QStringLiteral("spec"))
                                            .toObject()
                                            .value(QStringLiteral("template"))
                                            .toObject();
    QJsonObject labels
            = podTemplate.value(kMetadata).toObject().value(QStringLiteral("labels")).toObject();
    labels.insert(QStringLiteral("pod-template-generation"),
                  QString::number(dsMetadata.value(QStringLiteral("generation")).toInteger()));
    QJsonObject spec = podTemplate.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("nodeName"), nodeName);
    QString hostIP;
    const QJsonArray addresses = host->value(QStringLiteral("status"))
                                         .toObject()
                                         .value(QStringLiteral("addresses"))
                                         .toArray();
    for (const QJsonValue &address : addresses) {
        if (address.toObject().value(QStringLiteral("type")).toString()
            == QLatin1String("InternalIP"))
            hostIP = address.toObject().value(QStringLiteral("address")).toString();
    }
    QJsonArray containerStatuses;
    const QJsonArray containers = spec.value(QStringLiteral("containers")).toArray();
    const QString now = KubeJson::now();
    for (const QJsonValue &container : containers)
        containerStatuses.append(QJsonObject {
                {QStringLiteral("name"), container.toObject().value(QStringLiteral("name"))},
                {QStringLiteral("image"), container.toObject().value(QStringLiteral("image"))},
                {QStringLiteral("ready"), true},
                {QStringLiteral("started"), true},
                {QStringLiteral("restartCount"), 0},
                {QStringLiteral("state"),
                 QJsonObject {{QStringLiteral("running"),
                               QJsonObject {{QStringLiteral("startedAt"), now}}}}}});
    QJsonArray conditions;
    for (const char *type : {"Initialized", "Ready", "ContainersReady", "PodScheduled"})
        conditions.append(QJsonObject {{QStringLiteral("type"), QLatin1String(type)},
                                       {QStringLiteral("status"), QStringLiteral("True")},
                                       {QStringLiteral("lastTransitionTime"), now}});
    const QJsonObject pod {
            {kMetadata,
             QJsonObject {{QStringLiteral("name"),
                           QString(networkDaemonSetName() + QLatin1Char('-') + randomSuffix())},
                          {QStringLiteral("generateName"),
                           QString(networkDaemonSetName() + QLatin1Char('-'))},
                          {QStringLiteral("namespace"), kSystem},
                          {QStringLiteral("labels"), labels},
                          {QStringLiteral("ownerReferences"),
                           QJsonArray {QJsonObject {
                                   {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                   {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
                                   {QStringLiteral("name"), networkDaemonSetName()},
                                   {QStringLiteral("uid"), dsMetadata.value(QStringLiteral("uid"))},
                                   {QStringLiteral("controller"), true},
                                   {QStringLiteral("blockOwnerDeletion"), true}}}}}},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("status"),
             QJsonObject {{QStringLiteral("phase"), QStringLiteral("Running")},
                          {QStringLiteral("conditions"), conditions},
                          {QStringLiteral("hostIP"), hostIP},
                          {QStringLiteral("podIP"), hostIP},
                          {QStringLiteral("podIPs"),
                           QJsonArray {QJsonObject {{QStringLiteral("ip"), hostIP}}}},
                          {QStringLiteral("startTime"), now},
                          {QStringLiteral("containerStatuses"), containerStatuses}}}};
    m_store.create(typeOf("", "pods"), pod);
    updateDaemonSetStatus();
}

void KubeClusterController::makeNodeReady(const QString &nodeName, quint64 epoch)
{
    if (epoch != m_epoch)
        return;
    m_pending.remove(nodeName);
    setNodeReady(nodeName, Readiness::True);
}

void KubeClusterController::updateDaemonSetStatus()
{
    const KubeResourceType &type = typeOf("apps", "daemonsets");
    std::optional<QJsonObject> daemonSet = m_store.get(type, kSystem, networkDaemonSetName());
    if (!daemonSet)
        return;
    const qint64 generation = daemonSet->value(kMetadata)
                                      .toObject()
                                      .value(QStringLiteral("generation"))
                                      .toInteger();
    const qsizetype nodes = m_store.list(typeOf("", "nodes")).size();
    const QList<QJsonObject> pods = networkPods();
    qint64 updated = 0;
    for (const QJsonObject &pod : pods) {
        if (pod.value(kMetadata)
                    .toObject()
                    .value(QStringLiteral("labels"))
                    .toObject()
                    .value(QStringLiteral("pod-template-generation"))
                    .toString()
            == QString::number(generation))
            ++updated;
    }
    const qint64 running = pods.size();
    const QJsonObject status {{QStringLiteral("currentNumberScheduled"), running},
                              {QStringLiteral("desiredNumberScheduled"), qint64(nodes)},
                              {QStringLiteral("numberAvailable"), running},
                              {QStringLiteral("numberMisscheduled"), 0},
                              {QStringLiteral("numberReady"), running},
                              {QStringLiteral("observedGeneration"), generation},
                              {QStringLiteral("updatedNumberScheduled"), updated}};
    daemonSet->insert(QStringLiteral("status"), status);
    m_store.update(type, *daemonSet);
}

void KubeClusterController::heartbeat()
{
    const KubeResourceType &type = typeOf("", "nodes");
    const QList<QJsonObject> nodes = m_store.list(type);
    const QString now = KubeJson::now();
    for (QJsonObject object : nodes) {
        QJsonObject status = object.value(QStringLiteral("status")).toObject();
        QJsonArray conditions = status.value(QStringLiteral("conditions")).toArray();
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            QJsonObject item = conditions.at(i).toObject();
            if (item.value(QStringLiteral("status")).toString() == QLatin1String("Unknown"))
                continue;
            item.insert(QStringLiteral("lastHeartbeatTime"), now);
            conditions.replace(i, item);
        }
        status.insert(QStringLiteral("conditions"), conditions);
        object.insert(QStringLiteral("status"), status);
        m_store.update(type, object);
    }
}

} // namespace podnet::sim
