// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeClient.h"
#include "kube/KubeWatchReader.h"

#include "LoopbackHttpServer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using podnet::test::LoopbackHttpServer;

class TestKubeWatchReader : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QByteArray stream()
    {
        return podnet::test::readAll(
                podnet::test::dataPath(QStringLiteral("kube/watch-stream.jsonl")));
    }

private Q_SLOTS:
    void parsesPartialLinesGarbageAndBookmarks()
    {
        KubeWatchReader reader(nullptr, QStringLiteral("/api/v1/nodes"), QStringLiteral("100"));
        QSignalSpy events(&reader, &KubeWatchReader::eventReceived);
        QSignalSpy bad(&reader, &KubeWatchReader::badLine);
        QSignalSpy expired(&reader, &KubeWatchReader::expired);
        const QByteArray bytes = stream();
        // Byte by byte: every line arrives in pieces.
        for (qsizetype i = 0; i < bytes.size(); ++i)
            reader.feed(bytes.mid(i, 1));
        QCOMPARE(events.count(), 3);
        const auto first = events.at(0).at(0).value<KubeWatchEvent>();
        QCOMPARE(first.type, KubeWatchEvent::Type::Added);
        QCOMPARE(first.resourceVersion, QStringLiteral("101"));
        QCOMPARE(events.at(1).at(0).value<KubeWatchEvent>().type, KubeWatchEvent::Type::Modified);
        QCOMPARE(events.at(2).at(0).value<KubeWatchEvent>().type, KubeWatchEvent::Type::Deleted);
        QCOMPARE(bad.count(), 2); // a garbage line and an event without object
        QCOMPARE(reader.resourceVersion(), QStringLiteral("150")); // the bookmark's
        QCOMPARE(expired.count(), 1);
    }

    void lastLineWithoutNewline()
    {
        KubeWatchReader reader(nullptr, QStringLiteral("/api/v1/nodes"), {});
        QSignalSpy events(&reader, &KubeWatchReader::eventReceived);
        reader.feed(R"({"type":"ADDED","object":{"metadata":{"name":"a","resourceVersion":"7"}}})");
        QCOMPARE(events.count(), 0);
        reader.flush();
        QCOMPARE(events.count(), 1);
        QCOMPARE(reader.resourceVersion(), QStringLiteral("7"));
    }

    void streamOverHttpExpires()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/api/v1/nodes"),
                     {.status = 200,
                      .body = stream(),
                      .chunkSize = 13,
                      .chunkInterval = std::chrono::milliseconds(1)});
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        KubeClient client(connection, &m_network);
        KubeWatchReader *reader
                = client.watch(QStringLiteral("/api/v1/nodes"), QStringLiteral("100"));
        QSignalSpy events(reader, &KubeWatchReader::eventReceived);
        QSignalSpy expired(reader, &KubeWatchReader::expired);
        QSignalSpy ended(reader, &KubeWatchReader::ended);
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(events.count(), 3);
        QCOMPARE(ended.count(), 0);
        const QByteArray head = server.requestHeads(QStringLiteral("/api/v1/nodes")).value(0);
        QVERIFY2(head.startsWith(
                         "GET /api/v1/nodes?watch=1&resourceVersion=100&allowWatchBookmarks=true"),
                 head.constData());
    }

    void endOfStreamAsksToResume()
    {
        LoopbackHttpServer server;
        const QByteArray body = stream().left(stream().indexOf("{\"type\":\"ERROR\""));
        server.route(QStringLiteral("/api/v1/nodes"),
                     {.status = 200, .body = body, .chunkSize = 50});
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        KubeClient client(connection, &m_network);
        KubeWatchReader *reader
                = client.watch(QStringLiteral("/api/v1/nodes"), QStringLiteral("100"));
        QSignalSpy ended(reader, &KubeWatchReader::ended);
        QSignalSpy events(reader, &KubeWatchReader::eventReceived);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(events.count(), 3);
        QCOMPARE(reader->resourceVersion(), QStringLiteral("150"));
        // Resuming asks from the last version.
        reader->start();
        QTRY_COMPARE(ended.count(), 2);
        QVERIFY(server.requestHeads(QStringLiteral("/api/v1/nodes"))
                        .value(1)
                        .contains("resourceVersion=150"));
    }

    void httpGoneExpires()
    {
        LoopbackHttpServer server;
        server.route(
                QStringLiteral("/api/v1/nodes"), 410,
                R"({"kind":"Status","reason":"Expired","code":410,"message":"too old resource version"})");
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        KubeClient client(connection, &m_network);
        KubeWatchReader *reader
                = client.watch(QStringLiteral("/api/v1/nodes"), QStringLiteral("1"));
        QSignalSpy expired(reader, &KubeWatchReader::expired);
        QTRY_COMPARE(expired.count(), 1);
    }

    void httpErrorFails()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/api/v1/nodes"), 403, R"({"kind":"Status","code":403})");
        KubeConnection connection;
        connection.server = server.url(QStringLiteral("/"));
        KubeClient client(connection, &m_network);
        KubeWatchReader *reader
                = client.watch(QStringLiteral("/api/v1/nodes"), QStringLiteral("1"));
        QSignalSpy failed(reader, &KubeWatchReader::failed);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("403")));
    }
};

QTEST_GUILESS_MAIN(TestKubeWatchReader)
#include "tst_kubewatchreader.moc"
