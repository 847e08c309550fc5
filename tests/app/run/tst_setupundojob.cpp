// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// "Undo this run" against both simulators: a run's effects are made with the real jobs
// (pairs, annotations, objects), then undone; pairs and annotations go, objects only when
// asked, and what changed since stays.

#include "../openstack/PortTestCloud.h"

#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/ManifestApplyJob.h"
#include "kube/annotations/PodCidrAnnotationJob.h"
#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "openstack/PairJournal.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"
#include "run/SetupUndoJob.h"
#include "sim/kube/KubeSimulator.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet;

namespace {

const QByteArray kManifest = QByteArrayLiteral("apiVersion: v1\n"
                                               "kind: ServiceAccount\n"
                                               "metadata:\n"
                                               "  name: kube-router\n"
                                               "  namespace: kube-system\n"
                                               "---\n"
                                               "apiVersion: v1\n"
                                               "kind: ConfigMap\n"
                                               "metadata:\n"
                                               "  name: kube-router-cfg\n"
                                               "  namespace: kube-system\n"
                                               "data:\n"
                                               "  a: b\n");
const QString kConfigMap
        = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg");
const QString kAccount
        = QStringLiteral("/api/v1/namespaces/kube-system/serviceaccounts/kube-router");

} // namespace

class TestSetupUndoJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void undoesPairsAndAnnotationsKeepsObjects();
    void removesObjectsWhenAsked();
    void emptyRecordHasNothingToDo();

private:
    void makeRunEffects();
    bool runUndo(SetupUndoJob &job, bool *ok);
    QJsonObject getObject(const QString &path, int *status = nullptr);

    std::unique_ptr<test::PortTestCloud> m_cloud;
    std::unique_ptr<sim::KubeSimulator> m_kube;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SetupState> m_state;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_portsDir;
    QString m_podsDir;
    QStringList m_portIds;
    QStringList m_annotatedNodes;
    SetupRunRecord m_record;
};

void TestSetupUndoJob::init()
{
    m_cloud = std::make_unique<test::PortTestCloud>();
    QVERIFY(m_cloud->start());
    m_portIds = {m_cloud->addWorker(QStringLiteral("worker-0.k8s.lan")),
                 m_cloud->addWorker(QStringLiteral("worker-1.k8s.lan"))};
    m_kube = std::make_unique<sim::KubeSimulator>();
    QSignalSpy ready(m_kube.get(), &sim::KubeSimulator::ready);
    m_kube->start();
    QVERIFY(ready.count() > 0 || ready.wait(20000));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_state = std::make_unique<SetupState>(m_network.get());
    m_state->openStack()->setCredentials(m_cloud->session->credentials());
    KubeConnection connection;
    connection.server = m_kube->baseUrl();
    connection.contextName = QStringLiteral("sim");
    connection.tls.caCertificates = QSslCertificate::fromData(m_kube->caCertificatePem());
    connection.token = m_kube->token();
    m_state->kube()->setConnection(connection);
    QVERIFY(m_state->kube()->client());

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_portsDir = m_dir->filePath(QStringLiteral("ports"));
    m_podsDir = m_dir->filePath(QStringLiteral("pods"));
    m_record = {};
    m_annotatedNodes.clear();
}

void TestSetupUndoJob::cleanup()
{
    m_state.reset();
    m_network.reset();
    m_kube.reset();
    m_cloud.reset();
    m_dir.reset();
}

QJsonObject TestSetupUndoJob::getObject(const QString &path, int *status)
{
    KubeReply *reply = m_state->kube()->client()->getObject(path);
    QSignalSpy finished(reply, &KubeReply::finished);
    [&] { QVERIFY(reply->isFinished() || finished.wait(10000)); }();
    if (status)
        *status = reply->httpStatus();
    const QJsonObject object = reply->object();
    reply->deleteLater();
    return object;
}

void TestSetupUndoJob::makeRunEffects()
{
    // The pairs, journaled as a run would.
    PortPlanner planner;
    planner.setCidrs({Cidr::parse(QStringLiteral("10.200.0.0/16")).cidr,
                      Cidr::parse(QStringLiteral("10.32.0.0/24")).cidr});
    const PortPlan portPlan = planner.plan(m_cloud->listPorts());
    QCOMPARE(portPlan.totals().portsToChange, 2);
    PairJournal journal;
    QCOMPARE(journal.open(m_portsDir, PairJournal::headerFor(*m_cloud->session, portPlan)),
             QString());
    PortApplyJob ports(m_cloud->client.get(), portPlan);
    ports.setJournal(&journal);
    QSignalSpy portsDone(&ports, &PortApplyJob::finished);
    ports.start();
    QVERIFY(portsDone.wait(20000));
    QCOMPARE(m_cloud->pairsOf(m_portIds[0]).size(), 2);
    m_record.portsJournalRunIds = {journal.runId()};
    m_record.plan.ports = portPlan;

    // The pod ranges.
    KubeClient *client = m_state->kube()->client();
    PodCidrClusterReader reader(client);
    QSignalSpy read(&reader, &PodCidrClusterReader::finished);
    reader.start();
    QVERIFY(read.wait(10000));
    QVERIFY(reader.isOk());
    PodCidrAnnotationPlanner::Request request;
    request.autoAssign = true;
    const PodCidrAnnotationPlan rangePlan = PodCidrAnnotationPlanner::plan(
            reader.nodes(), reader.kubeRouterPods(), QStringLiteral("10.200.0.0/16"), request);
    for (const PodCidrAnnotationPlan::Entry &e : rangePlan.entries) {
        if (e.action == PodCidrAnnotationPlan::Action::Set)
            m_annotatedNodes << e.node.name;
    }
    QVERIFY(!m_annotatedNodes.isEmpty());
    PodCidrAnnotationJob annotate(client, rangePlan);
    annotate.setJournalDirectory(m_podsDir);
    QSignalSpy annotated(&annotate, &PodCidrPatchJob::finished);
    annotate.start();
    QVERIFY(annotated.wait(20000));
    QVERIFY(annotate.isOk());
    m_record.podRangesJournalRunIds = {annotate.runId()};
    m_record.plan.podRanges = rangePlan;

    // The objects.
    auto *apply = new ManifestApplyJob(client, kManifest, this);
    QSignalSpy applied(apply, &ManifestApplyJob::finished);
    apply->start();
    QVERIFY(applied.wait(20000));
    QVERIFY(apply->isOk());
    apply->deleteLater();
    m_record.plan.manifestYaml = kManifest;
    int status = 0;
    getObject(kConfigMap, &status);
    QCOMPARE(status, 200);
}

bool TestSetupUndoJob::runUndo(SetupUndoJob &job, bool *ok)
{
    QSignalSpy finished(&job, &SetupUndoJob::finished);
    job.start();
    if (!finished.wait(30000) || finished.count() != 1)
        return false;
    *ok = finished.at(0).at(0).toBool();
    return true;
}

void TestSetupUndoJob::undoesPairsAndAnnotationsKeepsObjects()
{
    makeRunEffects();
    if (QTest::currentTestFailed())
        return;
    // A pair someone added since the run: the undo must keep it.
    sim::OsPort *port = m_cloud->sim.store().mutablePort(m_portIds[1]);
    port->allowedAddressPairs.append({QStringLiteral("192.168.77.0/24"), port->macAddress});

    SetupUndoJob job(m_state.get(), m_record);
    job.setJournalDirectories(m_portsDir, m_podsDir);
    QSignalSpy planned(&job, &SetupUndoJob::planned);
    job.plan();
    QCOMPARE(planned.count(), 0); // never from inside plan()
    QVERIFY(planned.wait(20000));
    QVERIFY2(planned.at(0).at(0).toBool(), qPrintable(job.previewText()));
    QVERIFY(job.hasWork());
    const QString preview = job.previewText();
    QVERIFY2(preview.contains(QLatin1String("10.200.0.0/16")), qPrintable(preview));
    QVERIFY(preview.contains(m_portIds[0]));
    QVERIFY(preview.contains(m_annotatedNodes.first()));
    QVERIFY(preview.contains(QLatin1String("kept")));
    // The preview changed nothing.
    QCOMPARE(m_cloud->pairsOf(m_portIds[0]).size(), 2);

    bool ok = false;
    QVERIFY(runUndo(job, &ok));
    QVERIFY2(ok,
             qPrintable(job.partMessage(SetupUndoJob::Part::Ports)
                        + job.partMessage(SetupUndoJob::Part::PodRanges)));
    QCOMPARE(job.partState(SetupUndoJob::Part::Objects), SetupUndoJob::PartState::Skipped);
    QCOMPARE(job.partState(SetupUndoJob::Part::PodRanges), SetupUndoJob::PartState::Done);
    QCOMPARE(job.partState(SetupUndoJob::Part::Ports), SetupUndoJob::PartState::Done);
    QCOMPARE(m_cloud->pairsOf(m_portIds[0]), QStringList());
    QCOMPARE(m_cloud->pairsOf(m_portIds[1]), QStringList {QStringLiteral("192.168.77.0/24")});
    for (const QString &node : std::as_const(m_annotatedNodes)) {
        const QJsonObject annotations = getObject(QStringLiteral("/api/v1/nodes/") + node)
                                                .value(QStringLiteral("metadata"))
                                                .toObject()
                                                .value(QStringLiteral("annotations"))
                                                .toObject();
        QVERIFY(!annotations.contains(QStringLiteral("kube-router.io/pod-cidr")));
        QVERIFY(!annotations.contains(QStringLiteral("kube-router.io/pod-cidrs")));
    }
    int status = 0;
    getObject(kConfigMap, &status);
    QCOMPARE(status, 200);
    QVERIFY(!job.partLines(SetupUndoJob::Part::Ports).isEmpty());
}

void TestSetupUndoJob::removesObjectsWhenAsked()
{
    makeRunEffects();
    if (QTest::currentTestFailed())
        return;
    SetupUndoJob job(m_state.get(), m_record);
    job.setJournalDirectories(m_portsDir, m_podsDir);
    QSignalSpy planned(&job, &SetupUndoJob::planned);
    job.plan();
    QVERIFY(planned.wait(20000));
    job.setRemoveObjects(true);
    const QString preview = job.previewText();
    QVERIFY2(preview.contains(QLatin1String("configmap/kube-router-cfg")), qPrintable(preview));
    bool ok = false;
    QVERIFY(runUndo(job, &ok));
    QVERIFY2(ok, qPrintable(job.partMessage(SetupUndoJob::Part::Objects)));
    QCOMPARE(job.partState(SetupUndoJob::Part::Objects), SetupUndoJob::PartState::Done);
    int status = 0;
    getObject(kConfigMap, &status);
    QCOMPARE(status, 404);
    getObject(kAccount, &status);
    QCOMPARE(status, 404);
    QCOMPARE(m_cloud->pairsOf(m_portIds[1]), QStringList());
}

void TestSetupUndoJob::emptyRecordHasNothingToDo()
{
    SetupUndoJob job(m_state.get(), SetupRunRecord {});
    job.setJournalDirectories(m_portsDir, m_podsDir);
    QSignalSpy planned(&job, &SetupUndoJob::planned);
    job.plan();
    QVERIFY(planned.wait(10000));
    QVERIFY(planned.at(0).at(0).toBool());
    QVERIFY(!job.hasWork());
    bool ok = false;
    QVERIFY(runUndo(job, &ok));
    QVERIFY(ok);
    for (const auto part :
         {SetupUndoJob::Part::Objects, SetupUndoJob::Part::PodRanges, SetupUndoJob::Part::Ports})
        QCOMPARE(job.partState(part), SetupUndoJob::PartState::Skipped);
}

QTEST_MAIN(TestSetupUndoJob)
#include "tst_setupundojob.moc"
