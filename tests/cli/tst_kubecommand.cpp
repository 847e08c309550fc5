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

private:
    Run run(const QStringList &arguments);
    /// "k8s VERB --kubeconfig … --template builtin --api-server …" plus \a extra.
    Run k8s(const QString &verb, const QStringList &extra = {});
    void givePodRanges();
    bool takeConfigMapAsOtherTool();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sim::KubeSimulator> m_sim;
    QString m_kubeconfig;
};

Run TestKubeCommand::run(const QStringList &arguments)
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

    Run result;
    QProcess process;
    process.setProgram(test::binaryPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
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
         {"--kubeconfig", "--context", "--api-server", "--cluster-cidr", "--template",
          "--image-tag", "--force-conflicts", "--yes", "--output", "--wait", "--no-wait"})
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

QTEST_GUILESS_MAIN(TestKubeCommand)
#include "tst_kubecommand.moc"
