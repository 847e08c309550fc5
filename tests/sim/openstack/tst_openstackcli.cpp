// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using podnet::sim::OpenStackLab;
using podnet::sim::OpenStackSimulator;
using podnet::sim::OsPort;

// The real openstack CLI (Debian's python3-openstackclient) as the judge of the simulator.
// The event loop keeps running while the CLI talks to the in-process simulator.
class TestOpenStackCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void portListLongShowsComputePorts();
    void portSetAddsPairWithPortMacAndRerunFails();
    void portSetOnPortSecurityOffFails();
    void adminSeesEveryProject();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, bool admin = false);
    QString workerPortId(int worker) const;

    std::unique_ptr<OpenStackSimulator> m_sim;
};

static const QString cli = QStringLiteral("/usr/bin/openstack");

void TestOpenStackCli::initTestCase()
{
    if (!QFileInfo(cli).isExecutable()) {
        QSKIP("/usr/bin/openstack is missing: apt-get install -y --no-install-recommends "
              "python3-openstackclient");
    }
}

void TestOpenStackCli::init()
{
    m_sim = std::make_unique<OpenStackSimulator>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_sim->loadLab();
}

TestOpenStackCli::Result TestOpenStackCli::run(const QStringList &arguments, bool admin)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("OS_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("OS_AUTH_URL"), m_sim->authUrl().toString());
    env.insert(QStringLiteral("OS_IDENTITY_API_VERSION"), QStringLiteral("3"));
    env.insert(QStringLiteral("OS_USERNAME"),
               admin ? OpenStackLab::adminName : OpenStackLab::userName);
    env.insert(QStringLiteral("OS_PASSWORD"),
               admin ? OpenStackLab::adminPassword : OpenStackLab::password);
    env.insert(QStringLiteral("OS_PROJECT_NAME"), OpenStackLab::projectName);
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
    env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionOne"));
    env.insert(QStringLiteral("OS_INTERFACE"), QStringLiteral("public"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(env);
    process.start(cli, arguments);
    Result result;
    // The simulator lives on this thread: keep the loop turning until the CLI exits.
    [&] { QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 60000); }();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestOpenStackCli::workerPortId(int worker) const
{
    const QString serverName = QStringLiteral("worker-%1.k8s.lan").arg(worker);
    QString serverId;
    for (const auto &server : m_sim->store().servers()) {
        if (server.name == serverName)
            serverId = server.id;
    }
    for (const OsPort &port : m_sim->store().ports()) {
        if (port.deviceId == serverId)
            return port.id;
    }
    return {};
}

void TestOpenStackCli::portListLongShowsComputePorts()
{
    const Result result
            = run({QStringLiteral("port"), QStringLiteral("list"), QStringLiteral("--long"),
                   QStringLiteral("-f"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    // The demo user sees the lab project's six ports, not the other project's.
    QCOMPARE(rows.size(), 6);
    int compute = 0;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("Device Owner")).toString()
            == QStringLiteral("compute:nova"))
            ++compute;
    }
    QCOMPARE(compute, 4);
    QVERIFY(m_sim->requestCount("GET", QStringLiteral("/network/v2.0/ports")) >= 1);
}

void TestOpenStackCli::portSetAddsPairWithPortMacAndRerunFails()
{
    const QString id = workerPortId(0);
    QVERIFY(!id.isEmpty());
    const QString mac = m_sim->store().port(id)->macAddress;
    const QStringList set {QStringLiteral("port"), QStringLiteral("set"), id,
                           QStringLiteral("--allowed-address"),
                           QStringLiteral("ip-address=10.200.0.0/16")};
    Result result = run(set);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_sim->requestCount("PUT", QStringLiteral("/network/v2.0/ports/") + id), 1);

    result = run({QStringLiteral("port"), QStringLiteral("show"), id, QStringLiteral("-f"),
                  QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(result.out).object();
    const QJsonArray pairs = shown.value(QStringLiteral("allowed_address_pairs")).toArray();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().toObject().value(QStringLiteral("ip_address")).toString(),
             QStringLiteral("10.200.0.0/16"));
    QCOMPARE(pairs.first().toObject().value(QStringLiteral("mac_address")).toString(), mac);
    QCOMPARE(shown.value(QStringLiteral("revision_number")).toInt(), 2);

    // The tutorial's command is not idempotent: the rerun fails.
    result = run(set);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("DuplicateAddressPairInRequest")
                     || result.err.contains("duplicate address pair"),
             result.err.constData());
    QCOMPARE(m_sim->store().port(id)->allowedAddressPairs.size(), 1);
    QCOMPARE(m_sim->store().port(id)->revisionNumber, 2);
}

void TestOpenStackCli::portSetOnPortSecurityOffFails()
{
    QString id;
    for (const OsPort &port : m_sim->store().ports()) {
        if (!port.portSecurityEnabled)
            id = port.id;
    }
    QVERIFY(!id.isEmpty());
    const Result result = run({QStringLiteral("port"), QStringLiteral("set"), id,
                               QStringLiteral("--allowed-address"),
                               QStringLiteral("ip-address=10.200.0.0/16")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("Port Security must be enabled"), result.err.constData());
}

void TestOpenStackCli::adminSeesEveryProject()
{
    const Result result
            = run({QStringLiteral("port"), QStringLiteral("list"), QStringLiteral("--long"),
                   QStringLiteral("-f"), QStringLiteral("json")},
                  true);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 7);
}

QTEST_GUILESS_MAIN(TestOpenStackCli)
#include "tst_openstackcli.moc"
