// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/NovaServerNamesJob.h"

#include "KeystoneFixture.h"
#include "LoopbackHttpServer.h"

#include "openstack/KeystoneSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using namespace podnet::test::keystone;
using podnet::test::LoopbackHttpServer;

namespace {

const QString serversPath = QStringLiteral("/compute/v2.1/servers/detail");

QByteArray page(const QList<QPair<QString, QString>> &servers, const QString &next = {})
{
    QJsonArray list;
    for (const auto &server : servers)
        list.append(QJsonObject {{QStringLiteral("id"), server.first},
                                 {QStringLiteral("name"), server.second},
                                 {QStringLiteral("status"), QStringLiteral("ACTIVE")}});
    QJsonObject body {{QStringLiteral("servers"), list}};
    if (!next.isEmpty())
        body.insert(QStringLiteral("servers_links"),
                    QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("next")},
                                             {QStringLiteral("href"), next}}});
    return QJsonDocument(body).toJson();
}

QHash<QString, QString> namesOf(const QSignalSpy &spy)
{
    return spy.constFirst().constFirst().value<QHash<QString, QString>>();
}

// Starts an authenticated session against \a server.
bool authenticate(KeystoneSession &session)
{
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    return ok.wait();
}

} // namespace

class TestNovaServerNamesJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsPages();
    void noComputeEndpointIsEmpty();
    void failureIsEmpty();
};

void TestNovaServerNamesJob::followsPages()
{
    LoopbackHttpServer server;
    routeToken(server);
    // Nova's next link names its own idea of the host; only the marker is taken from it.
    server.route(serversPath, 200,
                 page({{QStringLiteral("s-1"), QStringLiteral("master-0")},
                       {QStringLiteral("s-2"), QStringLiteral("worker-0")}},
                      QStringLiteral(
                              "http://nova.internal:8774/v2.1/servers/detail?limit=2&marker=s-2")));
    connect(&server, &LoopbackHttpServer::requestReceived, &server, [&server](const QString &path) {
        const int count = server.requestCount(serversPath);
        if (path != serversPath)
            return;
        if (count == 2)
            server.route(serversPath, 200,
                         page({{QStringLiteral("s-3"), QStringLiteral("worker-1")}},
                              QStringLiteral("http://nova.internal/servers/detail?marker=s-3")));
        else if (count == 3)
            server.route(serversPath, 200, page({})); // an exact multiple ends with an empty page
    });
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QVERIFY(authenticate(session));
    NovaServerNamesJob job(&session);
    job.setPageSize(2);
    QSignalSpy finished(&job, &NovaServerNamesJob::finished);
    job.start();
    QVERIFY(finished.wait());
    const QHash<QString, QString> names = namesOf(finished);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.value(QStringLiteral("s-1")), QStringLiteral("master-0"));
    QCOMPARE(names.value(QStringLiteral("s-3")), QStringLiteral("worker-1"));
    QVERIFY(job.lastFailure().isOk());
    const QList<QByteArray> heads = server.requestHeads(serversPath);
    QCOMPARE(heads.size(), 3);
    QVERIFY(heads.at(0).startsWith("GET /compute/v2.1/servers/detail?limit=2 HTTP/1.1"));
    QVERIFY(heads.at(1).startsWith("GET /compute/v2.1/servers/detail?limit=2&marker=s-2 "));
    QVERIFY(heads.at(2).startsWith("GET /compute/v2.1/servers/detail?limit=2&marker=s-3 "));
}

void TestNovaServerNamesJob::noComputeEndpointIsEmpty()
{
    LoopbackHttpServer server;
    const QJsonArray networkOnly {standardCatalog(server).at(1)};
    server.route(tokensPath, tokenRoute(tokenBody(networkOnly)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QVERIFY(authenticate(session));
    NovaServerNamesJob job(&session);
    QSignalSpy finished(&job, &NovaServerNamesJob::finished);
    job.start();
    QCOMPARE(finished.size(), 0); // reported after returning
    QVERIFY(finished.wait());
    QVERIFY(namesOf(finished).isEmpty());
    QVERIFY(job.lastFailure().isOk());
}

void TestNovaServerNamesJob::failureIsEmpty()
{
    LoopbackHttpServer server;
    routeToken(server);
    server.route(serversPath, 503, "{}");
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QVERIFY(authenticate(session));
    NovaServerNamesJob job(&session);
    QSignalSpy finished(&job, &NovaServerNamesJob::finished);
    job.start();
    QVERIFY(finished.wait());
    QVERIFY(namesOf(finished).isEmpty());
    QCOMPARE(job.lastFailure().httpStatus(), 503);
}

QTEST_GUILESS_MAIN(TestNovaServerNamesJob)
#include "tst_novaservernamesjob.moc"
