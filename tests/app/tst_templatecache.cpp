// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/TemplateCache.h"

#include "AppIdentity.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

namespace {

const QByteArray firstText = QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\n"
                                               "metadata:\n  name: first\n");
const QByteArray secondText = QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\n"
                                                "metadata:\n  name: second\n");

TemplateSource urlSource(const QString &url)
{
    return {TemplateSource::Kind::Url, url};
}

const TemplateSource sourceA
        = urlSource(QStringLiteral("https://example.invalid/a/kube-router.yaml"));
const TemplateSource sourceB
        = urlSource(QStringLiteral("https://example.invalid/b/kube-router.yaml"));

// The one file with \a suffix in \a directory (a cache holding one template has one of each).
QString onlyFile(const QString &directory, const QString &suffix)
{
    const QStringList names = QDir(directory).entryList({QLatin1Char('*') + suffix}, QDir::Files);
    return names.size() == 1 ? directory + QLatin1Char('/') + names.constFirst() : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

QDateTime fetchedAt()
{
    return QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
}

} // namespace

class TestTemplateCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultDirectoryIsUnderCacheLocation();
    void storeThenLoad();
    void storeThenLoadUpstream();
    void keepsLocalTimeInstant();
    void laterStoreReplacesEarlier();
    void separateUrlsDoNotCollide();
    void nothingStored();
    void noCacheForFilesAndBuiltIn();
    void ignoresTamperedBody();
    void ignoresBrokenRecord_data();
    void ignoresBrokenRecord();
    void ignoresRecordOfOtherUrl();
    void ignoresIncompleteCopy_data();
    void ignoresIncompleteCopy();
    void reportsUnwritableFolder_data();
    void reportsUnwritableFolder();
};

void TestTemplateCache::defaultDirectoryIsUnderCacheLocation()
{
    QTemporaryDir cacheHome;
    QVERIFY(cacheHome.isValid());
    const QByteArray previous = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome.path()));
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    applyAppIdentity(); // the wizard and the command line share one cache

    const QString directory = TemplateCache::defaultDirectory();
    const QString cacheDirectory = TemplateCache().directory();

    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    qputenv("XDG_CACHE_HOME", previous);
    QCOMPARE(directory, cacheHome.path() + QStringLiteral("/PodNet/podnet-wizard/templates"));
    QCOMPARE(cacheDirectory, directory);
}

void TestTemplateCache::storeThenLoad()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString directory = temporary.filePath(QStringLiteral("cache/templates"));
    const TemplateCache cache(directory);
    QCOMPARE(cache.directory(), directory);

    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    QVERIFY(QFileInfo(directory).isDir()); // created on demand

    const std::optional<ManifestTemplate> loaded = cache.load(sourceA);
    QVERIFY(loaded);
    QCOMPARE(loaded->text, firstText);
    QCOMPARE(loaded->source, sourceA);
    QCOMPARE(loaded->source.url(), QUrl(sourceA.location));
    QVERIFY(loaded->fromCache);
    QCOMPARE(loaded->fetchedAt, fetchedAt());
    QCOMPARE(loaded->fetchedAt.toMSecsSinceEpoch(), fetchedAt().toMSecsSinceEpoch());

    // Another cache object over the same folder (the next run) finds the same copy.
    const std::optional<ManifestTemplate> again = TemplateCache(directory).load(sourceA);
    QVERIFY(again);
    QCOMPARE(again->text, firstText);
}

void TestTemplateCache::storeThenLoadUpstream()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    const TemplateSource upstream;
    QCOMPARE(upstream.kind, TemplateSource::Kind::Upstream);

    QCOMPARE(cache.store(upstream, firstText, fetchedAt()), QString());
    const std::optional<ManifestTemplate> loaded = cache.load(upstream);
    QVERIFY(loaded);
    QCOMPARE(loaded->text, firstText);
    QCOMPARE(loaded->source, upstream);
    QVERIFY(loaded->fromCache);

    // The same address given as a URL is the same download.
    const std::optional<ManifestTemplate> asUrl
            = cache.load(urlSource(TemplateSource::upstreamUrl().toString()));
    QVERIFY(asUrl);
    QCOMPARE(asUrl->text, firstText);
}

void TestTemplateCache::keepsLocalTimeInstant()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    const QDateTime local = fetchedAt().toOffsetFromUtc(9 * 3600);

    QCOMPARE(cache.store(sourceA, firstText, local), QString());
    const std::optional<ManifestTemplate> loaded = cache.load(sourceA);
    QVERIFY(loaded);
    QCOMPARE(loaded->fetchedAt.toMSecsSinceEpoch(), local.toMSecsSinceEpoch());
}

void TestTemplateCache::laterStoreReplacesEarlier()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    const QDateTime later = fetchedAt().addSecs(3600);

    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    QCOMPARE(cache.store(sourceA, secondText, later), QString());

    const std::optional<ManifestTemplate> loaded = cache.load(sourceA);
    QVERIFY(loaded);
    QCOMPARE(loaded->text, secondText);
    QCOMPARE(loaded->fetchedAt, later);
    QCOMPARE(QDir(temporary.path()).entryList(QDir::Files).size(), 2);
}

void TestTemplateCache::separateUrlsDoNotCollide()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());

    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    QCOMPARE(cache.store(sourceB, secondText, fetchedAt().addDays(1)), QString());

    const std::optional<ManifestTemplate> a = cache.load(sourceA);
    const std::optional<ManifestTemplate> b = cache.load(sourceB);
    QVERIFY(a);
    QVERIFY(b);
    QCOMPARE(a->text, firstText);
    QCOMPARE(a->source, sourceA);
    QCOMPARE(a->fetchedAt, fetchedAt());
    QCOMPARE(b->text, secondText);
    QCOMPARE(b->source, sourceB);
    QCOMPARE(b->fetchedAt, fetchedAt().addDays(1));
    QCOMPARE(QDir(temporary.path()).entryList(QDir::Files).size(), 4);

    // Only what was stored is found: a third address has no copy.
    QVERIFY(!cache.load(urlSource(QStringLiteral("https://example.invalid/c.yaml"))));
}

void TestTemplateCache::nothingStored()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QVERIFY(!TemplateCache(temporary.path()).load(sourceA));
    // A folder that does not exist is no error either.
    QVERIFY(!TemplateCache(temporary.filePath(QStringLiteral("missing"))).load(sourceA));
    QVERIFY(!QFileInfo::exists(temporary.filePath(QStringLiteral("missing"))));
}

void TestTemplateCache::noCacheForFilesAndBuiltIn()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    QVERIFY(!cache.load({TemplateSource::Kind::BuiltIn, {}}));
    QVERIFY(!cache.load(
            {TemplateSource::Kind::File, temporary.filePath(QStringLiteral("t.yaml"))}));
}

void TestTemplateCache::ignoresTamperedBody()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    const QString body = onlyFile(temporary.path(), QStringLiteral(".yaml"));
    QVERIFY(!body.isEmpty());
    QCOMPARE(test::readAll(body), firstText);

    QByteArray edited = firstText;
    edited.replace("first", "fir5t");
    QVERIFY(writeFile(body, edited));
    QVERIFY(!cache.load(sourceA));

    QVERIFY(writeFile(body, firstText.left(firstText.size() / 2))); // torn
    QVERIFY(!cache.load(sourceA));

    QVERIFY(writeFile(body, firstText)); // intact again
    QVERIFY(cache.load(sourceA));
}

void TestTemplateCache::ignoresBrokenRecord_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("url = https://example.invalid/a");
    QTest::newRow("JSON array") << QByteArrayLiteral("[]");
    QTest::newRow("no sha256") << QByteArrayLiteral(
            "{\"url\": \"https://example.invalid/a/kube-router.yaml\"}");
    QTest::newRow("wrong sha256") << QByteArrayLiteral(
            "{\"url\": \"https://example.invalid/a/kube-router.yaml\", \"sha256\": \"00\"}");
}

void TestTemplateCache::ignoresBrokenRecord()
{
    QFETCH(QByteArray, record);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    const QString meta = onlyFile(temporary.path(), QStringLiteral(".json"));
    QVERIFY(!meta.isEmpty());
    QVERIFY(cache.load(sourceA));

    QVERIFY(writeFile(meta, record));
    QVERIFY(!cache.load(sourceA));
}

void TestTemplateCache::ignoresRecordOfOtherUrl()
{
    // B's intact pair of files put where A's belong: the record names B, so A has no copy.
    QTemporaryDir forA;
    QTemporaryDir forB;
    QVERIFY(forA.isValid());
    QVERIFY(forB.isValid());
    const TemplateCache cacheA(forA.path());
    QCOMPARE(cacheA.store(sourceA, firstText, fetchedAt()), QString());
    QCOMPARE(TemplateCache(forB.path()).store(sourceB, secondText, fetchedAt()), QString());
    const QString metaA = onlyFile(forA.path(), QStringLiteral(".json"));
    const QString bodyA = onlyFile(forA.path(), QStringLiteral(".yaml"));
    const QString metaB = onlyFile(forB.path(), QStringLiteral(".json"));
    const QString bodyB = onlyFile(forB.path(), QStringLiteral(".yaml"));
    QVERIFY(!metaA.isEmpty() && !bodyA.isEmpty() && !metaB.isEmpty() && !bodyB.isEmpty());
    QVERIFY(QFileInfo(metaA).fileName() != QFileInfo(metaB).fileName());

    QVERIFY(writeFile(metaA, test::readAll(metaB)));
    QVERIFY(writeFile(bodyA, test::readAll(bodyB)));
    QVERIFY(!cacheA.load(sourceA));
}

void TestTemplateCache::ignoresIncompleteCopy_data()
{
    QTest::addColumn<QString>("removed");
    QTest::newRow("record missing") << QStringLiteral(".json");
    QTest::newRow("body missing") << QStringLiteral(".yaml");
}

void TestTemplateCache::ignoresIncompleteCopy()
{
    QFETCH(QString, removed);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const TemplateCache cache(temporary.path());
    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()), QString());
    const QString file = onlyFile(temporary.path(), removed);
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::remove(file));
    QVERIFY(!cache.load(sourceA));
}

void TestTemplateCache::reportsUnwritableFolder_data()
{
    // The tests run as root, so permissions stop nothing: a regular file in the way does.
    QTest::addColumn<QString>("relativeDirectory");
    QTest::newRow("path through a file") << QStringLiteral("blocker/templates");
    QTest::newRow("path is a file") << QStringLiteral("blocker");
}

void TestTemplateCache::reportsUnwritableFolder()
{
    QFETCH(QString, relativeDirectory);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QVERIFY(writeFile(temporary.filePath(QStringLiteral("blocker")),
                      QByteArrayLiteral("not a folder\n")));
    const QString directory = temporary.filePath(relativeDirectory);
    const TemplateCache cache(directory);

    QCOMPARE(cache.store(sourceA, firstText, fetchedAt()),
             QStringLiteral("Cannot create the cache folder %1. The download is used but not kept.")
                     .arg(QDir::toNativeSeparators(directory)));
    QVERIFY(!cache.load(sourceA));
    QCOMPARE(test::readAll(temporary.filePath(QStringLiteral("blocker"))),
             QByteArrayLiteral("not a folder\n"));
}

QTEST_GUILESS_MAIN(TestTemplateCache)
#include "tst_templatecache.moc"
