// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs the real podnet-wizard binary's `k8s` commands against the Kubernetes simulator, which
// runs in this process: every wait goes through the event loop so the simulator keeps
// answering. Every run uses --template builtin (tests only ever talk to 127.0.0.1).
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "sim/kube/KubeObjectStore.h"
#include "sim/kube/KubeSimulator.h"

#include "TestData.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace podnet;

namespace {

const QString kApiServer = QStringLiteral("https://10.0.0.10:6443");

/// What one run of the binary did.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QStringList outLines() const
    {
        return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString errText() const { return QString::fromUtf8(err); }
    /// The stdout lines ending with " \a word" (kubectl-style result lines).
    QStringList linesEndingWith(const QString &word) const
    {
        return outLines().filter(QRegularExpression(
                QStringLiteral("^\\S+/\\S+ %1$").arg(QRegularExpression::escape(word))));
    }
    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode)
                + (exitStatus == QProcess::CrashExit ? " (crashed)" : "") + "\nstdout:\n" + out
                + "\nstderr:\n" + err;
    }
};

} // namespace

class TestKubeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsHelp();
    void checkFindsNodesWithoutPodRange();
    void diffShowsFiveCreates();
    void applyCreatesThenKeepsUnchanged();
    void applyWithoutYesOutsideTerminalChangesNothing();
    void applyWithOtherApiServerConfigures();
    void conflictThenForce();
    void uninstallDeletesFive();
    void jsonOutputParses();
    void wrongContextListsContexts();
    void malformedKubeconfigPointsAtTheLine();
    void missingKubeconfigIsBadInput();
    void unreachableServerIsBadInput();

    void nodesMatchKubectl();
    void nodesNeedNoApiServerNorTemplate();
    void nodesWideAddsOurColumns();
    void nodesJsonParses();
    void nodesWaitReadyUntilReady();
    void nodesWaitReadyTimesOutWithReasons();
    void nodesWatchPrintsChangedRows();
    void nodesAndAnnotateBadOptions();

private:
    QProcessEnvironment environment() const;
    /// "k8s nodes --kubeconfig …" plus \a extra: no --template, no --api-server.
    Run nodes(const QStringList &extra = {});
    /// kubectl's stdout for \a arguments against the simulator; empty when not installed.
    QByteArray kubectl(const QStringList &arguments);
    /// Restarts the simulator with pod ranges and kubelet delays, and rewrites the kubeconfig.
    void restartSimulatorWithDelays();
    /// Applies the built-in manifest through the binary, without waiting for the rollout.
    bool applyNoWait();

    Run run(const QStringList &arguments);
    /// "k8s VERB --kubeconfig … --template builtin --api-server …" plus \a extra.
    Run k8s(const QString &verb, const QStringList &extra = {});
    void givePodRanges();
    bool takeConfigMapAsOtherTool();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sim::KubeSimulator> m_sim;
    QString m_kubeconfig;
};

QProcessEnvironment TestKubeCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY",
                             "QT_QPA_PLATFORM", "KUBECONFIG", "http_proxy", "https_proxy",
                             "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

Run TestKubeCommand::run(const QStringList &arguments)
{
    Run result;
    QProcess process;
    process.setProgram(test::binaryPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_home->path());
    // Standard input is a pipe, never a terminal: the binary cannot ask.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.closeWriteChannel();
    if (finished.count() == 0 && !finished.wait(90000)) {
        process.kill();
        QSignalSpy killed(&process, &QProcess::finished);
        killed.wait(5000);
        result.err = "timed out; stderr: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    // No secret ever reaches the output.
    const QByteArray token = m_sim->token().toUtf8();
    if (!token.isEmpty() && (result.out.contains(token) || result.err.contains(token))) {
        result.exitCode = -2;
        result.err = "TEST FAILURE: the token was printed";
    }
    return result;
}

Run TestKubeCommand::k8s(const QString &verb, const QStringList &extra)
{
    QStringList arguments {QStringLiteral("k8s"),          verb,
                           QStringLiteral("--kubeconfig"), m_kubeconfig,
                           QStringLiteral("--template"),   QStringLiteral("builtin")};
    if (!extra.contains(QStringLiteral("--api-server")))
        arguments << QStringLiteral("--api-server") << kApiServer;
    return run(arguments + extra);
}

void TestKubeCommand::givePodRanges()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_sim->cluster().setNodePodCidr(QStringLiteral("worker-%1.k8s.lan").arg(i),
                                                QStringLiteral("10.200.%1.0/24").arg(i)));
}

// Another tool takes the ConfigMap's kubeconfig key with server-side apply and force.
bool TestKubeCommand::takeConfigMapAsOtherTool()
{
    KubeConnection connection;
    connection.server = m_sim->baseUrl();
    connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
    connection.token = m_sim->token();
    QNetworkAccessManager network;
    KubeClient client(connection, &network);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("other-tool"));
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    const QJsonObject body {
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router-cfg")},
                          {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("data"),
             QJsonObject {{QStringLiteral("kubeconfig"), QStringLiteral("other\n")}}}};
    KubeReply *reply = client.send(
            "PATCH",
            client.url(QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg"),
                       query),
            QJsonDocument(body).toJson(), "application/apply-patch+yaml");
    bool finished = false;
    bool ok = false;
    connect(reply, &KubeReply::finished, this, [&, reply] {
        finished = true;
        ok = reply->isOk();
    });
    return QTest::qWaitFor([&] { return finished; }, 10000) && ok;
}

void TestKubeCommand::initTestCase()
{
    QVERIFY2(QFileInfo(test::binaryPath()).isExecutable(), qPrintable(test::binaryPath()));
}

void TestKubeCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sim = std::make_unique<sim::KubeSimulator>();
    QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    m_kubeconfig = m_home->filePath(QStringLiteral("kubeconfig"));
    QString error;
    QVERIFY2(m_sim->writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
}

void TestKubeCommand::cleanup()
{
    m_sim.reset();
    m_home.reset();
}

void TestKubeCommand::showsHelp()
{
    const Run help = run({QStringLiteral("k8s"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--kubeconfig",   "--context",         "--api-server", "--cluster-cidr", "--template",
          "--image-tag",    "--force-conflicts", "--yes",        "--output",       "--wait",
          "--no-wait",      "--watch",           "--wait-ready", "--auto",         "--node",
          "--restart-pods", "--journal-dir",     "--run",        "nodes",          "annotate",
          "unannotate"})
        QVERIFY2(help.out.contains(option), option);
    const Run top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains("k8s"));
    const Run bad = run({QStringLiteral("k8s"), QStringLiteral("install")});
    QCOMPARE(bad.exitCode, 2);
    const Run wrongOption = k8s(QStringLiteral("diff"), {QStringLiteral("--yes")});
    QCOMPARE(wrongOption.exitCode, 2);
}

void TestKubeCommand::checkFindsNodesWithoutPodRange()
{
    const Run before = k8s(QStringLiteral("check"));
    QVERIFY2(before.exitCode == 1, before.describe().constData());
    QVERIFY2(before.out.contains("Connected to "), before.describe().constData());
    QVERIFY2(before.out.contains("kubectl annotate node worker-0.k8s.lan"),
             before.describe().constData());
    QVERIFY(before.out.contains("[error]"));

    givePodRanges();
    const Run after = k8s(QStringLiteral("check"));
    QVERIFY2(after.exitCode == 0, after.describe().constData());
    QVERIFY(!after.out.contains("[error]"));
    QVERIFY(after.out.contains("[ok]"));
}

void TestKubeCommand::diffShowsFiveCreates()
{
    const Run diff = k8s(QStringLiteral("diff"));
    QVERIFY2(diff.exitCode == 0, diff.describe().constData());
    const QStringList creates = diff.outLines().filter(QRegularExpression(QStringLiteral("^\\+ ")));
    QCOMPARE(creates.size(), 5);
    QVERIFY(creates.contains(QStringLiteral("+ configmap/kube-router-cfg")));
    // A dry run: nothing was stored, a second diff still creates everything.
    const Run again = k8s(QStringLiteral("diff"));
    QCOMPARE(again.outLines().filter(QRegularExpression(QStringLiteral("^\\+ "))).size(), 5);
}

void TestKubeCommand::applyCreatesThenKeepsUnchanged()
{
    // kube-router only runs on nodes with a pod range: without them the rollout never ends.
    givePodRanges();
    const Run apply = k8s(QStringLiteral("apply"), {QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.describe().constData());
    const QStringList created = apply.linesEndingWith(QStringLiteral("created"));
    QCOMPARE(created,
             QStringList({QStringLiteral("serviceaccount/kube-router created"),
                          QStringLiteral("clusterrole.rbac.authorization.k8s.io/kube-router "
                                         "created"),
                          QStringLiteral("clusterrolebinding.rbac.authorization.k8s.io/"
                                         "kube-router created"),
                          QStringLiteral("configmap/kube-router-cfg created"),
                          QStringLiteral("daemonset.apps/kube-router created")}));
    QVERIFY2(apply.out.contains("3 of 3"), apply.describe().constData());

    const Run again = k8s(QStringLiteral("apply"));
    QVERIFY2(again.exitCode == 0, again.describe().constData()); // nothing changes: no --yes needed
    QCOMPARE(again.linesEndingWith(QStringLiteral("unchanged")).size(), 5);
}

void TestKubeCommand::applyWithoutYesOutsideTerminalChangesNothing()
{
    const qint64 version = m_sim->store().resourceVersion();
    const Run apply = k8s(QStringLiteral("apply"));
    QVERIFY2(apply.exitCode == 2, apply.describe().constData());
    QVERIFY(apply.errText().contains(QStringLiteral("--yes")));
    QVERIFY(apply.linesEndingWith(QStringLiteral("created")).isEmpty());
    QCOMPARE(m_sim->store().resourceVersion(), version);
}

void TestKubeCommand::applyWithOtherApiServerConfigures()
{
    QVERIFY(k8s(QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--no-wait")})
                    .exitCode
            == 0);
    // The preview shows the change as a unified diff.
    const Run diff
            = k8s(QStringLiteral("diff"),
                  {QStringLiteral("--api-server"), QStringLiteral("https://10.0.0.20:6443")});
    QVERIFY2(diff.exitCode == 0, diff.describe().constData());
    QVERIFY(diff.outLines().contains(QStringLiteral("~ configmap/kube-router-cfg")));
    QVERIFY(diff.out.contains("-") && diff.out.contains("10.0.0.20:6443"));
    const Run apply
            = k8s(QStringLiteral("apply"),
                  {QStringLiteral("--yes"), QStringLiteral("--no-wait"),
                   QStringLiteral("--api-server"), QStringLiteral("https://10.0.0.20:6443")});
    QVERIFY2(apply.exitCode == 0, apply.describe().constData());
    QVERIFY2(apply.outLines().contains(QStringLiteral("configmap/kube-router-cfg configured")),
             apply.describe().constData());
    QCOMPARE(apply.linesEndingWith(QStringLiteral("unchanged")).size(), 4);
}

void TestKubeCommand::conflictThenForce()
{
    QVERIFY(k8s(QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--no-wait")})
                    .exitCode
            == 0);
    QVERIFY(takeConfigMapAsOtherTool());
    const qint64 version = m_sim->store().resourceVersion();

    const Run conflict
            = k8s(QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--no-wait")});
    QVERIFY2(conflict.exitCode == 1, conflict.describe().constData());
    QVERIFY2(conflict.errText().contains(QStringLiteral("other-tool")),
             conflict.describe().constData());
    QVERIFY(conflict.errText().contains(QStringLiteral("kubeconfig")));
    QVERIFY(conflict.errText().contains(QStringLiteral("--force-conflicts")));
    QCOMPARE(m_sim->store().resourceVersion(), version);

    const Run forced = k8s(QStringLiteral("apply"),
                           {QStringLiteral("--yes"), QStringLiteral("--no-wait"),
                            QStringLiteral("--force-conflicts")});
    QVERIFY2(forced.exitCode == 0, forced.describe().constData());
    QVERIFY2(forced.outLines().filter(QStringLiteral("configmap/kube-router-cfg configured")).size()
                     == 1,
             forced.describe().constData());
}

void TestKubeCommand::uninstallDeletesFive()
{
    QVERIFY(k8s(QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--no-wait")})
                    .exitCode
            == 0);
    const Run refused = k8s(QStringLiteral("uninstall"));
    QVERIFY2(refused.exitCode == 2, refused.describe().constData());
    QVERIFY(refused.linesEndingWith(QStringLiteral("deleted")).isEmpty());

    const Run uninstall = k8s(QStringLiteral("uninstall"), {QStringLiteral("--yes")});
    QVERIFY2(uninstall.exitCode == 0, uninstall.describe().constData());
    const QStringList deleted = uninstall.linesEndingWith(QStringLiteral("deleted"));
    QCOMPARE(deleted.size(), 5);
    QCOMPARE(deleted.first(), QStringLiteral("daemonset.apps/kube-router deleted"));

    const Run nothing = k8s(QStringLiteral("uninstall"));
    QVERIFY2(nothing.exitCode == 0, nothing.describe().constData());
    QVERIFY(nothing.linesEndingWith(QStringLiteral("deleted")).isEmpty());
}

void TestKubeCommand::jsonOutputParses()
{
    const Run diff
            = k8s(QStringLiteral("diff"), {QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(diff.exitCode == 0, diff.describe().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(diff.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QStringLiteral("command")).toString(), QStringLiteral("diff"));
    QCOMPARE(object.value(QStringLiteral("exitCode")).toInt(-1), 0);
    const QJsonArray entries = object.value(QStringLiteral("diff")).toArray();
    QCOMPARE(entries.size(), 5);
    for (const QJsonValue &entry : entries)
        QCOMPARE(entry.toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("create"));

    const Run check = k8s(QStringLiteral("check"), {QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(check.exitCode, 1);
    const QJsonObject checked = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(checked.value(QStringLiteral("exitCode")).toInt(-1), 1);
    QVERIFY(!checked.value(QStringLiteral("preflight")).toArray().isEmpty());
    QVERIFY(!checked.value(QStringLiteral("connection"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString()
                     .isEmpty());
}

void TestKubeCommand::wrongContextListsContexts()
{
    const Run wrong = k8s(QStringLiteral("check"),
                          {QStringLiteral("--context"), QStringLiteral("no-such-context")});
    QVERIFY2(wrong.exitCode == 2, wrong.describe().constData());
    QVERIFY(wrong.errText().contains(QStringLiteral("no-such-context")));
    QVERIFY2(wrong.errText().contains(QStringLiteral("podnet-sim")), wrong.describe().constData());
}

void TestKubeCommand::malformedKubeconfigPointsAtTheLine()
{
    const QString path = test::dataPath(QStringLiteral("cli/kube/malformed-kubeconfig.yaml"));
    const Run bad
            = run({QStringLiteral("k8s"), QStringLiteral("check"), QStringLiteral("--kubeconfig"),
                   path, QStringLiteral("--template"), QStringLiteral("builtin")});
    QVERIFY2(bad.exitCode == 2, bad.describe().constData());
    const QRegularExpression where(QRegularExpression::escape(path)
                                   + QStringLiteral(":\\d+:\\d+: error: "));
    QVERIFY2(where.match(bad.errText()).hasMatch(), bad.describe().constData());
}

void TestKubeCommand::missingKubeconfigIsBadInput()
{
    const Run missing
            = run({QStringLiteral("k8s"), QStringLiteral("check"), QStringLiteral("--kubeconfig"),
                   m_home->filePath(QStringLiteral("absent")), QStringLiteral("--template"),
                   QStringLiteral("builtin")});
    QVERIFY2(missing.exitCode == 2, missing.describe().constData());
}

void TestKubeCommand::unreachableServerIsBadInput()
{
    // Without --api-server the kubeconfig's server is used, with a note.
    const QUrl server = m_sim->baseUrl();
    m_sim.reset();
    m_sim = std::make_unique<sim::KubeSimulator>(); // for the token check only; not started
    const Run down
            = run({QStringLiteral("k8s"), QStringLiteral("check"), QStringLiteral("--kubeconfig"),
                   m_kubeconfig, QStringLiteral("--template"), QStringLiteral("builtin")});
    QVERIFY2(down.exitCode == 2, down.describe().constData());
    QVERIFY2(down.errText().contains(server.toString()), down.describe().constData());
    QVERIFY(down.errText().contains(QStringLiteral("--api-server")));
}

Run TestKubeCommand::nodes(const QStringList &extra)
{
    return run(QStringList {QStringLiteral("k8s"), QStringLiteral("nodes"),
                            QStringLiteral("--kubeconfig"), m_kubeconfig}
               + extra);
}

QByteArray TestKubeCommand::kubectl(const QStringList &arguments)
{
    QString program;
    for (const char *candidate :
         {"/usr/lib/google-cloud-sdk/bin/kubectl.1.32", "/usr/bin/kubectl"}) {
        if (QFileInfo(QLatin1String(candidate)).isExecutable()) {
            program = QLatin1String(candidate);
            break;
        }
    }
    if (program.isEmpty())
        return {};
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program,
                  QStringList {QStringLiteral("--kubeconfig"), m_kubeconfig,
                               QStringLiteral("--cache-dir"),
                               m_home->filePath(QStringLiteral("kubectl-cache")),
                               QStringLiteral("--request-timeout=20s")}
                          + arguments);
    if (!finished.wait(60000)) {
        process.kill();
        return {};
    }
    return process.readAllStandardOutput();
}

void TestKubeCommand::restartSimulatorWithDelays()
{
    sim::KubeSimulator::Options options;
    options.nodes = sim::KubeNodeSpec::labPresetWithPodRanges();
    options.timing.podStartMs = 300;
    options.timing.nodeReadyStepMs = 400;
    m_sim = std::make_unique<sim::KubeSimulator>(options);
    QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    QString error;
    QVERIFY2(m_sim->writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
}

bool TestKubeCommand::applyNoWait()
{
    const Run apply
            = k8s(QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--no-wait")});
    if (apply.exitCode != 0)
        qWarning("%s", apply.describe().constData());
    return apply.exitCode == 0;
}

void TestKubeCommand::nodesMatchKubectl()
{
    // A role and a cordon, so that ROLES and STATUS have more to say.
    QVERIFY(m_sim->cluster().setNodeLabels(
            QStringLiteral("worker-0.k8s.lan"),
            {{QStringLiteral("node-role.kubernetes.io/control-plane"), QStringLiteral("true")}}));
    QVERIFY(m_sim->cluster().setNodeUnschedulable(QStringLiteral("worker-2.k8s.lan"), true));
    const Run ours = nodes();
    QVERIFY2(ours.exitCode == 0, ours.describe().constData());
    const QStringList lines = ours.outLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ROLES"),
                          QStringLiteral("AGE"), QStringLiteral("VERSION")}));
    // kubectl's tabwriter: each column as wide as its longest cell plus three spaces.
    QVERIFY2(lines.first().startsWith(QStringLiteral("NAME               STATUS")),
             qPrintable(lines.first()));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("worker-0.k8s.lan   NotReady   ")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).contains(QStringLiteral(" NotReady,SchedulingDisabled ")),
             qPrintable(lines.at(3)));

    const QByteArray theirs = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
    if (theirs.isEmpty())
        QSKIP("kubectl is not installed: cannot compare with it");
    const QStringList kubectlLines
            = QString::fromUtf8(theirs).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(kubectlLines.size(), lines.size());
    // Everything but AGE, which may tick between the two runs.
    auto withoutAge = [](const QString &line) {
        QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() == 5)
            fields.removeAt(3);
        return fields;
    };
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(withoutAge(lines.at(i)), withoutAge(kubectlLines.at(i)));
    // Same layout too: the AGE column starts where kubectl's does.
    QCOMPARE(lines.first(), kubectlLines.first());
}

void TestKubeCommand::nodesNeedNoApiServerNorTemplate()
{
    // No --api-server, no --template: nothing is downloaded or rendered, nothing to note.
    const Run listed = nodes();
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QVERIFY2(!listed.errText().contains(QStringLiteral("--api-server")),
             listed.describe().constData());
    QVERIFY(!listed.errText().contains(QStringLiteral("githubusercontent")));
    // A downloaded template would have been saved in the cache: there is nothing there.
    QDirIterator cached(m_home->filePath(QStringLiteral("cache")), QDir::Files,
                        QDirIterator::Subdirectories);
    QVERIFY2(!cached.hasNext(), qPrintable(cached.hasNext() ? cached.next() : QString()));
    QCOMPARE(listed.outLines().size(), 4);
}

void TestKubeCommand::nodesWideAddsOurColumns()
{
    givePodRanges();
    const Run wide = nodes({QStringLiteral("-o"), QStringLiteral("wide")});
    QVERIFY2(wide.exitCode == 0, wide.describe().constData());
    const QStringList lines = wide.outLines();
    QCOMPARE(lines.size(), 4);
    for (const char *column : {"INTERNAL-IP", "POD-CIDR", "KUBE-ROUTER", "WHY-NOT-READY"})
        QVERIFY2(lines.first().contains(QLatin1String(column)), column);
    QVERIFY2(lines.at(1).contains(QStringLiteral("10.0.0.11")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("10.200.1.0/24")), qPrintable(lines.at(2)));
    // The cells line up under their headers.
    const qsizetype ipColumn = lines.first().indexOf(QStringLiteral("INTERNAL-IP"));
    QCOMPARE(lines.at(1).mid(ipColumn, 9), QStringLiteral("10.0.0.11"));
}

void TestKubeCommand::nodesJsonParses()
{
    const Run json = nodes({QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.value(QStringLiteral("command")).toString(), QStringLiteral("nodes"));
    QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(-1), 0);
    const QJsonArray items = document.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("worker-0.k8s.lan"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("NotReady"));
    QCOMPARE(first.value(QStringLiteral("roles")).toString(), QStringLiteral("<none>"));
    QCOMPARE(first.value(QStringLiteral("internalIP")).toString(), QStringLiteral("10.0.0.11"));
    QVERIFY(!first.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("age")).toString().isEmpty());
    QVERIFY(first.value(QStringLiteral("podCIDR")).isNull());
    QVERIFY(first.value(QStringLiteral("kubeRouter")).isNull());
    const QJsonObject ready = first.value(QStringLiteral("ready")).toObject();
    QCOMPARE(ready.value(QStringLiteral("state")).toString(), QStringLiteral("False"));
    QVERIFY(!ready.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(!ready.value(QStringLiteral("lastHeartbeatTime")).toString().isEmpty());
    const QJsonObject summary = document.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("nodes")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("readyNodes")).toInt(-1), 0);
    QCOMPARE(summary.value(QStringLiteral("allReady")).toBool(true), false);
}

void TestKubeCommand::nodesWaitReadyUntilReady()
{
    restartSimulatorWithDelays();
    QVERIFY(applyNoWait());
    // The nodes turn Ready one by one while the command waits.
    const Run waited = nodes({QStringLiteral("--wait-ready"), QStringLiteral("30")});
    QVERIFY2(waited.exitCode == 0, waited.describe().constData());
    const QStringList lines = waited.outLines();
    QCOMPARE(lines.size(), 4);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(1)
                         == QStringLiteral("Ready"),
                 qPrintable(lines.at(i)));
}

void TestKubeCommand::nodesWaitReadyTimesOutWithReasons()
{
    // No pod ranges: kube-router cannot run, no node turns Ready.
    QVERIFY(applyNoWait());
    const Run waited = nodes({QStringLiteral("--wait-ready"), QStringLiteral("1")});
    QVERIFY2(waited.exitCode == 1, waited.describe().constData());
    for (int i = 0; i < 3; ++i)
        QVERIFY2(waited.errText().contains(QStringLiteral("worker-%1.k8s.lan").arg(i)),
                 waited.describe().constData());
    const Run json = nodes({QStringLiteral("--wait-ready"), QStringLiteral("1"),
                            QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(-1), 1);
    QVERIFY(document.value(QStringLiteral("problems")).toArray().size() >= 3);
}

void TestKubeCommand::nodesWatchPrintsChangedRows()
{
    QProcess process;
    process.setProgram(test::binaryPath());
    process.setArguments({QStringLiteral("k8s"), QStringLiteral("nodes"),
                          QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--watch")});
    process.setProcessEnvironment(environment());
    QByteArray out;
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { out += process.readAllStandardOutput(); });
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { err += process.readAllStandardError(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') == 4, 30000);
    sim::KubeNodeSpec spec;
    spec.name = QStringLiteral("worker-3.k8s.lan");
    spec.internalIP = QStringLiteral("10.0.0.14");
    QVERIFY(m_sim->cluster().addNode(spec));
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("\nworker-3.k8s.lan "), 30000);
    QVERIFY(m_sim->cluster().setNodeUnschedulable(QStringLiteral("worker-1.k8s.lan"), true));
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("NotReady,SchedulingDisabled"), 30000);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.last().startsWith(QStringLiteral("worker-1.k8s.lan ")), out.constData());
    // A lost connection is said on stderr, and so is the recovery.
    QVERIFY(!err.contains("Reconnecting"));
    m_sim->dropWatches();
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("Reconnecting in "), 30000);
    QVERIFY2(err.contains("data as of"), err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(err.trimmed().endsWith("Live"), 30000);
    // Ctrl-C (or SIGTERM) ends it cleanly.
    process.terminate();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestKubeCommand::nodesAndAnnotateBadOptions()
{
    const QList<QStringList> bad {
            {QStringLiteral("nodes"), QStringLiteral("--wait-ready"), QStringLiteral("-3")},
            {QStringLiteral("nodes"), QStringLiteral("--wait-ready"), QStringLiteral("soon")},
            {QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("yaml")},
            {QStringLiteral("nodes"), QStringLiteral("--watch"), QStringLiteral("-o"),
             QStringLiteral("json")},
            {QStringLiteral("nodes"), QStringLiteral("--api-server"), kApiServer},
            {QStringLiteral("diff"), QStringLiteral("-o"), QStringLiteral("wide")},
            {QStringLiteral("annotate")},
            {QStringLiteral("annotate"), QStringLiteral("--node"), QStringLiteral("foo")},
            {QStringLiteral("annotate"), QStringLiteral("--node"),
             QStringLiteral("worker-0.k8s.lan=10.200.0.1/24")},
            {QStringLiteral("annotate"), QStringLiteral("--auto"), QStringLiteral("--node"),
             QStringLiteral("worker-0.k8s.lan=10.200.0.0/24")},
            {QStringLiteral("unannotate"), QStringLiteral("--auto")},
            {QStringLiteral("apply"), QStringLiteral("--restart-pods")},
    };
    const qint64 version = m_sim->store().resourceVersion();
    for (const QStringList &arguments : bad) {
        const Run result = run(QStringList {QStringLiteral("k8s")} + arguments
                               + QStringList {QStringLiteral("--kubeconfig"), m_kubeconfig});
        const QByteArray what = arguments.join(QLatin1Char(' ')).toUtf8();
        QVERIFY2(result.exitCode == 2, QByteArray(what + '\n' + result.describe()).constData());
        QVERIFY2(result.errText().contains(QStringLiteral("error: ")), what.constData());
        QVERIFY2(result.out.isEmpty(), what.constData());
    }
    QCOMPARE(m_sim->store().resourceVersion(), version);
}

QTEST_GUILESS_MAIN(TestKubeCommand)
#include "tst_kubecommand.moc"
