// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeClient.h"
#include "kube/KubeConnectionCheck.h"

#include "LoopbackHttpServer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using podnet::test::LoopbackHttpServer;

class TestKubeConnectionCheck : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QByteArray discovery(const char *name)
    {
        return podnet::test::readAll(
                podnet::test::dataPath(QStringLiteral("kube/discovery/") + QLatin1String(name)));
    }

    static void routeCluster(LoopbackHttpServer &server)
    {
        server.route(
                QStringLiteral("/version"), 200,
                R"({"major":"1","minor":"32","gitVersion":"v1.32.1","platform":"linux/amd64"})");
        server.route(QStringLiteral("/api"), 200, discovery("api.json"));
        server.route(QStringLiteral("/api/v1"), 200, discovery("api-v1.json"));
        server.route(QStringLiteral("/apis"), 200, discovery("apis.json"));
        server.route(QStringLiteral("/apis/apps/v1"), 200, discovery("apis-apps-v1.json"));
        server.route(QStringLiteral("/apis/rbac.authorization.k8s.io/v1"), 200,
                     discovery("apis-rbac-v1.json"));
        server.route(QStringLiteral("/apis/metrics.k8s.io/v1beta1"), 503, "service unavailable");
    }

    KubeConnectionCheckResult run(const LoopbackHttpServer &server)
    {
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        KubeClient client(connection, &m_network);
        auto *check = new KubeConnectionCheck(&client);
        KubeConnectionCheckResult result;
        bool done = false;
        connect(check, &KubeConnectionCheck::finished, this, [&] {
            result = check->result();
            done = true;
        });
        check->start();
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("check did not finish");
        return result;
    }

private Q_SLOTS:
    void fullCheckAndClusterRoleTrap()
    {
        LoopbackHttpServer server;
        routeCluster(server);
        server.route(
                QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"), 201,
                R"({"kind":"SelfSubjectReview","status":{"userInfo":{"username":"kubernetes-admin","groups":["system:masters","system:authenticated"]}}})");
        const KubeConnectionCheckResult result = run(server);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.gitVersion, QStringLiteral("v1.32.1"));
        QVERIFY(result.identityKnown);
        QCOMPARE(result.userName, QStringLiteral("kubernetes-admin"));
        QCOMPARE(result.groups.size(), 2);
        QCOMPARE(result.skippedGroupVersions,
                 QStringList {QStringLiteral("metrics.k8s.io/v1beta1")});
        QVERIFY(server.requestHeads(
                              QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"))
                        .value(0)
                        .startsWith("POST "));

        const KubeResourceMap &map = result.resources;
        QString error;
        // kube-router's ClusterRole says namespace: kube-system; it must not reach the URL.
        QCOMPARE(map.objectPath(QStringLiteral("rbac.authorization.k8s.io/v1"),
                                QStringLiteral("ClusterRole"), QStringLiteral("kube-router"),
                                QStringLiteral("kube-system"), {}, &error),
                 QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/kube-router"));
        QCOMPARE(map.objectPath(QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"),
                                QStringLiteral("kube-router"), QStringLiteral("kube-system"), {},
                                &error),
                 QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router"));
        QCOMPARE(map.objectPath(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                QStringLiteral("x"), {}, QStringLiteral("team"), &error),
                 QStringLiteral("/api/v1/namespaces/team/configmaps/x"));
        QCOMPARE(map.objectPath(QStringLiteral("v1"), QStringLiteral("ServiceAccount"),
                                QStringLiteral("x"), {}, {}, &error),
                 QStringLiteral("/api/v1/namespaces/default/serviceaccounts/x"));
        QCOMPARE(map.collectionPath(QStringLiteral("v1"), QStringLiteral("Node"), {}, &error),
                 QStringLiteral("/api/v1/nodes"));
        QVERIFY(!map.find(QStringLiteral("v1"), QStringLiteral("Pod")));
        QVERIFY(!map.objectPath(QStringLiteral("metrics.k8s.io/v1beta1"),
                                QStringLiteral("NodeMetrics"), QStringLiteral("n"), {}, {},
                                &error));
        QVERIFY(error.contains(QLatin1String("NodeMetrics")));
        QVERIFY(!map.find(QStringLiteral("v1"), QStringLiteral("Node"))->namespaced);
    }

    void identityFallsBackThenNotOffered()
    {
        LoopbackHttpServer server;
        routeCluster(server);
        server.route(
                QStringLiteral("/apis/authentication.k8s.io/v1beta1/selfsubjectreviews"), 201,
                R"({"kind":"SelfSubjectReview","status":{"userInfo":{"username":"beta-user"}}})");
        KubeConnectionCheckResult result = run(server);
        QVERIFY(result.ok);
        QCOMPARE(result.userName, QStringLiteral("beta-user"));
        QCOMPARE(server.requestCount(
                         QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews")),
                 1);

        LoopbackHttpServer old;
        routeCluster(old);
        result = run(old);
        QVERIFY(result.ok);
        QVERIFY(!result.identityKnown);
    }

    void unauthorized()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/version"), 401,
                     R"({"kind":"Status","code":401,"message":"Unauthorized"})");
        const KubeConnectionCheckResult result = run(server);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.httpStatus(), 401);
        QVERIFY(result.errorMessage.contains(QLatin1String("credentials")));
    }

    void forbiddenDiscovery()
    {
        LoopbackHttpServer server;
        routeCluster(server);
        server.route(QStringLiteral("/api"), 403, R"({"kind":"Status","code":403})");
        const KubeConnectionCheckResult result = run(server);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.httpStatus(), 403);
    }

    void htmlIsNotKubernetes()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/version"), 200, "<!doctype html><title>Sign in</title>",
                     {{"Content-Type", "text/html"}});
        const KubeConnectionCheckResult result = run(server);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind(), HttpFailure::Kind::BadResponse);
    }

    void unreachable()
    {
        KubeConnection connection;
        connection.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        KubeClient client(connection, &m_network);
        auto *check = new KubeConnectionCheck(&client);
        QSignalSpy finished(check, &KubeConnectionCheck::finished);
        KubeConnectionCheckResult result;
        connect(check, &KubeConnectionCheck::finished, this, [&] { result = check->result(); });
        check->start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(result.failure.kind(), HttpFailure::Kind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestKubeConnectionCheck)
#include "tst_kubeconnectioncheck.moc"
