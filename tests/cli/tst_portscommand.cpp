// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs the real podnet-wizard binary against the OpenStack simulator in this process. The
// binary is waited for in the event loop (never waitForFinished), so the simulator keeps
// answering while it runs.
#include "sim/openstack/NeutronService.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>

using namespace podnet;

namespace {

const QString portPath = QStringLiteral("/network/v2.0/ports/.*");
const QString clusterCidr = QStringLiteral("10.200.0.0/16");
const QString serviceCidr = QStringLiteral("10.32.0.0/24");

/// What one run of the binary did.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode)
                + (exitStatus == QProcess::CrashExit ? " (crashed)" : "") + "\nstdout:\n"
                + out.toUtf8() + "\nstderr:\n" + err.toUtf8();
    }
};

} // namespace

class TestPortsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsHelp();
    void plansAsText();
    void plansAsJson();
    void appliesRerunsUndoesAndListsRuns();
    void refusesWithoutYesAndTerminal();
    void refusesBadCidrBeforeAnyRequest_data();
    void refusesBadCidrBeforeAnyRequest();
    void wrongPasswordIsBadInput();
    void unknownCloudListsClouds();
    void selectsByPattern();
    void failedPortIsListed();
    void pairLimitFailureIsListed();
    void openRcWithPasswordFromEnvironment();
    void openRcWithoutPasswordOrTerminal();
    void interruptReportsExactly();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments) { return run(arguments, environment()); }
    Run run(const QStringList &arguments, const QProcessEnvironment &environment,
            const std::function<void(QProcess &)> &whileRunning = {});
    void writeTemplate(const QString &name, const QString &target);
    QString portOf(const QString &serverName) const;
    QStringList pairsOf(const QString &serverName) const;
    int puts() const { return m_sim->requestCount("PUT", portPath); }
    QStringList journals() const;
    void checkNoSecrets(const QString &text);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sim::OpenStackSimulator> m_sim;
    QStringList m_outputs; ///< everything every run printed, checked for secrets in cleanup()
};

void TestPortsCommand::initTestCase()
{
    QVERIFY2(QFileInfo(test::binaryPath()).isExecutable(), qPrintable(test::binaryPath()));
}

void TestPortsCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sim = std::make_unique<sim::OpenStackSimulator>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_sim->loadLab();
    writeTemplate(QStringLiteral("clouds.yaml.in"), QStringLiteral("clouds.yaml"));
    writeTemplate(QStringLiteral("horizon-openrc.sh.in"), QStringLiteral("openrc.sh"));
    m_outputs.clear();
}

void TestPortsCommand::cleanup()
{
    // No password, secret or live token in anything printed or written under HOME (the
    // clouds.yaml and openrc the test wrote itself aside).
    QStringList texts = m_outputs;
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String("/clouds.yaml")) || path.endsWith(QLatin1String(".sh")))
            continue;
        texts.append(QString::fromUtf8(test::readAll(path)));
    }
    for (const QString &text : std::as_const(texts))
        checkNoSecrets(text);
    m_sim.reset();
    m_home.reset();
}

void TestPortsCommand::checkNoSecrets(const QString &text)
{
    QVERIFY(!text.contains(sim::OpenStackLab::password));
    QVERIFY(!text.contains(QLatin1String("not-the-password")));
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_-]{16,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString candidate = it.next().captured();
        QVERIFY2(!m_sim->store().validToken(candidate), "a token was printed or written");
    }
}

void TestPortsCommand::writeTemplate(const QString &name, const QString &target)
{
    QByteArray text = test::readAll(test::dataPath(QStringLiteral("cli/ports/") + name));
    QVERIFY(!text.isEmpty());
    text.replace("@AUTH_URL@", m_sim->authUrl().toString().toUtf8());
    QFile file(m_home->filePath(target));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QProcessEnvironment TestPortsCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("OS_")) || key.endsWith(QLatin1String("_proxy"))
            || key.endsWith(QLatin1String("_PROXY")))
            env.remove(key);
    }
    for (const char *key : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(key));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
               m_home->filePath(QStringLiteral("clouds.yaml")));
    return env;
}

Run TestPortsCommand::run(const QStringList &arguments, const QProcessEnvironment &environment,
                          const std::function<void(QProcess &)> &whileRunning)
{
    Run result;
    QProcess process;
    process.setProgram(test::binaryPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home->path());
    // Standard input is no terminal: a closed pipe, as in CI.
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("did not start");
        return result;
    }
    if (whileRunning)
        whileRunning(process);
    if (finished.count() == 0 && !finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        result.err = QStringLiteral("timed out; stderr: ")
                + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_outputs << result.out << result.err;
    return result;
}

QString TestPortsCommand::portOf(const QString &serverName) const
{
    QString serverId;
    for (const auto &server : m_sim->store().servers()) {
        if (server.name == serverName)
            serverId = server.id;
    }
    for (const sim::OsPort &port : m_sim->store().ports()) {
        if (!serverId.isEmpty() && port.deviceId == serverId)
            return port.id;
    }
    return {};
}

QStringList TestPortsCommand::pairsOf(const QString &serverName) const
{
    QStringList pairs;
    if (const sim::OsPort *port = m_sim->store().port(portOf(serverName))) {
        for (const sim::OsPort::AddressPair &pair : port->allowedAddressPairs)
            pairs.append(pair.ipAddress);
    }
    pairs.sort();
    return pairs;
}

QStringList TestPortsCommand::journals() const
{
    QStringList found;
    QDirIterator files(m_home->path(), {QStringLiteral("*.jsonl")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        found.append(files.next());
    return found;
}

void TestPortsCommand::showsHelp()
{
    const Run help = run({QStringLiteral("ports"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--os-cloud", "--openrc", "--cluster-cidr", "--service-cidr",
                               "--select", "--concurrency", "--yes", "--journal", "--output",
                               "--region", "--interface", "--pair-limit", "--show-commands"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QLatin1String("  ports ")));
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestPortsCommand::plansAsText()
{
    const Run plan
            = run({QStringLiteral("ports"), QStringLiteral("plan"), QStringLiteral("--os-cloud"),
                   QStringLiteral("lab"), QStringLiteral("--show-commands")});
    QVERIFY2(plan.exitCode == 0, plan.describe().constData());
    const QString worker0 = portOf(QStringLiteral("worker-0.k8s.lan"));
    QVERIFY(plan.out.contains(QStringLiteral("+ worker-0.k8s.lan  %1  add %2, %3")
                                      .arg(worker0, clusterCidr, serviceCidr)));
    QVERIFY(plan.out.contains(
            QStringLiteral("+ worker-1.k8s.lan  %1  add %2")
                    .arg(portOf(QStringLiteral("worker-1.k8s.lan")), clusterCidr)));
    QVERIFY(plan.out.contains(QLatin1String("skip controller-0.k8s.lan")));
    QVERIFY(plan.out.contains(
            QLatin1String("3 ports to change, 5 pairs to add, 0 complete, 1 skipped, 0 blocked.")));
    QVERIFY(plan.out.contains(QStringLiteral("openstack port set %1").arg(worker0)));
    QCOMPARE(puts(), 0);
}

void TestPortsCommand::plansAsJson()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("lab"));
    const Run plan = run({QStringLiteral("ports"), QStringLiteral("plan"),
                          QStringLiteral("--output"), QStringLiteral("json")},
                         env);
    QVERIFY2(plan.exitCode == 0, plan.describe().constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(plan.out));
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("add"));
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("ports_to_change")).toInt(), 3);
    QCOMPARE(totals.value(QLatin1String("pairs_to_add")).toInt(), 5);
    QCOMPARE(totals.value(QLatin1String("skipped")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("cidrs")).toArray().size(), 2);
    QCOMPARE(puts(), 0);
}

void TestPortsCommand::appliesRerunsUndoesAndListsRuns()
{
    const QStringList before1 = pairsOf(QStringLiteral("worker-1.k8s.lan"));
    const QStringList cloud = {QStringLiteral("--os-cloud"), QStringLiteral("lab")};
    const Run apply = run(
            QStringList {QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes")}
            + cloud);
    QVERIFY2(apply.exitCode == 0, apply.describe().constData());
    QCOMPARE(puts(), 3);
    for (const char *name : {"worker-0.k8s.lan", "worker-1.k8s.lan", "worker-2.k8s.lan"})
        QCOMPARE(pairsOf(QString::fromLatin1(name)), QStringList({clusterCidr, serviceCidr}));
    QVERIFY(apply.out.contains(QLatin1String("Ports changed: 3, unchanged: 1, failed: 0.")));
    QVERIFY(apply.out.contains(QLatin1String("[3/4]"))
            || apply.out.contains(QLatin1String("[4/4]")));
    QCOMPARE(journals().size(), 1);

    const Run again = run(
            QStringList {QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes")}
            + cloud);
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QVERIFY(again.out.contains(
            QLatin1String("Nothing to do: every selected port already has both pairs.")));
    QCOMPARE(puts(), 3);

    const Run undo = run(
            QStringList {QStringLiteral("ports"), QStringLiteral("undo"), QStringLiteral("--yes")}
            + cloud);
    QVERIFY2(undo.exitCode == 0, undo.describe().constData());
    QVERIFY(undo.out.contains(QLatin1String("the most recent finished apply")));
    QCOMPARE(puts(), 6);
    QCOMPARE(pairsOf(QStringLiteral("worker-0.k8s.lan")), QStringList());
    QCOMPARE(pairsOf(QStringLiteral("worker-1.k8s.lan")), before1);
    QCOMPARE(pairsOf(QStringLiteral("worker-2.k8s.lan")), QStringList());

    const Run runs = run({QStringLiteral("ports"), QStringLiteral("runs")});
    QVERIFY2(runs.exitCode == 0, runs.describe().constData());
    const QStringList lines = runs.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QLatin1String("undo of")), qPrintable(runs.out));
    QVERIFY(lines.at(1).contains(QLatin1String("3 changed")));
    QVERIFY(lines.at(1).contains(QLatin1String("finished")));
    const Run runsJson = run({QStringLiteral("ports"), QStringLiteral("runs"), QStringLiteral("-o"),
                              QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(runsJson.out.toUtf8()).array().size(), 2);
}

void TestPortsCommand::refusesWithoutYesAndTerminal()
{
    const Run apply = run({QStringLiteral("ports"), QStringLiteral("apply"),
                           QStringLiteral("--os-cloud"), QStringLiteral("lab")});
    QCOMPARE(apply.exitCode, 2);
    QVERIFY2(apply.err.contains(QLatin1String("--yes")), qPrintable(apply.err));
    QCOMPARE(puts(), 0);
}

void TestPortsCommand::refusesBadCidrBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host bits") << QStringList {QStringLiteral("--cluster-cidr"),
                                               QStringLiteral("10.200.0.1/16")}
                               << QStringLiteral("--cluster-cidr");
    QTest::newRow("no prefix") << QStringList {QStringLiteral("--service-cidr"),
                                               QStringLiteral("10.32.0.0")}
                               << QStringLiteral("--service-cidr");
    QTest::newRow("overlap") << QStringList {QStringLiteral("--service-cidr"),
                                             QStringLiteral("10.200.1.0/24")}
                             << QStringLiteral("overlap");
    QTest::newRow("concurrency") << QStringList {QStringLiteral("--concurrency"),
                                                 QStringLiteral("0")}
                                 << QStringLiteral("--concurrency");
}

void TestPortsCommand::refusesBadCidrBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run apply = run(QStringList {QStringLiteral("ports"), QStringLiteral("apply"),
                                       QStringLiteral("--yes"), QStringLiteral("--os-cloud"),
                                       QStringLiteral("lab")}
                          + arguments);
    QCOMPARE(apply.exitCode, 2);
    QVERIFY2(apply.err.contains(expected), qPrintable(apply.err));
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestPortsCommand::wrongPasswordIsBadInput()
{
    const Run plan = run({QStringLiteral("ports"), QStringLiteral("plan"),
                          QStringLiteral("--os-cloud"), QStringLiteral("wrong-password")});
    QCOMPARE(plan.exitCode, 2);
    QVERIFY2(plan.err.contains(QLatin1String("Signing in to")), qPrintable(plan.err));
    QVERIFY(plan.err.contains(QLatin1String("401")));
    QCOMPARE(m_sim->requestCount("GET", portPath.chopped(3)), 0);
}

void TestPortsCommand::unknownCloudListsClouds()
{
    const Run plan = run({QStringLiteral("ports"), QStringLiteral("plan"),
                          QStringLiteral("--os-cloud"), QStringLiteral("nope")});
    QCOMPARE(plan.exitCode, 2);
    QVERIFY2(plan.err.contains(QLatin1String("lab, wrong-password")), qPrintable(plan.err));
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestPortsCommand::selectsByPattern()
{
    const Run apply
            = run({QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes"),
                   QStringLiteral("--os-cloud"), QStringLiteral("lab"), QStringLiteral("--select"),
                   QStringLiteral("db-*")});
    // Nothing matches: nothing to do.
    QVERIFY2(apply.exitCode == 0, apply.describe().constData());
    QCOMPARE(puts(), 0);
    const Run one = run({QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes"),
                         QStringLiteral("--os-cloud"), QStringLiteral("lab"),
                         QStringLiteral("--select"), QStringLiteral("worker-0*")});
    QVERIFY2(one.exitCode == 0, one.describe().constData());
    QCOMPARE(puts(), 1);
    QCOMPARE(pairsOf(QStringLiteral("worker-0.k8s.lan")), QStringList({clusterCidr, serviceCidr}));
    QCOMPARE(pairsOf(QStringLiteral("worker-2.k8s.lan")), QStringList());
}

void TestPortsCommand::failedPortIsListed()
{
    const QString worker2 = portOf(QStringLiteral("worker-2.k8s.lan"));
    m_sim->failNext("PUT", QStringLiteral("/network/v2.0/ports/") + worker2, 403);
    const Run apply
            = run({QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes"),
                   QStringLiteral("--os-cloud"), QStringLiteral("lab")});
    QCOMPARE(apply.exitCode, 1);
    QVERIFY2(apply.out.contains(QLatin1String("Failed ports (1):")), qPrintable(apply.out));
    QVERIFY(apply.out.contains(QStringLiteral("  worker-2.k8s.lan  %1  ").arg(worker2)));
    QVERIFY(apply.out.contains(QLatin1String("Ports changed: 2, unchanged: 1, failed: 1.")));
    QCOMPARE(pairsOf(QStringLiteral("worker-2.k8s.lan")), QStringList());
    QCOMPARE(pairsOf(QStringLiteral("worker-0.k8s.lan")), QStringList({clusterCidr, serviceCidr}));
}

void TestPortsCommand::pairLimitFailureIsListed()
{
    // Neutron allows one pair; worker-1 already has one, the others need two.
    m_sim->neutron().setMaxAddressPairs(1);
    const Run apply = run({QStringLiteral("ports"), QStringLiteral("apply"),
                           QStringLiteral("--yes"), QStringLiteral("--os-cloud"),
                           QStringLiteral("lab"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(apply.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(apply.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("result"))
                                       .toObject();
    QCOMPARE(result.value(QLatin1String("failed")).toInt(), 3);
    QVERIFY2(apply.err.contains(QLatin1String("Failed ports (3):")), qPrintable(apply.err));
    QVERIFY(apply.err.contains(portOf(QStringLiteral("worker-0.k8s.lan"))));
}

void TestPortsCommand::openRcWithPasswordFromEnvironment()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    env.insert(QStringLiteral("OS_PASSWORD"), sim::OpenStackLab::password);
    const Run plan
            = run({QStringLiteral("ports"), QStringLiteral("plan"), QStringLiteral("--openrc"),
                   m_home->filePath(QStringLiteral("openrc.sh"))},
                  env);
    QVERIFY2(plan.exitCode == 0, plan.describe().constData());
    QVERIFY(plan.out.contains(QLatin1String("3 ports to change")));
}

void TestPortsCommand::openRcWithoutPasswordOrTerminal()
{
    const Run plan
            = run({QStringLiteral("ports"), QStringLiteral("plan"), QStringLiteral("--openrc"),
                   m_home->filePath(QStringLiteral("openrc.sh"))});
    QCOMPARE(plan.exitCode, 2);
    QVERIFY2(plan.err.contains(QLatin1String("OS_PASSWORD")), qPrintable(plan.err));
    QCOMPARE(m_sim->requestLog().size(), 0);
}

void TestPortsCommand::interruptReportsExactly()
{
    m_sim->delayNext("PUT", portPath, std::chrono::milliseconds(700), 10);
    int landed = 0;
    connect(m_sim.get(), &sim::OpenStackSimulator::requestHandled, this,
            [&](const QByteArray &method, const QString &, int status) {
                if (method == "PUT" && status == 200)
                    ++landed;
            });
    const Run apply
            = run({QStringLiteral("ports"), QStringLiteral("apply"), QStringLiteral("--yes"),
                   QStringLiteral("--os-cloud"), QStringLiteral("lab"),
                   QStringLiteral("--concurrency"), QStringLiteral("1")},
                  environment(), [&](QProcess &process) {
                      QTRY_VERIFY_WITH_TIMEOUT(landed >= 1, 20000);
                      ::kill(static_cast<pid_t>(process.processId()), SIGINT);
                  });
    QCOMPARE(apply.exitCode, 1);
    QCOMPARE(apply.exitStatus, QProcess::NormalExit);
    QVERIFY2(apply.out.contains(QLatin1String("Interrupted")), apply.describe().constData());
    QVERIFY(landed >= 1 && landed < 3);
    QVERIFY(apply.out.contains(QStringLiteral("Changed ports (%1):").arg(landed)));
    QVERIFY(apply.out.contains(QStringLiteral("Ports not changed (%1):").arg(3 - landed)));
    int withPairs = 0;
    for (const char *name : {"worker-0.k8s.lan", "worker-2.k8s.lan"})
        withPairs += pairsOf(QString::fromLatin1(name)).size() == 2 ? 1 : 0;
    withPairs += pairsOf(QStringLiteral("worker-1.k8s.lan")).size() == 2 ? 1 : 0;
    QCOMPARE(withPairs, landed);
    QCOMPARE(journals().size(), 1);
    const QByteArray journal = test::readAll(journals().constFirst());
    QVERIFY2(journal.contains("\"cancelled\""), journal.constData());
    QCOMPARE(journal.count("\"port_id\""), landed);
}

QTEST_GUILESS_MAIN(TestPortsCommand)
#include "tst_portscommand.moc"
