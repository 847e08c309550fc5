// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs the real podnet-wizard binary's `plan` and `apply` with a profile against both
// simulators, which run in this process: the binary is waited for in the event loop, so the
// simulators keep answering while it runs.
#include "sim/kube/KubeObjectStore.h"
#include "sim/kube/KubeResourceCatalog.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet;

namespace {

const QString clusterCidr = QStringLiteral("10.200.0.0/16");
const QString serviceCidr = QStringLiteral("10.32.0.0/24");

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

class TestProfileCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsHelp();
    void badOptionsAreBadInput();
    void plansAsTextWithoutChanging();
    void plansAsJson();
    void appliesBothSidesUntilReady();
    void applyWithoutYesOutsideTerminalChangesNothing();
    void badProfilePointsAtLinesAndChangesNothing();
    void failedPortStopsTheRun();
    void wrongPasswordIsBadInput();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments);
    /// Writes the lab profile (with \a replace applied) and returns its path.
    QString writeProfile(const QByteArray &from = {}, const QByteArray &to = {});
    QString portOf(const QString &serverName) const;
    QStringList pairsOf(const QString &serverName) const;
    QList<QJsonObject> objects(const char *apiVersion, const char *kind) const;
    bool nothingChanged() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sim::OpenStackSimulator> m_openStack;
    std::unique_ptr<sim::KubeSimulator> m_kube;
    QString m_kubeconfig;
};

void TestProfileCommand::initTestCase()
{
    QVERIFY2(QFileInfo(test::binaryPath()).isExecutable(), qPrintable(test::binaryPath()));
}

void TestProfileCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_openStack = std::make_unique<sim::OpenStackSimulator>();
    QVERIFY2(m_openStack->start(), qPrintable(m_openStack->errorString()));
    m_openStack->loadLab();
    QByteArray clouds = test::readAll(test::dataPath(QStringLiteral("cli/ports/clouds.yaml.in")));
    QVERIFY(!clouds.isEmpty());
    clouds.replace("@AUTH_URL@", m_openStack->authUrl().toString().toUtf8());
    QFile cloudsFile(m_home->filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(cloudsFile.open(QIODevice::WriteOnly));
    cloudsFile.write(clouds);
    cloudsFile.close();

    m_kube = std::make_unique<sim::KubeSimulator>();
    QSignalSpy ready(m_kube.get(), &sim::KubeSimulator::ready);
    m_kube->start();
    QVERIFY(ready.wait(20000));
    m_kubeconfig = m_home->filePath(QStringLiteral("kubeconfig"));
    QString error;
    QVERIFY2(m_kube->writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
}

void TestProfileCommand::cleanup()
{
    m_kube.reset();
    m_openStack.reset();
    m_home.reset();
}

QProcessEnvironment TestProfileCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("OS_")) || key.endsWith(QLatin1String("_proxy"))
            || key.endsWith(QLatin1String("_PROXY")))
            env.remove(key);
    }
    for (const char *key : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY",
                            "QT_QPA_PLATFORM", "KUBECONFIG"})
        env.remove(QString::fromLatin1(key));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
               m_home->filePath(QStringLiteral("clouds.yaml")));
    return env;
}

Run TestProfileCommand::run(const QStringList &arguments)
{
    Run result;
    QProcess process;
    process.setProgram(test::binaryPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_home->path());
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal, as in CI
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (finished.count() == 0 && !finished.wait(90000)) {
        process.kill();
        QSignalSpy killed(&process, &QProcess::finished);
        killed.wait(5000);
        result.err = QStringLiteral("timed out; stderr: ")
                + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    // No secret ever reaches the output.
    for (const QString &secret : {sim::OpenStackLab::password, m_kube->token()}) {
        if (result.out.contains(secret) || result.err.contains(secret)) {
            result.exitCode = -2;
            result.err = QStringLiteral("TEST FAILURE: a secret was printed");
        }
    }
    return result;
}

QString TestProfileCommand::writeProfile(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = test::readAll(test::dataPath(QStringLiteral("cli/profile/lab.yaml.in")));
    text.replace("@KUBECONFIG@", m_kubeconfig.toUtf8());
    if (!from.isEmpty())
        text.replace(from, to);
    const QString path = m_home->filePath(QStringLiteral("lab.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

QString TestProfileCommand::portOf(const QString &serverName) const
{
    QString serverId;
    for (const auto &server : m_openStack->store().servers()) {
        if (server.name == serverName)
            serverId = server.id;
    }
    for (const sim::OsPort &port : m_openStack->store().ports()) {
        if (!serverId.isEmpty() && port.deviceId == serverId)
            return port.id;
    }
    return {};
}

QStringList TestProfileCommand::pairsOf(const QString &serverName) const
{
    QStringList pairs;
    if (const sim::OsPort *port = m_openStack->store().port(portOf(serverName))) {
        for (const sim::OsPort::AddressPair &pair : port->allowedAddressPairs)
            pairs.append(pair.ipAddress);
    }
    pairs.sort();
    return pairs;
}

QList<QJsonObject> TestProfileCommand::objects(const char *apiVersion, const char *kind) const
{
    const sim::KubeResourceType *type = sim::KubeResourceCatalog::findKind(
            QString::fromLatin1(apiVersion), QString::fromLatin1(kind));
    return type ? m_kube->store().list(*type) : QList<QJsonObject> {};
}

bool TestProfileCommand::nothingChanged() const
{
    return m_openStack->requestCount("PUT", QStringLiteral(".*")) == 0
            && objects("apps/v1", "DaemonSet").isEmpty()
            && pairsOf(QStringLiteral("worker-0.k8s.lan")).isEmpty();
}

void TestProfileCommand::showsHelp()
{
    for (const char *command : {"plan", "apply"}) {
        const Run help = run({QString::fromLatin1(command), QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, help.describe().constData());
        QVERIFY2(help.out.contains(QLatin1String("--profile")), help.describe().constData());
    }
    const Run apply = run({QStringLiteral("apply"), QStringLiteral("--help")});
    QVERIFY(apply.out.contains(QLatin1String("--yes")));
    QVERIFY(apply.out.contains(QLatin1String("--wait-ready")));
    const Run top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QLatin1String("  plan ")));
    QVERIFY(top.out.contains(QLatin1String("  apply ")));
}

void TestProfileCommand::badOptionsAreBadInput()
{
    const Run noProfile = run({QStringLiteral("plan")});
    QVERIFY2(noProfile.exitCode == 2, noProfile.describe().constData());
    QVERIFY(noProfile.err.contains(QLatin1String("--profile")));
    const Run badFormat = run({QStringLiteral("plan"), QStringLiteral("--profile"), writeProfile(),
                               QStringLiteral("-o"), QStringLiteral("yaml")});
    QVERIFY2(badFormat.exitCode == 2, badFormat.describe().constData());
    const Run badWait = run({QStringLiteral("apply"), QStringLiteral("--profile"), writeProfile(),
                             QStringLiteral("--yes"), QStringLiteral("--wait-ready"),
                             QStringLiteral("soon")});
    QVERIFY2(badWait.exitCode == 2, badWait.describe().constData());
    const Run missing = run({QStringLiteral("plan"), QStringLiteral("--profile"),
                             m_home->filePath(QStringLiteral("absent.yaml"))});
    QVERIFY2(missing.exitCode == 2, missing.describe().constData());
    QVERIFY(nothingChanged());
}

void TestProfileCommand::plansAsTextWithoutChanging()
{
    const Run plan = run({QStringLiteral("plan"), QStringLiteral("--profile"), writeProfile()});
    QVERIFY2(plan.exitCode == 0, plan.describe().constData());
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(plan.out.contains(QStringLiteral("+ worker-%1.k8s.lan").arg(i)),
                 plan.describe().constData());
    }
    QVERIFY2(plan.out.contains(QLatin1String("kube-router")), plan.describe().constData());
    // The profile's "ports" glob leaves the controller out.
    bool controllerLeftOut = false;
    for (const QString &line : plan.out.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("controller-0.k8s.lan")))
            controllerLeftOut = line.contains(QLatin1String("not selected"));
    }
    QVERIFY2(controllerLeftOut, plan.describe().constData());
    QVERIFY(nothingChanged());
}

void TestProfileCommand::plansAsJson()
{
    const Run plan = run({QStringLiteral("plan"), QStringLiteral("--profile"), writeProfile(),
                          QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(plan.exitCode == 0, plan.describe().constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, plan.describe().constData());
    QCOMPARE(json.value(QLatin1String("applicable")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("manifest")).toArray().size(), 5);
    QVERIFY(json.contains(QLatin1String("ports")));
    QVERIFY(json.contains(QLatin1String("podRanges")));
    QVERIFY(nothingChanged());
}

void TestProfileCommand::appliesBothSidesUntilReady()
{
    const Run apply
            = run({QStringLiteral("apply"), QStringLiteral("--profile"), writeProfile(),
                   QStringLiteral("--yes"), QStringLiteral("--wait-ready"), QStringLiteral("60")});
    QVERIFY2(apply.exitCode == 0, apply.describe().constData());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pairsOf(QStringLiteral("worker-%1.k8s.lan").arg(i)),
                 QStringList({clusterCidr, serviceCidr}));
    }
    QCOMPARE(pairsOf(QStringLiteral("controller-0.k8s.lan")), QStringList());
    QCOMPARE(objects("apps/v1", "DaemonSet").size(), 1);
    const QList<QJsonObject> nodes = objects("v1", "Node");
    QCOMPARE(nodes.size(), 3);
    for (const QJsonObject &node : nodes) {
        bool ready = false;
        const QJsonArray conditions = node.value(QLatin1String("status"))
                                              .toObject()
                                              .value(QLatin1String("conditions"))
                                              .toArray();
        for (const QJsonValue &condition : conditions) {
            const QJsonObject c = condition.toObject();
            if (c.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
                ready = c.value(QLatin1String("status")).toString() == QLatin1String("True");
        }
        QVERIFY2(ready, qPrintable(QString::fromUtf8(QJsonDocument(node).toJson())));
    }
    QVERIFY2(apply.out.contains(QLatin1String("every node is Ready")),
             apply.describe().constData());

    // A rerun has nothing left to change and still ends Ready.
    const int puts = m_openStack->requestCount("PUT", QStringLiteral(".*"));
    const Run again = run({QStringLiteral("apply"), QStringLiteral("--profile"), writeProfile(),
                           QStringLiteral("--yes")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(m_openStack->requestCount("PUT", QStringLiteral(".*")), puts);
}

void TestProfileCommand::applyWithoutYesOutsideTerminalChangesNothing()
{
    const Run apply = run({QStringLiteral("apply"), QStringLiteral("--profile"), writeProfile()});
    QVERIFY2(apply.exitCode == 2, apply.describe().constData());
    QVERIFY(apply.err.contains(QLatin1String("--yes")));
    QVERIFY(nothingChanged());
}

void TestProfileCommand::badProfilePointsAtLinesAndChangesNothing()
{
    const QString path = test::dataPath(QStringLiteral("cli/profile/bad.yaml"));
    for (const char *command : {"plan", "apply"}) {
        QStringList arguments {QString::fromLatin1(command), QStringLiteral("--profile"), path};
        if (qstrcmp(command, "apply") == 0)
            arguments << QStringLiteral("--yes");
        const Run bad = run(arguments);
        QVERIFY2(bad.exitCode == 2, bad.describe().constData());
        QVERIFY2(bad.err.contains(path + QStringLiteral(":4:3: Unknown key \"clod\"")),
                 bad.describe().constData());
        QVERIFY2(bad.err.contains(path + QStringLiteral(":5:3: \"password\" looks like")),
                 bad.describe().constData());
    }
    // Not even a request was sent.
    QCOMPARE(m_openStack->requestLog(), QStringList());
    QVERIFY(nothingChanged());
}

void TestProfileCommand::failedPortStopsTheRun()
{
    m_openStack->failNext("PUT",
                          QStringLiteral("/network/v2.0/ports/")
                                  + portOf(QStringLiteral("worker-2.k8s.lan")),
                          403);
    const Run apply
            = run({QStringLiteral("apply"), QStringLiteral("--profile"), writeProfile(),
                   QStringLiteral("--yes"), QStringLiteral("--wait-ready"), QStringLiteral("10")});
    QVERIFY2(apply.exitCode == 1, apply.describe().constData());
    QCOMPARE(pairsOf(QStringLiteral("worker-2.k8s.lan")), QStringList());
    // What depends on the pairs was not started.
    QVERIFY(objects("apps/v1", "DaemonSet").isEmpty());
}

void TestProfileCommand::wrongPasswordIsBadInput()
{
    const Run plan = run({QStringLiteral("plan"), QStringLiteral("--profile"),
                          writeProfile("cloud: lab", "cloud: wrong-password")});
    QVERIFY2(plan.exitCode == 2, plan.describe().constData());
    QVERIFY(nothingChanged());
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
