// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/ConnectionCheck.h"

#include "KeystoneFixture.h"
#include "LoopbackHttpServer.h"

#include "openstack/KeystoneSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using namespace podnet::test::keystone;
using namespace std::chrono_literals;
using podnet::test::LoopbackHttpServer;

namespace {

const QString extensionsPath = QStringLiteral("/network/v2.0/extensions");

QByteArray extensions(const QStringList &aliases)
{
    QJsonArray list;
    for (const QString &alias : aliases)
        list.append(QJsonObject {{QStringLiteral("alias"), alias},
                                 {QStringLiteral("name"), alias},
                                 {QStringLiteral("description"), QStringLiteral("...")}});
    return QJsonDocument(QJsonObject {{QStringLiteral("extensions"), list}}).toJson();
}

const QStringList allThree {QStringLiteral("allowed-address-pairs"),
                            QStringLiteral("port-security"), QStringLiteral("revision-if-match"),
                            QStringLiteral("router")};

LoopbackHttpServer::Route jsonRoute(int status, const QByteArray &body)
{
    return {.status = status,
            .body = body,
            .headers
            = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}};
}

const QByteArray unauthorized = QByteArrayLiteral(
        R"({"error":{"code":401,"title":"Unauthorized","message":"The request you have made requires authentication."}})");

HttpFailure failureOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? HttpFailure() : spy.constFirst().constFirst().value<HttpFailure>();
}

ConnectionCheckResult resultOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ConnectionCheckResult()
                         : spy.constFirst().constFirst().value<ConnectionCheckResult>();
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsEverything();
    void reusesValidToken();
    void reportsMissingExtensions();
    void failsWithoutAllowedAddressPairs();
    void reauthenticatesOnceAfter401();
    void failsAfterSecond401();
    void passesAuthenticationFailureOn();
    void notNeutron();
    void restartAbandonsFirstRun();
};

void TestConnectionCheck::reportsEverything()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath, jsonRoute(200, extensions(allThree)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(check.isRunning());
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failureOf(failed).message()));
    QVERIFY(!check.isRunning());
    const ConnectionCheckResult result = resultOf(finished);
    QCOMPARE(result.userName, QStringLiteral("demo"));
    QCOMPARE(result.userId, QStringLiteral("u-1234"));
    QCOMPARE(result.projectName, QStringLiteral("k8s"));
    QCOMPARE(result.projectId, QStringLiteral("p-5678"));
    QCOMPARE(result.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(result.networkEndpoint, server.url(QStringLiteral("/network")));
    QCOMPARE(result.computeEndpoint, server.url(QStringLiteral("/compute/v2.1")));
    QVERIFY(result.allowedAddressPairs);
    QVERIFY(result.portSecurity);
    QVERIFY(result.revisionIfMatch);
    QCOMPARE(result.pairLimit, 10);
    QVERIFY(!result.pairLimitKnown);
    QCOMPARE(result.extensionAliases.size(), 4);

    const QByteArray head = server.requestHeads(extensionsPath).constFirst();
    QVERIFY(head.startsWith("GET /network/v2.0/extensions HTTP/1.1"));
    QVERIFY(head.contains(QByteArray("X-Auth-Token: " + subjectToken)));
}

void TestConnectionCheck::reusesValidToken()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath, jsonRoute(200, extensions(allThree)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy authenticated(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(authenticated.wait());
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    QVERIFY(finished.wait());
    QCOMPARE(server.requestCount(tokensPath), 1);
}

void TestConnectionCheck::reportsMissingExtensions()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath,
                 jsonRoute(200, extensions({QStringLiteral("allowed-address-pairs")})));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    QVERIFY(finished.wait());
    const ConnectionCheckResult result = resultOf(finished);
    QVERIFY(result.allowedAddressPairs);
    QVERIFY(!result.portSecurity);
    QVERIFY(!result.revisionIfMatch);
}

void TestConnectionCheck::failsWithoutAllowedAddressPairs()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath, jsonRoute(200, extensions({QStringLiteral("port-security")})));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(failed.wait());
    QVERIFY(finished.isEmpty());
    QVERIFY2(failureOf(failed).message().contains(QLatin1String("allowed-address-pairs")),
             qPrintable(failureOf(failed).message()));
    // What was learned on the way is still there.
    QCOMPARE(check.result().projectName, QStringLiteral("k8s"));
    QVERIFY(check.result().portSecurity);
    QVERIFY(!check.result().allowedAddressPairs);
}

void TestConnectionCheck::reauthenticatesOnceAfter401()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath, jsonRoute(401, unauthorized));
    // The route is looked up after requestReceived, so the retry gets the new answer.
    connect(&server, &LoopbackHttpServer::requestReceived, &server, [&server](const QString &path) {
        if (path == extensionsPath && server.requestCount(extensionsPath) == 2)
            server.route(extensionsPath, jsonRoute(200, extensions(allThree)));
    });
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failureOf(failed).message()));
    QCOMPARE(server.requestCount(tokensPath), 2);
    QCOMPARE(server.requestCount(extensionsPath), 2);
}

void TestConnectionCheck::failsAfterSecond401()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath, jsonRoute(401, unauthorized));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(failed.wait());
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failureOf(failed).httpStatus(), 401);
    QVERIFY2(failureOf(failed).message().contains(QLatin1String("fresh token")),
             qPrintable(failureOf(failed).message()));
    QCOMPARE(server.requestCount(tokensPath), 2);
    QCOMPARE(server.requestCount(extensionsPath), 2);
}

void TestConnectionCheck::passesAuthenticationFailureOn()
{
    LoopbackHttpServer server;
    server.route(tokensPath, jsonRoute(401, unauthorized));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(failed.wait());
    QVERIFY(failureOf(failed).message().contains(QLatin1String("user name or password")));
    QVERIFY(!failureOf(failed).message().contains(password));
    QVERIFY(!failureOf(failed).detail().contains(password));
    QCOMPARE(server.requestCount(extensionsPath), 0);
}

void TestConnectionCheck::notNeutron()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(extensionsPath,
                 {.status = 200,
                  .body = "<html>hello</html>",
                  .headers = {{"Content-Type", "text/html"}}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::BadResponse);
    QVERIFY(failureOf(failed).message().contains(QLatin1String("Neutron")));
}

void TestConnectionCheck::restartAbandonsFirstRun()
{
    LoopbackHttpServer server;
    LoopbackHttpServer::Route slow = tokenRoute(tokenBody(standardCatalog(server)));
    slow.delay = 100ms;
    server.route(tokensPath, slow);
    server.route(extensionsPath, jsonRoute(200, extensions(allThree)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    check.start();
    QVERIFY(finished.wait());
    QVERIFY(!finished.wait(100)); // the abandoned first start reports nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.requestCount(tokensPath), 1);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
