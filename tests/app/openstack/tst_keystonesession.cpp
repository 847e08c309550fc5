// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/KeystoneSession.h"

#include "KeystoneFixture.h"
#include "LoopbackHttpServer.h"

#include "openstack/KeystoneAuthRequest.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;
using namespace podnet::test::keystone;
using namespace std::chrono_literals;
using podnet::test::LoopbackHttpServer;

Q_DECLARE_METATYPE(podnet::CloudCredentials)

namespace {

// Keeps the body of every request, as the server receives it (LoopbackHttpServer keeps heads).
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
public:
    QList<QByteArray> bodies;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (outgoingData)
            bodies.append(outgoingData->peek(outgoingData->size()));
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// A self-signed certificate for 127.0.0.1 (and localhost), valid until 2126.
const QByteArray loopbackCertificate
        = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                            "MIIBmzCCAUGgAwIBAgIUTWkEM7QzRHYLjkeTlSHoz9WXU8MwCgYIKoZIzj0EAwIw\n"
                            "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNjExNTMxMVoYDzIxMjYxMTAy\n"
                            "MTE1MzExWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                            "PQMBBwNCAAQxXj+i58XRI9Tbl8o+ii3Hmr80RCfyNc7Gi71k/38Z20Wa4FVwWgqp\n"
                            "tCWUKcFEwa485t1LxMCe/+h3UoCnNWTHo28wbTAdBgNVHQ4EFgQU+3X7e2MyOpi5\n"
                            "UTNV4EVjerHPS44wHwYDVR0jBBgwFoAU+3X7e2MyOpi5UTNV4EVjerHPS44wDwYD\n"
                            "VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI\n"
                            "zj0EAwIDSAAwRQIgFNPWE6DXREsb64jndT3MehCFeiU8PsEhlq+M7QX3zWICIQD2\n"
                            "DRwZiQuFRFhcrVjjC+/nQwkq7cGoPAdY55Q9DwqKGQ==\n"
                            "-----END CERTIFICATE-----\n");
const QByteArray loopbackKey
        = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUrOQJlDi3FBNQT1F\n"
                            "noDDAcTTnx/4PqhPX9bZLskyVHihRANCAAQxXj+i58XRI9Tbl8o+ii3Hmr80RCfy\n"
                            "Nc7Gi71k/38Z20Wa4FVwWgqptCWUKcFEwa485t1LxMCe/+h3UoCnNWTH\n"
                            "-----END PRIVATE KEY-----\n");
// A self-signed certificate for other.example only.
const QByteArray otherCertificate
        = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                            "MIIBoTCCAUegAwIBAgIUOLkwysmAcofvurOTKGUJ9Q72lbcwCgYIKoZIzj0EAwIw\n"
                            "GDEWMBQGA1UEAwwNb3RoZXIuZXhhbXBsZTAgFw0yNjExMjYxMTUzMTFaGA8yMTI2\n"
                            "MTEwMjExNTMxMVowGDEWMBQGA1UEAwwNb3RoZXIuZXhhbXBsZTBZMBMGByqGSM49\n"
                            "AgEGCCqGSM49AwEHA0IABMVnXK4tSSlB+VVvV9jh7D8LhQ79BRhuzCSiD7KEElWy\n"
                            "m7y2GfIahlWxxy7ev8c3NXQfwNcseCTHEjnuf7fhFkWjbTBrMB0GA1UdDgQWBBQ9\n"
                            "b414vge307L3fddsjIKa1HklQjAfBgNVHSMEGDAWgBQ9b414vge307L3fddsjIKa\n"
                            "1HklQjAPBgNVHRMBAf8EBTADAQH/MBgGA1UdEQQRMA+CDW90aGVyLmV4YW1wbGUw\n"
                            "CgYIKoZIzj0EAwIDSAAwRQIgFRoGDxMji+mn7ZwbOd+b85hYJ4vSL0rBODPe0ECl\n"
                            "wVoCIQCEG4dP8JJ2XUDfH7hdO0Lj4FNVIe6ypBvnGJ8XJanFYg==\n"
                            "-----END CERTIFICATE-----\n");
const QByteArray otherKey
        = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+vnsrJ1Un/lw3D0Q\n"
                            "CeJnvf7EgqOhKuzpMUBAzrUUGRyhRANCAATFZ1yuLUkpQflVb1fY4ew/C4UO/QUY\n"
                            "bswkog+yhBJVspu8thnyGoZVsccu3r/HNzV0H8DXLHgkxxI57n+34RZF\n"
                            "-----END PRIVATE KEY-----\n");

// A one-route HTTPS server on 127.0.0.1: answers every request with \a response, then closes.
class TlsServer : public QObject
{
public:
    TlsServer(const QByteArray &certificate, const QByteArray &key, const QByteArray &response)
        : m_response(response)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certificate, QSsl::Pem));
        config.setPrivateKey(QSslKey(key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    QUrl url(const QString &host, const QString &path) const
    {
        return QUrl(
                QStringLiteral("https://%1:%2%3").arg(host).arg(m_server.serverPort()).arg(path));
    }
    int requests = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
        const qsizetype length = lengthAt < 0 || lengthAt > headEnd
                ? 0
                : buffer.mid(lengthAt + 15, buffer.indexOf('\r', lengthAt) - lengthAt - 15)
                          .trimmed()
                          .toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        ++requests;
        m_buffers.remove(socket);
        socket->write(m_response);
        socket->disconnectFromHost();
    }

    QSslServer m_server;
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray httpResponse(const QByteArray &body)
{
    return "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Subject-Token: "
            + subjectToken + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject json(const char *text)
{
    return json(QByteArray(text));
}

QString messageOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.constFirst().constFirst().value<HttpFailure>().message();
}

HttpFailure failureOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? HttpFailure() : spy.constFirst().constFirst().value<HttpFailure>();
}

// Where no secret may ever show.
void verifyNoSecret(const HttpFailure &failure, const QString &secret = password)
{
    QVERIFY2(!failure.message().contains(secret), qPrintable(failure.message()));
    QVERIFY2(!failure.detail().contains(secret), qPrintable(failure.detail()));
    QVERIFY(!failure.serverMessage().contains(secret));
    QVERIFY(!failure.message().contains(QString::fromLatin1(subjectToken)));
    QVERIFY(!failure.detail().contains(QString::fromLatin1(subjectToken)));
}

} // namespace

class TestKeystoneSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensUrl_data();
    void tokensUrl();
    void passwordBody_data();
    void passwordBody();
    void applicationCredentialBody_data();
    void applicationCredentialBody();
    void tokenMethodBody();
    void sendsExactlyTheBody();
    void authenticatesAndReadsToken();
    void authUrlWithoutVersion_data();
    void authUrlWithoutVersion();
    void followsVersionDocument();
    void selectsEndpoint_data();
    void selectsEndpoint();
    void unknownRegionListsRegions();
    void noNetworkEndpoint();
    void unscopedTokenHasNoCatalog();
    void wrongPassword();
    void unknownProject();
    void wrongApplicationCredential();
    void echoedSecretIsScrubbed();
    void htmlAnswer();
    void garbageJson();
    void missingSubjectToken();
    void notFound();
    void timesOut();
    void connectionDropped();
    void unreachable();
    void incompleteCredentialsSendNothing_data();
    void incompleteCredentialsSendNothing();
    void coalescesConcurrentCalls();
    void expiryDecidesAuthenticated();
    void authorizedRequestCarriesToken();
    void serviceUrlJoinsPaths();
    void destroyedWhileAuthenticating();
    void tlsUntrustedCertificate();
    void tlsWrongHostName();
    void tlsTrustedByCaFile();
};

void TestKeystoneSession::tokensUrl_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "https://k:5000"
                          << "https://k:5000/v3/auth/tokens";
    QTest::newRow("root slash") << "https://k:5000/"
                                << "https://k:5000/v3/auth/tokens";
    QTest::newRow("v3") << "https://k:5000/v3"
                        << "https://k:5000/v3/auth/tokens";
    QTest::newRow("v3 slash") << "https://k:5000/v3/"
                              << "https://k:5000/v3/auth/tokens";
    QTest::newRow("prefix") << "https://k/identity"
                            << "https://k/identity/v3/auth/tokens";
    QTest::newRow("prefix v3") << "https://k/identity/v3"
                               << "https://k/identity/v3/auth/tokens";
    QTest::newRow("v2.0") << "https://k:5000/v2.0/"
                          << "https://k:5000/v3/auth/tokens";
}

void TestKeystoneSession::tokensUrl()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneAuthRequest::tokensUrl(QUrl(authUrl)).toString(), expected);
}

void TestKeystoneSession::passwordBody_data()
{
    QTest::addColumn<CloudCredentials>("credentials");
    QTest::addColumn<QJsonObject>("expected");

    CloudCredentials c;
    c.username = QStringLiteral("demo");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("k8s");
    c.projectDomainName = QStringLiteral("Default");
    c.secret = QStringLiteral("pw");
    QTest::newRow("names") << c << json(R"({"auth":{"identity":{"methods":["password"],
        "password":{"user":{"name":"demo","domain":{"name":"Default"},"password":"pw"}}},
        "scope":{"project":{"name":"k8s","domain":{"name":"Default"}}}}})");

    CloudCredentials ids = c;
    ids.userDomainName.clear();
    ids.userDomainId = QStringLiteral("d-1");
    ids.projectName.clear();
    ids.projectId = QStringLiteral("p-1");
    QTest::newRow("domain id, project id") << ids << json(R"({"auth":{"identity":{
        "methods":["password"],
        "password":{"user":{"name":"demo","domain":{"id":"d-1"},"password":"pw"}}},
        "scope":{"project":{"id":"p-1"}}}})");

    CloudCredentials noDomains = c;
    noDomains.userDomainName.clear();
    noDomains.projectDomainName.clear();
    QTest::newRow("no domains") << noDomains << json(R"({"auth":{"identity":{
        "methods":["password"],
        "password":{"user":{"name":"demo","domain":{"id":"default"},"password":"pw"}}},
        "scope":{"project":{"name":"k8s","domain":{"id":"default"}}}}})");

    CloudCredentials userId = c;
    userId.username.clear();
    userId.userId = QStringLiteral("u-1");
    userId.projectName.clear();
    userId.projectDomainName.clear();
    QTest::newRow("user id, unscoped") << userId << json(R"({"auth":{"identity":{
        "methods":["password"],"password":{"user":{"id":"u-1","password":"pw"}}}}})");
}

void TestKeystoneSession::passwordBody()
{
    QFETCH(CloudCredentials, credentials);
    QFETCH(QJsonObject, expected);
    QCOMPARE(json(KeystoneAuthRequest::body(credentials)), expected);
}

void TestKeystoneSession::applicationCredentialBody_data()
{
    QTest::addColumn<CloudCredentials>("credentials");
    QTest::addColumn<QJsonObject>("expected");

    CloudCredentials c;
    c.authType = CloudCredentials::AuthType::ApplicationCredential;
    c.applicationCredentialId = QStringLiteral("ac-1");
    c.projectName = QStringLiteral("ignored: an application credential has its own");
    c.secret = QStringLiteral("sec");
    QTest::newRow("id") << c << json(R"({"auth":{"identity":{
        "methods":["application_credential"],
        "application_credential":{"id":"ac-1","secret":"sec"}}}})");

    CloudCredentials byName = c;
    byName.applicationCredentialId.clear();
    byName.applicationCredentialName = QStringLiteral("podnet");
    byName.username = QStringLiteral("demo");
    byName.userDomainName = QStringLiteral("Default");
    QTest::newRow("name + user") << byName << json(R"({"auth":{"identity":{
        "methods":["application_credential"],
        "application_credential":{"name":"podnet","secret":"sec",
            "user":{"name":"demo","domain":{"name":"Default"}}}}}})");

    CloudCredentials byUserId = byName;
    byUserId.username.clear();
    byUserId.userId = QStringLiteral("u-1");
    QTest::newRow("name + user id") << byUserId << json(R"({"auth":{"identity":{
        "methods":["application_credential"],
        "application_credential":{"name":"podnet","secret":"sec","user":{"id":"u-1"}}}}})");
}

void TestKeystoneSession::applicationCredentialBody()
{
    QFETCH(CloudCredentials, credentials);
    QFETCH(QJsonObject, expected);
    QCOMPARE(json(KeystoneAuthRequest::body(credentials)), expected);
}

void TestKeystoneSession::tokenMethodBody()
{
    CloudCredentials c;
    c.authType = CloudCredentials::AuthType::Token;
    c.projectId = QStringLiteral("p-1");
    c.secret = QStringLiteral("tok");
    QCOMPARE(json(KeystoneAuthRequest::body(c)), json(R"({"auth":{"identity":{
        "methods":["token"],"token":{"id":"tok"}},"scope":{"project":{"id":"p-1"}}}})"));
}

void TestKeystoneSession::sendsExactlyTheBody()
{
    LoopbackHttpServer server;
    routeToken(server);
    RecordingNetworkAccessManager network;
    const CloudCredentials c = credentials(server);
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    QCOMPARE(network.bodies.size(), 1);
    QCOMPARE(json(network.bodies.constFirst()), json(KeystoneAuthRequest::body(c)));
    const QJsonObject user = json(network.bodies.constFirst())
                                     .value(QLatin1String("auth"))
                                     .toObject()
                                     .value(QLatin1String("identity"))
                                     .toObject()
                                     .value(QLatin1String("password"))
                                     .toObject()
                                     .value(QLatin1String("user"))
                                     .toObject();
    QCOMPARE(user.value(QLatin1String("password")).toString(), password);

    const QByteArray head = server.requestHeads(tokensPath).constFirst();
    QVERIFY(head.startsWith("POST /v3/auth/tokens HTTP/1.1"));
    QVERIFY(head.toLower().contains("content-type: application/json"));
}

void TestKeystoneSession::authenticatesAndReadsToken()
{
    LoopbackHttpServer server;
    routeToken(server);
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QCOMPARE(session.transferTimeout(), 30000ms);
    QVERIFY(!session.isAuthenticated());
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(ok.wait());
    QVERIFY(failed.isEmpty());
    QVERIFY(session.isAuthenticated());
    QCOMPARE(session.token(), subjectToken);
    QCOMPARE(session.expiresAt(), QDateTime(QDate(2099, 1, 2), QTime(3, 4, 5, 123), Qt::UTC));
    QCOMPARE(session.userName(), QStringLiteral("demo"));
    QCOMPARE(session.userId(), QStringLiteral("u-1234"));
    QCOMPARE(session.projectName(), QStringLiteral("k8s"));
    QCOMPARE(session.projectId(), QStringLiteral("p-5678"));
    QCOMPARE(session.regionName(), QStringLiteral("RegionOne"));
    QCOMPARE(session.endpoint(QStringLiteral("network")), server.url(QStringLiteral("/network")));
    QCOMPARE(session.endpoint(QStringLiteral("compute")),
             server.url(QStringLiteral("/compute/v2.1")));
    QVERIFY(session.endpoint(QStringLiteral("volumev3")).isEmpty());
}

void TestKeystoneSession::authUrlWithoutVersion_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no /v3") << QString();
    QTest::newRow("slash") << QStringLiteral("/");
    QTest::newRow("/v3/") << QStringLiteral("/v3/");
}

void TestKeystoneSession::authUrlWithoutVersion()
{
    QFETCH(QString, path);
    LoopbackHttpServer server;
    routeToken(server);
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.authUrl = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    QCOMPARE(server.requestCount(tokensPath), 1);
}

void TestKeystoneSession::followsVersionDocument()
{
    LoopbackHttpServer server;
    // The auth URL names the host; Keystone lives under /identity and says so with a 300.
    const QByteArray versions = QStringLiteral(R"({"versions":{"values":[
        {"id":"v3.14","status":"stable","links":[{"rel":"self","href":"%1"}]}]}})")
                                        .arg(server.url(QStringLiteral("/identity/v3/")).toString())
                                        .toUtf8();
    server.route(tokensPath, {.status = 300, .body = versions});
    server.route(QStringLiteral("/identity/v3/auth/tokens"),
                 tokenRoute(tokenBody(standardCatalog(server))));
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.authUrl = server.url(QStringLiteral("/"));
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QTRY_COMPARE(ok.size() + failed.size(), 1);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/identity/v3/auth/tokens")), 1);
}

void TestKeystoneSession::selectsEndpoint_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedRegion");
    QTest::newRow("public, RegionOne") << "public"
                                       << "RegionOne"
                                       << "/network"
                                       << "RegionOne";
    QTest::newRow("internal") << "internal"
                              << "RegionOne"
                              << "/network-internal"
                              << "RegionOne";
    QTest::newRow("RegionTwo") << "public"
                               << "RegionTwo"
                               << "/network-two"
                               << "RegionTwo";
    QTest::newRow("publicURL") << "publicURL"
                               << "RegionTwo"
                               << "/network-two"
                               << "RegionTwo";
    QTest::newRow("default interface") << ""
                                       << "RegionTwo"
                                       << "/network-two"
                                       << "RegionTwo";
    QTest::newRow("any region") << "internal"
                                << ""
                                << "/network-internal"
                                << "RegionOne";
}

void TestKeystoneSession::selectsEndpoint()
{
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedRegion);
    LoopbackHttpServer server;
    routeToken(server);
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.interface = interface;
    c.regionName = region;
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    QCOMPARE(session.endpoint(QStringLiteral("network")), server.url(expectedPath));
    QCOMPARE(session.regionName(), expectedRegion);
}

void TestKeystoneSession::unknownRegionListsRegions()
{
    LoopbackHttpServer server;
    routeToken(server);
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.regionName = QStringLiteral("Nowhere");
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    const QString message = messageOf(failed);
    QVERIFY2(message.contains(QLatin1String("\"Nowhere\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("RegionOne, RegionTwo")), qPrintable(message));
    QVERIFY(!session.isAuthenticated());
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::noNetworkEndpoint()
{
    LoopbackHttpServer server;
    QNetworkAccessManager network;
    {
        const QJsonArray computeOnly {standardCatalog(server).at(2)};
        server.route(tokensPath, tokenRoute(tokenBody(computeOnly)));
        KeystoneSession session(&network, credentials(server));
        QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
        session.authenticate();
        QVERIFY(failed.wait());
        QVERIFY2(messageOf(failed).contains(QLatin1String("Neutron")),
                 qPrintable(messageOf(failed)));
        QVERIFY(!session.isAuthenticated());
    }
    {
        routeToken(server);
        CloudCredentials c = credentials(server);
        c.interface = QStringLiteral("admin");
        KeystoneSession session(&network, c);
        QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
        session.authenticate();
        QVERIFY(failed.wait());
        QVERIFY2(messageOf(failed).contains(QLatin1String("\"admin\"")),
                 qPrintable(messageOf(failed)));
        verifyNoSecret(failureOf(failed));
    }
}

void TestKeystoneSession::unscopedTokenHasNoCatalog()
{
    LoopbackHttpServer server;
    server.route(tokensPath, tokenRoute(tokenBody({})));
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.projectName.clear();
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QVERIFY2(messageOf(failed).contains(QLatin1String("project")), qPrintable(messageOf(failed)));
}

void TestKeystoneSession::wrongPassword()
{
    LoopbackHttpServer server;
    server.route(
            tokensPath, 401,
            R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})",
            {{"Content-Type", "application/json"},
             {"WWW-Authenticate", "Keystone uri=\"http://127.0.0.1/identity\""}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    const HttpFailure failure = failureOf(failed);
    QCOMPARE(failure.kind(), HttpFailure::Kind::Http);
    QCOMPARE(failure.httpStatus(), 401);
    QVERIFY2(failure.message().contains(QLatin1String("user name or password")),
             qPrintable(failure.message()));
    QVERIFY(failure.message().contains(QLatin1String("demo")));
    QVERIFY(failure.detail().contains(QLatin1String("requires authentication")));
    QVERIFY(!session.isAuthenticated());
    verifyNoSecret(failure);
}

void TestKeystoneSession::unknownProject()
{
    LoopbackHttpServer server;
    server.route(
            tokensPath, 401,
            R"({"error":{"code":401,"message":"Could not find project: k8s.","title":"Unauthorized"}})",
            {{"Content-Type", "application/json"}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QVERIFY2(messageOf(failed).contains(QLatin1String("project \"k8s\"")),
             qPrintable(messageOf(failed)));
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::wrongApplicationCredential()
{
    LoopbackHttpServer server;
    server.route(tokensPath, 401, R"({"error":{"code":401,"message":"x","title":"Unauthorized"}})");
    QNetworkAccessManager network;
    CloudCredentials c = credentials(server);
    c.authType = CloudCredentials::AuthType::ApplicationCredential;
    c.applicationCredentialId = QStringLiteral("ac-42");
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QVERIFY2(messageOf(failed).contains(QLatin1String("application credential ac-42")),
             qPrintable(messageOf(failed)));
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::echoedSecretIsScrubbed()
{
    LoopbackHttpServer server;
    server.route(tokensPath, 400,
                 QStringLiteral(R"({"error":{"code":400,"message":"Invalid input: '%1' is bad"}})")
                         .arg(password)
                         .toUtf8(),
                 {{"Content-Type", "application/json"}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QVERIFY(failureOf(failed).detail().contains(QLatin1String("Invalid input: '***' is bad")));
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::htmlAnswer()
{
    LoopbackHttpServer server;
    server.route(tokensPath,
                 {.status = 200,
                  .body = "<!DOCTYPE html><html><body>Dashboard login</body></html>",
                  .headers = {{"Content-Type", "text/html; charset=utf-8"}}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::BadResponse);
    QVERIFY2(messageOf(failed).contains(QLatin1String("not a Keystone API")),
             qPrintable(messageOf(failed)));
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::garbageJson()
{
    LoopbackHttpServer server;
    server.route(tokensPath,
                 {.status = 201,
                  .body = "{\"token\": {\"expires_at\": ",
                  .headers = {{"Content-Type", "application/json"}, {"X-Subject-Token", "t"}}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::BadResponse);
    QVERIFY(failureOf(failed).detail().contains(QLatin1String("not JSON")));
    QVERIFY(!session.isAuthenticated());
}

void TestKeystoneSession::missingSubjectToken()
{
    LoopbackHttpServer server;
    server.route(tokensPath,
                 {.status = 201,
                  .body = tokenBody(standardCatalog(server)),
                  .headers = {{"Content-Type", "application/json"}}});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::BadResponse);
}

void TestKeystoneSession::notFound()
{
    LoopbackHttpServer server; // no route at all: 404 for /v3/auth/tokens
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).httpStatus(), 404);
    QVERIFY2(messageOf(failed).contains(QLatin1String("no Keystone v3 API")),
             qPrintable(messageOf(failed)));
}

void TestKeystoneSession::timesOut()
{
    LoopbackHttpServer server;
    server.route(tokensPath, {.action = LoopbackHttpServer::Action::NeverAnswer});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    session.setTransferTimeout(300ms);
    QCOMPARE(session.transferTimeout(), 300ms);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::TimedOut);
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::connectionDropped()
{
    LoopbackHttpServer server;
    server.route(tokensPath, {.action = LoopbackHttpServer::Action::Drop});
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::ConnectionLost);
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::unreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has nobody listening now
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = probe.serverPort();
    }
    QNetworkAccessManager network;
    CloudCredentials c;
    c.authUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(port));
    c.username = QStringLiteral("demo");
    c.secret = password;
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::Unreachable);
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::incompleteCredentialsSendNothing_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no password") << 0 << "password of demo";
    QTest::newRow("no user") << 1 << "user name";
    QTest::newRow("no auth url") << 2 << "auth URL";
    QTest::newRow("app credential by name without user") << 3 << "owner";
    QTest::newRow("unreadable CA file") << 4 << "/nonexistent/ca.pem";
}

void TestKeystoneSession::incompleteCredentialsSendNothing()
{
    QFETCH(int, variant);
    QFETCH(QString, expected);
    LoopbackHttpServer server;
    routeToken(server);
    CloudCredentials c = credentials(server);
    switch (variant) {
    case 0:
        c.secret.clear();
        break;
    case 1:
        c.username.clear();
        break;
    case 2:
        c.authUrl = QUrl();
        break;
    case 3:
        c.authType = CloudCredentials::AuthType::ApplicationCredential;
        c.applicationCredentialName = QStringLiteral("podnet");
        c.username.clear();
        break;
    default:
        c.caFile = QStringLiteral("/nonexistent/ca.pem");
        break;
    }
    QNetworkAccessManager network;
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    session.authenticate();
    QCOMPARE(failed.size(), 0); // reported after returning
    QVERIFY(failed.wait());
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(messageOf(failed).contains(expected), qPrintable(messageOf(failed)));
    QCOMPARE(server.totalRequestCount(), 0);
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::coalescesConcurrentCalls()
{
    LoopbackHttpServer server;
    LoopbackHttpServer::Route route = tokenRoute(tokenBody(standardCatalog(server)));
    route.delay = 150ms;
    server.route(tokensPath, route);
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(session.isAuthenticating());
    session.authenticate();
    session.authenticate();
    QVERIFY(ok.wait());
    QVERIFY(!ok.wait(50)); // a second request would be answered within the delay
    QCOMPARE(ok.size(), 1);
    QCOMPARE(server.requestCount(tokensPath), 1);
    QVERIFY(!session.isAuthenticating());

    // Once finished, asking again gets a fresh token.
    session.authenticate();
    QVERIFY(ok.wait());
    QCOMPARE(server.requestCount(tokensPath), 2);
}

void TestKeystoneSession::expiryDecidesAuthenticated()
{
    LoopbackHttpServer server;
    // A cloud with 20-second tokens: still usable (renewed a quarter of the life early).
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(20).toString(Qt::ISODateWithMs);
    server.route(tokensPath, tokenRoute(tokenBody(standardCatalog(server), soon)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    QVERIFY(session.expiresAt().isValid());
    QVERIFY(session.isAuthenticated());

    // A token that is already past its expiry is gone.
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs);
    server.route(tokensPath, tokenRoute(tokenBody(standardCatalog(server), past)));
    session.invalidate();
    session.authenticate();
    QVERIFY(ok.wait());
    QVERIFY(!session.isAuthenticated());

    routeToken(server);
    session.authenticate();
    QVERIFY(ok.wait());
    QVERIFY(session.isAuthenticated());
    session.invalidate();
    QVERIFY(!session.isAuthenticated());
}

void TestKeystoneSession::authorizedRequestCarriesToken()
{
    LoopbackHttpServer server;
    routeToken(server);
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    session.setTransferTimeout(1234ms);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    const QNetworkRequest request
            = session.authorizedRequest(server.url(QStringLiteral("/network/v2.0/ports")));
    QCOMPARE(request.rawHeader("X-Auth-Token"), subjectToken);
    QCOMPARE(request.rawHeader("Accept"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.transferTimeout(), 1234);
    QCOMPARE(session.network(), &network);
}

void TestKeystoneSession::serviceUrlJoinsPaths()
{
    LoopbackHttpServer server;
    QJsonArray catalog {
            service(QStringLiteral("network"),
                    {endpoint(server, QStringLiteral("public"), QStringLiteral("RegionOne"),
                              QStringLiteral("/neutron/v2.0/"))}),
            service(QStringLiteral("compute"),
                    {endpoint(server, QStringLiteral("public"), QStringLiteral("RegionOne"),
                              QStringLiteral("/compute/v2.1/"))}),
    };
    server.route(tokensPath, tokenRoute(tokenBody(catalog)));
    QNetworkAccessManager network;
    KeystoneSession session(&network, credentials(server));
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    QCOMPARE(session.serviceUrl(QStringLiteral("network"), QStringLiteral("/v2.0/extensions")),
             server.url(QStringLiteral("/neutron/v2.0/extensions")));
    QCOMPARE(session.serviceUrl(QStringLiteral("compute"), QStringLiteral("servers/detail")),
             server.url(QStringLiteral("/compute/v2.1/servers/detail")));
    QVERIFY(session.serviceUrl(QStringLiteral("image"), QStringLiteral("/v2/images")).isEmpty());
}

void TestKeystoneSession::destroyedWhileAuthenticating()
{
    LoopbackHttpServer server;
    server.route(tokensPath, {.action = LoopbackHttpServer::Action::NeverAnswer});
    QNetworkAccessManager network;
    auto *session = new KeystoneSession(&network, credentials(server));
    session->authenticate();
    QTRY_COMPARE(server.requestCount(tokensPath), 1);
    delete session; // aborts the reply; nothing may touch the session afterwards
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void TestKeystoneSession::tlsUntrustedCertificate()
{
    TlsServer server(loopbackCertificate, loopbackKey, httpResponse("{}"));
    QNetworkAccessManager network;
    CloudCredentials c;
    c.authUrl = server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/v3"));
    c.username = QStringLiteral("demo");
    c.secret = password;
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::Tls);
    QVERIFY2(messageOf(failed).contains(QLatin1String("CA")), qPrintable(messageOf(failed)));
    QCOMPARE(server.requests, 0); // the password never left
    verifyNoSecret(failureOf(failed));
}

void TestKeystoneSession::tlsWrongHostName()
{
    TlsServer server(otherCertificate, otherKey, httpResponse("{}"));
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(otherCertificate);
    ca.close();
    QNetworkAccessManager network;
    CloudCredentials c;
    c.authUrl = server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/v3"));
    c.username = QStringLiteral("demo");
    c.secret = password;
    c.caFile = ca.fileName();
    KeystoneSession session(&network, c);
    QVERIFY(session.tlsProblem().isEmpty());
    QCOMPARE(session.tlsOptions().caCertificates.size(), 1);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).kind(), HttpFailure::Kind::Tls);
    QVERIFY2(messageOf(failed).contains(QLatin1String("another name")),
             qPrintable(messageOf(failed)));
    QCOMPARE(server.requests, 0);
}

void TestKeystoneSession::tlsTrustedByCaFile()
{
    LoopbackHttpServer placeholder; // only to build catalog URLs
    TlsServer server(loopbackCertificate, loopbackKey,
                     httpResponse(tokenBody(standardCatalog(placeholder))));
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(loopbackCertificate);
    ca.close();
    QNetworkAccessManager network;
    CloudCredentials c = credentials(placeholder);
    c.authUrl = server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/v3"));
    c.caFile = ca.fileName();
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QTRY_COMPARE(ok.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(),
             qPrintable(messageOf(failed) + QLatin1Char('\n') + failureOf(failed).detail()));
    QCOMPARE(server.requests, 1);
    QCOMPARE(session.token(), subjectToken);
}

QTEST_GUILESS_MAIN(TestKeystoneSession)
#include "tst_keystonesession.moc"
