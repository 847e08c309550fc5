// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "net/ApiServerUrl.h"

#include "ValidationText.h"

#include <QTest>

using namespace podnet;
using podnet::test::dump;
using podnet::test::severities;

namespace {

// "E" for an error, "W" for a warning, in the order check() reports them.

const QString base = QStringLiteral("https://10.0.0.10:6443/a"); // 24 characters

} // namespace

class TestApiServerUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void forbiddenCharacters_data();
    void forbiddenCharacters();
    void whitespace_data();
    void whitespace();
    void credentialsNeverEchoed();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestApiServerUrl::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");    // severities, e.g. "", "E", "WW"
    QTest::addColumn<QString>("suggestion");  // of the first message
    QTest::addColumn<QString>("mustContain"); // in the first message's text

    const auto ok = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString() << QString() << QString();
    };
    ok("tutorial form", "https://10.0.0.10:6443");
    ok("host name", "https://k8s.example.com:6443");
    ok("uppercase scheme", "HTTPS://10.0.0.10:6443");
    ok("trailing slash", "https://10.0.0.10:6443/");
    ok("path", "https://10.0.0.10:6443/k8s/api");
    ok("port 443", "https://10.0.0.10:443");
    ok("port 65535", "https://10.0.0.10:65535");
    ok("ipv6 in brackets", "https://[fd00:10::1]:6443");
    ok("ipv6 in brackets with path", "https://[fd00:10::1]:6443/k8s/api");
    ok("localhost look-alike host name", "https://localhost.example.com:6443");
    ok("sed-safe punctuation in path", "https://10.0.0.10:6443/p-a_t.h~!$()*+,=");

    const auto row = [](const char *name, const char *text, const char *expected,
                        const char *suggestion, const char *mustContain) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(expected)
                            << QString::fromUtf8(suggestion) << QString::fromUtf8(mustContain);
    };
    // Loopback: allowed with a warning that it means each node itself.
    row("https 127.0.0.1", "https://127.0.0.1:6443", "W", "", "127.0.0.1 means each node itself");
    row("https localhost", "https://localhost:6443", "W", "", "localhost means each node itself");
    row("https ::1", "https://[::1]:6443", "W", "", "::1 means each node itself");
    row("https 127.1.2.3", "https://127.1.2.3:6443", "W", "", "127.1.2.3 means each node itself");

    // http: only on loopback, and then with warnings.
    row("http 127.0.0.1", "http://127.0.0.1:8080", "WW", "", "Plain http sends tokens");
    row("http localhost", "http://localhost:8080", "WW", "", "Plain http sends tokens");
    row("http LOCALHOST", "http://LOCALHOST:8080", "WW", "", "Plain http sends tokens");
    row("http ::1", "http://[::1]:8080", "WW", "", "Plain http sends tokens");
    row("http elsewhere", "http://10.0.0.10:6443", "E", "https://10.0.0.10:6443", "Use https");
    row("http host name", "http://k8s.example.com:6443", "E", "https://k8s.example.com:6443",
        "Use https");
    row("http with path", "http://10.0.0.10:6443/k8s", "E", "https://10.0.0.10:6443/k8s",
        "Use https");
    row("http localhost look-alike", "http://localhost.example.com:8080", "E",
        "https://localhost.example.com:8080", "Use https");
    row("http 127 look-alike", "http://127.0.0.1.example.com:8080", "E",
        "https://127.0.0.1.example.com:8080", "Use https");
    row("http ipv6", "http://[fd00::1]:6443", "E", "https://[fd00::1]:6443", "Use https");

    // Missing scheme: offer https.
    row("missing scheme", "10.0.0.10:6443", "E", "https://10.0.0.10:6443",
        "Start the URL with https://");
    row("missing scheme host name", "k8s.example.com:6443", "E", "https://k8s.example.com:6443",
        "Start the URL with https://");
    row("missing scheme ipv6", "[fd00::1]:6443", "E", "https://[fd00::1]:6443",
        "Start the URL with https://");
    row("other scheme", "ftp://10.0.0.10:21", "E", "", "Use the https scheme");
    row("other scheme no authority", "ftp://:21", "E", "", "Use the https scheme");

    // Missing port: offer :6443.
    row("missing port", "https://10.0.0.10", "E", "https://10.0.0.10:6443", ":6443");
    row("missing port trailing slash", "https://10.0.0.10/", "E", "https://10.0.0.10:6443/",
        ":6443");
    row("missing port with path", "https://10.0.0.10/k8s", "E", "https://10.0.0.10:6443/k8s",
        ":6443");
    row("missing port host name", "https://k8s.example.com", "E", "https://k8s.example.com:6443",
        ":6443");
    row("missing port ipv6", "https://[fd00::1]", "E", "https://[fd00::1]:6443", ":6443");
    row("missing port http loopback", "http://localhost", "E", "http://localhost:6443", ":6443");

    // The offered value fixes every problem at once, never one of several.
    row("missing scheme and port", "10.0.0.10", "E", "https://10.0.0.10:6443",
        "Start the URL with https://");
    row("http elsewhere without port", "http://10.0.0.10", "E", "https://10.0.0.10:6443",
        "Use https");
    row("mistyped scheme https//", "https//10.0.0.10:6443", "E", "https://10.0.0.10:6443",
        "https://10.0.0.10:6443");
    row("mistyped scheme https:/", "https:/10.0.0.10:6443", "E", "https://10.0.0.10:6443",
        "https://10.0.0.10:6443");
    row("mistyped scheme http: without port", "http:10.0.0.10", "E", "https://10.0.0.10:6443",
        "https://10.0.0.10");
    row("no fix for a user name without scheme", "admin@10.0.0.10:6443", "E", "",
        "Start the URL with https://");

    row("port 0", "https://10.0.0.10:0", "E", "", "Port 0");
    row("port 65536", "https://10.0.0.10:65536", "E", "", "not a valid URL");
    row("port not a number", "https://10.0.0.10:64a3", "E", "", "not a valid URL");
    row("ipv6 without brackets", "https://fd00::1:6443", "E", "", "not a valid URL");
    row("unclosed bracket", "https://[fd00::1:6443", "E", "", "not a valid URL");

    row("empty", "", "E", "", "https://10.0.0.10:6443");
    row("empty host", "https://:6443", "E", "", "Add the host name");
    row("scheme only", "https://", "E", "", "Add the host name");
    row("user", "https://admin@10.0.0.10:6443", "E", "", "Remove the user name and password");
    row("user and password", "https://admin:pw@10.0.0.10:6443", "E", "",
        "Remove the user name and password");
    row("empty user info", "https://@10.0.0.10:6443", "E", "", "Remove the user name and password");
    row("empty user and password", "https://:@10.0.0.10:6443", "E", "",
        "Remove the user name and password");
    ok("@ in the path is no user info", "https://10.0.0.10:6443/a@b");
}

void TestApiServerUrl::check()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, suggestion);
    QFETCH(QString, mustContain);

    const QList<ValidationMessage> messages = ApiServerUrl::check(text);
    QVERIFY2(severities(messages) == expected, qPrintable(dump(messages)));
    if (messages.isEmpty())
        return;
    QCOMPARE(messages.constFirst().suggestion, suggestion);
    for (const ValidationMessage &message : messages)
        QVERIFY(!message.text.isEmpty());
    QVERIFY2(messages.constFirst().text.contains(mustContain), qPrintable(dump(messages)));
    // Errors come first.
    bool seenWarning = false;
    for (const ValidationMessage &message : messages) {
        QVERIFY(!(seenWarning && message.isError()));
        seenWarning = seenWarning || !message.isError();
    }
    // A suggestion differs from what was typed, or it would be no help.
    if (!suggestion.isEmpty())
        QVERIFY(suggestion != text);
}

void TestApiServerUrl::forbiddenCharacters_data()
{
    QTest::addColumn<QString>("character");

    // Each would break sed's "s;…;…;g" (& \ ;), the YAML scalar (' " # %) or is not a plain
    // URL character.
    const char *ascii[] = {"&", "\\", ";", "'", "\"", "%", "?",    "#",   "`",
                           "<", ">",  "{", "}", "|",  "^", "\x01", "\x7f"};
    for (const char *c : ascii)
        QTest::newRow(qPrintable(
                QStringLiteral("U+%1").arg(QLatin1Char(c[0]).unicode(), 4, 16, QLatin1Char('0'))))
                << QString::fromLatin1(c);
    QTest::newRow("e acute") << QStringLiteral("\u00e9");
    QTest::newRow("hangul") << QStringLiteral("\ud55c");
    QTest::newRow("fullwidth colon") << QStringLiteral("\uff1a");
    QTest::newRow("right single quote") << QStringLiteral("\u2019");
}

void TestApiServerUrl::forbiddenCharacters()
{
    QFETCH(QString, character);

    const QString text = base + character + QStringLiteral("b");
    const QList<ValidationMessage> messages = ApiServerUrl::check(text);
    QVERIFY2(severities(messages) == QLatin1String("E"), qPrintable(dump(messages)));
    const QString message = messages.constFirst().text;
    QVERIFY2(message.contains(QStringLiteral("\u201c%1\u201d at position 25").arg(character)),
             qPrintable(message));

    // In the host too.
    const QString inHost
            = QStringLiteral("https://k8s") + character + QStringLiteral(".example:6443");
    const QList<ValidationMessage> hostMessages = ApiServerUrl::check(inHost);
    QVERIFY2(severities(hostMessages) == QLatin1String("E"), qPrintable(dump(hostMessages)));
    QVERIFY2(hostMessages.constFirst().text.contains(QStringLiteral("position 12")),
             qPrintable(dump(hostMessages)));

    // Even before the scheme is checked.
    QVERIFY(ValidationMessage::anyError(ApiServerUrl::check(character + base)));
}

void TestApiServerUrl::whitespace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");

    const QString clean = QStringLiteral("https://10.0.0.10:6443");
    QTest::newRow("space inside") << QStringLiteral("https://10.0.0.10: 6443") << clean;
    QTest::newRow("trailing space") << QStringLiteral("https://10.0.0.10:6443 ") << clean;
    QTest::newRow("leading space") << QStringLiteral(" https://10.0.0.10:6443") << clean;
    QTest::newRow("tab") << QStringLiteral("https://10.0.0.10:6443\t") << clean;
    QTest::newRow("newline") << QStringLiteral("https://10.0.0.10:6443\n") << clean;
    QTest::newRow("newline inside") << QStringLiteral("https://10.0.0.10\n:6443") << clean;
    QTest::newRow("crlf") << QStringLiteral("https://10.0.0.10:6443\r\n") << clean;
    QTest::newRow("no-break space") << QStringLiteral("https://10.0.0.10:6443\u00a0") << clean;
    QTest::newRow("ideographic space") << QStringLiteral("https://10.0.0.10\u3000:6443") << clean;
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
}

void TestApiServerUrl::whitespace()
{
    QFETCH(QString, text);
    QFETCH(QString, suggestion);

    const QList<ValidationMessage> messages = ApiServerUrl::check(text);
    QVERIFY2(severities(messages) == QLatin1String("E"), qPrintable(dump(messages)));
    QVERIFY2(messages.constFirst().text.contains(QStringLiteral("Remove the spaces")),
             qPrintable(dump(messages)));
    QCOMPARE(messages.constFirst().suggestion, suggestion);
    if (!suggestion.isEmpty())
        QCOMPARE(severities(ApiServerUrl::check(suggestion)), QString());
}

void TestApiServerUrl::credentialsNeverEchoed()
{
    const QList<ValidationMessage> messages
            = ApiServerUrl::check(QStringLiteral("https://admin:s3cr3t@10.0.0.10:6443"));
    QVERIFY2(severities(messages) == QLatin1String("E"), qPrintable(dump(messages)));
    for (const ValidationMessage &message : messages) {
        QVERIFY(!message.text.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!message.suggestion.contains(QStringLiteral("s3cr3t")));
    }
    // Not through the http suggestion either.
    for (const ValidationMessage &message :
         ApiServerUrl::check(QStringLiteral("http://admin:s3cr3t@10.0.0.10:6443"))) {
        QVERIFY(message.isError());
        QVERIFY(!message.suggestion.contains(QStringLiteral("s3cr3t")));
    }
}

void TestApiServerUrl::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("10.0.0.10") << QStringLiteral("10.0.0.10") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("fd00::1") << QStringLiteral("fd00::1") << false;
    QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("mylocalhost") << QStringLiteral("mylocalhost") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiServerUrl::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ApiServerUrl::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestApiServerUrl)
#include "tst_apiserverurl.moc"
