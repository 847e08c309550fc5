// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "net/HttpFailure.h"

#include "LoopbackHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace std::chrono_literals;
using podnet::test::LoopbackHttpServer;

namespace {

const QString service = QStringLiteral("Neutron");

// Runs one GET to \a url and classifies the finished reply.
HttpFailure fetch(const QUrl &url, std::chrono::milliseconds timeout = 5s)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(15000))
        qWarning("the request to %s did not finish", qPrintable(url.toString()));
    return HttpFailure::fromReply(reply.get(), service);
}

// A port on 127.0.0.1 where nothing listens: bind one, note it, close it.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestHttpFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successIsNoFailure();
    void sortsHttpStatuses_data();
    void sortsHttpStatuses();
    void refusedConnectionIsUnreachable();
    void silentServerTimesOut();
    void droppedConnectionIsLostOrUnreachable();
    void badResponseNamesTheService();
    void detailCarriesServerMessageButNoQuery();
};

void TestHttpFailure::successIsNoFailure()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/ok"), 200, QByteArrayLiteral("{}"));
    const HttpFailure failure = fetch(server.url(QStringLiteral("/ok")));
    QVERIFY(failure.isOk());
    QCOMPARE(failure.kind(), HttpFailure::Kind::None);
    QVERIFY(failure.message().isEmpty());
}

void TestHttpFailure::sortsHttpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::newRow("400") << 400 << false;
    QTest::newRow("401") << 401 << false;
    QTest::newRow("403") << 403 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("409") << 409 << false;
    QTest::newRow("412") << 412 << false;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("501") << 501 << false;
    QTest::newRow("503") << 503 << true;
}

void TestHttpFailure::sortsHttpStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    LoopbackHttpServer server;
    server.route(QStringLiteral("/x"), status, QByteArrayLiteral("{}"));
    const HttpFailure failure = fetch(server.url(QStringLiteral("/x")));
    QCOMPARE(failure.kind(), HttpFailure::Kind::Http);
    QCOMPARE(failure.httpStatus(), status);
    QCOMPARE(failure.isTransient(), transient);
    QVERIFY2(failure.message().contains(service), qPrintable(failure.message()));
    QVERIFY(failure.detail().contains(QStringLiteral("HTTP %1").arg(status)));
}

void TestHttpFailure::refusedConnectionIsUnreachable()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v2.0/ports").arg(closedPort()));
    const HttpFailure failure = fetch(url);
    QCOMPARE(failure.kind(), HttpFailure::Kind::Unreachable);
    QVERIFY(!failure.isTransient());
    QVERIFY(failure.message().contains(QStringLiteral("127.0.0.1")));
}

void TestHttpFailure::silentServerTimesOut()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/slow"), {.action = LoopbackHttpServer::Action::NeverAnswer});
    const HttpFailure failure = fetch(server.url(QStringLiteral("/slow")), 300ms);
    QCOMPARE(failure.kind(), HttpFailure::Kind::TimedOut);
    QVERIFY(failure.isTransient());
}

void TestHttpFailure::droppedConnectionIsLostOrUnreachable()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/drop"), {.action = LoopbackHttpServer::Action::Drop});
    const HttpFailure failure = fetch(server.url(QStringLiteral("/drop")));
    // Qt retries a request whose connection closed before any byte of the answer once, then
    // reports RemoteHostClosedError.
    QCOMPARE(failure.kind(), HttpFailure::Kind::ConnectionLost);
    QVERIFY(failure.isTransient());
}

void TestHttpFailure::badResponseNamesTheService()
{
    const QUrl url(QStringLiteral("https://cloud.example.invalid:9696/v2.0/ports"));
    const HttpFailure failure = HttpFailure::badResponse(url, service, QStringLiteral("not JSON"));
    QCOMPARE(failure.kind(), HttpFailure::Kind::BadResponse);
    QVERIFY(failure.message().contains(service));
    QVERIFY(failure.detail().contains(QStringLiteral("not JSON")));
}

void TestHttpFailure::detailCarriesServerMessageButNoQuery()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/v2.0/ports"), 400, QByteArrayLiteral("{}"));
    QUrl url = server.url(QStringLiteral("/v2.0/ports"));
    url.setQuery(QStringLiteral("token=should-not-show"));
    HttpFailure failure = fetch(url);
    failure.setServerMessage(QStringLiteral("Invalid input for operation"));
    QVERIFY(failure.detail().contains(QStringLiteral("Invalid input for operation")));
    QVERIFY(!failure.detail().contains(QStringLiteral("should-not-show")));
}

QTEST_GUILESS_MAIN(TestHttpFailure)
#include "tst_httpfailure.moc"
