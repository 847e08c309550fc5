// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/TemplateLoader.h"

#include "manifest/ManifestReader.h"

#include "LoopbackHttpServer.h"
#include "TestData.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;
using namespace std::chrono_literals;
using podnet::test::LoopbackHttpServer;

namespace {

const QByteArray goodManifest = QByteArrayLiteral("apiVersion: v1\n"
                                                  "kind: ConfigMap\n"
                                                  "metadata:\n"
                                                  "  name: kube-router-cfg\n"
                                                  "data:\n"
                                                  "  server: \"%APISERVER%\"\n"
                                                  "---\n"
                                                  "apiVersion: v1\n"
                                                  "kind: ServiceAccount\n"
                                                  "metadata:\n"
                                                  "  name: kube-router\n");

const QByteArray olderManifest = QByteArrayLiteral("apiVersion: v1\n"
                                                   "kind: ServiceAccount\n"
                                                   "metadata:\n"
                                                   "  name: older\n");

// What a captive portal or a wrong address answers with 200 OK.
const QByteArray htmlPage = QByteArrayLiteral("<!DOCTYPE html>\n"
                                              "<html><head><title>Sign in</title></head>\n"
                                              "<body><p>Please sign in to use this network.</p>"
                                              "</body></html>\n");

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

/// A loader with its own cache folder, network and signal spies; every test starts clean.
struct Fixture
{
    QTemporaryDir cacheHome;
    TemplateCache cache {cacheHome.filePath(QStringLiteral("templates"))};
    QNetworkAccessManager network;
    TemplateLoader loader {&network, cache};
    QSignalSpy loaded {&loader, &TemplateLoader::loaded};
    QSignalSpy failed {&loader, &TemplateLoader::failed};
    QSignalSpy notice {&loader, &TemplateLoader::notice};
    QSignalSpy progress {&loader, &TemplateLoader::progress};

    ManifestTemplate loadedTemplate(qsizetype i = 0) const
    {
        return loaded.at(i).at(0).value<ManifestTemplate>();
    }
    TemplateLoadError error(qsizetype i = 0) const
    {
        return failed.at(i).at(0).value<TemplateLoadError>();
    }
};

TemplateSource urlSource(const QUrl &url)
{
    return {TemplateSource::Kind::Url, url.toString()};
}

} // namespace

class TestTemplateLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsBuiltIn();
    void loadsFile();
    void refusesBadFile_data();
    void refusesBadFile();
    void downloadIsCached();
    void refusesNonManifestDownload_data();
    void refusesNonManifestDownload();
    void failedDownloadCarriesSavedCopy();
    void failedDownloadWithoutSavedCopy();
    void fallsBackToSavedCopy();
    void fallBackNeedsSavedCopy();
    void reportsUnwritableCache();
    void cancelReportsOnce();
    void newLoadReplacesDownload();
};

void TestTemplateLoader::initTestCase()
{
    qRegisterMetaType<ManifestTemplate>();
    qRegisterMetaType<TemplateLoadError>();
}

void TestTemplateLoader::loadsBuiltIn()
{
    Fixture f;
    f.loader.load({TemplateSource::Kind::BuiltIn, {}});
    QCOMPARE(f.loaded.count(), 0); // reported after load() returns
    QVERIFY(f.loaded.wait());
    settle();
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.failed.count(), 0);

    const ManifestTemplate builtIn = f.loadedTemplate();
    QCOMPARE(builtIn.source.kind, TemplateSource::Kind::BuiltIn);
    QVERIFY(!builtIn.fromCache);
    QCOMPARE(builtIn.text, test::readAll(test::builtInTemplatePath()));
    QCOMPARE(builtIn.text, TemplateLoader::builtIn().text);
    QCOMPARE(builtIn.text.count("%APISERVER%"), 1);
    QCOMPARE(builtIn.text.count("%CLUSTERCIDR%"), 1);
    const ManifestReadResult read = ManifestReader::read(builtIn.text);
    QVERIFY(read.ok());
    QCOMPARE(read.resources.size(), 5);
    QCOMPARE(builtIn.origin(),
             QStringLiteral("Built-in template (kube-router all features, unpinned image)"));
}

void TestTemplateLoader::loadsFile()
{
    Fixture f;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("kube-router.yaml"));
    QVERIFY(writeFile(path, goodManifest));

    f.loader.load({TemplateSource::Kind::File, path});
    QVERIFY(f.loaded.wait());
    settle();
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.failed.count(), 0);
    const ManifestTemplate fromFile = f.loadedTemplate();
    QCOMPARE(fromFile.text, goodManifest);
    QCOMPARE(fromFile.source, (TemplateSource {TemplateSource::Kind::File, path}));
    QVERIFY(!fromFile.fromCache);
    QCOMPARE(fromFile.origin(), QStringLiteral("File %1").arg(path));
    // Files are not cached: only downloads are.
    QVERIFY(!QFileInfo::exists(f.cache.directory()));
}

void TestTemplateLoader::refusesBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // %1 is the path as shown

    QTest::newRow("missing") << QStringLiteral("missing.yaml")
                             << QStringLiteral("The file %1 does not exist. Check the path.");
    QTest::newRow("folder") << QStringLiteral("folder")
                            << QStringLiteral("%1 is a folder. Choose a YAML file.");
    QTest::newRow("too large") << QStringLiteral("huge.yaml")
                               << QStringLiteral("%1 is larger than 4 MiB, which no manifest is. "
                                                 "Choose the kube-router manifest.");
    QTest::newRow("no path") << QString() << QStringLiteral("Choose a template file.");
}

void TestTemplateLoader::refusesBadFile()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("huge.yaml")),
                      QByteArray(TemplateLoader::maxFileSize + 1, '#')));
    const QString path = name.isEmpty() ? QString() : folder.filePath(name);

    Fixture f;
    f.loader.load({TemplateSource::Kind::File, path});
    QCOMPARE(f.failed.count(), 0); // reported after load() returns
    QVERIFY(f.failed.wait());
    settle();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.loaded.count(), 0);
    const TemplateLoadError error = f.error();
    QCOMPARE(error.message,
             name.isEmpty() ? expected : expected.arg(QDir::toNativeSeparators(path)));
    QCOMPARE(error.detail, QDir::toNativeSeparators(path));
    QVERIFY(!error.savedCopy);
}

void TestTemplateLoader::downloadIsCached()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/kube-router.yaml"), 200, goodManifest);
    const TemplateSource source = urlSource(server.url(QStringLiteral("/kube-router.yaml")));
    Fixture f;
    QVERIFY(!f.cache.load(source));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    f.loader.load(source);
    QVERIFY(f.loader.isRunning());
    QVERIFY(f.loaded.wait());
    settle();
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.failed.count(), 0);
    QCOMPARE(f.notice.count(), 0);
    QVERIFY(f.progress.count() >= 1);

    const ManifestTemplate downloaded = f.loadedTemplate();
    QCOMPARE(downloaded.text, goodManifest);
    QCOMPARE(downloaded.source, source);
    QVERIFY(!downloaded.fromCache);
    QVERIFY(downloaded.fetchedAt >= before.addMSecs(-1));
    QVERIFY(downloaded.fetchedAt <= QDateTime::currentDateTimeUtc());

    const std::optional<ManifestTemplate> saved = f.cache.load(source);
    QVERIFY(saved);
    QCOMPARE(saved->text, goodManifest);
    QCOMPARE(saved->fetchedAt, downloaded.fetchedAt);
    QVERIFY(saved->fromCache);
}

void TestTemplateLoader::refusesNonManifestDownload_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageStart");

    const QString notManifest = QStringLiteral("The downloaded file is not a valid Kubernetes "
                                               "manifest (");
    QTest::newRow("HTML page") << htmlPage << notManifest;
    QTest::newRow("YAML without kind") << QByteArrayLiteral("hello: world\n") << notManifest;
    QTest::newRow("comments only")
            << QByteArrayLiteral("# moved to another place\n") << notManifest;
    QTest::newRow("broken YAML") << QByteArrayLiteral("kind: [Pod\n") << notManifest;
    QTest::newRow("binary") << QByteArrayLiteral("\x7f"
                                                 "ELF\x02\x01\x01\0\0\0")
                            << QStringLiteral("The server sent something that is not a text "
                                              "file.");
    QTest::newRow("invalid UTF-8") << QByteArrayLiteral("kind: Pod\nname: \xc3\x28\n")
                                   << QStringLiteral("The server sent something that is not a "
                                                     "text file.");
}

void TestTemplateLoader::refusesNonManifestDownload()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messageStart);
    LoopbackHttpServer server;
    server.route(QStringLiteral("/fresh.yaml"), 200, body);
    server.route(QStringLiteral("/known.yaml"), 200, olderManifest);
    const TemplateSource fresh = urlSource(server.url(QStringLiteral("/fresh.yaml")));
    const TemplateSource known = urlSource(server.url(QStringLiteral("/known.yaml")));

    // First a good download of /known.yaml, then the same address serves the bad body.
    Fixture f;
    f.loader.load(known);
    QVERIFY(f.loaded.wait());
    QCOMPARE(f.loadedTemplate().text, olderManifest);
    server.route(QStringLiteral("/known.yaml"), 200, body);

    for (const TemplateSource &source : {fresh, known}) {
        f.loaded.clear();
        f.failed.clear();
        f.loader.load(source);
        QVERIFY(f.failed.wait());
        settle();
        QCOMPARE(f.failed.count(), 1);
        QCOMPARE(f.loaded.count(), 0);
        const TemplateLoadError error = f.error();
        QVERIFY2(error.message.startsWith(messageStart), qPrintable(error.message));
        QCOMPARE(error.detail, source.url().toString());
    }

    // Nothing was cached for the new address, and the good copy of the known one is intact.
    QVERIFY(!f.cache.load(fresh));
    const std::optional<ManifestTemplate> kept = f.cache.load(known);
    QVERIFY(kept);
    QCOMPARE(kept->text, olderManifest);
    // The failure of the known address offers that copy.
    QVERIFY(f.error().savedCopy);
    QCOMPARE(f.error().savedCopy->text, olderManifest);
    QCOMPARE(f.notice.count(), 0);
}

void TestTemplateLoader::failedDownloadCarriesSavedCopy()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/kube-router.yaml"), 200, goodManifest);
    const TemplateSource source = urlSource(server.url(QStringLiteral("/kube-router.yaml")));
    Fixture f;
    f.loader.load(source);
    QVERIFY(f.loaded.wait());
    const QDateTime firstFetch = f.loadedTemplate().fetchedAt;

    server.route(QStringLiteral("/kube-router.yaml"), 404, QByteArrayLiteral("gone"));
    f.loader.load(source);
    QVERIFY(f.failed.wait());
    settle();
    QCOMPARE(f.loaded.count(), 1); // only the first load
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.notice.count(), 0);

    const TemplateLoadError error = f.error();
    QCOMPARE(error.message,
             QStringLiteral("The server answered 404 Not Found instead of the file. Check the "
                            "address, or use the saved copy or the built-in template."));
    QCOMPARE(error.detail, source.url().toString());
    QVERIFY(error.savedCopy);
    QCOMPARE(error.savedCopy->text, goodManifest);
    QCOMPARE(error.savedCopy->source, source);
    QVERIFY(error.savedCopy->fromCache);
    QCOMPARE(error.savedCopy->fetchedAt, firstFetch);
}

void TestTemplateLoader::failedDownloadWithoutSavedCopy()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/kube-router.yaml"), {.action = LoopbackHttpServer::Action::Drop});
    const TemplateSource source = urlSource(server.url(QStringLiteral("/kube-router.yaml")));
    Fixture f;
    f.loader.setFallBackToSavedCopy(true);
    f.loader.load(source);
    QVERIFY(f.failed.wait(10000));
    settle();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.loaded.count(), 0);
    QCOMPARE(f.notice.count(), 0);
    QVERIFY(f.error().message.startsWith(QLatin1String("The download failed: ")));
    QVERIFY(!f.error().savedCopy);
}

void TestTemplateLoader::fallsBackToSavedCopy()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/kube-router.yaml"), 200, goodManifest);
    const TemplateSource source = urlSource(server.url(QStringLiteral("/kube-router.yaml")));
    Fixture f;
    f.loader.setFallBackToSavedCopy(true);
    f.loader.load(source);
    QVERIFY(f.loaded.wait());
    const QDateTime firstFetch = f.loadedTemplate().fetchedAt;
    QCOMPARE(f.notice.count(), 0);

    server.route(QStringLiteral("/kube-router.yaml"),
                 {.action = LoopbackHttpServer::Action::NeverAnswer});
    f.loader.setDownloadTimeout(300ms);
    f.loaded.clear();
    f.loader.load(source);
    QVERIFY(f.loaded.wait(10000));
    settle();
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.failed.count(), 0);
    QCOMPARE(f.notice.count(), 1);

    const ManifestTemplate saved = f.loadedTemplate();
    QCOMPARE(saved.text, goodManifest);
    QCOMPARE(saved.source, source);
    QVERIFY(saved.fromCache);
    QCOMPARE(saved.fetchedAt, firstFetch);
    const QString message = f.notice.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("The server did not answer within 0.3 seconds.")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(" Using the saved copy downloaded ")),
             qPrintable(message));
    QVERIFY2(saved.origin().startsWith(
                     QStringLiteral("Saved copy of %1, downloaded ").arg(source.location)),
             qPrintable(saved.origin()));
}

void TestTemplateLoader::fallBackNeedsSavedCopy()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/missing.yaml"), 404, QByteArrayLiteral("gone"));
    Fixture f;
    f.loader.setFallBackToSavedCopy(true);
    f.loader.load(urlSource(server.url(QStringLiteral("/missing.yaml"))));
    QVERIFY(f.failed.wait());
    settle();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.loaded.count(), 0);
    QCOMPARE(f.notice.count(), 0);
    QVERIFY(!f.error().savedCopy);
}

void TestTemplateLoader::reportsUnwritableCache()
{
    // The download is still used; the notice says it was not kept.
    LoopbackHttpServer server;
    server.route(QStringLiteral("/kube-router.yaml"), 200, goodManifest);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeFile(folder.filePath(QStringLiteral("blocker")), QByteArrayLiteral("file\n")));
    const QString directory = folder.filePath(QStringLiteral("blocker/templates"));
    QNetworkAccessManager network;
    TemplateLoader loader(&network, TemplateCache(directory));
    QSignalSpy loaded(&loader, &TemplateLoader::loaded);
    QSignalSpy failed(&loader, &TemplateLoader::failed);
    QSignalSpy notice(&loader, &TemplateLoader::notice);

    loader.load(urlSource(server.url(QStringLiteral("/kube-router.yaml"))));
    QVERIFY(loaded.wait());
    settle();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(notice.count(), 1);
    QCOMPARE(notice.at(0).at(0).toString(),
             QStringLiteral("Cannot create the cache folder %1. The download is used but not kept.")
                     .arg(QDir::toNativeSeparators(directory)));
    QCOMPARE(loaded.at(0).at(0).value<ManifestTemplate>().text, goodManifest);
}

void TestTemplateLoader::cancelReportsOnce()
{
    LoopbackHttpServer server;
    server.route(QStringLiteral("/silent.yaml"),
                 {.action = LoopbackHttpServer::Action::NeverAnswer});
    QSignalSpy received(&server, &LoopbackHttpServer::requestReceived);
    Fixture f;
    f.loader.load(urlSource(server.url(QStringLiteral("/silent.yaml"))));
    QVERIFY(received.wait());
    QVERIFY(f.loader.isRunning());
    f.loader.cancel();
    QTRY_COMPARE(f.failed.count(), 1);
    settle();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.loaded.count(), 0);
    QCOMPARE(f.error().message, QStringLiteral("The download was cancelled."));
    QVERIFY(!f.loader.isRunning());
}

void TestTemplateLoader::newLoadReplacesDownload()
{
    // Choosing another source while a download runs: only the new choice reports, and the
    // late download neither reports nor lands in the cache under the wrong name.
    LoopbackHttpServer server;
    server.route(QStringLiteral("/late.yaml"), {.body = goodManifest, .delay = 300ms});
    QSignalSpy received(&server, &LoopbackHttpServer::requestReceived);
    const TemplateSource late = urlSource(server.url(QStringLiteral("/late.yaml")));
    Fixture f;
    f.loader.load(late);
    QVERIFY(received.wait());

    f.loader.load({TemplateSource::Kind::BuiltIn, {}});
    QVERIFY(!f.loader.isRunning());
    QVERIFY(f.loaded.wait());
    settle();
    QCOMPARE(f.loaded.count(), 1);
    QCOMPARE(f.failed.count(), 0);
    QCOMPARE(f.loadedTemplate().source.kind, TemplateSource::Kind::BuiltIn);
    QVERIFY(!f.cache.load(late));
}

QTEST_GUILESS_MAIN(TestTemplateLoader)
#include "tst_templateloader.moc"
