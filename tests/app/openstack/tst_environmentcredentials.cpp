// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/EnvironmentCredentials.h"

#include <QTest>

using namespace podnet;

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordFromEnvironment();
    void legacyNames();
    void applicationCredential();
    void token();
    void unknownAuthType();
    void onlyOsCloud();
    void nothingSet();
    void badInsecureIsAWarning();
};

void TestEnvironmentCredentials::passwordFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    environment.insert(QStringLiteral("OS_AUTH_URL"),
                       QStringLiteral("https://keystone.example:5000/v3"));
    environment.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("alice"));
    environment.insert(QStringLiteral("OS_USER_ID"), QStringLiteral("u-1"));
    environment.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("env-password"));
    environment.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("demo"));
    environment.insert(QStringLiteral("OS_PROJECT_ID"), QStringLiteral("p-1"));
    environment.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
    environment.insert(QStringLiteral("OS_USER_DOMAIN_ID"), QStringLiteral("default"));
    environment.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("PD"));
    environment.insert(QStringLiteral("OS_PROJECT_DOMAIN_ID"), QStringLiteral("pd"));
    environment.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionOne"));
    environment.insert(QStringLiteral("OS_INTERFACE"), QStringLiteral("internal"));
    environment.insert(QStringLiteral("OS_ENDPOINT_TYPE"), QStringLiteral("adminURL"));
    environment.insert(QStringLiteral("OS_CACERT"), QStringLiteral("ca.pem"));
    environment.insert(QStringLiteral("OS_CERT"), QStringLiteral("client.pem"));
    environment.insert(QStringLiteral("OS_KEY"), QStringLiteral("client.key"));
    environment.insert(QStringLiteral("OS_INSECURE"), QStringLiteral("True"));

    QVERIFY(EnvironmentCredentials::hasCredentials(environment));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(result.ok());
    QVERIFY(result.problems.isEmpty());
    const CloudCredentials &c = result.credentials;
    QCOMPARE(c.cloudName, QStringLiteral("envvars"));
    QCOMPARE(c.authType, CloudCredentials::AuthType::Password);
    QCOMPARE(c.authUrl, QUrl(QStringLiteral("https://keystone.example:5000/v3")));
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.userId, QStringLiteral("u-1"));
    QCOMPARE(c.secret, QStringLiteral("env-password"));
    QCOMPARE(c.projectName, QStringLiteral("demo"));
    QCOMPARE(c.projectId, QStringLiteral("p-1"));
    QCOMPARE(c.userDomainName, QStringLiteral("Default"));
    QCOMPARE(c.userDomainId, QStringLiteral("default"));
    QCOMPARE(c.projectDomainName, QStringLiteral("PD"));
    QCOMPARE(c.projectDomainId, QStringLiteral("pd"));
    QCOMPARE(c.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(c.interface, QStringLiteral("internal")); // OS_INTERFACE wins over OS_ENDPOINT_TYPE
    QCOMPARE(c.caFile, QStringLiteral("ca.pem"));
    QCOMPARE(c.clientCertFile, QStringLiteral("client.pem"));
    QCOMPARE(c.clientKeyFile, QStringLiteral("client.key"));
    QVERIFY(!c.verify);
    QCOMPARE(c.identityKey(), QStringLiteral("envvars/alice"));
}

void TestEnvironmentCredentials::legacyNames()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://10.0.0.5:5000"));
    environment.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("bob"));
    environment.insert(QStringLiteral("OS_TENANT_NAME"), QStringLiteral("old-project"));
    environment.insert(QStringLiteral("OS_TENANT_ID"), QStringLiteral("old-id"));
    environment.insert(QStringLiteral("OS_ENDPOINT_TYPE"), QStringLiteral("publicURL"));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(result.ok());
    QCOMPARE(result.credentials.projectName, QStringLiteral("old-project"));
    QCOMPARE(result.credentials.projectId, QStringLiteral("old-id"));
    QCOMPARE(result.credentials.interface, QStringLiteral("public"));
    QVERIFY(result.credentials.verify);
    QVERIFY(result.secretMissing());
}

void TestEnvironmentCredentials::applicationCredential()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("v3applicationcredential"));
    environment.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://k.example/v3"));
    environment.insert(QStringLiteral("OS_APPLICATION_CREDENTIAL_ID"), QStringLiteral("ac-1"));
    environment.insert(QStringLiteral("OS_APPLICATION_CREDENTIAL_NAME"), QStringLiteral("wizard"));
    environment.insert(QStringLiteral("OS_APPLICATION_CREDENTIAL_SECRET"), QStringLiteral("s3"));
    environment.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("not-this"));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(result.ok());
    QCOMPARE(result.credentials.authType, CloudCredentials::AuthType::ApplicationCredential);
    QCOMPARE(result.credentials.applicationCredentialId, QStringLiteral("ac-1"));
    QCOMPARE(result.credentials.applicationCredentialName, QStringLiteral("wizard"));
    QCOMPARE(result.credentials.secret, QStringLiteral("s3"));
}

void TestEnvironmentCredentials::token()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("v3token"));
    environment.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://k.example/v3"));
    environment.insert(QStringLiteral("OS_TOKEN"), QStringLiteral("tok"));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(result.ok());
    QCOMPARE(result.credentials.authType, CloudCredentials::AuthType::Token);
    QCOMPARE(result.credentials.secret, QStringLiteral("tok"));
}

void TestEnvironmentCredentials::unknownAuthType()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("v3totp"));
    environment.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://k.example/v3"));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().key, QStringLiteral("OS_AUTH_TYPE"));
    QVERIFY(result.problems.first().message.contains(QStringLiteral("v3totp")));
}

void TestEnvironmentCredentials::onlyOsCloud()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("lab"));
    QVERIFY(EnvironmentCredentials::hasCredentials(environment));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(!result.ok());
    QCOMPARE(result.referencedCloud, QStringLiteral("lab"));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QStringLiteral("clouds.yaml")));
}

void TestEnvironmentCredentials::nothingSet()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/x"));
    QVERIFY(!EnvironmentCredentials::hasCredentials(environment));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().key, QStringLiteral("OS_AUTH_URL"));
}

void TestEnvironmentCredentials::badInsecureIsAWarning()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://k.example/v3"));
    environment.insert(QStringLiteral("OS_INSECURE"), QStringLiteral("maybe"));
    const CredentialsImport result = EnvironmentCredentials::fromEnvironment(environment);
    QVERIFY(result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(!result.problems.first().isError());
    QVERIFY(result.credentials.verify);
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "tst_environmentcredentials.moc"
