// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "sim/openstack/NeutronService.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using podnet::sim::OpenStackLab;
using podnet::sim::OpenStackSimulator;
using podnet::sim::OsNetwork;
using podnet::sim::OsPort;

// Keystone and Neutron semantics (DOMAIN.md §3, §4) through real HTTP.
class TestOpenStackSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void passwordAuthGivesTokenAndCatalog();
    void wrongPasswordIs401();
    void applicationCredentialAuth();
    void missingOrExpiredTokenIs401WithKeystoneUri();
    void listFiltersAreExactAndRepeatedMeansOr();
    void unknownFilterIs400();
    void fieldsTrimTheBody();
    void paginationEndsWithAnEmptyPageOnExactMultiple();
    void adminSeesAllUnlessScoped();
    void putReplacesPairsFillsMacAndSorts();
    void noOpPutKeepsRevision();
    void ifMatchMismatchIs412();
    void pairErrors_data();
    void pairErrors();
    void sharedNetworkOfAnotherProjectIs403();
    void extensionsCanBeRemoved();
    void faultsAndCounters();
    void novaListsProjectServers();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {});
    QString login(const QString &user, const QString &password);
    QString portOf(const QString &serverName) const;
    QString portWithOwner(const QString &owner) const;
    static QJsonObject pairsBody(const QStringList &ips);

    std::unique_ptr<OpenStackSimulator> m_sim;
    QNetworkAccessManager m_nam;
    QString m_token;
};

void TestOpenStackSimulator::init()
{
    m_sim = std::make_unique<OpenStackSimulator>();
    QVERIFY(m_sim->start());
    m_sim->loadLab();
    m_nam.clearConnectionCache();
    m_token = login(OpenStackLab::userName, OpenStackLab::password);
    QVERIFY(!m_token.isEmpty());
}

TestOpenStackSimulator::Reply TestOpenStackSimulator::call(
        const QByteArray &method, const QString &path, const QJsonObject &body,
        const QString &token, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + path));
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token.toLatin1());
    for (const auto &field : extra)
        request.setRawHeader(field.first, field.second);
    const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, data));
    Reply result;
    [&] { QTRY_VERIFY(reply->isFinished()); }();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

QString TestOpenStackSimulator::login(const QString &user, const QString &password)
{
    const QJsonObject auth {
            {QStringLiteral("identity"),
             QJsonObject {
                     {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                     {QStringLiteral("password"),
                      QJsonObject {{QStringLiteral("user"),
                                    QJsonObject {{QStringLiteral("name"), user},
                                                 {QStringLiteral("password"), password},
                                                 {QStringLiteral("domain"),
                                                  QJsonObject {{QStringLiteral("name"),
                                                                QStringLiteral("Default")}}}}}}}}},
            {QStringLiteral("scope"),
             QJsonObject {{QStringLiteral("project"),
                           QJsonObject {{QStringLiteral("name"), OpenStackLab::projectName},
                                        {QStringLiteral("domain"),
                                         QJsonObject {{QStringLiteral("id"),
                                                       QStringLiteral("default")}}}}}}}};
    const Reply reply = call("POST", QStringLiteral("/identity/v3/auth/tokens"),
                             {{QStringLiteral("auth"), auth}});
    return reply.status == 201 ? QString::fromLatin1(reply.header("X-Subject-Token")) : QString();
}

QString TestOpenStackSimulator::portOf(const QString &serverName) const
{
    for (const auto &server : m_sim->store().servers()) {
        for (const OsPort &port : m_sim->store().ports()) {
            if (server.name == serverName && port.deviceId == server.id)
                return port.id;
        }
    }
    return {};
}

QString TestOpenStackSimulator::portWithOwner(const QString &owner) const
{
    for (const OsPort &port : m_sim->store().ports()) {
        if (port.deviceOwner == owner)
            return port.id;
    }
    return {};
}

QJsonObject TestOpenStackSimulator::pairsBody(const QStringList &ips)
{
    QJsonArray pairs;
    for (const QString &ip : ips)
        pairs.append(QJsonObject {{QStringLiteral("ip_address"), ip}});
    return {{QStringLiteral("port"),
             QJsonObject {{QStringLiteral("allowed_address_pairs"), pairs}}}};
}

void TestOpenStackSimulator::passwordAuthGivesTokenAndCatalog()
{
    const Reply version = call("GET", QStringLiteral("/identity/v3"));
    QCOMPARE(version.status, 200);
    QCOMPARE(version.json.value(QStringLiteral("version")).toObject().value(QStringLiteral("id")),
             QStringLiteral("v3.14"));

    const Reply show = call("GET", QStringLiteral("/identity/v3/auth/tokens"), {}, m_token,
                            {{"X-Subject-Token", m_token.toLatin1()}});
    QCOMPARE(show.status, 200);
    const QJsonObject token = show.json.value(QStringLiteral("token")).toObject();
    QVERIFY(token.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(token.value(QStringLiteral("project")).toObject().value(QStringLiteral("name")),
             OpenStackLab::projectName);
    QCOMPARE(token.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")),
             OpenStackLab::userName);
    QString networkUrl;
    for (const QJsonValue &service : token.value(QStringLiteral("catalog")).toArray()) {
        if (service.toObject().value(QStringLiteral("type")) != QStringLiteral("network"))
            continue;
        const QJsonArray endpoints
                = service.toObject().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 3);
        for (const QJsonValue &endpoint : endpoints) {
            QCOMPARE(endpoint.toObject().value(QStringLiteral("region_id")),
                     QStringLiteral("RegionOne"));
            if (endpoint.toObject().value(QStringLiteral("interface")) == QStringLiteral("public"))
                networkUrl = endpoint.toObject().value(QStringLiteral("url")).toString();
        }
    }
    QCOMPARE(networkUrl, m_sim->baseUrl().toString() + QStringLiteral("/network"));
}

void TestOpenStackSimulator::wrongPasswordIs401()
{
    QVERIFY(login(OpenStackLab::userName, QStringLiteral("nope")).isEmpty());
    QCOMPARE(m_sim->requestCount("POST", QStringLiteral("/identity/v3/auth/tokens")), 2);
}

void TestOpenStackSimulator::applicationCredentialAuth()
{
    const QJsonObject identity {
            {QStringLiteral("methods"), QJsonArray {QStringLiteral("application_credential")}},
            {QStringLiteral("application_credential"),
             QJsonObject {{QStringLiteral("id"), OpenStackLab::appCredentialId},
                          {QStringLiteral("secret"), OpenStackLab::appCredentialSecret}}}};
    const QJsonObject body {
            {QStringLiteral("auth"), QJsonObject {{QStringLiteral("identity"), identity}}}};
    const Reply ok = call("POST", QStringLiteral("/identity/v3/auth/tokens"), body);
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("project"))
                     .toObject()
                     .value(QStringLiteral("name")),
             OpenStackLab::projectName);
    const QString token = QString::fromLatin1(ok.header("X-Subject-Token"));
    QCOMPARE(call("GET", QStringLiteral("/network/v2.0/ports"), {}, token).status, 200);

    QJsonObject wrong = identity;
    wrong[QStringLiteral("application_credential")]
            = QJsonObject {{QStringLiteral("id"), OpenStackLab::appCredentialId},
                           {QStringLiteral("secret"), QStringLiteral("bad")}};
    QCOMPARE(call("POST", QStringLiteral("/identity/v3/auth/tokens"),
                  {{QStringLiteral("auth"), QJsonObject {{QStringLiteral("identity"), wrong}}}})
                     .status,
             401);
}

void TestOpenStackSimulator::missingOrExpiredTokenIs401WithKeystoneUri()
{
    const Reply missing = call("GET", QStringLiteral("/network/v2.0/ports"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.header("WWW-Authenticate"),
             "Keystone uri=\"" + m_sim->baseUrl().toEncoded() + "/identity\"");
    QCOMPARE(call("GET", QStringLiteral("/network/v2.0/ports"), {}, QStringLiteral("junk")).status,
             401);
    QCOMPARE(call("GET", QStringLiteral("/network/v2.0/ports"), {}, m_token).status, 200);
    m_sim->expireTokensNow();
    QCOMPARE(call("GET", QStringLiteral("/network/v2.0/ports"), {}, m_token).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/compute/v2.1/servers/detail"), {}, m_token).status, 401);
}

void TestOpenStackSimulator::listFiltersAreExactAndRepeatedMeansOr()
{
    Reply reply = call("GET", QStringLiteral("/network/v2.0/ports?device_owner=compute:nova"), {},
                       m_token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 4);
    reply = call("GET", QStringLiteral("/network/v2.0/ports?device_owner=compute"), {}, m_token);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 0);
    reply = call("GET",
                 QStringLiteral("/network/v2.0/ports?device_owner=network:dhcp&device_owner="
                                "network:router_interface"),
                 {}, m_token);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 2);
    reply = call("GET", QStringLiteral("/network/v2.0/ports?fixed_ips=ip_address%3D10.240.0.21"),
                 {}, m_token);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 1);
}

void TestOpenStackSimulator::unknownFilterIs400()
{
    const Reply reply = call(
            "GET", QStringLiteral("/network/v2.0/ports?port_security_enabled=true"), {}, m_token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QStringLiteral("NeutronError"))
                     .toObject()
                     .value(QStringLiteral("type")),
             QStringLiteral("HTTPBadRequest"));
}

void TestOpenStackSimulator::fieldsTrimTheBody()
{
    const Reply reply
            = call("GET", QStringLiteral("/network/v2.0/ports?fields=id&fields=device_owner"), {},
                   m_token);
    const QJsonArray ports = reply.json.value(QStringLiteral("ports")).toArray();
    QCOMPARE(ports.size(), 6);
    for (const QJsonValue &port : ports)
        QCOMPARE(port.toObject().keys(),
                 QStringList({QStringLiteral("device_owner"), QStringLiteral("id")}));
}

void TestOpenStackSimulator::paginationEndsWithAnEmptyPageOnExactMultiple()
{
    QString next = QStringLiteral("/network/v2.0/ports?limit=2");
    QList<int> pageSizes;
    QStringList seen;
    while (!next.isEmpty() && pageSizes.size() < 10) {
        const Reply reply = call("GET", next, {}, m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray ports = reply.json.value(QStringLiteral("ports")).toArray();
        pageSizes.append(static_cast<int>(ports.size()));
        for (const QJsonValue &port : ports)
            seen.append(port.toObject().value(QStringLiteral("id")).toString());
        next.clear();
        for (const QJsonValue &link : reply.json.value(QStringLiteral("ports_links")).toArray()) {
            if (link.toObject().value(QStringLiteral("rel")) == QStringLiteral("next")) {
                const QUrl url(link.toObject().value(QStringLiteral("href")).toString());
                QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
                next = url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
            }
        }
    }
    QCOMPARE(pageSizes, QList<int>({2, 2, 2, 0}));
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 6);
}

void TestOpenStackSimulator::adminSeesAllUnlessScoped()
{
    const QString admin = login(OpenStackLab::adminName, OpenStackLab::adminPassword);
    QVERIFY(!admin.isEmpty());
    Reply reply = call("GET", QStringLiteral("/network/v2.0/ports"), {}, admin);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 7);
    const QString lab = m_sim->store()
                                .projectByName(OpenStackLab::projectName, QStringLiteral("default"))
                                ->id;
    reply = call("GET", QStringLiteral("/network/v2.0/ports?project_id=") + lab, {}, admin);
    QCOMPARE(reply.json.value(QStringLiteral("ports")).toArray().size(), 6);
}

void TestOpenStackSimulator::putReplacesPairsFillsMacAndSorts()
{
    const QString id = portOf(QStringLiteral("worker-1.k8s.lan")); // carries 10.32.0.0/24
    const OsPort before = *m_sim->store().port(id);
    QCOMPARE(before.allowedAddressPairs.size(), 1);
    QJsonObject body = pairsBody({QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")});
    QJsonArray pairs = body[QStringLiteral("port")]
                               .toObject()
                               .value(QStringLiteral("allowed_address_pairs"))
                               .toArray();
    pairs.append(
            QJsonObject {{QStringLiteral("ip_address"), QStringLiteral("10.1.2.3")},
                         {QStringLiteral("mac_address"), QStringLiteral("00:11:22:33:44:55")}});
    body[QStringLiteral("port")] = QJsonObject {{QStringLiteral("allowed_address_pairs"), pairs}};
    const Reply reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id, body, m_token);
    QCOMPARE(reply.status, 200);
    const QJsonObject port = reply.json.value(QStringLiteral("port")).toObject();
    QCOMPARE(port.value(QStringLiteral("revision_number")).toInt(), before.revisionNumber + 1);
    const QJsonArray stored = port.value(QStringLiteral("allowed_address_pairs")).toArray();
    QCOMPARE(stored.size(), 3);
    const auto pairAt = [&stored](int i) -> QString {
        const QJsonObject pair = stored.at(i).toObject();
        return pair.value(QStringLiteral("mac_address")).toString() + QLatin1Char(' ')
                + pair.value(QStringLiteral("ip_address")).toString();
    };
    QCOMPARE(pairAt(0), QStringLiteral("00:11:22:33:44:55 10.1.2.3"));
    QCOMPARE(pairAt(1), before.macAddress + QStringLiteral(" 10.200.0.0/16"));
    QCOMPARE(pairAt(2), before.macAddress + QStringLiteral(" 10.32.0.0/24"));

    // Replacing with an empty list clears it.
    QCOMPARE(
            call("PUT", QStringLiteral("/network/v2.0/ports/") + id, pairsBody({}), m_token).status,
            200);
    QVERIFY(m_sim->store().port(id)->allowedAddressPairs.isEmpty());
}

void TestOpenStackSimulator::noOpPutKeepsRevision()
{
    const QString id = portOf(QStringLiteral("worker-1.k8s.lan"));
    const int revision = m_sim->store().port(id)->revisionNumber;
    const Reply reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id,
                             pairsBody({QStringLiteral("10.32.0.0/24")}), m_token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sim->store().port(id)->revisionNumber, revision);
}

void TestOpenStackSimulator::ifMatchMismatchIs412()
{
    const QString id = portOf(QStringLiteral("worker-0.k8s.lan"));
    const int revision = m_sim->store().port(id)->revisionNumber;
    Reply reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id,
                       pairsBody({QStringLiteral("10.200.0.0/16")}), m_token,
                       {{"If-Match", "revision_number=" + QByteArray::number(revision + 5)}});
    QCOMPARE(reply.status, 412);
    QCOMPARE(reply.json.value(QStringLiteral("NeutronError"))
                     .toObject()
                     .value(QStringLiteral("type")),
             QStringLiteral("RevisionNumberConstraintFailed"));
    reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id,
                 pairsBody({QStringLiteral("10.200.0.0/16")}), m_token,
                 {{"If-Match", "revision_number=" + QByteArray::number(revision)}});
    QCOMPARE(reply.status, 200);
}

void TestOpenStackSimulator::pairErrors_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    const QString worker = QStringLiteral("worker-0.k8s.lan");
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("10.9.%1.0/24").arg(i));
    QTest::newRow("bad cidr") << worker << QStringList {QStringLiteral("10.200.0.0/33")} << 400
                              << QStringLiteral("InvalidInput");
    QTest::newRow("duplicate") << worker
                               << QStringList {QStringLiteral("10.200.0.0/16"),
                                               QStringLiteral("10.200.0.0/16")}
                               << 400 << QStringLiteral("DuplicateAddressPairInRequest");
    QTest::newRow("eleven") << worker << eleven << 400
                            << QStringLiteral("AllowedAddressPairExhausted");
    QTest::newRow("port security off") << QStringLiteral("controller-0.k8s.lan")
                                       << QStringList {QStringLiteral("10.200.0.0/16")} << 409
                                       << QStringLiteral("AddressPairAndPortSecurityRequired");
    QTest::newRow("dhcp port") << QStringLiteral("network:dhcp")
                               << QStringList {QStringLiteral("10.200.0.0/16")} << 409
                               << QStringLiteral("AddressPairAndPortSecurityRequired");
    QTest::newRow("unknown port") << QStringLiteral("no-such-port")
                                  << QStringList {QStringLiteral("10.200.0.0/16")} << 404
                                  << QStringLiteral("PortNotFound");
    QTest::newRow("other project")
            << QStringLiteral("other-vm") << QStringList {QStringLiteral("10.200.0.0/16")} << 404
            << QStringLiteral("PortNotFound");
}

void TestOpenStackSimulator::pairErrors()
{
    QFETCH(QString, port);
    QFETCH(QStringList, ips);
    QFETCH(int, status);
    QFETCH(QString, type);
    QString id = port.startsWith(QStringLiteral("network:")) ? portWithOwner(port) : portOf(port);
    if (id.isEmpty())
        id = port;
    const OsPort *before = m_sim->store().port(id);
    const int revision = before ? before->revisionNumber : 0;
    const Reply reply
            = call("PUT", QStringLiteral("/network/v2.0/ports/") + id, pairsBody(ips), m_token);
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json.value(QStringLiteral("NeutronError")).toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), type);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(error.contains(QStringLiteral("detail")));
    if (before)
        QCOMPARE(m_sim->store().port(id)->revisionNumber, revision);
}

void TestOpenStackSimulator::sharedNetworkOfAnotherProjectIs403()
{
    const QString lab = m_sim->store()
                                .projectByName(OpenStackLab::projectName, QStringLiteral("Default"))
                                ->id;
    const QString shared = m_sim->store().addNetwork({.name = QStringLiteral("shared"),
                                                      .projectId = QStringLiteral("someone-else"),
                                                      .shared = true});
    const QString id = m_sim->store().addPort({.networkId = shared, .projectId = lab});
    const Reply reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id,
                             pairsBody({QStringLiteral("10.200.0.0/16")}), m_token);
    QCOMPARE(reply.status, 403);
}

void TestOpenStackSimulator::extensionsCanBeRemoved()
{
    Reply reply = call("GET", QStringLiteral("/network/v2.0/extensions"), {}, m_token);
    QStringList aliases;
    for (const QJsonValue &ext : reply.json.value(QStringLiteral("extensions")).toArray())
        aliases.append(ext.toObject().value(QStringLiteral("alias")).toString());
    QVERIFY(aliases.contains(QStringLiteral("allowed-address-pairs")));
    QVERIFY(aliases.contains(QStringLiteral("port-security")));
    QVERIFY(aliases.contains(QStringLiteral("revision-if-match")));

    m_sim->neutron().setExtensionEnabled(QStringLiteral("allowed-address-pairs"), false);
    reply = call("GET", QStringLiteral("/network/v2.0/extensions"), {}, m_token);
    for (const QJsonValue &ext : reply.json.value(QStringLiteral("extensions")).toArray())
        QVERIFY(ext.toObject().value(QStringLiteral("alias"))
                != QStringLiteral("allowed-address-pairs"));
    const QString id = portOf(QStringLiteral("worker-0.k8s.lan"));
    reply = call("PUT", QStringLiteral("/network/v2.0/ports/") + id,
                 pairsBody({QStringLiteral("10.200.0.0/16")}), m_token);
    QCOMPARE(reply.status, 400);
}

void TestOpenStackSimulator::faultsAndCounters()
{
    const QString ports = QStringLiteral("/network/v2.0/ports");
    m_sim->failNext("GET", ports, 503, 2);
    QCOMPARE(call("GET", ports, {}, m_token).status, 503);
    QCOMPARE(call("GET", ports, {}, m_token).status, 503);
    QCOMPARE(call("GET", ports, {}, m_token).status, 200);

    // Two drops: QNAM silently resends a GET once when a kept-alive connection closes.
    m_sim->dropNext({}, QStringLiteral("/network/.*"), 2);
    const Reply dropped = call("GET", ports, {}, m_token);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);

    m_sim->delayNext("GET", ports, std::chrono::milliseconds(100));
    QCOMPARE(call("GET", ports, {}, m_token).status, 200);

    QCOMPARE(m_sim->requestCount("GET", ports), 6);
    QCOMPARE(m_sim->requestCount("PUT", QStringLiteral("/network/v2.0/ports/.*")), 0);
}

void TestOpenStackSimulator::novaListsProjectServers()
{
    const Reply reply = call("GET", QStringLiteral("/compute/v2.1/servers/detail"), {}, m_token);
    QCOMPARE(reply.status, 200);
    const QJsonArray servers = reply.json.value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 4);
    for (const QJsonValue &server : servers)
        QCOMPARE(server.toObject().value(QStringLiteral("status")), QStringLiteral("ACTIVE"));
}

QTEST_GUILESS_MAIN(TestOpenStackSimulator)
#include "tst_openstacksimulator.moc"
