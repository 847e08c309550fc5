// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/TemplateDownloader.h"

#include "LoopbackHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using namespace std::chrono_literals;
using podnet::test::LoopbackHttpServer;

namespace {

// Counts every request the downloader hands to the network, to prove that refused addresses
// cause no traffic at all (QNetworkAccessManager would also read file: URLs).
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

const QByteArray manifestText = QByteArrayLiteral("apiVersion: v1\n"
                                                  "kind: ConfigMap\n"
                                                  "metadata:\n"
                                                  "  name: kube-router-cfg\n"
                                                  "data:\n"
                                                  "  server: \"%APISERVER%\"\n");

// Lets queued reports and deferred deletions happen, so that a second report would show.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

class TestTemplateDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void downloadsBodyWithProgress();
    void downloadsChunkedBody();
    void reportsHttpStatus();
    void timesOutWhenServerIsSilent();
    void timesOutWhenTransferIsTooSlow();
    void reportsDroppedConnection();
    void refusesNonText_data();
    void refusesNonText();
    void abortsTooLargeBody_data();
    void abortsTooLargeBody();
    void allowsOnlyHttpsAndLoopbackHttp_data();
    void allowsOnlyHttpsAndLoopbackHttp();
    void refusesUnsafeAddressWithoutTraffic_data();
    void refusesUnsafeAddressWithoutTraffic();
    void cancelReportsOnce();
    void cancelWhenIdleDoesNothing();
    void secondStartReplacesFirst();
    void secondStartReplacesRefusedFirst();
    void restartsAfterFailure();
};

void TestTemplateDownloader::downloadsBodyWithProgress()
{
    LoopbackHttpServer server;
    QVERIFY(server.isListening());
    server.route(QStringLiteral("/kube-router.yaml"), 200, manifestText);
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);
    QSignalSpy progress(&downloader, &TemplateDownloader::progress);

    downloader.start(server.url(QStringLiteral("/kube-router.yaml")));
    QVERIFY(downloader.isRunning());
    QVERIFY(finished.wait());
    settle();

    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toByteArray(), manifestText);
    QVERIFY(!downloader.isRunning());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), manifestText.size());
    QCOMPARE(progress.last().at(1).toLongLong(), manifestText.size());
    QCOMPARE(server.requestCount(QStringLiteral("/kube-router.yaml")), 1);
    const QByteArray head = server.requestHeads(QStringLiteral("/kube-router.yaml")).constFirst();
    QVERIFY2(head.startsWith("GET /kube-router.yaml HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nUser-Agent: podnet-wizard/"), head.constData());
}

void TestTemplateDownloader::downloadsChunkedBody()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/chunked.yaml"),
                 {.body = manifestText, .chunkSize = 40, .chunkInterval = 150ms});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);
    QSignalSpy progress(&downloader, &TemplateDownloader::progress);

    downloader.start(server.url(QStringLiteral("/chunked.yaml")));
    QVERIFY(finished.wait());
    settle();

    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toByteArray(), manifestText);
    // Qt reports progress at most every 100 ms; the pieces come 150 ms apart.
    QVERIFY2(progress.count() >= 2, QByteArray::number(progress.count()).constData());
    QCOMPARE(progress.at(0).at(1).toLongLong(), -1); // no Content-Length: total unknown
    QCOMPARE(progress.last().at(0).toLongLong(), manifestText.size());
}

void TestTemplateDownloader::reportsHttpStatus()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/missing.yaml"), 404, QByteArrayLiteral("404: Not Found"));
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    const QUrl url = server.url(QStringLiteral("/missing.yaml"));
    downloader.start(url);
    QVERIFY(failed.wait());
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The server answered 404 Not Found instead of the file. Check the "
                            "address, or use the saved copy or the built-in template."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
    QVERIFY(!downloader.isRunning());
}

void TestTemplateDownloader::timesOutWhenServerIsSilent()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/silent.yaml"),
                 {.action = LoopbackHttpServer::Action::NeverAnswer});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    downloader.setTimeout(300ms);
    QCOMPARE(downloader.timeout(), 300ms);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    const QUrl url = server.url(QStringLiteral("/silent.yaml"));
    downloader.start(url);
    QVERIFY(failed.wait(10000));
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The server did not answer within 0.3 seconds. Check your network "
                            "connection, or use the saved copy or the built-in template."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
    QCOMPARE(server.requestCount(QStringLiteral("/silent.yaml")), 1);
    QVERIFY(!downloader.isRunning());
}

void TestTemplateDownloader::timesOutWhenTransferIsTooSlow()
{
    // A byte every 100 ms never trips the 300 ms silence limit, but 40 of them take longer
    // than the whole-transfer limit (four times the timeout).
    LoopbackHttpServer server;
    server.route(QStringLiteral("/trickle.yaml"),
                 {.body = QByteArray(40, 'x'), .chunkSize = 1, .chunkInterval = 100ms});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    downloader.setTimeout(300ms);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    downloader.start(server.url(QStringLiteral("/trickle.yaml")));
    QVERIFY(failed.wait(10000));
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(
                     QLatin1String("The server did not answer within 0.3 seconds.")),
             qPrintable(failed.at(0).at(0).toString()));
}

void TestTemplateDownloader::reportsDroppedConnection()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/drop.yaml"), {.action = LoopbackHttpServer::Action::Drop});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    const QUrl url = server.url(QStringLiteral("/drop.yaml"));
    downloader.start(url);
    QVERIFY(failed.wait(10000));
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("The download failed: ")), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String(". Check your network connection, or use the saved "
                                            "copy or the built-in template.")),
             qPrintable(message));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
    QVERIFY(server.requestCount(QStringLiteral("/drop.yaml")) >= 1);
}

void TestTemplateDownloader::refusesNonText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("NUL bytes") << QByteArrayLiteral("apiVersion: v1\n\0\0\0kind: Pod\n");
    QTest::newRow("invalid UTF-8") << QByteArrayLiteral("kind: \xff\xfe\xc3(\n");
    QTest::newRow("PNG header") << QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    QTest::newRow("empty") << QByteArray();
}

void TestTemplateDownloader::refusesNonText()
{
    QFETCH(QByteArray, body);
    LoopbackHttpServer server;
    server.route(QStringLiteral("/garbage"), 200, body,
                 {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    const QUrl url = server.url(QStringLiteral("/garbage"));
    downloader.start(url);
    QVERIFY(failed.wait());
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The server sent something that is not a text file. Check the "
                            "address."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
}

void TestTemplateDownloader::abortsTooLargeBody_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::newRow("with Content-Length") << qsizetype(0);
    QTest::newRow("chunked, length unknown") << qsizetype(256 * 1024);
}

void TestTemplateDownloader::abortsTooLargeBody()
{
    QFETCH(qsizetype, chunkSize);
    LoopbackHttpServer server;
    server.route(QStringLiteral("/huge.yaml"),
                 {.body = QByteArray(TemplateDownloader::maxSize + 1024 * 1024, '#'),
                  .chunkSize = chunkSize});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);
    QSignalSpy progress(&downloader, &TemplateDownloader::progress);

    const QUrl url = server.url(QStringLiteral("/huge.yaml"));
    downloader.start(url);
    QVERIFY(failed.wait(20000));
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The file at this address is larger than 4 MiB, which no manifest "
                            "is. Check the address."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toLongLong() <= TemplateDownloader::maxSize);
        QVERIFY(step.at(1).toLongLong() <= TemplateDownloader::maxSize);
    }
    QVERIFY(!downloader.isRunning());
}

void TestTemplateDownloader::allowsOnlyHttpsAndLoopbackHttp_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *url, bool allowed) {
        QTest::newRow(url) << QUrl(QString::fromLatin1(url)) << allowed;
    };
    row("https://raw.githubusercontent.com/x/kube-router.yaml", true);
    row("HTTPS://example.invalid/kube-router.yaml", true);
    row("http://127.0.0.1:8080/kube-router.yaml", true);
    row("http://127.1.2.3/kube-router.yaml", true);
    row("http://localhost/kube-router.yaml", true);
    row("http://[::1]:8080/kube-router.yaml", true);
    row("http://example.invalid/kube-router.yaml", false);
    row("http://10.0.0.1/kube-router.yaml", false);
    row("http://localhost.example.invalid/kube-router.yaml", false);
    row("ftp://127.0.0.1/kube-router.yaml", false);
    row("file:///etc/hostname", false);
    row("example.invalid/kube-router.yaml", false);
}

void TestTemplateDownloader::allowsOnlyHttpsAndLoopbackHttp()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    const QString refusal = TemplateDownloader::refusal(url);
    QCOMPARE(refusal.isEmpty(), allowed);
    if (!allowed) {
        QCOMPARE(refusal,
                 QStringLiteral("Only https addresses can be downloaded (plain http only from "
                                "this computer). Check the address."));
    }
}

void TestTemplateDownloader::refusesUnsafeAddressWithoutTraffic_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("http to a remote host") << QUrl(QStringLiteral("http://example.invalid/t.yaml"));
    QTest::newRow("http to a remote IP") << QUrl(QStringLiteral("http://192.0.2.1/t.yaml"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/t.yaml"));
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/hostname"));
    QTest::newRow("no scheme") << QUrl(QStringLiteral("example.invalid/t.yaml"));
    QTest::newRow("empty") << QUrl();
}

void TestTemplateDownloader::refusesUnsafeAddressWithoutTraffic()
{
    QFETCH(QUrl, url);
    CountingNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    downloader.start(url);
    QCOMPARE(failed.count(), 0); // reported after start() returns, like every outcome
    QVERIFY(!downloader.isRunning());
    QVERIFY(failed.wait());
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("Only https addresses can be downloaded (plain http only from this "
                            "computer). Check the address."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
    QCOMPARE(network.created, 0);
}

void TestTemplateDownloader::cancelReportsOnce()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/silent.yaml"),
                 {.action = LoopbackHttpServer::Action::NeverAnswer});
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);
    QSignalSpy received(&server, &LoopbackHttpServer::requestReceived);

    const QUrl url = server.url(QStringLiteral("/silent.yaml"));
    downloader.start(url);
    QVERIFY(received.wait());
    QVERIFY(downloader.isRunning());
    downloader.cancel();
    QCOMPARE(failed.count(), 1); // at once: the loader relies on it
    QVERIFY(!downloader.isRunning());
    downloader.cancel(); // nothing left to cancel: no second report
    settle();

    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The download was cancelled."));
    QCOMPARE(failed.at(0).at(1).toString(), url.toString());
}

void TestTemplateDownloader::cancelWhenIdleDoesNothing()
{
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    downloader.cancel();
    settle();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!downloader.isRunning());
}

void TestTemplateDownloader::secondStartReplacesFirst()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/first.yaml"),
                 {.action = LoopbackHttpServer::Action::NeverAnswer});
    server.route(QStringLiteral("/second.yaml"), 200, manifestText);
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);
    QSignalSpy received(&server, &LoopbackHttpServer::requestReceived);

    downloader.start(server.url(QStringLiteral("/first.yaml")));
    QVERIFY(received.wait());
    downloader.start(server.url(QStringLiteral("/second.yaml")));
    QVERIFY(downloader.isRunning());
    QVERIFY(finished.wait());
    settle();

    // The replaced download is aborted and reports nothing; the new one reports once.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toByteArray(), manifestText);
    QCOMPARE(server.requestCount(QStringLiteral("/first.yaml")), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/second.yaml")), 1);
    QVERIFY(!downloader.isRunning());
}

void TestTemplateDownloader::secondStartReplacesRefusedFirst()
{
    // The refusal of the first address is still queued when the second start() comes.
    LoopbackHttpServer server;
    server.route(QStringLiteral("/second.yaml"), 200, manifestText);
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    downloader.start(QUrl(QStringLiteral("http://example.invalid/first.yaml")));
    downloader.start(server.url(QStringLiteral("/second.yaml")));
    QVERIFY(finished.wait());
    settle();

    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toByteArray(), manifestText);
}

void TestTemplateDownloader::restartsAfterFailure()
{
    // A downloader is reusable: a failure leaves nothing behind that spoils the next start().
    LoopbackHttpServer server;
    server.route(QStringLiteral("/t.yaml"), 503, QByteArrayLiteral("busy"));
    QNetworkAccessManager network;
    TemplateDownloader downloader(&network);
    QSignalSpy finished(&downloader, &TemplateDownloader::finished);
    QSignalSpy failed(&downloader, &TemplateDownloader::failed);

    downloader.start(server.url(QStringLiteral("/t.yaml")));
    QVERIFY(failed.wait());
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("503 Service Unavailable")),
             qPrintable(failed.at(0).at(0).toString()));

    server.route(QStringLiteral("/t.yaml"), 200, manifestText);
    downloader.start(server.url(QStringLiteral("/t.yaml")));
    QVERIFY(finished.wait());
    settle();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toByteArray(), manifestText);
}

QTEST_GUILESS_MAIN(TestTemplateDownloader)
#include "tst_templatedownloader.moc"
