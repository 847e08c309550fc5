// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/CredentialsValidator.h"

#include "TestData.h"
#include "ValidationText.h"

#include <QTest>

using namespace podnet;

Q_DECLARE_METATYPE(podnet::CloudCredentials)

namespace {

CloudCredentials goodPassword()
{
    CloudCredentials c;
    c.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    c.username = QStringLiteral("alice");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("demo");
    c.projectDomainName = QStringLiteral("Default");
    c.secret = QStringLiteral("pw");
    return c;
}

bool mentions(const QList<ValidationMessage> &messages, const QString &word)
{
    for (const ValidationMessage &message : messages) {
        if (message.text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestCredentialsValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodPasswordCredentials();
    void cases_data();
    void cases();
    void suggestions();
    void caFileReadable();
};

void TestCredentialsValidator::goodPasswordCredentials()
{
    const QList<ValidationMessage> messages = CredentialsValidator::validate(goodPassword());
    QVERIFY2(messages.isEmpty(), qPrintable(test::dump(messages)));
}

void TestCredentialsValidator::cases_data()
{
    QTest::addColumn<CloudCredentials>("credentials");
    QTest::addColumn<QString>("severities");
    QTest::addColumn<QString>("word");

    CloudCredentials c = goodPassword();
    c.authUrl = QUrl();
    QTest::newRow("no auth url") << c << "E"
                                 << "identity";
    c = goodPassword();
    c.authUrl = QUrl(QStringLiteral("ftp://keystone.example/v3"));
    QTest::newRow("ftp auth url") << c << "E"
                                  << "http";
    c = goodPassword();
    c.authUrl = QUrl(QStringLiteral("http://keystone.example:5000/v3"));
    QTest::newRow("plain http warns") << c << "W"
                                      << "unencrypted";
    c = goodPassword();
    c.username.clear();
    QTest::newRow("no user") << c << "E"
                             << "user name";
    c = goodPassword();
    c.userDomainName.clear();
    QTest::newRow("no user domain") << c << "E"
                                    << "user's domain";
    c = goodPassword();
    c.projectName.clear();
    QTest::newRow("no project") << c << "E"
                                << "project";
    c = goodPassword();
    c.projectDomainName.clear();
    QTest::newRow("no project domain") << c << "E"
                                       << "project's domain";
    c = goodPassword();
    c.projectName.clear();
    c.projectDomainName.clear();
    c.projectId = QStringLiteral("p-1");
    QTest::newRow("project id needs no domain") << c << ""
                                                << "";
    c = goodPassword();
    c.secret.clear();
    QTest::newRow("no password") << c << "E"
                                 << "password";
    c = goodPassword();
    c.interface = QStringLiteral("publicURL");
    QTest::newRow("bad interface") << c << "E"
                                   << "interface";
    c = goodPassword();
    c.verify = false;
    QTest::newRow("verify off warns") << c << "W"
                                      << "TLS";
    c = goodPassword();
    c.clientKeyFile = test::dataPath(QStringLiteral("openstack/clouds-single.yaml"));
    QTest::newRow("key without cert") << c << "E"
                                      << "client key";

    CloudCredentials app;
    app.authType = CloudCredentials::AuthType::ApplicationCredential;
    app.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    app.secret = QStringLiteral("s");
    QTest::newRow("app credential without id") << app << "E"
                                               << "application credential id";
    app.applicationCredentialName = QStringLiteral("wizard");
    QTest::newRow("app credential name without user") << app << "E"
                                                      << "application credential id";
    app.username = QStringLiteral("dave");
    QTest::newRow("app credential name, user without domain") << app << "E"
                                                              << "domain";
    app.userDomainName = QStringLiteral("Default");
    QTest::newRow("app credential by name") << app << ""
                                            << "";
    app.applicationCredentialId = QStringLiteral("ac-1");
    app.secret.clear();
    QTest::newRow("app credential without secret") << app << "E"
                                                   << "secret";

    CloudCredentials token;
    token.authType = CloudCredentials::AuthType::Token;
    token.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    QTest::newRow("token missing") << token << "E"
                                   << "token";
}

void TestCredentialsValidator::cases()
{
    QFETCH(CloudCredentials, credentials);
    QFETCH(QString, severities);
    QFETCH(QString, word);
    const QList<ValidationMessage> messages = CredentialsValidator::validate(credentials);
    QCOMPARE(test::severities(messages), severities);
    if (!word.isEmpty())
        QVERIFY2(mentions(messages, word), qPrintable(test::dump(messages)));
}

void TestCredentialsValidator::suggestions()
{
    CloudCredentials c = goodPassword();
    c.interface = QStringLiteral("Internal");
    QList<ValidationMessage> messages = CredentialsValidator::validate(c);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().suggestion, QStringLiteral("internal"));

    c = goodPassword();
    c.userDomainName.clear();
    messages = CredentialsValidator::validate(c);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().suggestion, QStringLiteral("Default"));
}

void TestCredentialsValidator::caFileReadable()
{
    CloudCredentials c = goodPassword();
    c.caFile = test::dataPath(QStringLiteral("openstack/no-such-ca.pem"));
    QList<ValidationMessage> messages = CredentialsValidator::validate(c);
    QCOMPARE(test::severities(messages), QStringLiteral("E"));
    QVERIFY(messages.first().text.contains(c.caFile));

    c.caFile = test::dataPath(QStringLiteral("openstack/clouds-single.yaml"));
    messages = CredentialsValidator::validate(c);
    QVERIFY2(messages.isEmpty(), qPrintable(test::dump(messages)));

    c.caFile = test::dataPath(QStringLiteral("openstack"));
    messages = CredentialsValidator::validate(c);
    QCOMPARE(test::severities(messages), QStringLiteral("E"));
}

QTEST_GUILESS_MAIN(TestCredentialsValidator)
#include "tst_credentialsvalidator.moc"
