// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortTestCloud.h"

#include <QTest>

using namespace podnet;
using podnet::test::PortTestCloud;

namespace {

const QString portsPath = QStringLiteral("/network/v2.0/ports");
const QString tokensPath = QStringLiteral("/identity/v3/auth/tokens");

struct Outcome
{
    bool done = false;
    Port port;
    PortFailure failure;
};

} // namespace

class TestNeutronPortClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listIsScopedToTheProject();
    void paginationExactMultiple();
    void paginationFollowsLinks();
    void getPort();
    void updateSendsOnlyPairs();
    void ifMatch();
    void neutronErrorTypes();
    void reauthenticatesOnce();
    void secondUnauthorizedFails();

private:
    Outcome update(const QString &id, const QStringList &ips, qint64 revision = -1);
    std::unique_ptr<PortTestCloud> m_cloud;
};

void TestNeutronPortClient::init()
{
    m_cloud = std::make_unique<PortTestCloud>();
}

void TestNeutronPortClient::cleanup()
{
    m_cloud.reset();
}

Outcome TestNeutronPortClient::update(const QString &id, const QStringList &ips, qint64 revision)
{
    Outcome outcome;
    QList<PortAddressPair> pairs;
    for (const QString &ip : ips)
        pairs.append(PortAddressPair(ip));
    m_cloud->client->updateAllowedAddressPairs(id, pairs, revision, this,
                                               [&](const Port &port, const PortFailure &f) {
                                                   outcome.port = port;
                                                   outcome.failure = f;
                                                   outcome.done = true;
                                               });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000); }();
    return outcome;
}

void TestNeutronPortClient::listIsScopedToTheProject()
{
    QVERIFY(m_cloud->start(/*asAdmin=*/true));
    const QString mine = m_cloud->addWorker(QStringLiteral("worker-0"));
    // An admin token sees this one too, unless the list is scoped.
    m_cloud->sim.store().addPort({.networkId = m_cloud->otherNetId,
                                  .deviceId = QStringLiteral("x"),
                                  .deviceOwner = QStringLiteral("compute:nova")});
    PortFailure failure;
    const QList<Port> ports = m_cloud->listPorts(&failure);
    QVERIFY2(failure.isOk(), qPrintable(failure.detail()));
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.constFirst().id, mine);
    QCOMPARE(ports.constFirst().deviceOwner, QStringLiteral("compute:nova"));
    QVERIFY(!ports.constFirst().macAddress.isEmpty());
    QVERIFY(ports.constFirst().revisionNumber >= 1);

    const QStringList log = m_cloud->sim.requestLog().filter(QStringLiteral("GET ") + portsPath);
    QCOMPARE(log.size(), 1);
    QVERIFY2(log.constFirst().contains(QStringLiteral("project_id=") + m_cloud->projectId),
             qPrintable(log.constFirst()));
    QVERIFY(log.constFirst().contains(QStringLiteral("fields=allowed_address_pairs")));
    QVERIFY(log.constFirst().contains(QStringLiteral("fields=revision_number")));
    QVERIFY(log.constFirst().contains(QStringLiteral("limit=200")));
}

void TestNeutronPortClient::paginationExactMultiple()
{
    QVERIFY(m_cloud->start());
    for (int i = 0; i < 4; ++i)
        m_cloud->addWorker(QStringLiteral("worker-%1").arg(i));
    m_cloud->client->setPageSize(2);
    const QList<Port> ports = m_cloud->listPorts();
    QCOMPARE(ports.size(), 4);
    QSet<QString> ids;
    for (const Port &port : ports)
        ids.insert(port.id);
    QCOMPARE(ids.size(), 4);
    // 2 + 2 + the empty page that ends it.
    QCOMPARE(m_cloud->sim.requestCount("GET", portsPath), 3);
}

void TestNeutronPortClient::paginationFollowsLinks()
{
    QVERIFY(m_cloud->start());
    for (int i = 0; i < 5; ++i)
        m_cloud->addWorker(QStringLiteral("worker-%1").arg(i));
    m_cloud->client->setPageSize(2);
    const QList<Port> ports = m_cloud->listPorts();
    QCOMPARE(ports.size(), 5);
    QCOMPARE(m_cloud->sim.requestCount("GET", portsPath), 3);
    const QStringList log = m_cloud->sim.requestLog().filter(QStringLiteral("GET ") + portsPath);
    QVERIFY(log.at(1).contains(QStringLiteral("marker=") + ports.at(1).id));
    for (const QString &line : log)
        QVERIFY(line.contains(QStringLiteral("project_id=") + m_cloud->projectId));
}

void TestNeutronPortClient::getPort()
{
    QVERIFY(m_cloud->start());
    const QString id
            = m_cloud->addWorker(QStringLiteral("worker-0"), {QStringLiteral("10.9.0.0/16")});
    Outcome outcome;
    m_cloud->client->getPort(id, this, [&](const Port &port, const PortFailure &f) {
        outcome.port = port;
        outcome.failure = f;
        outcome.done = true;
    });
    QTRY_VERIFY(outcome.done);
    QVERIFY(outcome.failure.isOk());
    QCOMPARE(outcome.port.id, id);
    QCOMPARE(outcome.port.allowedAddressPairs.size(), 1);
    QCOMPARE(outcome.port.allowedAddressPairs.constFirst().ipAddress(),
             QStringLiteral("10.9.0.0/16"));
    QCOMPARE(outcome.port.fixedIps.size(), 0);
}

void TestNeutronPortClient::updateSendsOnlyPairs()
{
    QVERIFY(m_cloud->start());
    const QString id = m_cloud->addWorker(QStringLiteral("worker-0"));
    const Outcome outcome
            = update(id, {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")});
    QVERIFY2(outcome.failure.isOk(), qPrintable(outcome.failure.detail()));
    QCOMPARE(outcome.port.allowedAddressPairs.size(), 2);
    QCOMPARE(outcome.port.revisionNumber, 2);
    QCOMPARE(m_cloud->pairsOf(id).size(), 2);
    QCOMPARE(m_cloud->sim.store().port(id)->name, QStringLiteral("worker-0-port"));
}

void TestNeutronPortClient::ifMatch()
{
    QVERIFY(m_cloud->start());
    const QString id = m_cloud->addWorker(QStringLiteral("worker-0"));
    Outcome outcome = update(id, {QStringLiteral("10.200.0.0/16")}, 7);
    QCOMPARE(outcome.failure.httpStatus(), 412);
    QVERIFY(outcome.failure.isRevisionConflict());
    QCOMPARE(outcome.failure.neutronType(), QStringLiteral("RevisionNumberConstraintFailed"));
    QVERIFY(m_cloud->pairsOf(id).isEmpty());
    outcome = update(id, {QStringLiteral("10.200.0.0/16")}, 1);
    QVERIFY(outcome.failure.isOk());
    QCOMPARE(m_cloud->pairsOf(id), QStringList {QStringLiteral("10.200.0.0/16")});
}

void TestNeutronPortClient::neutronErrorTypes()
{
    QVERIFY(m_cloud->start());
    const QString off = m_cloud->addWorker(QStringLiteral("worker-0"), {}, false);
    Outcome outcome = update(off, {QStringLiteral("10.200.0.0/16")});
    QCOMPARE(outcome.failure.httpStatus(), 409);
    QCOMPARE(outcome.failure.neutronType(), QStringLiteral("AddressPairAndPortSecurityRequired"));
    QVERIFY(outcome.failure.isPortSecurityOff());
    QVERIFY(outcome.failure.detail().contains(
            QStringLiteral("AddressPairAndPortSecurityRequired")));

    outcome = update(QStringLiteral("no-such-port"), {QStringLiteral("10.200.0.0/16")});
    QCOMPARE(outcome.failure.httpStatus(), 404);
    QCOMPARE(outcome.failure.neutronType(), QStringLiteral("PortNotFound"));
    QVERIFY(outcome.failure.isNotAllowed());

    const QString full = m_cloud->addWorker(QStringLiteral("worker-1"));
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("192.168.%1.0/24").arg(i));
    outcome = update(full, eleven);
    QCOMPARE(outcome.failure.httpStatus(), 400);
    QCOMPARE(outcome.failure.neutronType(), QStringLiteral("AllowedAddressPairExhausted"));
    QVERIFY(outcome.failure.isPairLimit());
    QVERIFY(!outcome.failure.isTransient());
}

void TestNeutronPortClient::reauthenticatesOnce()
{
    QVERIFY(m_cloud->start());
    m_cloud->addWorker(QStringLiteral("worker-0"));
    QCOMPARE(m_cloud->listPorts().size(), 1);
    QCOMPARE(m_cloud->sim.requestCount("POST", tokensPath), 1);
    m_cloud->sim.expireTokensNow();
    PortFailure failure;
    QCOMPARE(m_cloud->listPorts(&failure).size(), 1);
    QVERIFY2(failure.isOk(), qPrintable(failure.detail()));
    QCOMPARE(m_cloud->sim.requestCount("POST", tokensPath), 2);
    QCOMPARE(m_cloud->sim.requestCount("GET", portsPath), 3);
}

void TestNeutronPortClient::secondUnauthorizedFails()
{
    QVERIFY(m_cloud->start());
    m_cloud->addWorker(QStringLiteral("worker-0"));
    m_cloud->sim.failNext("GET", portsPath, 401, 2);
    PortFailure failure;
    QVERIFY(m_cloud->listPorts(&failure).isEmpty());
    QCOMPARE(failure.httpStatus(), 401);
    QVERIFY(failure.message().contains(QStringLiteral("just issued")));
    QCOMPARE(m_cloud->sim.requestCount("POST", tokensPath), 2);
    QCOMPARE(m_cloud->sim.requestCount("GET", portsPath), 2);
}

QTEST_GUILESS_MAIN(TestNeutronPortClient)
#include "tst_neutronportclient.moc"
