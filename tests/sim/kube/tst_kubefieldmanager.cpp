// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Server-side apply, the object store and the helpers beneath the simulator, as plain C++.

#include "sim/kube/KubeFieldManager.h"
#include "sim/kube/KubeJson.h"
#include "sim/kube/KubeObjectStore.h"
#include "sim/kube/KubeResourceCatalog.h"
#include "sim/kube/KubeRoute.h"
#include "sim/kube/KubeSelector.h"
#include "sim/kube/KubeTableConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace podnet::sim;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const KubeResourceType &daemonSets()
{
    return *KubeResourceCatalog::find(QStringLiteral("apps"), QStringLiteral("v1"),
                                      QStringLiteral("daemonsets"));
}

} // namespace

class TestKubeFieldManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlScalarsResolveLikeKubernetes();
    void applyCreatesAndOwns();
    void applyRemovesFieldsNoLongerApplied();
    void applyConflictsOnlyOnDifferentValues();
    void storeKeepsVersionWhenUnchangedAndBumpsGeneration();
    void historyRunsOut();
    void routesEnforceScope();
    void selectorsMatch();
    void ageLooksLikeKubectl();
};

void TestKubeFieldManager::yamlScalarsResolveLikeKubernetes()
{
    QString error;
    const auto object = KubeJson::parseObject(
            "a: 1\nb: \"1\"\nc: true\nd: 'yes'\ne: ~\nf: 1.5\ng: 10.0.0.1\n", &error);
    QVERIFY2(object, qPrintable(error));
    QCOMPARE(object->value(QStringLiteral("a")).toInteger(), 1);
    QVERIFY(object->value(QStringLiteral("b")).isString());
    QCOMPARE(object->value(QStringLiteral("c")).toBool(), true);
    QCOMPARE(object->value(QStringLiteral("d")).toString(), QStringLiteral("yes"));
    QVERIFY(object->value(QStringLiteral("e")).isNull());
    QCOMPARE(object->value(QStringLiteral("f")).toDouble(), 1.5);
    QCOMPARE(object->value(QStringLiteral("g")).toString(), QStringLiteral("10.0.0.1"));
    QVERIFY(!KubeJson::parseObject("a: [1,\n", &error));
    QVERIFY(error.contains(QLatin1String("line")));
}

void TestKubeFieldManager::applyCreatesAndOwns()
{
    const auto result = KubeFieldManager::apply(
            std::nullopt,
            json(R"({"metadata":{"name":"x","labels":{"a":"1"}},"spec":{"k":[1,2]}})"),
            QStringLiteral("m"), QStringLiteral("v1"), false);
    QVERIFY(result.conflicts.isEmpty());
    const QList<KubeFieldPath> owned
            = KubeFieldManager::ownedFields(result.object, QStringLiteral("m"));
    QCOMPARE(owned.size(), 2);
    QVERIFY(owned.contains(KubeFieldPath {QStringLiteral("metadata"), QStringLiteral("labels"),
                                          QStringLiteral("a")}));
    QVERIFY(owned.contains(KubeFieldPath {QStringLiteral("spec"), QStringLiteral("k")}));
    QCOMPARE(KubeFieldManager::fromFieldsV1(KubeFieldManager::toFieldsV1(owned)).size(), 2);
}

void TestKubeFieldManager::applyRemovesFieldsNoLongerApplied()
{
    auto first = KubeFieldManager::apply(
            std::nullopt, json(R"({"metadata":{"name":"x"},"data":{"a":"1","b":"2"}})"),
            QStringLiteral("m"), QStringLiteral("v1"), false);
    auto second = KubeFieldManager::apply(first.object,
                                          json(R"({"metadata":{"name":"x"},"data":{"a":"1"}})"),
                                          QStringLiteral("m"), QStringLiteral("v1"), false);
    QCOMPARE(second.object.value(QStringLiteral("data")).toObject().keys(),
             QStringList {QStringLiteral("a")});
}

void TestKubeFieldManager::applyConflictsOnlyOnDifferentValues()
{
    const auto first = KubeFieldManager::apply(
            std::nullopt, json(R"({"metadata":{"name":"x"},"data":{"a":"1"}})"),
            QStringLiteral("one"), QStringLiteral("v1"), false);
    const auto same = KubeFieldManager::apply(first.object,
                                              json(R"({"metadata":{"name":"x"},"data":{"a":"1"}})"),
                                              QStringLiteral("two"), QStringLiteral("v1"), false);
    QVERIFY(same.conflicts.isEmpty());
    const auto other = KubeFieldManager::apply(
            first.object, json(R"({"metadata":{"name":"x"},"data":{"a":"2"}})"),
            QStringLiteral("two"), QStringLiteral("v1"), false);
    QCOMPARE(other.conflicts.size(), 1);
    QCOMPARE(other.conflicts.first().manager, QStringLiteral("one"));
    const QJsonObject status
            = KubeFieldManager::conflictStatus(other.conflicts, QStringLiteral("v1"));
    QCOMPARE(status.value(QStringLiteral("message")).toString(),
             QStringLiteral(
                     "Apply failed with 1 conflict: conflict with \"one\" using v1: .data.a"));
    const auto forced = KubeFieldManager::apply(
            first.object, json(R"({"metadata":{"name":"x"},"data":{"a":"2"}})"),
            QStringLiteral("two"), QStringLiteral("v1"), true);
    QVERIFY(forced.conflicts.isEmpty());
    QVERIFY(KubeFieldManager::ownedFields(forced.object, QStringLiteral("one")).isEmpty());
}

void TestKubeFieldManager::storeKeepsVersionWhenUnchangedAndBumpsGeneration()
{
    KubeObjectStore store;
    const QJsonObject created = store.create(
            daemonSets(), json(R"({"metadata":{"name":"d","namespace":"ns"},"spec":{"x":1}})"));
    QCOMPARE(created.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("generation"))
                     .toInt(),
             1);
    bool changed = true;
    store.update(daemonSets(), created, &changed);
    QVERIFY(!changed);
    QJsonObject withStatus = created;
    withStatus.insert(QStringLiteral("status"), json(R"({"numberReady":1})"));
    const QJsonObject statusOnly = store.update(daemonSets(), withStatus, &changed);
    QVERIFY(changed);
    QCOMPARE(statusOnly.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("generation"))
                     .toInt(),
             1);
    QJsonObject newSpec = statusOnly;
    newSpec.insert(QStringLiteral("spec"), json(R"({"x":2})"));
    const QJsonObject bumped = store.update(daemonSets(), newSpec, &changed);
    QCOMPARE(bumped.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("generation"))
                     .toInt(),
             2);
    QCOMPARE(bumped.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
             QString::number(store.resourceVersion()));
}

void TestKubeFieldManager::historyRunsOut()
{
    KubeObjectStore store(2);
    const qint64 start = store.resourceVersion();
    QList<QString> seen;
    const int id = store.subscribe([&](const KubeWatchEvent &event) { seen << event.type; });
    store.create(daemonSets(), json(R"({"metadata":{"name":"a","namespace":"ns"}})"));
    QCOMPARE(store.eventsAfter(start)->size(), 1);
    store.create(daemonSets(), json(R"({"metadata":{"name":"b","namespace":"ns"}})"));
    store.remove(daemonSets(), QStringLiteral("ns"), QStringLiteral("a"));
    QVERIFY(!store.eventsAfter(start));
    QCOMPARE(store.eventsAfter(store.resourceVersion() - 1)->size(), 1);
    QCOMPARE(seen,
             (QList<QString> {QStringLiteral("ADDED"), QStringLiteral("ADDED"),
                              QStringLiteral("DELETED")}));
    store.unsubscribe(id);
    store.compactHistory();
    QVERIFY(!store.eventsAfter(store.resourceVersion() - 1));
}

void TestKubeFieldManager::routesEnforceScope()
{
    QVERIFY(KubeRoute::parse(QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/x")));
    QVERIFY(!KubeRoute::parse(
            QStringLiteral("/apis/rbac.authorization.k8s.io/v1/namespaces/a/clusterroles/x")));
    QVERIFY(!KubeRoute::parse(QStringLiteral("/api/v1/configmaps/x")));
    const auto route = KubeRoute::parse(QStringLiteral("/api/v1/namespaces/kube-system/pods"));
    QVERIFY(route && route->isCollection() && route->ns == QLatin1String("kube-system"));
    const auto ns = KubeRoute::parse(QStringLiteral("/api/v1/namespaces/kube-system"));
    QVERIFY(ns && ns->type->plural == QLatin1String("namespaces")
            && ns->name == QLatin1String("kube-system"));
    QVERIFY(KubeRoute::parse(QStringLiteral("/api/v1/nodes/n/status")));
    QVERIFY(!KubeRoute::parse(QStringLiteral("/api/v1/nodes/n/proxy")));
}

void TestKubeFieldManager::selectorsMatch()
{
    const QJsonObject pod = json(
            R"({"metadata":{"name":"p","labels":{"k8s-app":"kube-router","tier":"node"}},"spec":{"nodeName":"n1"}})");
    auto check = [&](const char *labels, const char *fields) {
        QString error;
        const auto selector
                = KubeSelector::parse(QLatin1String(labels), QLatin1String(fields), &error);
        return selector && selector->matches(pod);
    };
    QVERIFY(check("k8s-app=kube-router,tier=node", ""));
    QVERIFY(!check("k8s-app!=kube-router", ""));
    QVERIFY(check("tier in (node,x),!other", "spec.nodeName=n1"));
    QVERIFY(!check("", "spec.nodeName=n2"));
    QVERIFY(check("", "metadata.name==p"));
    QString error;
    QVERIFY(!KubeSelector::parse(QStringLiteral("a b c"), QString(), &error));
}

void TestKubeFieldManager::ageLooksLikeKubectl()
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
    auto age = [&](qint64 seconds) { return KubeTableConverter::age(t0, t0.addSecs(seconds)); };
    QCOMPARE(age(5), QStringLiteral("5s"));
    QCOMPARE(age(119), QStringLiteral("119s"));
    QCOMPARE(age(200), QStringLiteral("3m20s"));
    QCOMPARE(age(3600), QStringLiteral("60m"));
    QCOMPARE(age(4 * 3600 + 60), QStringLiteral("4h1m"));
    QCOMPARE(age(10 * 3600), QStringLiteral("10h"));
    QCOMPARE(age(3 * 86400 + 3600), QStringLiteral("3d1h"));
    QCOMPARE(age(30 * 86400), QStringLiteral("30d"));
    QCOMPARE(age(3 * 365 * 86400 + 86400), QStringLiteral("3y1d"));
}

QTEST_GUILESS_MAIN(TestKubeFieldManager)
#include "tst_kubefieldmanager.moc"
