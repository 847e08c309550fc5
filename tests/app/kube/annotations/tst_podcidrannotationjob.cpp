// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Apply and undo of pod-range annotations against the real Kubernetes simulator over HTTPS:
// what lands on the nodes, what the journal says, and what is not sent.

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/annotations/PodCidrAnnotationJob.h"
#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "kube/annotations/PodCidrJournalStore.h"
#include "kube/annotations/PodCidrUndoJob.h"
#include "kube/annotations/PodCidrUndoPlanner.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeSimulator.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace podnet;

namespace {

using State = PodCidrPatchJob::Result::State;
using Action = PodCidrAnnotationPlan::Action;

const QString kCluster = QStringLiteral("10.200.0.0/16");

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

QString nodePath(const QString &name)
{
    return QStringLiteral("/api/v1/nodes/") + name;
}

} // namespace

class TestPodCidrAnnotationJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void appliesBothAnnotationsAndJournals();
    void secondRunIsUnchangedAndSendsNothing();
    void nodeDeletedDuringApply();
    void forbiddenStopsAndNamesThePermission();
    void badInputSendsNothing();
    void annotationsChangedSincePreviewAreNotOverwritten();
    void unrelatedChangeSincePreviewIsRetried();
    void restartsKubeRouterPods();
    void undoRemovesOnlyOurChange();
    void undoRetriesAfterConflict();
    void undoOfUndoIsRefused();
    void cancelStopsBeforeTheNextNode();

private:
    struct Live
    {
        QList<QJsonObject> nodes;
        QList<QJsonObject> pods;
    };
    Live read();
    PodCidrAnnotationPlan plan(const PodCidrAnnotationPlanner::Request &request);
    PodCidrAnnotationPlanner::Request autoRequest() const;
    /// Runs \a job to its end.
    bool runJob(PodCidrPatchJob *job);
    std::unique_ptr<PodCidrAnnotationJob> apply(const PodCidrAnnotationPlan &plan,
                                                bool restart = false);
    PodCidrJournalRun onlyRun(const QString &kind);
    QJsonObject annotationsOf(const QString &node);
    bool mergePatch(const QString &node, const QJsonObject &annotations);
    bool createKubeRouterDaemonSet();
    int patches() const { return m_patches; }

    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<QTemporaryDir> m_journal;
    int m_patches = 0;
    QStringList m_requests;
};

void TestPodCidrAnnotationJob::init()
{
    m_sim = std::make_unique<sim::KubeSimulator>();
    QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.count() > 0 || ready.wait(20000));
    m_patches = 0;
    m_requests.clear();
    connect(m_sim.get(), &sim::KubeSimulator::requestHandled, this,
            [this](const QByteArray &method, const QString &path, int status) {
                m_requests << QStringLiteral("%1 %2 %3")
                                      .arg(QString::fromLatin1(method), path)
                                      .arg(status);
                if (method == "PATCH" && path.startsWith(QLatin1String("/api/v1/nodes")))
                    ++m_patches;
            });
    KubeConnection connection;
    connection.server = m_sim->baseUrl();
    connection.contextName = QStringLiteral("sim");
    connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
    connection.token = m_sim->token();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<KubeClient>(connection, m_network.get());
    m_journal = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journal->isValid());
}

void TestPodCidrAnnotationJob::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sim.reset();
    m_journal.reset();
}

TestPodCidrAnnotationJob::Live TestPodCidrAnnotationJob::read()
{
    PodCidrClusterReader reader(m_client.get());
    QSignalSpy finished(&reader, &PodCidrClusterReader::finished);
    reader.start();
    if (!finished.wait(10000) || !reader.isOk())
        qWarning("reading the cluster failed: %s", qPrintable(reader.errorMessage()));
    return {reader.nodes(), reader.kubeRouterPods()};
}

PodCidrAnnotationPlanner::Request TestPodCidrAnnotationJob::autoRequest() const
{
    PodCidrAnnotationPlanner::Request request;
    request.autoAssign = true;
    return request;
}

PodCidrAnnotationPlan TestPodCidrAnnotationJob::plan(
        const PodCidrAnnotationPlanner::Request &request)
{
    const Live live = read();
    return PodCidrAnnotationPlanner::plan(live.nodes, live.pods, kCluster, request);
}

bool TestPodCidrAnnotationJob::runJob(PodCidrPatchJob *job)
{
    QSignalSpy finished(job, &PodCidrPatchJob::finished);
    job->start();
    const bool ok = finished.count() > 0 || finished.wait(20000);
    return ok && finished.count() == 1 && !job->isRunning();
}

std::unique_ptr<PodCidrAnnotationJob> TestPodCidrAnnotationJob::apply(
        const PodCidrAnnotationPlan &plan, bool restart)
{
    auto job = std::make_unique<PodCidrAnnotationJob>(m_client.get(), plan);
    job->setJournalDirectory(m_journal->path());
    job->setRestartPods(restart);
    if (!runJob(job.get()))
        qWarning("the annotation job did not finish");
    return job;
}

PodCidrJournalRun TestPodCidrAnnotationJob::onlyRun(const QString &kind)
{
    QList<PodCidrJournalRun> runs;
    for (const PodCidrJournalRun &run : PodCidrJournalStore(m_journal->path()).runs()) {
        if (run.kind == kind)
            runs << run;
    }
    if (runs.size() != 1)
        qWarning("expected one %s run, found %d", qPrintable(kind), int(runs.size()));
    return runs.value(0);
}

QJsonObject TestPodCidrAnnotationJob::annotationsOf(const QString &node)
{
    KubeReply *reply = m_client->getObject(nodePath(node));
    QSignalSpy finished(reply, &KubeReply::finished);
    QJsonObject object;
    connect(reply, &KubeReply::finished, this, [&object, reply] { object = reply->object(); });
    if (!finished.wait(10000))
        qWarning("GET %s did not finish", qPrintable(node));
    return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("annotations"))
            .toObject();
}

bool TestPodCidrAnnotationJob::mergePatch(const QString &node, const QJsonObject &annotations)
{
    KubeReply *reply = m_client->mergePatch(
            nodePath(node),
            QJsonObject {{QStringLiteral("metadata"),
                          QJsonObject {{QStringLiteral("annotations"), annotations}}}});
    bool ok = false;
    QSignalSpy finished(reply, &KubeReply::finished);
    connect(reply, &KubeReply::finished, this, [&ok, reply] { ok = reply->isOk(); });
    return finished.wait(10000) && ok;
}

bool TestPodCidrAnnotationJob::createKubeRouterDaemonSet()
{
    const QJsonObject labels {{QStringLiteral("k8s-app"), QStringLiteral("kube-router")},
                              {QStringLiteral("tier"), QStringLiteral("node")}};
    const QJsonObject daemonSet {
            {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
            {QStringLiteral("kind"), QStringLiteral("DaemonSet")},
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router")},
                          {QStringLiteral("namespace"), QStringLiteral("kube-system")},
                          {QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"),
             QJsonObject {
                     {QStringLiteral("selector"),
                      QJsonObject {{QStringLiteral("matchLabels"), labels}}},
                     {QStringLiteral("template"),
                      QJsonObject {{QStringLiteral("metadata"),
                                    QJsonObject {{QStringLiteral("labels"), labels}}},
                                   {QStringLiteral("spec"),
                                    QJsonObject {{QStringLiteral("containers"),
                                                  QJsonArray {QJsonObject {
                                                          {QStringLiteral("name"),
                                                           QStringLiteral("kube-router")},
                                                          {QStringLiteral("image"),
                                                           QStringLiteral("example/kube-router:"
                                                                          "v2")}}}}}}}}}}};
    KubeReply *reply = m_client->post(
            QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets"), daemonSet);
    bool ok = false;
    QSignalSpy finished(reply, &KubeReply::finished);
    connect(reply, &KubeReply::finished, this, [&ok, reply] {
        ok = reply->isOk();
        if (!ok)
            qWarning("%s", qPrintable(reply->errorDetail()));
    });
    return finished.wait(10000) && ok;
}

void TestPodCidrAnnotationJob::appliesBothAnnotationsAndJournals()
{
    const PodCidrAnnotationPlan planned = plan(autoRequest());
    QCOMPARE(planned.count(Action::Set), 3);
    auto job = apply(planned);
    QVERIFY2(job->isOk(), qPrintable(job->errorMessage()));
    QCOMPARE(patches(), 3);
    const QList<PodCidrPatchJob::Result> results = job->results();
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString range = QStringLiteral("10.200.%1.0/24").arg(i);
        QCOMPARE(results.at(i).node, worker(i));
        QCOMPARE(results.at(i).state, State::Done);
        QCOMPARE(results.at(i).after, PodCidrNode::Annotations::both(range));
        QCOMPARE(job->line(results.at(i)),
                 QStringLiteral("node/%1 annotated (%2)").arg(worker(i), range));
        const QJsonObject annotations = annotationsOf(worker(i));
        QCOMPARE(annotations.value(PodCidrNode::podCidrKey()).toString(), range);
        QCOMPARE(annotations.value(PodCidrNode::podCidrsKey()).toString(), range);
    }

    // The journal: one finished run with each node's before and after; no token.
    QVERIFY(QFileInfo::exists(job->journalPath()));
    QFile file(job->journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sim->token().toUtf8()));
    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    QCOMPARE(run.runId, job->runId());
    QCOMPARE(run.end, PodCidrJournalRun::End::Finished);
    QCOMPARE(run.changedCount, 3);
    QCOMPARE(run.clusterCidr, kCluster);
    QCOMPARE(run.context, QStringLiteral("sim"));
    QCOMPARE(run.server, m_sim->baseUrl());
    QCOMPARE(run.changes.size(), 3);
    for (const PodCidrJournalRun::Change &change : run.changes) {
        QCOMPARE(change.state, PodCidrJournalRun::Change::State::Changed);
        QCOMPARE(change.before, PodCidrNode::Annotations());
        QCOMPARE(change.set, change.after);
        QVERIFY(!change.resourceVersionBefore.isEmpty());
        QVERIFY(change.resourceVersionAfter != change.resourceVersionBefore);
    }
}

void TestPodCidrAnnotationJob::secondRunIsUnchangedAndSendsNothing()
{
    auto first = apply(plan(autoRequest()));
    QVERIFY(first->isOk());
    const PodCidrAnnotationPlan again = plan(autoRequest());
    QVERIFY(again.isApplicable());
    QCOMPARE(again.count(Action::Unchanged), 3);
    m_patches = 0;
    auto second = apply(again);
    QVERIFY(second->isOk());
    QCOMPARE(patches(), 0);
    for (const PodCidrPatchJob::Result &result : second->results())
        QCOMPARE(result.state, State::Unchanged);
    QVERIFY(second->journalPath().isEmpty());
    QCOMPARE(PodCidrJournalStore(m_journal->path()).runs().size(), 1);
}

void TestPodCidrAnnotationJob::nodeDeletedDuringApply()
{
    const PodCidrAnnotationPlan planned = plan(autoRequest());
    auto job = std::make_unique<PodCidrAnnotationJob>(m_client.get(), planned);
    job->setJournalDirectory(m_journal->path());
    m_sim->faults().delayNext("PATCH", nodePath(worker(1)), 1, 500);
    // Once worker-0 is through, worker-1's PATCH is on its way and held back: the node goes.
    connect(job.get(), &PodCidrPatchJob::nodeFinished, this, [this](int index) {
        if (index == 0)
            QTimer::singleShot(100, this, [this] { m_sim->cluster().removeNode(worker(1)); });
    });
    QVERIFY(runJob(job.get()));
    QVERIFY(!job->isOk());
    const QList<PodCidrPatchJob::Result> results = job->results();
    QCOMPARE(results.at(0).state, State::Done);
    QCOMPARE(results.at(1).state, State::Gone);
    QVERIFY2(results.at(1).message.contains(worker(1)), qPrintable(results.at(1).message));
    QCOMPARE(results.at(2).state, State::Done);
    QCOMPARE(annotationsOf(worker(2)).value(PodCidrNode::podCidrKey()).toString(),
             QStringLiteral("10.200.2.0/24"));
    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    QCOMPARE(run.changes.at(1).state, PodCidrJournalRun::Change::State::Failed);
    QCOMPARE(run.failedCount, 1);
}

void TestPodCidrAnnotationJob::forbiddenStopsAndNamesThePermission()
{
    m_sim->faults().failNext("PATCH", QStringLiteral("/api/v1/nodes/*"), 1, 403);
    auto job = apply(plan(autoRequest()));
    QVERIFY(!job->isOk());
    QCOMPARE(patches(), 1);
    const QString message = job->errorMessage();
    for (const char *word : {"\"patch\"", "\"nodes\"", "cluster-wide", "ClusterRole",
                             "resources: [nodes], verbs: [patch]"})
        QVERIFY2(message.contains(QLatin1String(word)), qPrintable(message));
    const QList<PodCidrPatchJob::Result> results = job->results();
    QCOMPARE(results.at(0).state, State::Failed);
    QCOMPARE(results.at(1).state, State::NotTried);
    QCOMPARE(results.at(2).state, State::NotTried);
    for (int i = 0; i < 3; ++i)
        QVERIFY(annotationsOf(worker(i)).value(PodCidrNode::podCidrKey()).isUndefined());
}

void TestPodCidrAnnotationJob::badInputSendsNothing()
{
    PodCidrAnnotationPlanner::Request request;
    request.ranges = {{worker(0), QStringLiteral("10.200.1.0/24")},
                      {worker(1), QStringLiteral("10.300.0.0/24")}};
    const PodCidrAnnotationPlan planned = plan(request);
    QVERIFY(!planned.isApplicable());
    auto job = apply(planned);
    QVERIFY(!job->isOk());
    QVERIFY2(job->errorMessage().contains(QStringLiteral("10.300.0.0/24")),
             qPrintable(job->errorMessage()));
    QCOMPARE(patches(), 0);
    QCOMPARE(job->results().at(0).state, State::NotTried);
    QVERIFY(job->journalPath().isEmpty());
    QVERIFY(QDir(m_journal->path()).entryList(QDir::Files).isEmpty());
}

void TestPodCidrAnnotationJob::annotationsChangedSincePreviewAreNotOverwritten()
{
    const PodCidrAnnotationPlan planned = plan(autoRequest());
    // Someone else annotates worker-1 after the preview.
    QVERIFY(mergePatch(worker(1), {{PodCidrNode::podCidrKey(), QStringLiteral("10.200.77.0/24")}}));
    // The job's patch carries the resourceVersion it planned with: the server answers 409 and
    // the job reads the node again.
    auto job = apply(planned);
    QVERIFY(!job->isOk());
    QCOMPARE(job->results().at(1).state, State::ChangedSince);
    QVERIFY(job->results().at(1).message.contains(QStringLiteral("10.200.77.0/24")));
    QCOMPARE(annotationsOf(worker(1)).value(PodCidrNode::podCidrKey()).toString(),
             QStringLiteral("10.200.77.0/24"));
    QCOMPARE(job->results().at(2).state, State::Done);
}

void TestPodCidrAnnotationJob::unrelatedChangeSincePreviewIsRetried()
{
    const PodCidrAnnotationPlan planned = plan(autoRequest());
    // A label (a kubelet heartbeat would do the same) moves worker-0's resourceVersion on.
    QVERIFY(m_sim->cluster().setNodeLabels(worker(0),
                                           {{QStringLiteral("zone"), QStringLiteral("a")}}));
    auto job = apply(planned);
    QVERIFY2(job->isOk(), qPrintable(job->errorMessage()));
    QCOMPARE(job->results().at(0).state, State::Done);
    QVERIFY2(m_requests.contains(QStringLiteral("PATCH %1 409").arg(nodePath(worker(0)))),
             qPrintable(m_requests.join(QLatin1Char('\n'))));
    QCOMPARE(annotationsOf(worker(0)).value(PodCidrNode::podCidrKey()).toString(),
             planned.entries.at(0).proposed);
}

void TestPodCidrAnnotationJob::restartsKubeRouterPods()
{
    QVERIFY(createKubeRouterDaemonSet());
    QTRY_COMPARE_WITH_TIMEOUT(read().pods.size(), 3, 10000);
    const Live before = read();
    const PodCidrAnnotationPlan planned
            = PodCidrAnnotationPlanner::plan(before.nodes, before.pods, kCluster, autoRequest());
    for (const PodCidrAnnotationPlan::Entry &entry : planned.entries) {
        QVERIFY(entry.kubeRouterRunning);
        QVERIFY(entry.restartCommand().startsWith(
                QStringLiteral("kubectl -n kube-system delete pod kube-router-")));
    }
    auto job = apply(planned, true);
    QVERIFY2(job->isOk(), qPrintable(job->errorMessage()));
    const QList<KubeRouterPodRestartJob::Result> restarts = job->restartResults();
    QCOMPARE(restarts.size(), 3);
    QStringList deleted;
    for (const KubeRouterPodRestartJob::Result &restart : restarts) {
        QCOMPARE(restart.state, KubeRouterPodRestartJob::Result::State::Restarted);
        QCOMPARE(restart.pods.size(), 1);
        deleted << restart.pods;
        QVERIFY(KubeRouterPodRestartJob::line(restart).contains(restart.node));
    }
    QCOMPARE(
            m_requests.filter(QStringLiteral("DELETE /api/v1/namespaces/kube-system/pods/")).size(),
            3);
    // The DaemonSet starts new pods with other names.
    QTRY_COMPARE_WITH_TIMEOUT(read().pods.size(), 3, 10000);
    for (const QJsonObject &pod : read().pods) {
        const QString name = pod.value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
        QVERIFY2(!deleted.contains(name), qPrintable(name));
    }
}

void TestPodCidrAnnotationJob::undoRemovesOnlyOurChange()
{
    // Before: worker-0 has an unrelated annotation, worker-2 a hand-set pod-cidr.
    QVERIFY(mergePatch(worker(0), {{QStringLiteral("example.com/keep"), QStringLiteral("yes")}}));
    QVERIFY(mergePatch(worker(2), {{PodCidrNode::podCidrKey(), QStringLiteral("10.200.50.0/24")}}));
    PodCidrAnnotationPlanner::Request request = autoRequest();
    request.ranges = {{worker(2), QStringLiteral("10.200.60.0/24")}};
    const PodCidrAnnotationPlan planned = plan(request);
    QCOMPARE(planned.count(Action::Set), 3);
    auto applied = apply(planned);
    QVERIFY(applied->isOk());
    // After: someone sets another range on worker-1.
    QVERIFY(mergePatch(worker(1), {{PodCidrNode::podCidrKey(), QStringLiteral("10.200.99.0/24")}}));

    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    const Live live = read();
    const PodCidrUndoPlan undo = PodCidrUndoPlanner::plan(run, live.nodes, live.pods);
    QVERIFY(undo.isApplicable());
    QCOMPARE(undo.entries.size(), 3);
    QCOMPARE(undo.entries.at(0).action, PodCidrUndoPlan::Action::Revert);
    QCOMPARE(undo.entries.at(0).kubectlCommand(),
             QStringLiteral("kubectl annotate node/%1 kube-router.io/pod-cidr- "
                            "kube-router.io/pod-cidrs-")
                     .arg(worker(0)));
    QCOMPARE(undo.entries.at(1).action, PodCidrUndoPlan::Action::ChangedSince);
    QVERIFY(undo.entries.at(1).message.contains(QStringLiteral("10.200.99.0/24")));
    QCOMPARE(undo.entries.at(2).action, PodCidrUndoPlan::Action::Revert);
    QCOMPARE(undo.entries.at(2).kubectlCommand(),
             QStringLiteral("kubectl annotate node/%1 \"kube-router.io/pod-cidr=10.200.50.0/24\" "
                            "kube-router.io/pod-cidrs- --overwrite")
                     .arg(worker(2)));

    m_patches = 0;
    PodCidrUndoJob job(m_client.get(), undo);
    job.setJournalDirectory(m_journal->path());
    QVERIFY(runJob(&job));
    QVERIFY2(job.isOk(), qPrintable(job.errorMessage()));
    QCOMPARE(patches(), 2);
    QCOMPARE(job.results().at(0).state, State::Done);
    QCOMPARE(job.line(job.results().at(0)),
             QStringLiteral("node/%1 annotations removed").arg(worker(0)));
    QCOMPARE(job.results().at(1).state, State::ChangedSince);
    QVERIFY(job.line(job.results().at(1)).contains(QStringLiteral("skipped")));
    QCOMPARE(job.results().at(2).state, State::Done);

    const QJsonObject w0 = annotationsOf(worker(0));
    QVERIFY(!w0.contains(PodCidrNode::podCidrKey()));
    QVERIFY(!w0.contains(PodCidrNode::podCidrsKey()));
    QCOMPARE(w0.value(QStringLiteral("example.com/keep")).toString(), QStringLiteral("yes"));
    const QJsonObject w1 = annotationsOf(worker(1));
    QCOMPARE(w1.value(PodCidrNode::podCidrKey()).toString(), QStringLiteral("10.200.99.0/24"));
    QCOMPARE(w1.value(PodCidrNode::podCidrsKey()).toString(), QStringLiteral("10.200.1.0/24"));
    const QJsonObject w2 = annotationsOf(worker(2));
    QCOMPARE(w2.value(PodCidrNode::podCidrKey()).toString(), QStringLiteral("10.200.50.0/24"));
    QVERIFY(!w2.contains(PodCidrNode::podCidrsKey()));

    // The undo is journalled, and the annotate run is no longer offered for undo.
    const PodCidrJournalRun undone = onlyRun(QStringLiteral("unannotate"));
    QCOMPARE(undone.undoOf, run.runId);
    QCOMPARE(undone.changes.size(), 2);
    QString error;
    QVERIFY(!PodCidrJournalStore(m_journal->path()).latestUndoable(m_sim->baseUrl(), &error));
    QVERIFY(!error.isEmpty());

    // Undoing again changes nothing: both reverted nodes are already back.
    const Live after = read();
    const PodCidrUndoPlan again = PodCidrUndoPlanner::plan(run, after.nodes, after.pods);
    QCOMPARE(again.count(PodCidrUndoPlan::Action::AlreadyReverted), 2);
    QCOMPARE(again.count(PodCidrUndoPlan::Action::ChangedSince), 1);
}

void TestPodCidrAnnotationJob::undoRetriesAfterConflict()
{
    QVERIFY(apply(plan(autoRequest()))->isOk());
    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    QVERIFY(PodCidrJournalStore(m_journal->path()).latestUndoable(m_sim->baseUrl()).has_value());
    const Live live = read();
    const PodCidrUndoPlan undo = PodCidrUndoPlanner::plan(run, live.nodes, live.pods);
    // The first patch of worker-0 meets a 409 (its status changed, say); the retry lands.
    m_sim->faults().failNext("PATCH", nodePath(worker(0)), 2, 409);
    m_patches = 0;
    m_requests.clear();
    PodCidrUndoJob job(m_client.get(), undo);
    job.setJournalDirectory(m_journal->path());
    QVERIFY(runJob(&job));
    QVERIFY2(job.isOk(), qPrintable(job.errorMessage()));
    QCOMPARE(patches(), 5);
    QCOMPARE(m_requests.filter(QStringLiteral("GET %1 200").arg(nodePath(worker(0)))).size(), 2);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(job.results().at(i).state, State::Done);
        const QJsonObject annotations = annotationsOf(worker(i));
        QVERIFY(!annotations.contains(PodCidrNode::podCidrKey()));
        QVERIFY(!annotations.contains(PodCidrNode::podCidrsKey()));
    }
    // A node that keeps conflicting fails after four tries; the others go through.
    m_sim->faults().failNext("PATCH", nodePath(worker(1)), 10, 409);
    m_patches = 0;
    auto again = apply(plan(autoRequest()));
    QCOMPARE(again->results().at(0).state, State::Done);
    QCOMPARE(again->results().at(1).state, State::Failed);
    QVERIFY2(again->results().at(1).message.contains(QStringLiteral("kept changing")),
             qPrintable(again->results().at(1).message));
    QCOMPARE(again->results().at(2).state, State::Done);
    QCOMPARE(patches(), 6);
    m_sim->faults().clear();
}

void TestPodCidrAnnotationJob::undoOfUndoIsRefused()
{
    QVERIFY(apply(plan(autoRequest()))->isOk());
    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    Live live = read();
    PodCidrUndoJob undo(m_client.get(), PodCidrUndoPlanner::plan(run, live.nodes, live.pods));
    undo.setJournalDirectory(m_journal->path());
    QVERIFY(runJob(&undo));
    QVERIFY(undo.isOk());
    const PodCidrJournalRun undoRun = onlyRun(QStringLiteral("unannotate"));
    live = read();
    const PodCidrUndoPlan plan = PodCidrUndoPlanner::plan(undoRun, live.nodes, live.pods);
    QVERIFY(!plan.isApplicable());
    QVERIFY(plan.errors.value(0).contains(undoRun.runId));
    m_patches = 0;
    PodCidrUndoJob refused(m_client.get(), plan);
    refused.setJournalDirectory(m_journal->path());
    QVERIFY(runJob(&refused));
    QVERIFY(!refused.isOk());
    QCOMPARE(patches(), 0);
}

void TestPodCidrAnnotationJob::cancelStopsBeforeTheNextNode()
{
    auto job = std::make_unique<PodCidrAnnotationJob>(m_client.get(), plan(autoRequest()));
    job->setJournalDirectory(m_journal->path());
    QSignalSpy progress(job.get(), &PodCidrPatchJob::progress);
    connect(job.get(), &PodCidrPatchJob::nodeFinished, job.get(), [&job](int index) {
        if (index == 0)
            job->cancel();
    });
    QVERIFY(runJob(job.get()));
    QCOMPARE(patches(), 1);
    QCOMPARE(job->results().at(0).state, State::Done);
    QCOMPARE(job->results().at(1).state, State::Cancelled);
    QCOMPARE(job->results().at(2).state, State::Cancelled);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(1).toInt(), 3);
    const PodCidrJournalRun run = onlyRun(QStringLiteral("annotate"));
    QCOMPARE(run.end, PodCidrJournalRun::End::Cancelled);
    QCOMPARE(run.changedCount, 1);
}

QTEST_GUILESS_MAIN(TestPodCidrAnnotationJob)
#include "tst_podcidrannotationjob.moc"
