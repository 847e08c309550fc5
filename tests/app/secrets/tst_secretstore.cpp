// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/CloudCredentials.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace podnet;

namespace {

// run-with-keyring.sh says what the private D-Bus session offers; run alone, the program only
// does what needs no keychain (and never touches the user's own).
QByteArray expectedKeychain()
{
    return qgetenv("PODNET_KEYCHAIN_EXPECTED");
}

struct Finished
{
    SecretJob::Outcome outcome = SecretJob::Outcome::Pending;
    QString secret;
    QString message;
    QString detail;
    int signals = 0;
};

// Waits for the job's one report; signals counts the reports, or is -1 when the job did not
// delete itself.
Finished waitFor(SecretJob *job)
{
    Finished result;
    QPointer<SecretJob> guard(job);
    QSignalSpy spy(job, &SecretJob::finished);
    QObject::connect(job, &SecretJob::finished, job, [&result](SecretJob *done) {
        result.outcome = done->outcome();
        result.secret = done->secret();
        result.message = done->message();
        result.detail = done->detail();
    });
    if (!spy.wait(20000))
        return result;
    const bool deleted = QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000);
    result.signals = deleted ? static_cast<int>(spy.count()) : -1; // -1: the job leaked
    return result;
}

// Every file under HOME with its size and modification time.
QMap<QString, QString> snapshotHome()
{
    QMap<QString, QString> files;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.insert(info.filePath(),
                     QString::number(info.size()) + QLatin1Char('@')
                             + info.lastModified().toString(Qt::ISODateWithMs));
    }
    return files;
}

bool anyFileUnderHomeContains(const QByteArray &needle)
{
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

QString uniqueKey(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openStackKey();
    void emptyKeyFails();
    void roundTrip();
    void genericKubeKey();
    void loadMissingIsNotFound();
    void noKeychainIsANormalOutcome();
};

void TestSecretStore::openStackKey()
{
    CloudCredentials credentials;
    credentials.cloudName = QStringLiteral("lab");
    credentials.username = QStringLiteral("alice");
    QCOMPARE(SecretStore::openStackKey(credentials), QStringLiteral("openstack/lab/alice"));
    QCOMPARE(SecretStore(QStringLiteral("svc")).service(), QStringLiteral("svc"));
}

void TestSecretStore::emptyKeyFails()
{
    SecretStore store(QStringLiteral("podnet-wizard-test"));
    const Finished result = waitFor(store.load({}));
    QCOMPARE(result.outcome, SecretJob::Outcome::Failed);
    QCOMPARE(result.signals, 1);
    QVERIFY(!result.message.isEmpty());
}

void TestSecretStore::roundTrip()
{
    if (expectedKeychain() != "secret-service")
        QSKIP("needs run-with-keyring.sh keyring (a private gnome-keyring)");
    SecretStore store(QStringLiteral("podnet-wizard-test"));
    const QString key = uniqueKey("openstack/lab/");
    const QString secret = QStringLiteral("pässwörd-") + QUuid::createUuid().toString();

    Finished result = waitFor(store.store(key, secret));
    QVERIFY2(result.outcome == SecretJob::Outcome::Ok, qPrintable(result.detail));
    QCOMPARE(result.signals, 1);
    QVERIFY(result.secret.isEmpty()); // a store job does not hand the secret back
    QVERIFY(result.message.isEmpty());

    result = waitFor(store.load(key));
    QVERIFY2(result.outcome == SecretJob::Outcome::Ok, qPrintable(result.detail));
    QCOMPARE(result.secret, secret);

    // The keyring on disk is encrypted: the secret is in no file under HOME.
    QVERIFY(!anyFileUnderHomeContains(secret.toUtf8()));

    // Replacing keeps one entry with the new value.
    result = waitFor(store.store(key, QStringLiteral("second")));
    QCOMPARE(result.outcome, SecretJob::Outcome::Ok);
    result = waitFor(store.load(key));
    QCOMPARE(result.secret, QStringLiteral("second"));

    result = waitFor(store.remove(key));
    QVERIFY2(result.outcome == SecretJob::Outcome::Ok, qPrintable(result.detail));
    result = waitFor(store.load(key));
    QCOMPARE(result.outcome, SecretJob::Outcome::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY(result.message.contains(key));
}

void TestSecretStore::genericKubeKey()
{
    if (expectedKeychain() != "secret-service")
        QSKIP("needs run-with-keyring.sh keyring (a private gnome-keyring)");
    SecretStore store(QStringLiteral("podnet-wizard-test"));
    const QString openstack = uniqueKey("openstack/lab/");
    const QString kube = uniqueKey("kube/lab-context/");
    QCOMPARE(waitFor(store.store(openstack, QStringLiteral("one"))).outcome,
             SecretJob::Outcome::Ok);
    QCOMPARE(waitFor(store.store(kube, QStringLiteral("two"))).outcome, SecretJob::Outcome::Ok);
    QCOMPARE(waitFor(store.load(openstack)).secret, QStringLiteral("one"));
    QCOMPARE(waitFor(store.load(kube)).secret, QStringLiteral("two"));

    // Another service name is another namespace.
    SecretStore other(QStringLiteral("podnet-wizard-other"));
    QCOMPARE(waitFor(other.load(kube)).outcome, SecretJob::Outcome::NotFound);

    QCOMPARE(waitFor(store.remove(openstack)).outcome, SecretJob::Outcome::Ok);
    QCOMPARE(waitFor(store.remove(kube)).outcome, SecretJob::Outcome::Ok);
}

void TestSecretStore::loadMissingIsNotFound()
{
    if (expectedKeychain() != "secret-service")
        QSKIP("needs run-with-keyring.sh keyring (a private gnome-keyring)");
    SecretStore store(QStringLiteral("podnet-wizard-test"));
    const Finished result = waitFor(store.load(uniqueKey("openstack/none/")));
    QCOMPARE(result.outcome, SecretJob::Outcome::NotFound);
    QCOMPARE(result.signals, 1);
    QVERIFY(!result.message.isEmpty());
}

void TestSecretStore::noKeychainIsANormalOutcome()
{
    if (expectedKeychain() != "none")
        QSKIP("needs run-with-keyring.sh nokeyring (a private bus without services)");
    QDir().mkpath(QDir::homePath());
    const QMap<QString, QString> before = snapshotHome();

    SecretStore store(QStringLiteral("podnet-wizard-test"));
    const QString key = uniqueKey("openstack/lab/");
    const QString secret
            = QStringLiteral("must-not-land-anywhere-") + QUuid::createUuid().toString();

    Finished result = waitFor(store.store(key, secret));
    QVERIFY2(result.outcome == SecretJob::Outcome::NoKeychain, qPrintable(result.detail));
    QCOMPARE(result.signals, 1);
    QVERIFY(result.message.contains(QStringLiteral("memory only")));
    QVERIFY(!result.detail.contains(secret));

    result = waitFor(store.load(key));
    QCOMPARE(result.outcome, SecretJob::Outcome::NoKeychain);
    QVERIFY(result.secret.isEmpty());

    result = waitFor(store.remove(key));
    QCOMPARE(result.outcome, SecretJob::Outcome::NoKeychain);

    // No plain-text fallback: not a single file under HOME appeared or changed.
    QCOMPARE(snapshotHome(), before);
    QVERIFY(!anyFileUnderHomeContains(secret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
