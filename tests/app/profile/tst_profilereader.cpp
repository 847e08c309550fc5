// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "profile/ProfileReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

namespace {

ProfileReader::Result parse(const char *text)
{
    return ProfileReader::parse(QByteArray(text), QStringLiteral("/labs/lab.yaml"));
}

// "LINE:COLUMN" of every error, in order.
QStringList positions(const ProfileReader::Result &result)
{
    QStringList out;
    for (const ProfileProblem &problem : result.errors)
        out.append(QStringLiteral("%1:%2").arg(problem.line).arg(problem.column));
    return out;
}

} // namespace

class TestProfileReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKey();
    void readsCloudForm();
    void readsSkipForms();
    void expandsHomeAndRelativePaths();
    void readsTheSample();
    void errorsPointAtLineAndColumn_data();
    void errorsPointAtLineAndColumn();
    void collectsEveryError();
    void errorTextIsCompilerStyle();
    void missingFileIsAnError();
};

void TestProfileReader::readsEveryKey()
{
    const ProfileReader::Result result = parse("version: 1\n"
                                               "openstack:\n"
                                               "  auth_url: https://keystone.lab:5000/v3\n"
                                               "  username: student1\n"
                                               "  user_domain_name: Default\n"
                                               "  project_name: k8s-lab\n"
                                               "  project_domain_name: LabDomain\n"
                                               "  region_name: RegionOne\n"
                                               "  ports: \"worker-*\"\n"
                                               "kubernetes:\n"
                                               "  kubeconfig: /etc/lab/admin.kubeconfig\n"
                                               "  context: the-hard-way\n"
                                               "network:\n"
                                               "  api_server_url: https://10.240.0.10:6443\n"
                                               "  cluster_cidr: 10.200.0.0/16\n"
                                               "  service_cidr: 10.32.0.0/24\n"
                                               "manifest:\n"
                                               "  template: https://example.com/kr.yaml\n"
                                               "  image_tag: v2.11.1\n");
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Profile &p = *result.profile;
    QCOMPARE(p.authUrl, QStringLiteral("https://keystone.lab:5000/v3"));
    QCOMPARE(p.userName, QStringLiteral("student1"));
    QCOMPARE(p.userDomain, QStringLiteral("Default"));
    QCOMPARE(p.projectName, QStringLiteral("k8s-lab"));
    QCOMPARE(p.projectDomain, QStringLiteral("LabDomain"));
    QCOMPARE(p.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(p.portPattern, QStringLiteral("worker-*"));
    QCOMPARE(p.kubeconfig, QStringLiteral("/etc/lab/admin.kubeconfig"));
    QCOMPARE(p.context, QStringLiteral("the-hard-way"));
    QCOMPARE(p.apiServerUrl, QStringLiteral("https://10.240.0.10:6443"));
    QCOMPARE(p.clusterCidr, QStringLiteral("10.200.0.0/16"));
    QCOMPARE(p.serviceCidr, QStringLiteral("10.32.0.0/24"));
    QCOMPARE(p.templateSource, QStringLiteral("https://example.com/kr.yaml"));
    QCOMPARE(p.imageTag, QStringLiteral("v2.11.1"));
    QVERIFY(p.cloud.isEmpty());
    QVERIFY(p.server.isEmpty());
    QVERIFY(!p.skipOpenStack);
    QVERIFY(!p.skipKubernetes);
}

void TestProfileReader::readsCloudForm()
{
    const ProfileReader::Result result = parse("version: 1\n"
                                               "openstack:\n"
                                               "  cloud: lab\n"
                                               "  region_name: RegionTwo\n"
                                               "kubernetes:\n"
                                               "  server: https://127.0.0.1:6443\n"
                                               "manifest:\n"
                                               "  template: builtin\n");
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.profile->cloud, QStringLiteral("lab"));
    QCOMPARE(result.profile->regionName, QStringLiteral("RegionTwo"));
    QCOMPARE(result.profile->server, QStringLiteral("https://127.0.0.1:6443"));
    QCOMPARE(result.profile->templateSource, QStringLiteral("builtin"));
    QVERIFY(result.profile->clusterCidr.isEmpty()); // not set: the default applies later
}

void TestProfileReader::readsSkipForms()
{
    const ProfileReader::Result both = parse("version: 1\nopenstack: skip\nkubernetes: skip\n");
    QVERIFY2(both.ok(), qPrintable(both.errorText()));
    QVERIFY(both.profile->skipOpenStack);
    QVERIFY(both.profile->skipKubernetes);

    const ProfileReader::Result none = parse("version: 1\n");
    QVERIFY2(none.ok(), qPrintable(none.errorText()));
    QVERIFY(!none.profile->skipOpenStack);
    QVERIFY(!none.profile->skipKubernetes);

    // Only the exact word skips; anything else is a wrong type.
    const ProfileReader::Result typo = parse("version: 1\nopenstack: skipp\n");
    QVERIFY(!typo.ok());
    QCOMPARE(positions(typo), QStringList {QStringLiteral("2:12")});
}

void TestProfileReader::expandsHomeAndRelativePaths()
{
    const ProfileReader::Result result = parse("version: 1\n"
                                               "kubernetes:\n"
                                               "  kubeconfig: ~/.kube/config\n"
                                               "manifest:\n"
                                               "  template: templates/kr.yaml\n");
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.profile->kubeconfig, QDir::homePath() + QStringLiteral("/.kube/config"));
    QCOMPARE(result.profile->templateSource, QStringLiteral("/labs/templates/kr.yaml"));
    QCOMPARE(ProfileReader::expandPath(QStringLiteral("~"), QStringLiteral("/x")),
             QDir::homePath());
    QCOMPARE(ProfileReader::expandPath(QStringLiteral("~/t.yaml"), QStringLiteral("/x")),
             QDir::homePath() + QStringLiteral("/t.yaml"));
    QCOMPARE(ProfileReader::expandPath(QStringLiteral("a/../b"), QStringLiteral("/x")),
             QStringLiteral("/x/b"));
}

void TestProfileReader::readsTheSample()
{
    const ProfileReader::Result result = ProfileReader::readFile(QStringLiteral(PODNET_SAMPLE));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Profile &p = *result.profile;
    QCOMPARE(p.cloud, QStringLiteral("k8s-lab"));
    QCOMPARE(p.clusterCidr, QStringLiteral("10.200.0.0/16"));
    QCOMPARE(p.serviceCidr, QStringLiteral("10.32.0.0/24"));
    QCOMPARE(p.kubeconfig, QDir::homePath() + QStringLiteral("/.kube/config"));
    QCOMPARE(p.templateSource, QStringLiteral("upstream"));
    QVERIFY(!p.imageTag.isEmpty());
    QVERIFY(p.apiServerUrl.isEmpty()); // a placeholder comment only
}

void TestProfileReader::errorsPointAtLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("where");
    QTest::addColumn<QString>("words");

    QTest::newRow("unknown top-level key")
            << QByteArray("version: 1\nopenstak:\n  cloud: lab\n")
            << QStringList {QStringLiteral("2:1")} << QStringLiteral("Unknown key \"openstak\"");
    QTest::newRow("unknown nested key")
            << QByteArray("version: 1\nopenstack:\n  clod: lab\n")
            << QStringList {QStringLiteral("3:3")} << QStringLiteral("cloud, auth_url");
    QTest::newRow("password") << QByteArray(
            "version: 1\nopenstack:\n  cloud: lab\n  password: hunter2\n")
                              << QStringList {QStringLiteral("4:3")}
                              << QStringLiteral("never holds one");
    QTest::newRow("token") << QByteArray("version: 1\nkubernetes:\n  token: abc\n")
                           << QStringList {QStringLiteral("3:3")}
                           << QStringLiteral("\"token\" looks like");
    QTest::newRow("application credential secret")
            << QByteArray("version: 1\nopenstack:\n  application_credential_secret: s\n")
            << QStringList {QStringLiteral("3:3")} << QStringLiteral("looks like a secret");
    QTest::newRow("secret under an unknown key")
            << QByteArray("version: 1\nopenstack:\n  auth:\n    password: x\n")
            << QStringList {QStringLiteral("3:3"), QStringLiteral("4:5")}
            << QStringLiteral("\"password\" looks like");
    QTest::newRow("secret at the top")
            << QByteArray("version: 1\nsecret: x\n") << QStringList {QStringLiteral("2:1")}
            << QStringLiteral("looks like a secret");
    QTest::newRow("no version") << QByteArray("openstack: skip\n")
                                << QStringList {QStringLiteral("1:1")}
                                << QStringLiteral("version: 1");
    QTest::newRow("version 2") << QByteArray("version: 2\n") << QStringList {QStringLiteral("1:10")}
                               << QStringLiteral("version 1");
    QTest::newRow("host bits in cluster CIDR")
            << QByteArray("version: 1\nnetwork:\n  cluster_cidr: 10.200.0.1/16\n")
            << QStringList {QStringLiteral("3:17")} << QStringLiteral("10.200.0.0/16");
    QTest::newRow("overlapping service CIDR")
            << QByteArray("version: 1\nnetwork:\n  service_cidr: 10.200.3.0/24\n")
            << QStringList {QStringLiteral("3:17")} << QStringLiteral("overlaps");
    QTest::newRow("bad API server URL")
            << QByteArray("version: 1\nnetwork:\n  api_server_url: not a url\n")
            << QStringList {QStringLiteral("3:19")} << QString();
    QTest::newRow("list instead of value")
            << QByteArray("version: 1\nopenstack:\n  cloud: [a, b]\n")
            << QStringList {QStringLiteral("3:10")} << QStringLiteral("single value");
    QTest::newRow("empty value") << QByteArray("version: 1\nopenstack:\n  cloud:\n")
                                 << QStringList {QStringLiteral("3:3")}
                                 << QStringLiteral("has no value");
    QTest::newRow("empty section")
            << QByteArray("version: 1\nnetwork:\n") << QStringList {QStringLiteral("2:1")}
            << QStringLiteral("mapping of keys");
    QTest::newRow("Keystone URL not http")
            << QByteArray("version: 1\nopenstack:\n  auth_url: ftp://k\n  username: u\n"
                          "  project_name: p\n")
            << QStringList {QStringLiteral("3:13")} << QStringLiteral("not a Keystone URL");
    QTest::newRow("auth_url without project")
            << QByteArray("version: 1\nopenstack:\n  auth_url: https://k:5000\n  username: u\n")
            << QStringList {QStringLiteral("3:3")} << QStringLiteral("\"project_name\" is needed");
    QTest::newRow("cloud and auth_url")
            << QByteArray("version: 1\nopenstack:\n  cloud: lab\n  auth_url: https://k:5000\n")
            << QStringList {QStringLiteral("4:3")} << QStringLiteral("together with \"cloud\"");
    QTest::newRow("username without auth_url")
            << QByteArray("version: 1\nopenstack:\n  username: u\n")
            << QStringList {QStringLiteral("3:3")} << QStringLiteral("needs \"auth_url\"");
    QTest::newRow("server not https")
            << QByteArray("version: 1\nkubernetes:\n  server: http://10.0.0.1:6443\n")
            << QStringList {QStringLiteral("3:11")} << QStringLiteral("not an https URL");
    QTest::newRow("server with kubeconfig")
            << QByteArray("version: 1\nkubernetes:\n  kubeconfig: /k\n  server: https://k:6443\n")
            << QStringList {QStringLiteral("3:3")} << QStringLiteral("together with \"server\"");
    QTest::newRow("bad image tag") << QByteArray("version: 1\nmanifest:\n  image_tag: \"v1 2\"\n")
                                   << QStringList {QStringLiteral("3:14")} << QString();
    QTest::newRow("template URL that is refused")
            << QByteArray("version: 1\nmanifest:\n  template: http://example.com/kr.yaml\n")
            << QStringList {QStringLiteral("3:13")} << QString();
    QTest::newRow("not YAML") << QByteArray("version: 1\nopenstack:\n  cloud: lab\n  ]\n")
                              << QStringList {QStringLiteral("4:3")}
                              << QStringLiteral("not valid YAML");
    QTest::newRow("not a mapping")
            << QByteArray("- version: 1\n") << QStringList {QStringLiteral("1:1")}
            << QStringLiteral("starts with \"version: 1\"");
}

void TestProfileReader::errorsPointAtLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, where);
    QFETCH(QString, words);
    const ProfileReader::Result result = ProfileReader::parse(text, QStringLiteral("lab.yaml"));
    QVERIFY(!result.ok());
    QCOMPARE(positions(result), where);
    for (const ProfileProblem &problem : result.errors) {
        QCOMPARE(problem.file, QStringLiteral("lab.yaml"));
        QVERIFY(!problem.message.isEmpty());
    }
    if (!words.isEmpty())
        QVERIFY2(result.errorText().contains(words), qPrintable(result.errorText()));
}

void TestProfileReader::collectsEveryError()
{
    const ProfileReader::Result result = parse("version: 3\n"
                                               "openstack:\n"
                                               "  cloud: lab\n"
                                               "  passwd: x\n"
                                               "  zone: a\n"
                                               "network:\n"
                                               "  cluster_cidr: 10.200.0.0/33\n"
                                               "extra: 1\n");
    QVERIFY(!result.ok());
    QCOMPARE(positions(result),
             (QStringList {QStringLiteral("1:10"), QStringLiteral("4:3"), QStringLiteral("5:3"),
                           QStringLiteral("7:17"), QStringLiteral("8:1")}));
}

void TestProfileReader::errorTextIsCompilerStyle()
{
    const ProfileReader::Result result = parse("version: 1\nfoo: 1\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText().startsWith(QStringLiteral("/labs/lab.yaml:2:1: Unknown key")),
             qPrintable(result.errorText()));
}

void TestProfileReader::missingFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.yaml"));
    const ProfileReader::Result result = ProfileReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errorText().contains(path));
}

QTEST_GUILESS_MAIN(TestProfileReader)
#include "tst_profilereader.moc"
