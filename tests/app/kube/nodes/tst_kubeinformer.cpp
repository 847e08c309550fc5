// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// KubeInformer against the Kubernetes simulator over HTTPS: the informer's objects must equal
// the server's after live changes, cut and ended watches, 410 Gone, garbage and half events,
// and failing LISTs.

#include "SimClusterSteps.h"
#include "kube/KubeClient.h"
#include "kube/KubeWatchReader.h"
#include "kube/nodes/KubeInformer.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeObjectStore.h"
#include "sim/kube/KubeResourceCatalog.h"
#include "sim/kube/KubeSimulator.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace std::chrono_literals;

namespace {

const QString kNodes = QStringLiteral("/api/v1/nodes");

using Versions = QMap<QString, QString>;

Versions versionsOf(const QList<QJsonObject> &objects)
{
    Versions versions;
    for (const QJsonObject &object : objects) {
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        versions.insert(KubeInformer::keyOf(object),
                        metadata.value(QStringLiteral("resourceVersion")).toString());
    }
    return versions;
}

QByteArray describe(const Versions &versions)
{
    QStringList parts;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        parts << it.key() + QLatin1Char('@') + it.value();
    return parts.join(QLatin1Char(' ')).toUtf8();
}

} // namespace

class TestKubeInformer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    int m_nodeLists = 0; ///< LIST requests for nodes the simulator answered

    Versions serverNodes() const
    {
        return versionsOf(m_sim->store().list(*sim::KubeResourceCatalog::find(
                QString(), QStringLiteral("v1"), QStringLiteral("nodes"))));
    }

    std::unique_ptr<KubeInformer> nodeInformer(std::chrono::milliseconds initial = 20ms,
                                               std::chrono::milliseconds maximum = 200ms)
    {
        auto informer = std::make_unique<KubeInformer>(m_client.get(), kNodes);
        informer->setBackoff(initial, maximum);
        return informer;
    }

    // Starts \a informer and waits until it is live.
    static bool startLive(KubeInformer &informer)
    {
        informer.start();
        return QTest::qWaitFor([&] { return informer.state() == KubeInformer::State::Live; },
                               10000);
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::KubeSimulator>();
        QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
        m_sim->start();
        QVERIFY(ready.wait(20000));
        m_nodeLists = 0;
        connect(m_sim.get(), &sim::KubeSimulator::requestHandled, this,
                [this](const QByteArray &method, const QString &path, int) {
                    if (method == "GET" && path == kNodes)
                        ++m_nodeLists;
                });
        KubeConnection connection;
        connection.server = m_sim->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
        connection.token = m_sim->token();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KubeClient>(connection, m_network.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void initialSnapshotEqualsServer()
    {
        auto informer = nodeInformer();
        QSignalSpy snapshots(informer.get(), &KubeInformer::snapshot);
        QCOMPARE(informer->state(), KubeInformer::State::Connecting);
        QVERIFY(startLive(*informer));
        QCOMPARE(snapshots.count(), 1);
        const auto snapshot = snapshots.at(0).at(0).value<QList<QJsonObject>>();
        QCOMPARE(snapshot.size(), 3);
        QCOMPARE(versionsOf(snapshot), serverNodes());
        QCOMPARE(versionsOf(informer->objects()), serverNodes());
        QVERIFY(informer->hasSynced());
        QVERIFY(!informer->lastError().isError());
        QVERIFY(informer->since().isValid());
        QCOMPARE(informer->listCount(), 1);
        QCOMPARE(m_nodeLists, 1);
        QCOMPARE(informer->resourceVersion(), QString::number(m_sim->store().resourceVersion()));
    }

    void followsLiveChanges()
    {
        auto informer = nodeInformer();
        QVERIFY(startLive(*informer));
        QSignalSpy events(informer.get(), &KubeInformer::eventReceived);
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-3.k8s.lan"), QStringLiteral("10.0.0.14"))));
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-0.k8s.lan"),
                                               {{QStringLiteral("team"), QStringLiteral("a")}}));
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-1.k8s.lan")));
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
        QCOMPARE(informer->count(), 3);
        QVERIFY(!informer->objects().isEmpty());
        QList<KubeWatchEvent::Type> types;
        for (const QList<QVariant> &arguments : std::as_const(events))
            types << arguments.at(0).value<KubeWatchEvent>().type;
        QVERIFY(types.contains(KubeWatchEvent::Type::Added));
        QVERIFY(types.contains(KubeWatchEvent::Type::Modified));
        QVERIFY(types.contains(KubeWatchEvent::Type::Deleted));
        const QJsonObject worker0 = informer->objects().first();
        QCOMPARE(KubeInformer::keyOf(worker0), QStringLiteral("worker-0.k8s.lan"));
        QCOMPARE(worker0.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("labels"))
                         .toObject()
                         .value(QStringLiteral("team"))
                         .toString(),
                 QStringLiteral("a"));
        QCOMPARE(informer->listCount(), 1);
    }

    void cutWatchResumesWithoutList()
    {
        // A long enough pause to change the cluster while the informer is disconnected.
        auto informer = nodeInformer(400ms, 2000ms);
        QVERIFY(startLive(*informer));
        QList<KubeInformer::State> states;
        connect(informer.get(), &KubeInformer::stateChanged, this,
                [&] { states << informer->state(); });
        m_sim->dropWatches();
        QTRY_COMPARE(informer->state(), KubeInformer::State::Reconnecting);
        QVERIFY(informer->lastError().isError());
        QVERIFY(informer->nextRetry().isValid());
        QVERIFY(informer->since() <= QDateTime::currentDateTimeUtc());
        // Changed while nobody watches: the resumed watch must replay them.
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-2.k8s.lan")));
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-9.k8s.lan"), QStringLiteral("10.0.0.19"))));
        QVERIFY(versionsOf(informer->objects()) != serverNodes());
        QTRY_COMPARE_WITH_TIMEOUT(informer->state(), KubeInformer::State::Live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
        QVERIFY(!informer->lastError().isError());
        QCOMPARE(informer->listCount(), 1);
        QCOMPARE(m_nodeLists, 1);
        QCOMPARE(informer->watchCount(), 2);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first(), KubeInformer::State::Reconnecting);
        QCOMPARE(states.last(), KubeInformer::State::Live);
    }

    void goneListsAgain()
    {
        auto informer = nodeInformer();
        QVERIFY(startLive(*informer));
        QSignalSpy snapshots(informer.get(), &KubeInformer::snapshot);
        m_sim->expireNextWatch();
        m_sim->dropWatches();
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-0.k8s.lan")));
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 10000);
        QCOMPARE(versionsOf(snapshots.at(0).at(0).value<QList<QJsonObject>>()), serverNodes());
        QTRY_COMPARE_WITH_TIMEOUT(informer->state(), KubeInformer::State::Live, 10000);
        QCOMPARE(informer->listCount(), 2);
        QCOMPARE(m_nodeLists, 2);
        // And it keeps following.
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-5.k8s.lan"), QStringLiteral("10.0.0.15"))));
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
    }

    void garbageLinesAreSkipped()
    {
        auto informer = nodeInformer();
        QVERIFY(startLive(*informer));
        QTRY_COMPARE(m_sim->openWatchCount(), 1);
        m_sim->injectWatchBytes("not json\n");
        m_sim->injectWatchBytes("{\"type\":\"ADDED\"}\n");
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-1.k8s.lan"),
                                               {{QStringLiteral("team"), QStringLiteral("b")}}));
        QTRY_COMPARE_WITH_TIMEOUT(informer->badLineCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
        QCOMPARE(informer->state(), KubeInformer::State::Live);
        QCOMPARE(informer->listCount(), 1);
        QCOMPARE(informer->watchCount(), 1);
    }

    void truncatedEventIsNotApplied()
    {
        // Long enough a pause to see the informer reconnecting.
        auto informer = nodeInformer(400ms, 2000ms);
        QVERIFY(startLive(*informer));
        QTRY_COMPARE(m_sim->openWatchCount(), 1);
        auto *reader = informer->findChild<KubeWatchReader *>();
        QVERIFY(reader);
        const QByteArray ghost
                = QJsonDocument(
                          QJsonObject {
                                  {QStringLiteral("type"), QStringLiteral("ADDED")},
                                  {QStringLiteral("object"),
                                   QJsonObject {{QStringLiteral("kind"), QStringLiteral("Node")},
                                                {QStringLiteral("metadata"),
                                                 QJsonObject {{QStringLiteral("name"),
                                                               QStringLiteral("ghost")},
                                                              {QStringLiteral("resourceVersion"),
                                                               QStringLiteral("999999")}}}}}})
                          .toJson(QJsonDocument::Compact);
        // The whole object but not the newline that ends the line: the connection breaks
        // before the event is complete, so it must not count even though it parses.
        m_sim->injectWatchBytes(ghost);
        QTRY_COMPARE_WITH_TIMEOUT(reader->pendingBytes(), ghost.size(), 10000);
        m_sim->dropWatches();
        QTRY_COMPARE(informer->state(), KubeInformer::State::Reconnecting);
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-2.k8s.lan"),
                                               {{QStringLiteral("team"), QStringLiteral("c")}}));
        QTRY_COMPARE_WITH_TIMEOUT(informer->state(), KubeInformer::State::Live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
        QVERIFY2(!versionsOf(informer->objects()).contains(QStringLiteral("ghost")),
                 describe(versionsOf(informer->objects())).constData());
        QVERIFY(informer->resourceVersion() != QStringLiteral("999999"));
        QCOMPARE(informer->listCount(), 1);
    }

    void serverEndRewatchesWithoutList()
    {
        auto informer = nodeInformer();
        QVERIFY(startLive(*informer));
        QList<KubeInformer::State> states;
        connect(informer.get(), &KubeInformer::stateChanged, this,
                [&] { states << informer->state(); });
        QTRY_COMPARE(m_sim->openWatchCount(), 1);
        m_sim->endWatches();
        QTRY_COMPARE_WITH_TIMEOUT(informer->watchCount(), 2, 10000);
        QTRY_COMPARE(m_sim->openWatchCount(), 1);
        QVERIFY(m_sim->cluster().removeNode(QStringLiteral("worker-1.k8s.lan")));
        QTRY_COMPARE_WITH_TIMEOUT(versionsOf(informer->objects()), serverNodes(), 10000);
        QCOMPARE(informer->listCount(), 1);
        QCOMPARE(m_nodeLists, 1);
        QVERIFY2(!states.contains(KubeInformer::State::Reconnecting),
                 "a watch the server ended is not a failure");
        QCOMPARE(informer->state(), KubeInformer::State::Live);
    }

    void failingListRetriesThenRecovers()
    {
        m_sim->faults().failNext("GET", kNodes, 2, 500);
        auto informer = nodeInformer(400ms, 2000ms);
        QSignalSpy snapshots(informer.get(), &KubeInformer::snapshot);
        informer->start();
        QTRY_COMPARE(informer->state(), KubeInformer::State::Reconnecting);
        QVERIFY(informer->lastError().isError());
        QCOMPARE(informer->lastError().httpStatus, 500);
        QVERIFY(!informer->lastError().detail.isEmpty());
        QVERIFY(!informer->hasSynced());
        QTRY_COMPARE_WITH_TIMEOUT(informer->state(), KubeInformer::State::Live, 10000);
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(versionsOf(informer->objects()), serverNodes());
        QCOMPARE(informer->listCount(), 1);
        QVERIFY(!informer->lastError().isError());
    }

    void forbiddenListWaitsTheLongestDelay()
    {
        m_sim->faults().failNext("GET", kNodes, 1, 403);
        auto informer = nodeInformer(10ms, 600ms);
        informer->start();
        QTRY_COMPARE(informer->state(), KubeInformer::State::Reconnecting);
        QCOMPARE(informer->lastError().httpStatus, 403);
        QVERIFY(!informer->lastError().message.isEmpty());
        // Jittered between half and all of the maximum, not the 10 ms first delay.
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(informer->nextRetry());
        QVERIFY2(wait > 200, QByteArray::number(wait).constData());
        QTRY_COMPARE_WITH_TIMEOUT(informer->state(), KubeInformer::State::Live, 10000);
        QCOMPARE(versionsOf(informer->objects()), serverNodes());
    }

    void selectorsLimitListAndWatch()
    {
        // Two nodes carry a label; the informer sees only those, in LIST and WATCH.
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-0.k8s.lan"),
                                               {{QStringLiteral("pool"), QStringLiteral("x")}}));
        QVERIFY(m_sim->cluster().setNodeLabels(QStringLiteral("worker-2.k8s.lan"),
                                               {{QStringLiteral("pool"), QStringLiteral("x")}}));
        QUrlQuery selector;
        selector.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("pool=x"));
        KubeInformer informer(m_client.get(), kNodes, selector);
        informer.setBackoff(20ms, 200ms);
        QVERIFY(startLive(informer));
        QCOMPARE(versionsOf(informer.objects()).keys(),
                 QStringList(
                         {QStringLiteral("worker-0.k8s.lan"), QStringLiteral("worker-2.k8s.lan")}));
        sim::KubeNodeSpec spec
                = test::nodeSpec(QStringLiteral("worker-7.k8s.lan"), QStringLiteral("10.0.0.17"));
        spec.labels.insert(QStringLiteral("pool"), QStringLiteral("x"));
        QVERIFY(m_sim->cluster().addNode(spec));
        QVERIFY(m_sim->cluster().addNode(
                test::nodeSpec(QStringLiteral("worker-8.k8s.lan"), QStringLiteral("10.0.0.18"))));
        QTRY_COMPARE_WITH_TIMEOUT(informer.count(), 3, 10000);
        QVERIFY(versionsOf(informer.objects()).contains(QStringLiteral("worker-7.k8s.lan")));
        QVERIFY(!versionsOf(informer.objects()).contains(QStringLiteral("worker-8.k8s.lan")));
    }

    void stopKeepsObjects()
    {
        auto informer = nodeInformer();
        QVERIFY(startLive(*informer));
        informer->stop();
        QVERIFY(!informer->isRunning());
        QTRY_COMPARE(m_sim->openWatchCount(), 0);
        QCOMPARE(informer->count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKubeInformer)
#include "tst_kubeinformer.moc"
