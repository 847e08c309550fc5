// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ExecCredentialPlugin.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include "LoopbackHttpServer.h"
#include "TestData.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;
using podnet::test::LoopbackHttpServer;

class TestKubeClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    KubeConnection connectionTo(const LoopbackHttpServer &server)
    {
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        return connection;
    }

    // Waits for \a reply and returns what it said; the reply deletes itself afterwards.
    struct Result
    {
        bool ok = false, absent = false;
        int status = 0;
        QJsonObject object;
        HttpFailure failure;
        std::optional<KubeStatus> kubeStatus;
        QString message;
        ExecCredentialError credentialError;
    };
    static std::shared_ptr<std::optional<Result>> collect(KubeReply *reply)
    {
        auto result = std::make_shared<std::optional<Result>>();
        connect(reply, &KubeReply::finished, reply, [reply, result] {
            *result = Result {reply->isOk(),         reply->isAbsent(),       reply->httpStatus(),
                              reply->object(),       reply->failure(),        reply->status(),
                              reply->errorMessage(), reply->credentialError()};
        });
        return result;
    }
    static Result wait(const std::shared_ptr<std::optional<Result>> &result)
    {
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
            qWarning("reply did not finish");
        return result->value_or(Result());
    }
    static Result wait(KubeReply *reply) { return wait(collect(reply)); }

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private Q_SLOTS:
    void bearerToken()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/version"), 200,
                     R"({"major":"1","minor":"32","gitVersion":"v1.32.1"})");
        KubeConnection connection = connectionTo(server);
        connection.token = QStringLiteral("secret-token");
        KubeClient client(connection, &m_network);
        const Result result = wait(client.version());
        QVERIFY(result.ok);
        QCOMPARE(result.object.value(QLatin1String("gitVersion")).toString(),
                 QStringLiteral("v1.32.1"));
        const QByteArray head = server.requestHeads(QStringLiteral("/version")).value(0);
        QCOMPARE(header(head, "Authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(header(head, "Accept"), QByteArray("application/json"));
    }

    void basicAuth()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/version"), 200, "{}");
        KubeConnection connection = connectionTo(server);
        connection.username = QStringLiteral("alice");
        connection.password = QStringLiteral("wonderland");
        KubeClient client(connection, &m_network);
        QVERIFY(wait(client.version()).ok);
        QCOMPARE(header(server.requestHeads(QStringLiteral("/version")).value(0), "Authorization"),
                 "Basic " + QByteArray("alice:wonderland").toBase64());
    }

    void noCredentialsOverPlainHttpToOtherHosts()
    {
        KubeConnection connection;
        connection.server = QUrl(QStringLiteral("http://198.51.100.7:8080"));
        connection.token = QStringLiteral("secret-token");
        KubeClient client(connection, &m_network);
        QNetworkRequest captured;
        bool done = false;
        client.prepare(client.url(QStringLiteral("/version")), this,
                       [&](const QNetworkRequest &request, const ExecCredentialError &) {
                           captured = request;
                           done = true;
                       });
        QTRY_VERIFY(done);
        QVERIFY(!captured.hasRawHeader("Authorization"));
        QVERIFY(captured.transferTimeout() > 0);
    }

    void urlKeepsServerPrefix()
    {
        KubeConnection connection;
        connection.server = QUrl(QStringLiteral("https://h.example:6443/k8s/clusters/c-1/"));
        KubeClient client(connection, &m_network);
        QCOMPARE(client.url(QStringLiteral("/api/v1/nodes")).toString(),
                 QStringLiteral("https://h.example:6443/k8s/clusters/c-1/api/v1/nodes"));
    }

    void getObjectAbsentIsNoError()
    {
        LoopbackHttpServer server;
        server.route(
                QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg"), 404,
                R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404})");
        KubeClient client(connectionTo(server), &m_network);
        const Result absent = wait(client.getObject(
                QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg")));
        QVERIFY(absent.ok);
        QVERIFY(absent.absent);
        // A plain GET of the same path is a failure.
        const Result failed = wait(client.get(
                QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg")));
        QVERIFY(!failed.ok);
        QCOMPARE(failed.failure.httpStatus(), 404);
    }

    void applySendsServerSideApply()
    {
        LoopbackHttpServer server;
        const QString path
                = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router");
        server.route(path, 200, R"({"kind":"DaemonSet","metadata":{"resourceVersion":"5"}})");
        KubeClient client(connectionTo(server), &m_network);
        QJsonObject document {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                              {QStringLiteral("kind"), QStringLiteral("DaemonSet")}};
        QVERIFY(wait(client.apply(path, document, {.force = true, .dryRun = true})).ok);
        QVERIFY(wait(client.apply(path, document)).ok);
        QVERIFY(wait(client.mergePatch(path, {{QStringLiteral("metadata"), QJsonObject()}})).ok);
        QVERIFY(wait(client.remove(path)).ok);
        const QList<QByteArray> heads = server.requestHeads(path);
        QCOMPARE(heads.size(), 4);
        QVERIFY2(heads[0].startsWith(
                         QByteArray("PATCH " + path.toLatin1()
                                    + "?fieldManager=podnet-wizard&force=true&dryRun=All ")),
                 heads[0].constData());
        QCOMPARE(header(heads[0], "Content-Type"), QByteArray("application/apply-patch+yaml"));
        QVERIFY(heads[1].startsWith(
                QByteArray("PATCH " + path.toLatin1() + "?fieldManager=podnet-wizard ")));
        QVERIFY(heads[2].startsWith(QByteArray("PATCH " + path.toLatin1() + " ")));
        QCOMPARE(header(heads[2], "Content-Type"), QByteArray("application/merge-patch+json"));
        QVERIFY(heads[3].startsWith("DELETE "));
    }

    void listSendsResourceVersion()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/api/v1/nodes"), 200,
                     R"({"kind":"NodeList","metadata":{"resourceVersion":"42"},"items":[]})");
        KubeClient client(connectionTo(server), &m_network);
        const Result result
                = wait(client.list(QStringLiteral("/api/v1/nodes"), QStringLiteral("7")));
        QVERIFY(result.ok);
        QVERIFY(server.requestHeads(QStringLiteral("/api/v1/nodes"))
                        .value(0)
                        .startsWith("GET /api/v1/nodes?resourceVersion=7 "));
    }

    void conflictStatusIsParsed()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router"),
                     409,
                     podnet::test::readAll(
                             podnet::test::dataPath(QStringLiteral("kube/status-conflict.json"))));
        KubeClient client(connectionTo(server), &m_network);
        const Result result = wait(client.apply(
                QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router"), {}));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind(), HttpFailure::Kind::Http);
        QCOMPARE(result.failure.httpStatus(), 409);
        QVERIFY(result.kubeStatus);
        QCOMPARE(result.kubeStatus->reason, QStringLiteral("Conflict"));
        const QList<KubeStatus::Cause> conflicts = result.kubeStatus->conflicts();
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts[0].field,
                 QStringLiteral(".spec.template.spec.containers[name=\"kube-router\"].image"));
        QCOMPARE(conflicts[0].manager, QStringLiteral("kubectl-client-side-apply"));
        QCOMPARE(conflicts[1].manager, QStringLiteral("helm"));
        QVERIFY(result.failure.serverMessage().contains(
                QLatin1String("Apply failed with 2 conflicts")));
        QVERIFY(result.failure.detail().contains(QLatin1String(".spec.template")));
    }

    void htmlIsBadResponse()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/version"), 200, "<html><body>Login</body></html>",
                     {{"Content-Type", "text/html"}});
        KubeClient client(connectionTo(server), &m_network);
        const Result result = wait(client.version());
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind(), HttpFailure::Kind::BadResponse);
    }

    void forbiddenAndUnauthorizedMessages()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/a"), 401,
                     R"({"kind":"Status","message":"Unauthorized","code":401})");
        server.route(QStringLiteral("/b"), 403,
                     "{\"kind\":\"Status\",\"message\":\"nodes is forbidden: User x cannot "
                     "list\",\"code\":403}");
        KubeClient client(connectionTo(server), &m_network);
        const Result unauthorized = wait(client.get(QStringLiteral("/a")));
        QCOMPARE(unauthorized.failure.httpStatus(), 401);
        QVERIFY(unauthorized.message.contains(QLatin1String("credentials")));
        const Result forbidden = wait(client.get(QStringLiteral("/b")));
        QCOMPARE(forbidden.failure.httpStatus(), 403);
        QVERIFY(forbidden.failure.detail().contains(QLatin1String("cannot list")));
    }

    void timeoutAndUnreachable()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/slow"), {.action = LoopbackHttpServer::Action::NeverAnswer});
        KubeClient client(connectionTo(server), &m_network);
        client.setTimeout(std::chrono::milliseconds(300));
        QCOMPARE(wait(client.get(QStringLiteral("/slow"))).failure.kind(),
                 HttpFailure::Kind::TimedOut);

        KubeConnection closed;
        closed.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        KubeClient nowhere(closed, &m_network);
        QCOMPARE(wait(nowhere.version()).failure.kind(), HttpFailure::Kind::Unreachable);
    }

    void execPluginRefreshesOnceAfter401()
    {
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("plugin")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
                "#!/bin/sh\nprintf x >> \"$(dirname \"$0\")/runs\"\n"
                "echo '{\"kind\":\"ExecCredential\",\"status\":{\"token\":\"exec-token\"}}'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);

        LoopbackHttpServer server;
        server.route(QStringLiteral("/ok"), 200, "{}");
        server.route(QStringLiteral("/denied"), 401, R"({"kind":"Status","code":401})");
        KubeConnection connection = connectionTo(server);
        KubeExecConfig exec;
        exec.command = QStringLiteral("./plugin");
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.workingDirectory = dir.path();
        connection.exec = exec;
        KubeClient client(connection, &m_network);

        // Two requests, one plugin run.
        const auto first = collect(client.get(QStringLiteral("/ok")));
        const auto second = collect(client.get(QStringLiteral("/ok")));
        wait(first);
        wait(second);
        QCOMPARE(podnet::test::readAll(dir.filePath(QStringLiteral("runs"))), QByteArray("x"));
        QCOMPARE(header(server.requestHeads(QStringLiteral("/ok")).value(1), "Authorization"),
                 QByteArray("Bearer exec-token"));

        // 401: the plugin runs again and the request is sent once more, then it gives up.
        const Result denied = wait(client.get(QStringLiteral("/denied")));
        QCOMPARE(denied.failure.httpStatus(), 401);
        QCOMPARE(server.requestCount(QStringLiteral("/denied")), 2);
        QCOMPARE(podnet::test::readAll(dir.filePath(QStringLiteral("runs"))), QByteArray("xx"));
    }

    void execPluginFailureSendsNothing()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/ok"), 200, "{}");
        KubeConnection connection = connectionTo(server);
        KubeExecConfig exec;
        exec.command = QStringLiteral("podnet-missing-plugin");
        exec.installHint = QStringLiteral("install me");
        connection.exec = exec;
        KubeClient client(connection, &m_network);
        const Result result = wait(client.get(QStringLiteral("/ok")));
        QVERIFY(!result.ok);
        QCOMPARE(result.credentialError.kind, ExecCredentialError::Kind::CommandNotFound);
        QVERIFY(result.message.contains(QLatin1String("install me")));
        QCOMPARE(server.totalRequestCount(), 0);
    }

    void destroyingClientAbortsReplies()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/slow"), {.action = LoopbackHttpServer::Action::NeverAnswer});
        auto *client = new KubeClient(connectionTo(server), &m_network);
        QPointer<KubeReply> reply = client->get(QStringLiteral("/slow"));
        QSignalSpy finished(reply.data(), &KubeReply::finished);
        QTRY_COMPARE(server.requestCount(QStringLiteral("/slow")), 1);
        delete client;
        QVERIFY(reply.isNull());
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
