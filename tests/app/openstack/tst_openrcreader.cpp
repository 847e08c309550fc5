// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/OpenRcReader.h"

#include "TestData.h"

#include <QTest>

using namespace podnet;

namespace {

QString openstackData(const QString &name)
{
    return test::dataPath(QStringLiteral("openstack/") + name);
}

const CredentialsProblem *problemFor(const CredentialsImport &result, const QString &key)
{
    for (const CredentialsProblem &problem : result.problems) {
        if (problem.key == key)
            return &problem;
    }
    return nullptr;
}

} // namespace

class TestOpenRcReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void horizonPrompt();
    void quotesCommentsAndCrlf();
    void expansionsAreNotImported();
    void applicationCredential();
    void unsetRemovesEarlierValue();
    void promptIntoOtherVariable();
    void notAnOpenRc();
    void unreadableFile();
};

void TestOpenRcReader::horizonPrompt()
{
    const QString file = openstackData(QStringLiteral("horizon-openrc.sh"));
    const CredentialsImport result = OpenRcReader::readFile(file);
    QVERIFY(result.ok());
    QVERIFY(result.problems.isEmpty());
    QVERIFY(result.passwordPrompt);
    QVERIFY(result.secretMissing());
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.cloudName, QStringLiteral("horizon-openrc.sh"));
    QCOMPARE(c.authUrl, QUrl(QStringLiteral("https://keystone.lab.example:5000/v3")));
    QCOMPARE(c.projectId, QStringLiteral("6f1c3e0d2b8a4c7e9f00a1b2c3d4e5f6"));
    QCOMPARE(c.projectName, QStringLiteral("k8s-lab"));
    QCOMPARE(c.userDomainName, QStringLiteral("Default"));
    QCOMPARE(c.projectDomainId, QStringLiteral("default"));
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(c.interface, QStringLiteral("public"));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(result.configFile, file);
}

void TestOpenRcReader::quotesCommentsAndCrlf()
{
    const CredentialsImport result
            = OpenRcReader::readFile(openstackData(QStringLiteral("quoted-openrc.sh")));
    QVERIFY(result.ok());
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.passwordPrompt);
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.authUrl, QUrl(QStringLiteral("https://keystone.example:5000/v3")));
    QCOMPARE(c.username, QStringLiteral("bob smith"));
    QCOMPARE(c.secret, QStringLiteral("pa$$word with \"quotes\""));
    QCOMPARE(c.projectName, QStringLiteral("demo"));
    QCOMPARE(c.projectDomainName, QStringLiteral("Default"));
    QCOMPARE(c.userDomainName, QStringLiteral("Default"));
    QCOMPARE(c.regionName, QStringLiteral("Region One"));
    QCOMPARE(c.interface, QStringLiteral("admin"));
    QCOMPARE(c.caFile, QStringLiteral("/etc/ssl/certs/lab ca.pem"));
    QVERIFY(c.verify);
    QCOMPARE(result.referencedCloud, QStringLiteral("lab"));
}

void TestOpenRcReader::expansionsAreNotImported()
{
    const QString file = openstackData(QStringLiteral("expansion-openrc.sh"));
    const CredentialsImport result = OpenRcReader::readFile(file);
    QVERIFY(result.ok()); // only warnings: the user fills in the rest
    QVERIFY(!result.passwordPrompt);
    QVERIFY(result.secretMissing());
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.username, QStringLiteral("alice"));
    QVERIFY(c.projectName.isEmpty());
    QVERIFY(c.regionName.isEmpty());
    QVERIFY(c.caFile.isEmpty());
    QCOMPARE(c.interface, QStringLiteral("public")); // the default; the line was not read

    const QList<std::pair<QString, int>> expected = {
            {QStringLiteral("OS_PASSWORD"), 4},    {QStringLiteral("OS_PROJECT_NAME"), 5},
            {QStringLiteral("OS_REGION_NAME"), 6}, {QStringLiteral("OS_CACERT"), 9},
            {QStringLiteral("OS_INTERFACE"), 10},
    };
    QCOMPARE(result.problems.size(), expected.size());
    for (const auto &[key, line] : expected) {
        const CredentialsProblem *problem = problemFor(result, key);
        QVERIFY2(problem, qPrintable(key));
        QVERIFY(!problem->isError());
        QCOMPARE(problem->line, line);
        QCOMPARE(problem->file, file);
        QVERIFY2(problem->message.contains(QString::number(line)), qPrintable(problem->message));
        QVERIFY(problem->message.contains(key));
    }
    // The command itself never shows up in a message.
    QVERIFY(!problemFor(result, QStringLiteral("OS_PASSWORD"))
                     ->message.contains(QStringLiteral("pass show")));
}

void TestOpenRcReader::applicationCredential()
{
    const CredentialsImport result
            = OpenRcReader::readFile(openstackData(QStringLiteral("appcred-openrc.sh")));
    QVERIFY(result.ok());
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.credentials.authType, CloudCredentials::AuthType::ApplicationCredential);
    QCOMPARE(result.credentials.applicationCredentialId,
             QStringLiteral("21dced0fd20347869b93710d2b98aae0"));
    QCOMPARE(result.credentials.secret, QStringLiteral("app-secret"));
}

void TestOpenRcReader::unsetRemovesEarlierValue()
{
    const QByteArray text = "export OS_AUTH_URL=https://k.example/v3\n"
                            "export OS_TENANT_NAME=old\n"
                            "unset OS_TENANT_NAME OS_TENANT_ID\n"
                            "export OS_PROJECT_ID=p-1\n";
    const CredentialsImport result = OpenRcReader::read(text, QStringLiteral("inline-openrc"));
    QVERIFY(result.ok());
    QVERIFY(result.credentials.projectName.isEmpty());
    QCOMPARE(result.credentials.projectId, QStringLiteral("p-1"));
}

void TestOpenRcReader::promptIntoOtherVariable()
{
    // Only a variable filled by `read` counts as a prompt; any other $VAR is not imported.
    const QByteArray text = "export OS_AUTH_URL=https://k.example/v3\n"
                            "MY_PASSWORD=literal\n"
                            "export OS_PASSWORD=\"${MY_PASSWORD}\"\n";
    const CredentialsImport result = OpenRcReader::read(text, QStringLiteral("inline-openrc"));
    QVERIFY(result.ok());
    QVERIFY(!result.passwordPrompt);
    QVERIFY(result.secretMissing());
    QVERIFY(problemFor(result, QStringLiteral("OS_PASSWORD")));

    const QByteArray prompt = "export OS_AUTH_URL=https://k.example/v3\n"
                              "read -s OS_PASSWORD\n";
    const CredentialsImport prompted = OpenRcReader::read(prompt, QStringLiteral("inline-openrc"));
    QVERIFY(prompted.ok());
    QVERIFY(prompted.passwordPrompt);
    QVERIFY(prompted.problems.isEmpty());
}

void TestOpenRcReader::notAnOpenRc()
{
    const CredentialsImport result
            = OpenRcReader::readFile(openstackData(QStringLiteral("not-openrc.sh")));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QStringLiteral("OS_")));
}

void TestOpenRcReader::unreadableFile()
{
    const CredentialsImport result
            = OpenRcReader::readFile(openstackData(QStringLiteral("does-not-exist.sh")));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(!result.problems.first().detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpenRcReader)
#include "tst_openrcreader.moc"
