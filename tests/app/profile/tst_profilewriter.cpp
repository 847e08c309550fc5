// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "profile/ProfileReader.h"
#include "profile/ProfileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

Q_DECLARE_METATYPE(podnet::Profile)

namespace {

Profile fullProfile()
{
    Profile p;
    p.authUrl = QStringLiteral("https://keystone.lab:5000/v3");
    p.userName = QStringLiteral("student \"one\"");
    p.userDomain = QStringLiteral("Default");
    p.projectName = QStringLiteral("yes"); // a YAML 1.1 boolean word stays a string
    p.projectDomain = QStringLiteral("a: b # not a comment");
    p.regionName = QStringLiteral("Région\\1");
    p.portPattern = QStringLiteral("worker-?");
    p.kubeconfig = QStringLiteral("/etc/lab/admin.kubeconfig");
    p.context = QStringLiteral("the-hard-way");
    p.apiServerUrl = QStringLiteral("https://10.240.0.10:6443");
    p.clusterCidr = QStringLiteral("10.200.0.0/16");
    p.serviceCidr = QStringLiteral("10.32.0.0/24");
    p.templateSource = QStringLiteral("builtin");
    p.imageTag = QStringLiteral("v2.11.1");
    return p;
}

} // namespace

class TestProfileWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void writesOnlySetFieldsWithComments();
    void savesAtomically();
    void reportsUnwritablePath();
};

void TestProfileWriter::roundTrips_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("every field") << fullProfile();
    Profile cloud;
    cloud.cloud = QStringLiteral("k8s-lab");
    cloud.regionName = QStringLiteral("RegionOne");
    cloud.server = QStringLiteral("https://127.0.0.1:6443");
    cloud.templateSource = QStringLiteral("upstream");
    QTest::newRow("cloud and server") << cloud;
    Profile skipped;
    skipped.skipOpenStack = true;
    skipped.skipKubernetes = true;
    skipped.clusterCidr = QStringLiteral("10.244.0.0/16");
    QTest::newRow("both skipped") << skipped;
    QTest::newRow("nothing set") << Profile {};
}

void TestProfileWriter::roundTrips()
{
    QFETCH(Profile, profile);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.yaml"));
    QString error;
    QVERIFY2(ProfileWriter::write(profile, path, &error), qPrintable(error));
    const ProfileReader::Result read = ProfileReader::readFile(path);
    QVERIFY2(read.ok(),
             qPrintable(read.errorText() + QLatin1Char('\n')
                        + QString::fromUtf8(ProfileWriter::toYaml(profile))));
    QCOMPARE(*read.profile, profile);
}

void TestProfileWriter::writesOnlySetFieldsWithComments()
{
    Profile p;
    p.cloud = QStringLiteral("lab");
    p.skipKubernetes = true;
    const QString text = QString::fromUtf8(ProfileWriter::toYaml(p));
    QVERIFY(text.contains(QLatin1String("version: 1\n")));
    QVERIFY(text.contains(QLatin1String("  cloud: \"lab\"\n")));
    QVERIFY(text.contains(QLatin1String("kubernetes: skip\n")));
    QVERIFY(!text.contains(QLatin1String("auth_url")));
    QVERIFY(!text.contains(QLatin1String("network:")));
    QVERIFY(!text.contains(QLatin1String("manifest:")));
    QVERIFY(text.startsWith(QLatin1Char('#')));
}

void TestProfileWriter::savesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.yaml"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than the new profile will be, by a good margin "
                  "so a partial overwrite would show ........................................"
                  "............................................................................"
                  "............................................................................"
                  "............................................................................"
                  "............................................................................"
                  "............................................................................"
                  "...........................................................................\n");
    }
    Profile p;
    p.skipOpenStack = true;
    QVERIFY(ProfileWriter::write(p, path));
    QCOMPARE(QFile(path).size(), ProfileWriter::toYaml(p).size());
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("p.yaml")});
}

void TestProfileWriter::reportsUnwritablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/p.yaml"));
    QString error;
    QVERIFY(!ProfileWriter::write(Profile {}, path, &error));
    QVERIFY2(error.contains(QStringLiteral("missing-folder")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
