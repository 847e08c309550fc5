// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "sim/http/SimHttpServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using podnet::sim::HttpExchange;
using podnet::sim::HttpRequest;
using podnet::sim::SimHttpServer;

class TestSimHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void plainResponse();
    void postBodyAndHeaders();
    void keepAliveReusesOneConnection();
    void delayedAnswer();
    void chunkedStreamIsReadIncrementally();
    void dropConnectionIsAnErrorForTheClient();
    void closedIsEmittedWhenTheClientAborts();
    void pipelinedRequestsAreAnsweredInOrder();
    void connectionCloseIsHonoured();
    void chunkedRequestBody();
    void oversizedRequestGets413();
    void listensOnLoopbackOnly();
    void https();

private:
    QNetworkReply *get(const QString &path);
    QUrl url(const QString &pathAndQuery) const;

    std::unique_ptr<SimHttpServer> m_server;
    std::function<void(HttpExchange *)> m_handler;
    QList<HttpRequest> m_requests;
    QNetworkAccessManager m_nam;
};

void TestSimHttpServer::init()
{
    m_requests.clear();
    m_handler = [](HttpExchange *exchange) { exchange->respond(200, QByteArrayLiteral("{}")); };
    m_server = std::make_unique<SimHttpServer>([this](HttpExchange *exchange) {
        m_requests.append(exchange->request());
        m_handler(exchange);
    });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_nam.clearConnectionCache();
}

void TestSimHttpServer::cleanup()
{
    m_nam.clearConnectionCache();
    m_server.reset();
}

QUrl TestSimHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + pathAndQuery);
}

QNetworkReply *TestSimHttpServer::get(const QString &path)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(10000);
    return m_nam.get(request);
}

void TestSimHttpServer::plainResponse()
{
    m_handler = [](HttpExchange *exchange) {
        exchange->respond(201, QByteArrayLiteral("hello"), QByteArrayLiteral("text/plain"),
                          {{QByteArrayLiteral("X-Test"), QByteArrayLiteral("yes")}});
    };
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/a%20b/c?x=1&y=%2F&x=2")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("hello"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArrayLiteral("text/plain"));
    QCOMPARE(reply->rawHeader("X-Test"), QByteArrayLiteral("yes"));

    QCOMPARE(m_requests.size(), 1);
    const HttpRequest &request = m_requests.constFirst();
    QCOMPARE(request.method, QByteArrayLiteral("GET"));
    QCOMPARE(request.path, QStringLiteral("/a b/c"));
    QCOMPARE(request.queryValues(QStringLiteral("x")),
             QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(request.queryValues(QStringLiteral("y")), QStringList {QStringLiteral("/")});
    QCOMPARE(request.header("host"),
             QByteArrayLiteral("127.0.0.1:") + QByteArray::number(m_server->port()));
}

void TestSimHttpServer::postBodyAndHeaders()
{
    QNetworkRequest request(url(QStringLiteral("/post")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Mixed-Case", "Value");
    std::unique_ptr<QNetworkReply> reply(m_nam.put(request, QByteArrayLiteral("{\"a\":1}")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.constFirst().method, QByteArrayLiteral("PUT"));
    QCOMPARE(m_requests.constFirst().body, QByteArrayLiteral("{\"a\":1}"));
    QCOMPARE(m_requests.constFirst().header("x-mixed-case"), QByteArrayLiteral("Value"));
    QCOMPARE(m_requests.constFirst().header("content-type"), QByteArrayLiteral("application/json"));
}

void TestSimHttpServer::keepAliveReusesOneConnection()
{
    for (int i = 0; i < 4; ++i) {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/n/") + QString::number(i)));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArrayLiteral("{}"));
    }
    QCOMPARE(m_requests.size(), 4);
    QCOMPARE(m_requests.at(3).path, QStringLiteral("/n/3"));
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestSimHttpServer::delayedAnswer()
{
    QPointer<HttpExchange> pending;
    m_handler = [&pending](HttpExchange *exchange) { pending = exchange; };
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/slow")));
    QTRY_VERIFY(pending);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(!finished.wait(50)); // nothing arrives before the answer
    QVERIFY(!reply->isFinished());
    QVERIFY(pending->isOpen());
    pending->respond(200, QByteArrayLiteral("late"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), QByteArrayLiteral("late"));
    QTRY_VERIFY(!pending); // deleted after the response
}

void TestSimHttpServer::chunkedStreamIsReadIncrementally()
{
    QPointer<HttpExchange> stream;
    m_handler = [&stream](HttpExchange *exchange) {
        stream = exchange;
        exchange->beginStream(200, QByteArrayLiteral("application/json"));
        exchange->writeChunk(QByteArrayLiteral("{\"n\":1}\n"));
    };
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/watch")));
    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, this,
            [&received, &reply] { received += reply->readAll(); });
    QTRY_COMPARE(received, QByteArrayLiteral("{\"n\":1}\n"));
    QVERIFY(!reply->isFinished());
    QVERIFY(stream);
    stream->writeChunk(QByteArrayLiteral("{\"n\":2}\n"));
    QTRY_COMPARE(received, QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n"));
    QVERIFY(!reply->isFinished());
    stream->endStream();
    QTRY_VERIFY(reply->isFinished());
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n"));
    QVERIFY(reply->rawHeader("Content-Length").isEmpty());
}

void TestSimHttpServer::dropConnectionIsAnErrorForTheClient()
{
    m_handler = [](HttpExchange *exchange) { exchange->dropConnection(); };
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/drop")));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);

    // The server keeps serving afterwards.
    m_handler = [](HttpExchange *exchange) { exchange->respond(200, QByteArrayLiteral("ok")); };
    std::unique_ptr<QNetworkReply> next(get(QStringLiteral("/after")));
    QTRY_VERIFY(next->isFinished());
    QCOMPARE(next->error(), QNetworkReply::NoError);
}

void TestSimHttpServer::closedIsEmittedWhenTheClientAborts()
{
    QPointer<HttpExchange> pending;
    std::unique_ptr<QSignalSpy> closedSpy;
    m_handler = [&](HttpExchange *exchange) {
        pending = exchange;
        closedSpy = std::make_unique<QSignalSpy>(exchange, &HttpExchange::closed);
        exchange->beginStream(200, QByteArrayLiteral("application/json"));
    };
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/watch")));
    QTRY_VERIFY(pending);
    reply->abort();
    QTRY_COMPARE(closedSpy->count(), 1);
    QTRY_VERIFY(!pending);
}

void TestSimHttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    m_handler = [](HttpExchange *exchange) {
        if (exchange->request().path == QStringLiteral("/first")) {
            QPointer<HttpExchange> later(exchange);
            QTimer::singleShot(50, exchange, [later] {
                if (later)
                    later->respond(200, QByteArrayLiteral("one"), QByteArrayLiteral("text/plain"));
            });
        } else {
            exchange->respond(200, QByteArrayLiteral("two"), QByteArrayLiteral("text/plain"));
        }
    };
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    socket.write("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(received.contains("two"));
    QVERIFY(received.indexOf("one") < received.indexOf("two"));
    QVERIFY(received.indexOf("one") > 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSimHttpServer::connectionCloseIsHonoured()
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    socket.write("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QVERIFY(received.endsWith("\r\n\r\n{}"));
}

void TestSimHttpServer::chunkedRequestBody()
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    socket.write("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n");
    QTRY_VERIFY(socket.bytesToWrite() == 0);
    // The server must not (wrongly) hand a partial body to the handler.
    QVERIFY(!QTest::qWaitFor([this] { return !m_requests.isEmpty(); }, 20));
    socket.write("7;ext=1\r\n, world\r\n0\r\n\r\n");
    QTRY_VERIFY(received.contains("200 OK"));
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.constFirst().body, QByteArrayLiteral("hello, world"));
}

void TestSimHttpServer::oversizedRequestGets413()
{
    m_server = std::make_unique<SimHttpServer>([this](HttpExchange *exchange) {
        m_requests.append(exchange->request());
        exchange->respond(200, {});
    });
    m_server->setMaxRequestSize(1024);
    QVERIFY(m_server->listen());
    QNetworkRequest request(url(QStringLiteral("/big")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArray(2048, 'x')));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QVERIFY(m_requests.isEmpty());

    std::unique_ptr<QNetworkReply> small(m_nam.post(request, QByteArray(1024, 'x')));
    QTRY_VERIFY(small->isFinished());
    QCOMPARE(small->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestSimHttpServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("http"));
}

void TestSimHttpServer::https()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is needed to make a throwaway certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    QCOMPARE(process.exitCode(), 0);

    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull());
    QVERIFY(!key.isNull());

    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(cert);
    serverConfig.setPrivateKey(key);
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = std::make_unique<SimHttpServer>([](HttpExchange *exchange) {
        exchange->respond(200, QByteArrayLiteral("secret"), QByteArrayLiteral("text/plain"));
    });
    m_server->setTlsConfiguration(serverConfig);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));

    // Not trusted: the handshake must fail. (Its own manager: a manager keeps the TLS settings of
    // the first request to a host for the connections it caches.)
    QNetworkAccessManager other;
    std::unique_ptr<QNetworkReply> refused(other.get(QNetworkRequest(url(QStringLiteral("/x")))));
    QTRY_VERIFY(refused->isFinished());
    QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);

    QNetworkRequest request(url(QStringLiteral("/x")));
    QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
    clientConfig.setCaCertificates({cert});
    request.setSslConfiguration(clientConfig);
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->readAll(), QByteArrayLiteral("secret"));
        QVERIFY(!reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    }
}

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "tst_simhttpserver.moc"
