// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/CloudConfig.h"

#include "TestData.h"

#include <QTest>

using namespace podnet;

namespace {

QString openstackData(const QString &name)
{
    return test::dataPath(QStringLiteral("openstack/") + name);
}

QString dump(const QList<CredentialsProblem> &problems)
{
    QStringList lines;
    for (const CredentialsProblem &problem : problems) {
        lines << QStringLiteral("%1 %2:%3:%4 [%5] %6 (%7)")
                         .arg(problem.isError() ? QStringLiteral("error")
                                                : QStringLiteral("warning"),
                              problem.file)
                         .arg(problem.line)
                         .arg(problem.column)
                         .arg(problem.key, problem.message, problem.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

// clouds-several.yaml with no secure.yaml and an empty environment.
CredentialsImport several(const QString &cloud)
{
    const CloudConfig config(QProcessEnvironment(), {});
    return config.loadFile(openstackData(QStringLiteral("clouds-several.yaml")), cloud);
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    environment.insert(name, value);
    return environment;
}

} // namespace

class TestCloudConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severalCloudsNeedAChoice();
    void osCloudChoosesTheCloud();
    void explicitNameWinsOverOsCloud();
    void passwordCloud();
    void singleCloudIsImplicitAndSecretMissing();
    void secureYamlIsMergedOver();
    void endpointTypeAlias();
    void namesWinOverIds();
    void applicationCredential();
    void applicationCredentialByName();
    void token();
    void verifyFalseKeepsCaPathAsGiven();
    void legacyInsecure();
    void verifyWinsOverInsecure();
    void regionsListAndDashedKeys();
    void malformedYamlHasLineAndColumn();
    void unknownCloudListsTheOthers();
    void missingAuthUrl();
    void unknownAuthType();
    void listValueIsAnError();
    void noClouds();
    void searchOrder_data();
    void searchOrder();
    void secureFileFromTheSameFolders();
    void nothingFound();
    void defaultSearchDirs();
};

void TestCloudConfig::severalCloudsNeedAChoice()
{
    const CredentialsImport result = several({});
    QVERIFY2(!CredentialsProblem::anyError(result.problems), qPrintable(dump(result.problems)));
    QVERIFY(result.needsCloudChoice);
    QVERIFY(!result.ok());
    QCOMPARE(result.cloudNames.size(), 10);
    QCOMPARE(result.cloudNames.first(), QStringLiteral("lab"));
    QCOMPARE(result.cloudNames.last(), QStringLiteral("regions-list"));
    QVERIFY(result.credentials.authUrl.isEmpty());
}

void TestCloudConfig::osCloudChoosesTheCloud()
{
    const CloudConfig config(environmentWith(QStringLiteral("OS_CLOUD"), QStringLiteral("token")),
                             {});
    const CredentialsImport result
            = config.loadFile(openstackData(QStringLiteral("clouds-several.yaml")));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.cloudName, QStringLiteral("token"));
    QCOMPARE(result.cloudNames.size(), 10);
}

void TestCloudConfig::explicitNameWinsOverOsCloud()
{
    const CloudConfig config(environmentWith(QStringLiteral("OS_CLOUD"), QStringLiteral("token")),
                             {});
    const CredentialsImport result = config.loadFile(
            openstackData(QStringLiteral("clouds-several.yaml")), QStringLiteral("appcred"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.cloudName, QStringLiteral("appcred"));
}

void TestCloudConfig::passwordCloud()
{
    const CredentialsImport result = several(QStringLiteral("lab"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QVERIFY(result.problems.isEmpty());
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.cloudName, QStringLiteral("lab"));
    QCOMPARE(c.authType, CloudCredentials::AuthType::Password);
    QCOMPARE(c.authUrl, QUrl(QStringLiteral("https://keystone.lab.example:5000/v3")));
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.projectName, QStringLiteral("k8s-lab"));
    QCOMPARE(c.userDomainName, QStringLiteral("Default"));
    QCOMPARE(c.projectDomainName, QStringLiteral("Default"));
    QCOMPARE(c.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(c.interface, QStringLiteral("public"));
    QCOMPARE(c.secret, QStringLiteral("lab-password"));
    QVERIFY(c.verify);
    QVERIFY(!result.secretMissing());
    QCOMPARE(c.identityKey(), QStringLiteral("lab/alice"));
}

void TestCloudConfig::singleCloudIsImplicitAndSecretMissing()
{
    const CloudConfig config(QProcessEnvironment(), {});
    const CredentialsImport result
            = config.loadFile(openstackData(QStringLiteral("clouds-single.yaml")));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QVERIFY(!result.needsCloudChoice);
    QCOMPARE(result.cloudNames, QStringList {QStringLiteral("only")});
    QCOMPARE(result.credentials.cloudName, QStringLiteral("only"));
    QCOMPARE(result.credentials.username, QStringLiteral("alice"));
    QVERIFY(result.credentials.secret.isEmpty());
    QVERIFY(result.secretMissing());
}

void TestCloudConfig::secureYamlIsMergedOver()
{
    const CredentialsImport result = CloudConfig::read(
            test::readAll(openstackData(QStringLiteral("clouds-for-secure.yaml"))),
            QStringLiteral("clouds-for-secure.yaml"),
            test::readAll(openstackData(QStringLiteral("secure-merge.yaml"))),
            QStringLiteral("secure-merge.yaml"), QStringLiteral("lab"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    const CloudCredentials &c = result.credentials;
    // Keys of both files' auth mappings survive; secure.yaml wins where both have one.
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.projectName, QStringLiteral("k8s-lab"));
    QCOMPARE(c.secret, QStringLiteral("secret-from-secure"));
    QCOMPARE(c.regionName, QStringLiteral("RegionSecure"));
    QCOMPARE(result.secureFile, QStringLiteral("secure-merge.yaml"));
    QVERIFY(!result.secretMissing());

    // Without secure.yaml the same cloud lacks its password.
    const CredentialsImport alone = CloudConfig::read(
            test::readAll(openstackData(QStringLiteral("clouds-for-secure.yaml"))),
            QStringLiteral("clouds-for-secure.yaml"), {}, {}, QStringLiteral("lab"));
    QVERIFY(alone.secretMissing());
    QCOMPARE(alone.credentials.regionName, QStringLiteral("RegionOne"));
}

void TestCloudConfig::endpointTypeAlias()
{
    const CredentialsImport result = several(QStringLiteral("legacy-endpoint"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.interface, QStringLiteral("internal"));
    QCOMPARE(result.credentials.userDomainId, QStringLiteral("default"));
    QCOMPARE(result.credentials.projectDomainId, QStringLiteral("default"));
    QVERIFY(result.credentials.userDomainName.isEmpty());
}

void TestCloudConfig::namesWinOverIds()
{
    const CredentialsImport result = several(QStringLiteral("names-and-ids"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    const CloudCredentials &c = result.credentials;
    // Both are kept; the name is what identityKey() and authentication use.
    QCOMPARE(c.username, QStringLiteral("carol"));
    QCOMPARE(c.userId, QStringLiteral("0f1e2d"));
    QCOMPARE(c.projectName, QStringLiteral("demo"));
    QCOMPARE(c.projectId, QStringLiteral("9a8b7c"));
    QCOMPARE(c.userDomainName, QStringLiteral("Users"));
    QCOMPARE(c.userDomainId, QStringLiteral("users-id"));
    QCOMPARE(c.projectDomainName, QStringLiteral("Projects"));
    QCOMPARE(c.projectDomainId, QStringLiteral("projects-id"));
    QCOMPARE(c.identityKey(), QStringLiteral("names-and-ids/carol"));
}

void TestCloudConfig::applicationCredential()
{
    const CredentialsImport result = several(QStringLiteral("appcred"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.authType, CloudCredentials::AuthType::ApplicationCredential);
    QCOMPARE(c.applicationCredentialId, QStringLiteral("21dced0fd20347869b93710d2b98aae0"));
    QCOMPARE(c.secret, QStringLiteral("app-secret"));
    QCOMPARE(c.identityKey(), QStringLiteral("appcred/21dced0fd20347869b93710d2b98aae0"));
}

void TestCloudConfig::applicationCredentialByName()
{
    const CredentialsImport result = several(QStringLiteral("appcred-by-name"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.applicationCredentialName, QStringLiteral("wizard"));
    QCOMPARE(result.credentials.username, QStringLiteral("dave"));
    QVERIFY(result.secretMissing());
}

void TestCloudConfig::token()
{
    const CredentialsImport result = several(QStringLiteral("token"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.authType, CloudCredentials::AuthType::Token);
    QCOMPARE(result.credentials.secret, QStringLiteral("gAAAAAB-token"));
    QCOMPARE(result.credentials.projectId, QStringLiteral("9a8b7c"));
}

void TestCloudConfig::verifyFalseKeepsCaPathAsGiven()
{
    const CredentialsImport result = several(QStringLiteral("no-verify"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QVERIFY(!result.credentials.verify);
    QCOMPARE(result.credentials.caFile, QStringLiteral("relative/ca.pem"));
}

void TestCloudConfig::legacyInsecure()
{
    const CredentialsImport result = several(QStringLiteral("legacy-insecure"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QVERIFY(!result.credentials.verify);
    QCOMPARE(result.credentials.caFile, QStringLiteral("/etc/ssl/certs/lab-ca.pem"));
    QCOMPARE(result.credentials.clientCertFile, QStringLiteral("client.pem"));
    QCOMPARE(result.credentials.clientKeyFile, QStringLiteral("client.key"));
}

void TestCloudConfig::verifyWinsOverInsecure()
{
    const CredentialsImport result = several(QStringLiteral("verify-wins"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QVERIFY(result.credentials.verify);
}

void TestCloudConfig::regionsListAndDashedKeys()
{
    const CredentialsImport result = several(QStringLiteral("regions-list"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.authUrl, QUrl(QStringLiteral("https://keystone.example:5000/v3")));
    QCOMPARE(result.credentials.username, QStringLiteral("heidi"));
    QCOMPARE(result.credentials.projectName, QStringLiteral("demo"));
    QCOMPARE(result.credentials.regionName, QStringLiteral("RegionTwo"));
}

void TestCloudConfig::malformedYamlHasLineAndColumn()
{
    const QString file = openstackData(QStringLiteral("clouds-malformed.yaml"));
    const CloudConfig config(QProcessEnvironment(), {});
    const CredentialsImport result = config.loadFile(file);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    const CredentialsProblem &problem = result.problems.first();
    QVERIFY(problem.isError());
    QCOMPARE(problem.file, file);
    // The second colon on line 5.
    QCOMPARE(problem.line, 5);
    QCOMPARE(problem.column, 22);
    QVERIFY2(problem.message.contains(QStringLiteral("line 5, column 22")),
             qPrintable(problem.message));
    QVERIFY(problem.message.contains(file));
    QVERIFY(!problem.detail.isEmpty());
}

void TestCloudConfig::unknownCloudListsTheOthers()
{
    const CloudConfig config(environmentWith(QStringLiteral("OS_CLOUD"), QStringLiteral("nope")),
                             {});
    const CredentialsImport result
            = config.loadFile(openstackData(QStringLiteral("clouds-several.yaml")));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    const QString message = result.problems.first().message;
    QVERIFY2(message.contains(QStringLiteral("\"nope\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("lab, legacy-endpoint, names-and-ids")),
             qPrintable(message));
    QCOMPARE(result.cloudNames.size(), 10);
}

void TestCloudConfig::missingAuthUrl()
{
    const QString file = openstackData(QStringLiteral("clouds-missing-auth-url.yaml"));
    const CredentialsImport result = CloudConfig(QProcessEnvironment(), {}).loadFile(file);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    const CredentialsProblem &problem = result.problems.first();
    QCOMPARE(problem.key, QStringLiteral("auth.auth_url"));
    QCOMPARE(problem.file, file);
    QCOMPARE(problem.line, 2); // the cloud's name
    QVERIFY2(problem.message.contains(QStringLiteral("auth_url")), qPrintable(problem.message));
}

void TestCloudConfig::unknownAuthType()
{
    const CredentialsImport result
            = CloudConfig(QProcessEnvironment(), {})
                      .loadFile(openstackData(QStringLiteral("clouds-unknown-auth-type.yaml")));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().key, QStringLiteral("auth_type"));
    QCOMPARE(result.problems.first().line, 3);
    QVERIFY(result.problems.first().message.contains(QStringLiteral("v3oidcpassword")));
    QVERIFY(result.problems.first().message.contains(QStringLiteral("v3applicationcredential")));
}

void TestCloudConfig::listValueIsAnError()
{
    const CredentialsImport result
            = CloudConfig(QProcessEnvironment(), {})
                      .loadFile(openstackData(QStringLiteral("clouds-bad-value.yaml")));
    QVERIFY(!result.ok());
    QVERIFY(!result.problems.isEmpty());
    QCOMPARE(result.problems.first().key, QStringLiteral("auth.auth_url"));
    QCOMPARE(result.problems.first().line, 4);
    QCOMPARE(result.problems.first().column, 7);
}

void TestCloudConfig::noClouds()
{
    const CredentialsImport result
            = CloudConfig(QProcessEnvironment(), {})
                      .loadFile(openstackData(QStringLiteral("clouds-empty.yaml")));
    QVERIFY(!result.ok());
    QVERIFY(!result.needsCloudChoice);
    QCOMPARE(result.problems.size(), 1);
}

void TestCloudConfig::searchOrder_data()
{
    QTest::addColumn<QStringList>("dirs");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("cloud");

    const QString cwd = openstackData(QStringLiteral("search/cwd"));
    const QString user = openstackData(QStringLiteral("search/user"));
    const QString etc = openstackData(QStringLiteral("search/etc"));
    const QString missing = openstackData(QStringLiteral("search/missing"));
    const QString override = openstackData(QStringLiteral("search/override/my-clouds.yaml"));

    QTest::newRow("current folder first")
            << QStringList {cwd, user, etc} << QString() << "from-cwd";
    QTest::newRow("then the user's (.yml)")
            << QStringList {missing, user, etc} << QString() << "from-user";
    QTest::newRow("then /etc") << QStringList {missing, missing, etc} << QString() << "from-etc";
    QTest::newRow("OS_CLIENT_CONFIG_FILE wins")
            << QStringList {cwd, user, etc} << override << "from-override";
    QTest::newRow("OS_CLIENT_CONFIG_FILE missing falls through")
            << QStringList {missing, user, etc} << openstackData(QStringLiteral("search/none.yaml"))
            << "from-user";
}

void TestCloudConfig::searchOrder()
{
    QFETCH(QStringList, dirs);
    QFETCH(QString, override);
    QFETCH(QString, cloud);

    QProcessEnvironment environment;
    if (!override.isEmpty())
        environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), override);
    const CloudConfig config(environment, dirs);
    const CredentialsImport result = config.load();
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.cloudName, cloud);
    QCOMPARE(result.configFile, config.configFile());
}

void TestCloudConfig::secureFileFromTheSameFolders()
{
    const CloudConfig config(QProcessEnvironment(),
                             {openstackData(QStringLiteral("search/missing")),
                              openstackData(QStringLiteral("search/user")),
                              openstackData(QStringLiteral("search/secure"))});
    // Each file is searched for on its own: clouds.yml from one folder, secure.yaml from another.
    QCOMPARE(config.configFile(), openstackData(QStringLiteral("search/user/clouds.yml")));
    QCOMPARE(config.secureFile(), openstackData(QStringLiteral("search/secure/secure.yaml")));
    const CredentialsImport result = config.load();
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.credentials.secret, QStringLiteral("user-secure-password"));

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"),
                       openstackData(QStringLiteral("secure-merge.yaml")));
    const CloudConfig overridden(environment, {openstackData(QStringLiteral("search/user"))});
    QCOMPARE(overridden.secureFile(), openstackData(QStringLiteral("secure-merge.yaml")));
}

void TestCloudConfig::nothingFound()
{
    const CloudConfig config(QProcessEnvironment(),
                             {openstackData(QStringLiteral("search/missing"))});
    QVERIFY(config.configFile().isEmpty());
    const CredentialsImport result = config.load();
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().detail.contains(QStringLiteral("search/missing/clouds.yaml")));
}

void TestCloudConfig::defaultSearchDirs()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/tester"));
    QStringList dirs = CloudConfig::defaultSearchDirs(environment);
    QCOMPARE(dirs.size(), 4);
    QCOMPARE(dirs.at(1), QStringLiteral("/home/tester/.config/openstack"));
    QCOMPARE(dirs.last(), QStringLiteral("/etc/openstack"));

    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/xdg"));
    dirs = CloudConfig::defaultSearchDirs(environment);
    QCOMPARE(dirs.at(1), QStringLiteral("/xdg/openstack"));
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
