// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The real kubectl judges the Kubernetes simulator. kubectl runs asynchronously (QProcess) with
// a test-local HOME, kubeconfig and discovery cache, so nothing touches the user's ~/.kube.

#include "sim/kube/KubeClusterController.h"
#include "sim/kube/KubeNodeSpec.h"
#include "sim/kube/KubeSimulator.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet::sim;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString findKubectl()
{
    for (const char *candidate :
         {"/usr/lib/google-cloud-sdk/bin/kubectl.1.32", "/usr/bin/kubectl"}) {
        const QFileInfo info {QLatin1String(candidate)};
        if (info.isExecutable())
            return info.filePath();
    }
    return {};
}

} // namespace

class TestKubectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getNodesShowsNotReady();
    void applyServerSideTwiceThenNodesReady();
    void watchSeesNodesTurnReady();
    void annotateNode();
    void getDaemonSetConfigMapServiceAccount();
    void getClusterRoleYaml();
    void conflictingApplyIsRefused();
    void whoamiWithClientCertificate();
    void crashLoopShowsInGetPods();
    void cordonedAndUnknownNodes();
    void deletePodRecreatesIt();
    void watchSeesNodesAddedAndRemoved();

private:
    QProcess *startKubectl(const QStringList &arguments);
    Run kubectl(const QStringList &arguments);
    QString manifestPath();
    /// Applies the rendered manifest with kubectl and waits until all \a ready nodes are Ready.
    void applyAndWaitReady(int ready);
    /// `kubectl get pods -n kube-system -l k8s-app=kube-router -o wide`.
    QString routerPods();

    QString m_kubectl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KubeSimulator> m_sim;
};

void TestKubectl::initTestCase()
{
    m_kubectl = findKubectl();
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed (neither /usr/lib/google-cloud-sdk/bin/kubectl.1.32 nor "
              "/usr/bin/kubectl): the simulator cannot be judged by the real client here");
}

void TestKubectl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    KubeSimulator::Options options;
    // Nodes with pod ranges (as --allocate-node-cidrs gives them); small but nonzero delays, so
    // a watch sees the nodes change one by one and a crash loop shows a few restarts.
    options.nodes = KubeNodeSpec::labPresetWithPodRanges();
    options.timing.podStartMs = 100;
    options.timing.nodeReadyStepMs = 300;
    options.timing.crashBackoffMs = 200;
    m_sim = std::make_unique<KubeSimulator>(options);
    QSignalSpy ready(m_sim.get(), &KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    QString error;
    QVERIFY2(m_sim->writeKubeconfig(m_dir->filePath(QStringLiteral("kubeconfig")), &error),
             qPrintable(error));
}

void TestKubectl::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

QProcess *TestKubectl::startKubectl(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("KUBECONFIG"), m_dir->filePath(QStringLiteral("kubeconfig")));
    env.remove(QStringLiteral("HTTPS_PROXY"));
    env.remove(QStringLiteral("https_proxy"));
    process->setProcessEnvironment(env);
    process->start(m_kubectl,
                   QStringList {QStringLiteral("--kubeconfig"),
                                m_dir->filePath(QStringLiteral("kubeconfig")),
                                QStringLiteral("--cache-dir"),
                                m_dir->filePath(QStringLiteral("cache")),
                                QStringLiteral("--request-timeout=20s")}
                           + arguments);
    return process;
}

Run TestKubectl::kubectl(const QStringList &arguments)
{
    std::unique_ptr<QProcess> process(startKubectl(arguments));
    QSignalSpy finished(process.get(), &QProcess::finished);
    // The event loop keeps running while we wait, so the simulator answers kubectl.
    if (!finished.wait(60000))
        process->kill();
    Run run;
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    return run;
}

QString TestKubectl::manifestPath()
{
    QFile source(QStringLiteral(PODNET_BUILTIN_TEMPLATE));
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = source.readAll();
    text.replace("%APISERVER%", "https://10.0.0.10:6443");
    text.replace("%CLUSTERCIDR%", "10.200.0.0/16");
    const QString path = m_dir->filePath(QStringLiteral("kube-router.yaml"));
    QFile rendered(path);
    if (!rendered.open(QIODevice::WriteOnly) || rendered.write(text) != text.size())
        return {};
    return path;
}

void TestKubectl::getNodesShowsNotReady()
{
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().contains(
            QRegularExpression(QStringLiteral("^NAME +STATUS +ROLES +AGE +VERSION$"))));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(lines.at(i + 1).contains(QRegularExpression(
                         QStringLiteral(
                                 "^worker-%1\\.k8s\\.lan +NotReady +<none> +\\d+s +v1\\.32\\.\\d+$")
                                 .arg(i))),
                 qPrintable(lines.at(i + 1)));
}

void TestKubectl::applyServerSideTwiceThenNodesReady()
{
    const QString manifest = manifestPath();
    QVERIFY(!manifest.isEmpty());
    for (int round = 0; round < 2; ++round) {
        const Run run = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                                 QStringLiteral("-f"), manifest});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral("serverside-applied")), 5);
        QVERIFY(run.out.contains(QLatin1String(
                "clusterrole.rbac.authorization.k8s.io/kube-router serverside-applied")));
        QVERIFY(run.out.contains(QLatin1String("daemonset.apps/kube-router serverside-applied")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(kubectl({QStringLiteral("get"), QStringLiteral("nodes")})
                                      .out.count(QRegularExpression(QStringLiteral(" Ready "))),
                              3, 20000);
}

void TestKubectl::watchSeesNodesTurnReady()
{
    std::unique_ptr<QProcess> watch(
            startKubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-w")}));
    QString output;
    connect(watch.get(), &QProcess::readyReadStandardOutput, this,
            [&] { output += QString::fromUtf8(watch->readAllStandardOutput()); });
    QTRY_COMPARE_WITH_TIMEOUT(output.count(QStringLiteral("NotReady")), 3, 20000);
    QVERIFY(!output.contains(QLatin1String(" Ready ")));
    const Run apply = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                               QStringLiteral("-f"), manifestPath()});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
    QTRY_COMPARE_WITH_TIMEOUT(output.count(QRegularExpression(QStringLiteral("k8s\\.lan +Ready "))),
                              3, 20000);
    // Nodes turn Ready one by one, in order.
    const qsizetype first
            = output.indexOf(QRegularExpression(QStringLiteral("worker-0\\.k8s\\.lan +Ready ")));
    const qsizetype last
            = output.indexOf(QRegularExpression(QStringLiteral("worker-2\\.k8s\\.lan +Ready ")));
    QVERIFY(first > 0 && last > first);
    watch->kill();
    QSignalSpy finished(watch.get(), &QProcess::finished);
    QVERIFY(watch->state() == QProcess::NotRunning || finished.wait(10000));
}

void TestKubectl::annotateNode()
{
    const Run run = kubectl({QStringLiteral("annotate"), QStringLiteral("node"),
                             QStringLiteral("worker-0.k8s.lan"),
                             QStringLiteral("kube-router.io/pod-cidr=10.200.0.0/24")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("node/worker-0.k8s.lan annotated"));
    const Run read = kubectl(
            {QStringLiteral("get"), QStringLiteral("node"), QStringLiteral("worker-0.k8s.lan"),
             QStringLiteral("-o"),
             QStringLiteral("jsonpath={.metadata.annotations.kube-router\\.io/pod-cidr}")});
    QCOMPARE(read.out, QStringLiteral("10.200.0.0/24"));
    // Annotating again with another value needs --overwrite, like on a real cluster.
    const Run again = kubectl({QStringLiteral("annotate"), QStringLiteral("node"),
                               QStringLiteral("worker-0.k8s.lan"),
                               QStringLiteral("kube-router.io/pod-cidr=10.200.1.0/24")});
    QVERIFY(again.exitCode != 0);
}

void TestKubectl::getDaemonSetConfigMapServiceAccount()
{
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                      QStringLiteral("-f"), manifestPath()})
                     .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(
            kubectl({QStringLiteral("get"), QStringLiteral("ds,cm,sa"), QStringLiteral("-n"),
                     QStringLiteral("kube-system")})
                    .out.contains(QRegularExpression(QStringLiteral(
                            "daemonset\\.apps/kube-router +3 +3 +3 +3 +3 +<none> "))),
            20000);
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("ds,cm,sa"),
                             QStringLiteral("-n"), QStringLiteral("kube-system")});
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("configmap/kube-router-cfg +2 "))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("serviceaccount/kube-router +0 "))));
    const Run pods = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                              QStringLiteral("kube-system"), QStringLiteral("-l"),
                              QStringLiteral("k8s-app=kube-router"), QStringLiteral("-o"),
                              QStringLiteral("wide")});
    QCOMPARE(
            pods.out.count(QRegularExpression(QStringLiteral("kube-router-\\w{5} +1/1 +Running "))),
            3);
}

void TestKubectl::getClusterRoleYaml()
{
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                      QStringLiteral("-f"), manifestPath()})
                     .exitCode,
             0);
    const Run run = kubectl({QStringLiteral("get"), QStringLiteral("clusterrole"),
                             QStringLiteral("kube-router"), QStringLiteral("-o"),
                             QStringLiteral("yaml")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(
            QLatin1String("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n")));
    QVERIFY(run.out.contains(QLatin1String("  name: kube-router\n")));
    // Cluster-scoped: the manifest's namespace is dropped.
    QVERIFY(!run.out.contains(QLatin1String("namespace: kube-system")));
    QVERIFY(run.out.contains(QLatin1String("  - endpointslices\n")));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("resourceVersion: \"\\d+\""))));
    QVERIFY(!run.out.contains(QLatin1String("managedFields")));
}

void TestKubectl::conflictingApplyIsRefused()
{
    const QString manifest = manifestPath();
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                      QStringLiteral("-f"), manifest})
                     .exitCode,
             0);
    QFile file(manifest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("10.200.0.0/16", "10.99.0.0/16");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const Run refused = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                                 QStringLiteral("--field-manager=someone-else"),
                                 QStringLiteral("-f"), manifest});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QLatin1String("conflict with \"kubectl\"")),
             qPrintable(refused.err));
    const Run forced = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                                QStringLiteral("--force-conflicts"),
                                QStringLiteral("--field-manager=someone-else"),
                                QStringLiteral("-f"), manifest});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
}

void TestKubectl::whoamiWithClientCertificate()
{
    QSignalSpy issued(m_sim.get(), &KubeSimulator::clientCertificateIssued);
    m_sim->issueClientCertificate(QStringLiteral("podnet-admin"),
                                  {QStringLiteral("system:masters")});
    QVERIFY(issued.wait(20000));
    const auto certificate = issued.first().at(1).value<SimClientCertificate>();
    QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString));
    // Replaces the token kubeconfig: kubectl authenticates with the certificate alone.
    QString error;
    QVERIFY2(m_sim->writeKubeconfig(m_dir->filePath(QStringLiteral("kubeconfig")), certificate,
                                    &error),
             qPrintable(error));
    const Run whoami = kubectl({QStringLiteral("auth"), QStringLiteral("whoami"),
                                QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.err));
    QVERIFY2(whoami.out.contains(QStringLiteral("\"username\": \"podnet-admin\"")),
             qPrintable(whoami.out));
    QVERIFY2(whoami.out.contains(QStringLiteral("system:masters")), qPrintable(whoami.out));
    const Run nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY2(nodes.exitCode == 0, qPrintable(nodes.err));
    QCOMPARE(nodes.out.count(QStringLiteral("NotReady")), 3);
}

void TestKubectl::applyAndWaitReady(int ready)
{
    const Run apply = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                               QStringLiteral("-f"), manifestPath()});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
    QTRY_COMPARE_WITH_TIMEOUT(kubectl({QStringLiteral("get"), QStringLiteral("nodes")})
                                      .out.count(QRegularExpression(QStringLiteral(" Ready "))),
                              ready, 20000);
}

QString TestKubectl::routerPods()
{
    return kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                    QStringLiteral("kube-system"), QStringLiteral("-l"),
                    QStringLiteral("k8s-app=kube-router"), QStringLiteral("-o"),
                    QStringLiteral("wide")})
            .out;
}

void TestKubectl::crashLoopShowsInGetPods()
{
    QVERIFY(m_sim->cluster().setNodePodCidr(QStringLiteral("worker-2.k8s.lan"), QString()));
    applyAndWaitReady(2);
    // NAME READY STATUS RESTARTS AGE IP NODE ...: the restarts with the age of the last one.
    const QRegularExpression crashing(
            QStringLiteral("kube-router-\\w{5} +0/1 +CrashLoopBackOff +(\\d+) \\(\\d+s ago\\) "
                           "+\\d+s +10\\.0\\.0\\.13 "
                           "+worker-2\\.k8s\\.lan +<none> +<none>"));
    QTRY_VERIFY_WITH_TIMEOUT(crashing.match(routerPods()).captured(1).toInt() >= 2, 20000);
    const QString pods = routerPods();
    QVERIFY2(pods.startsWith(QLatin1String("NAME ")), qPrintable(pods));
    QCOMPARE(pods.count(QRegularExpression(QStringLiteral("kube-router-\\w{5} +1/1 +Running +0 "))),
             2);
    const Run nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY2(nodes.out.contains(
                     QRegularExpression(QStringLiteral("worker-2\\.k8s\\.lan +NotReady "))),
             qPrintable(nodes.out));
    const Run describe = kubectl({QStringLiteral("get"), QStringLiteral("pods"),
                                  QStringLiteral("-n"), QStringLiteral("kube-system"),
                                  QStringLiteral("--field-selector=spec.nodeName=worker-2.k8s.lan"),
                                  QStringLiteral("-o"),
                                  QStringLiteral("jsonpath={.items[0].status.containerStatuses[0]"
                                                 ".lastState.terminated.message}")});
    QVERIFY2(describe.out.contains(QLatin1String("failed to get pod CIDR")),
             qPrintable(describe.out));

    // The fix: annotate the node; the next restart reads it.
    const Run annotate = kubectl({QStringLiteral("annotate"), QStringLiteral("node"),
                                  QStringLiteral("worker-2.k8s.lan"),
                                  QStringLiteral("kube-router.io/pod-cidr=10.200.2.0/24")});
    QVERIFY2(annotate.exitCode == 0, qPrintable(annotate.err));
    QTRY_VERIFY_WITH_TIMEOUT(
            routerPods().contains(QRegularExpression(
                    QStringLiteral("kube-router-\\w{5} +1/1 +Running +\\d+ \\(\\d+s ago\\) +\\d+s "
                                   "+10\\.0\\.0\\.13 +worker-2"))),
            20000);
    QTRY_COMPARE_WITH_TIMEOUT(kubectl({QStringLiteral("get"), QStringLiteral("nodes")})
                                      .out.count(QRegularExpression(QStringLiteral(" Ready "))),
                              3, 20000);
}

void TestKubectl::cordonedAndUnknownNodes()
{
    applyAndWaitReady(3);
    const Run cordon = kubectl({QStringLiteral("cordon"), QStringLiteral("worker-1.k8s.lan")});
    QVERIFY2(cordon.exitCode == 0, qPrintable(cordon.err));
    QCOMPARE(cordon.out.trimmed(), QStringLiteral("node/worker-1.k8s.lan cordoned"));
    QVERIFY(m_sim->cluster().setNodeReady(QStringLiteral("worker-2.k8s.lan"),
                                          KubeClusterController::Readiness::Unknown));
    const Run nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY2(nodes.out.contains(
                     QRegularExpression(QStringLiteral("worker-0\\.k8s\\.lan +Ready +<none> "))),
             qPrintable(nodes.out));
    QVERIFY2(nodes.out.contains(QRegularExpression(
                     QStringLiteral("worker-1\\.k8s\\.lan +Ready,SchedulingDisabled +<none> "))),
             qPrintable(nodes.out));
    // kubectl lumps Unknown with NotReady.
    QVERIFY2(nodes.out.contains(
                     QRegularExpression(QStringLiteral("worker-2\\.k8s\\.lan +NotReady +<none> "))),
             qPrintable(nodes.out));
    QTRY_VERIFY_WITH_TIMEOUT(
            kubectl({QStringLiteral("get"), QStringLiteral("node"),
                     QStringLiteral("worker-1.k8s.lan"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath={.spec.taints[*].key}")})
                    .out.contains(QLatin1String("node.kubernetes.io/unschedulable")),
            10000);
    const Run uncordon = kubectl({QStringLiteral("uncordon"), QStringLiteral("worker-1.k8s.lan")});
    QVERIFY2(uncordon.exitCode == 0, qPrintable(uncordon.err));
    QCOMPARE(uncordon.out.trimmed(), QStringLiteral("node/worker-1.k8s.lan uncordoned"));
    QVERIFY(kubectl({QStringLiteral("get"), QStringLiteral("nodes")})
                    .out.contains(QRegularExpression(
                            QStringLiteral("worker-1\\.k8s\\.lan +Ready +<none> "))));
}

void TestKubectl::deletePodRecreatesIt()
{
    applyAndWaitReady(3);
    const QStringList jsonpathPods {
            QStringLiteral("get"),
            QStringLiteral("pods"),
            QStringLiteral("-n"),
            QStringLiteral("kube-system"),
            QStringLiteral("--field-selector=spec.nodeName=worker-1.k8s.lan"),
            QStringLiteral("-o"),
            QStringLiteral("jsonpath={.items[*].metadata.name}")};
    const QString old = kubectl(jsonpathPods).out.trimmed();
    QVERIFY2(old.startsWith(QLatin1String("kube-router-")) && !old.contains(QLatin1Char(' ')),
             qPrintable(old));
    const Run removed = kubectl({QStringLiteral("delete"), QStringLiteral("pod"),
                                 QStringLiteral("-n"), QStringLiteral("kube-system"), old});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(removed.out.trimmed(), QStringLiteral("pod \"%1\" deleted").arg(old));
    // The DaemonSet puts a new pod (a new name) on the same node.
    QTRY_VERIFY_WITH_TIMEOUT(
            kubectl(jsonpathPods).out.trimmed().startsWith(QLatin1String("kube-router-"))
                    && kubectl(jsonpathPods).out.trimmed() != old,
            20000);
    QTRY_COMPARE_WITH_TIMEOUT(routerPods().count(QRegularExpression(
                                      QStringLiteral("kube-router-\\w{5} +1/1 +Running +0 "))),
                              3, 20000);
    QVERIFY(!routerPods().contains(old));
}

void TestKubectl::watchSeesNodesAddedAndRemoved()
{
    std::unique_ptr<QProcess> watch(
            startKubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-w"),
                          QStringLiteral("--output-watch-events")}));
    QString output;
    connect(watch.get(), &QProcess::readyReadStandardOutput, this,
            [&] { output += QString::fromUtf8(watch->readAllStandardOutput()); });
    QTRY_COMPARE_WITH_TIMEOUT(output.count(QRegularExpression(QStringLiteral("ADDED +worker-"))), 3,
                              20000);
    QVERIFY(m_sim->cluster().addNode({QStringLiteral("worker-3.k8s.lan"),
                                      QStringLiteral("10.0.0.14"),
                                      QStringLiteral("10.200.3.0/24"),
                                      {}}));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains(QRegularExpression(
                                     QStringLiteral("ADDED +worker-3\\.k8s\\.lan +NotReady "))),
                             20000);
    QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-3.k8s.lan")));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains(QRegularExpression(
                                     QStringLiteral("DELETED +worker-3\\.k8s\\.lan +NotReady "))),
                             20000);
    QVERIFY2(output.startsWith(QLatin1String("EVENT ")), qPrintable(output));
    // Ends the watch through the QProcess, i.e. its own process id only.
    watch->kill();
    QTRY_COMPARE_WITH_TIMEOUT(watch->state(), QProcess::NotRunning, 10000);
}

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"
