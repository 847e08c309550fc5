// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs the real podnet-wizard binary's `k8s annotate` and `k8s unannotate` against the
// Kubernetes simulator in this process (every wait runs the event loop, so the simulator keeps
// answering), and checks what lands on the nodes and what is never sent.
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "sim/kube/KubeSimulator.h"

#include "TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet;

namespace {

const QString kPodCidr = QStringLiteral("kube-router.io/pod-cidr");
const QString kPodCidrs = QStringLiteral("kube-router.io/pod-cidrs");

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
    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode)
                + (exitStatus == QProcess::CrashExit ? " (crashed)" : "") + "\nstdout:\n" + out
                + "\nstderr:\n" + err;
    }
};

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

} // namespace

class TestKubeAnnotateCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void annotateAutoThenUnannotate();
    void withoutYesOutsideTerminalChangesNothing();
    void badNodeValuesExitTwoAndSendNothing_data();
    void badNodeValuesExitTwoAndSendNothing();
    void explicitRangeWithJsonOutputAndUndoByRunId();
    void unannotateUnknownRunIsBadInput();

private:
    Run run(const QStringList &arguments);
    Run k8s(const QString &verb, const QStringList &extra = {});
    QJsonObject annotationsOf(const QString &node);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    QString m_kubeconfig;
    int m_patches = 0;
};

Run TestKubeAnnotateCommand::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
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

Run TestKubeAnnotateCommand::k8s(const QString &verb, const QStringList &extra)
{
    return run(
            QStringList {QStringLiteral("k8s"), verb, QStringLiteral("--kubeconfig"), m_kubeconfig}
            + extra);
}

QJsonObject TestKubeAnnotateCommand::annotationsOf(const QString &node)
{
    KubeReply *reply = m_client->getObject(QStringLiteral("/api/v1/nodes/") + node);
    QJsonObject object;
    connect(reply, &KubeReply::finished, this, [&object, reply] { object = reply->object(); });
    QSignalSpy finished(reply, &KubeReply::finished);
    if (!finished.wait(10000))
        qWarning("GET %s did not finish", qPrintable(node));
    return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("annotations"))
            .toObject();
}

void TestKubeAnnotateCommand::initTestCase()
{
    QVERIFY2(QFileInfo(test::binaryPath()).isExecutable(), qPrintable(test::binaryPath()));
}

void TestKubeAnnotateCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sim = std::make_unique<sim::KubeSimulator>();
    QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    m_patches = 0;
    connect(m_sim.get(), &sim::KubeSimulator::requestHandled, this,
            [this](const QByteArray &method, const QString &path, int) {
                if (method == "PATCH" && path.startsWith(QLatin1String("/api/v1/nodes")))
                    ++m_patches;
            });
    m_kubeconfig = m_home->filePath(QStringLiteral("kubeconfig"));
    QString error;
    QVERIFY2(m_sim->writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
    KubeConnection connection;
    connection.server = m_sim->baseUrl();
    connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
    connection.token = m_sim->token();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<KubeClient>(connection, m_network.get());
}

void TestKubeAnnotateCommand::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sim.reset();
    m_home.reset();
}

void TestKubeAnnotateCommand::annotateAutoThenUnannotate()
{
    const Run annotate
            = k8s(QStringLiteral("annotate"), {QStringLiteral("--auto"), QStringLiteral("--yes")});
    QVERIFY2(annotate.exitCode == 0, annotate.describe().constData());
    QCOMPARE(m_patches, 3);
    for (int i = 0; i < 3; ++i) {
        const QString range = QStringLiteral("10.200.%1.0/24").arg(i);
        QVERIFY2(annotate.outLines().contains(
                         QStringLiteral("node/%1 annotated (%2)").arg(worker(i), range)),
                 annotate.describe().constData());
        const QJsonObject annotations = annotationsOf(worker(i));
        QCOMPARE(annotations.value(kPodCidr).toString(), range);
        QCOMPARE(annotations.value(kPodCidrs).toString(), range);
        // The preview teaches the kubectl command.
        QVERIFY2(annotate.errText().contains(
                         QStringLiteral("kubectl annotate node/%1 \"%2=%3\" \"%4=%3\" --overwrite")
                                 .arg(worker(i), kPodCidr, range, kPodCidrs)),
                 annotate.describe().constData());
    }
    for (const char *header : {"NODE", "CURRENT", "PROPOSED", "ACTION"})
        QVERIFY2(annotate.err.contains(header), annotate.describe().constData());
    QVERIFY(annotate.errText().contains(QStringLiteral("k8s unannotate --run ")));
    // The journal went to the default folder under the test's HOME.
    QDirIterator journals(m_home->filePath(QStringLiteral("data")), {QStringLiteral("*.jsonl")},
                          QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(journals.hasNext());
    QVERIFY2(journals.next().contains(QStringLiteral("/journal/pod-cidr/")),
             qPrintable(journals.filePath()));

    // Again: nothing to change, so no --yes is needed and nothing is sent.
    m_patches = 0;
    const Run again = k8s(QStringLiteral("annotate"), {QStringLiteral("--auto")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(m_patches, 0);
    QCOMPARE(again.outLines().filter(QStringLiteral(" unchanged (")).size(), 3);

    const Run undo = k8s(QStringLiteral("unannotate"), {QStringLiteral("--yes")});
    QVERIFY2(undo.exitCode == 0, undo.describe().constData());
    QCOMPARE(m_patches, 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(undo.outLines().contains(
                         QStringLiteral("node/%1 annotations removed").arg(worker(i))),
                 undo.describe().constData());
        const QJsonObject annotations = annotationsOf(worker(i));
        QVERIFY(!annotations.contains(kPodCidr));
        QVERIFY(!annotations.contains(kPodCidrs));
    }
    QVERIFY2(undo.errText().contains(QStringLiteral("kube-router.io/pod-cidr- "
                                                    "kube-router.io/pod-cidrs-")),
             undo.describe().constData());

    // Nothing left to undo.
    m_patches = 0;
    const Run nothing = k8s(QStringLiteral("unannotate"), {QStringLiteral("--yes")});
    QVERIFY2(nothing.exitCode == 0, nothing.describe().constData());
    QVERIFY(nothing.errText().contains(QStringLiteral("Nothing to undo")));
    QCOMPARE(m_patches, 0);
}

void TestKubeAnnotateCommand::withoutYesOutsideTerminalChangesNothing()
{
    const Run annotate = k8s(QStringLiteral("annotate"), {QStringLiteral("--auto")});
    QVERIFY2(annotate.exitCode == 2, annotate.describe().constData());
    QVERIFY(annotate.errText().contains(QStringLiteral("--yes")));
    QCOMPARE(m_patches, 0);
    QVERIFY(!annotationsOf(worker(0)).contains(kPodCidr));
}

void TestKubeAnnotateCommand::badNodeValuesExitTwoAndSendNothing_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QString>("message");
    QTest::newRow("no prefix") << QStringList {worker(0) + QStringLiteral("=10.200.0.0")}
                               << QStringLiteral("prefix length");
    QTest::newRow("no range") << QStringList {worker(0)} << QStringLiteral("NAME=CIDR");
    QTest::newRow("host bits") << QStringList {worker(0) + QStringLiteral("=10.200.0.5/24")}
                               << QStringLiteral("10.200.0.0/24");
    QTest::newRow("unknown node") << QStringList {QStringLiteral("worker-9=10.200.9.0/24")}
                                  << QStringLiteral("no node named \"worker-9\"");
    QTest::newRow("outside") << QStringList {worker(1) + QStringLiteral("=10.201.0.0/24")}
                             << QStringLiteral("not inside the cluster CIDR 10.200.0.0/16");
    QTest::newRow("wrong family") << QStringList {worker(1) + QStringLiteral("=fd00:10::/64")}
                                  << QStringLiteral("IPv6 range");
    QTest::newRow("twice") << QStringList {worker(0) + QStringLiteral("=10.200.4.0/24"),
                                           worker(2) + QStringLiteral("=10.200.4.0/24")}
                           << QStringLiteral("asked for both node");
    QTest::newRow("overlap") << QStringList {worker(0) + QStringLiteral("=10.200.4.0/23"),
                                             worker(2) + QStringLiteral("=10.200.5.0/24")}
                             << QStringLiteral("overlaps 10.200.4.0/23");
}

void TestKubeAnnotateCommand::badNodeValuesExitTwoAndSendNothing()
{
    QFETCH(QStringList, nodes);
    QFETCH(QString, message);
    QStringList arguments {QStringLiteral("--yes")};
    for (const QString &node : nodes)
        arguments << QStringLiteral("--node") << node;
    const Run annotate = k8s(QStringLiteral("annotate"), arguments);
    QVERIFY2(annotate.exitCode == 2, annotate.describe().constData());
    QVERIFY2(annotate.errText().contains(message), annotate.describe().constData());
    QCOMPARE(m_patches, 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!annotationsOf(worker(i)).contains(kPodCidr));
}

void TestKubeAnnotateCommand::explicitRangeWithJsonOutputAndUndoByRunId()
{
    const QString journal = m_home->filePath(QStringLiteral("journal"));
    const Run annotate
            = k8s(QStringLiteral("annotate"),
                  {QStringLiteral("--node"), worker(1) + QStringLiteral("=10.200.7.0/24"),
                   QStringLiteral("--yes"), QStringLiteral("--journal-dir"), journal,
                   QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(annotate.exitCode == 0, annotate.describe().constData());
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(annotate.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, annotate.describe().constData());
    QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(), 0);
    const QJsonArray planned = document.value(QStringLiteral("plan"))
                                       .toObject()
                                       .value(QStringLiteral("nodes"))
                                       .toArray();
    QCOMPARE(planned.size(), 3);
    QCOMPARE(planned.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("set"));
    QCOMPARE(planned.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("skip"));
    const QJsonArray results = document.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    const QString runId = document.value(QStringLiteral("runId")).toString();
    QVERIFY(!runId.isEmpty());
    QVERIFY(QFileInfo::exists(journal + QLatin1Char('/') + runId + QStringLiteral(".jsonl")));
    QCOMPARE(m_patches, 1);
    QCOMPARE(annotationsOf(worker(1)).value(kPodCidr).toString(), QStringLiteral("10.200.7.0/24"));
    QVERIFY(!annotationsOf(worker(0)).contains(kPodCidr));

    const Run undo = k8s(QStringLiteral("unannotate"),
                         {QStringLiteral("--run"), runId, QStringLiteral("--journal-dir"), journal,
                          QStringLiteral("--yes"), QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(undo.exitCode == 0, undo.describe().constData());
    const QJsonObject undone = QJsonDocument::fromJson(undo.out).object();
    QCOMPARE(undone.value(QStringLiteral("runId")).toString(), runId);
    QCOMPARE(undone.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
             QStringLiteral("done"));
    QVERIFY(!annotationsOf(worker(1)).contains(kPodCidr));
}

void TestKubeAnnotateCommand::unannotateUnknownRunIsBadInput()
{
    const Run undo = k8s(QStringLiteral("unannotate"),
                         {QStringLiteral("--run"), QStringLiteral("20260101-000000-dead"),
                          QStringLiteral("--yes")});
    QVERIFY2(undo.exitCode == 2, undo.describe().constData());
    QVERIFY(undo.errText().contains(QStringLiteral("20260101-000000-dead")));
    QCOMPARE(m_patches, 0);
}

QTEST_GUILESS_MAIN(TestKubeAnnotateCommand)
#include "tst_kubeannotatecommand.moc"
