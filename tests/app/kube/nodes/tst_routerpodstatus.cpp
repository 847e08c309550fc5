// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// A kube-router pod read the way kubectl reads it: STATUS, READY, RESTARTS, plus why it waits
// and how it last ended.

#include "kube/nodes/RouterPodStatus.h"

#include "NodeFixtures.h"

#include <QTest>

using namespace podnet;
using namespace podnet::test;

namespace {

QJsonObject containerStatus(const QString &name, const QJsonObject &state, bool ready = false,
                            int restarts = 0)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ready"), ready},
            {QStringLiteral("restartCount"), restarts},
            {QStringLiteral("state"), state}};
}

QJsonObject waitingState(const QString &reason)
{
    return {{QStringLiteral("waiting"), QJsonObject {{QStringLiteral("reason"), reason}}}};
}

QJsonObject terminatedState(int exitCode, const QString &reason = {}, int signal = 0)
{
    QJsonObject terminated {{QStringLiteral("exitCode"), exitCode}};
    if (!reason.isEmpty())
        terminated.insert(QStringLiteral("reason"), reason);
    if (signal != 0)
        terminated.insert(QStringLiteral("signal"), signal);
    return {{QStringLiteral("terminated"), terminated}};
}

// A pod with two init containers (so Init:N/2 can be seen) and the given statuses.
QJsonObject podWith(const QJsonArray &initStatuses, const QJsonArray &statuses,
                    const QString &phase = QStringLiteral("Pending"))
{
    return {{QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router-x")},
                          {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
            {QStringLiteral("spec"),
             QJsonObject {
                     {QStringLiteral("nodeName"), QStringLiteral("worker-1")},
                     {QStringLiteral("initContainers"),
                      QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("a")}},
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("b")}}}},
                     {QStringLiteral("containers"),
                      QJsonArray {
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("main")}}}}}},
            {QStringLiteral("status"),
             QJsonObject {{QStringLiteral("phase"), phase},
                          {QStringLiteral("initContainerStatuses"), initStatuses},
                          {QStringLiteral("containerStatuses"), statuses}}}};
}

} // namespace

class TestRouterPodStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void running()
    {
        const RouterPodStatus pod = RouterPodStatus::fromJson(PodFixture().json());
        QCOMPARE(pod.name, QStringLiteral("kube-router-abcde"));
        QCOMPARE(pod.namespaceName, QStringLiteral("kube-system"));
        QCOMPARE(pod.nodeName, QStringLiteral("worker-0"));
        QCOMPARE(pod.phase, QStringLiteral("Running"));
        QCOMPARE(pod.status, QStringLiteral("Running"));
        QCOMPARE(pod.readyText(), QStringLiteral("1/1"));
        QCOMPARE(pod.restarts, 0);
        QVERIFY(pod.isReady());
        QVERIFY(!pod.isCrashLooping());
        QVERIFY(!pod.isTerminating());
        QVERIFY(!pod.lastTermination);
        QVERIFY(pod.waitingReason.isEmpty());
    }

    void crashLoopBackOff()
    {
        PodFixture fixture;
        fixture.crashLooping(5);
        const RouterPodStatus pod = RouterPodStatus::fromJson(fixture.json());
        QCOMPARE(pod.status, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(pod.readyText(), QStringLiteral("0/1"));
        QCOMPARE(pod.restarts, 5);
        QVERIFY(pod.isCrashLooping());
        QVERIFY(!pod.isReady());
        QCOMPARE(pod.waitingReason, QStringLiteral("CrashLoopBackOff"));
        QVERIFY(pod.waitingMessage.startsWith(QLatin1String("back-off 5m0s")));
        QVERIFY(pod.lastTermination);
        QCOMPARE(pod.lastTermination->container, QStringLiteral("kube-router"));
        QCOMPARE(pod.lastTermination->reason, QStringLiteral("Error"));
        QCOMPARE(pod.lastTermination->exitCode, 1);
        QCOMPARE(pod.lastTermination->message,
                 QStringLiteral("Failed to get pod CIDR from node spec"));
        QCOMPARE(pod.lastTermination->finishedAt, fixture.lastFinished);
    }

    void terminating()
    {
        PodFixture fixture;
        fixture.deleted = QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC);
        const RouterPodStatus pod = RouterPodStatus::fromJson(fixture.json());
        QCOMPARE(pod.status, QStringLiteral("Terminating"));
        QVERIFY(pod.isTerminating());
        QCOMPARE(pod.deletionTimestamp, fixture.deleted);
        QVERIFY(!pod.isReady());

        // A pod that already ended is shown as it ended, not as Terminating.
        fixture.phase = QStringLiteral("Failed");
        QJsonObject json = fixture.json();
        QJsonObject status = json.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("containerStatuses"),
                      QJsonArray {containerStatus(QStringLiteral("kube-router"),
                                                  terminatedState(2, QStringLiteral("Error")))});
        json.insert(QStringLiteral("status"), status);
        QCOMPARE(RouterPodStatus::fromJson(json).status, QStringLiteral("Error"));
    }

    void nodeLostWhileDeletedIsUnknown()
    {
        PodFixture fixture;
        fixture.deleted = QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC);
        QJsonObject json = fixture.json();
        QJsonObject status = json.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("reason"), QStringLiteral("NodeLost"));
        json.insert(QStringLiteral("status"), status);
        QCOMPARE(RouterPodStatus::fromJson(json).status, QStringLiteral("Unknown"));
    }

    void initContainers_data()
    {
        QTest::addColumn<QJsonArray>("initStatuses");
        QTest::addColumn<QString>("status");
        const QJsonObject done = terminatedState(0, QStringLiteral("Completed"));
        const QJsonObject running {{QStringLiteral("running"), QJsonObject()}};
        QTest::newRow("first init running")
                << QJsonArray {containerStatus(QStringLiteral("a"), running),
                               containerStatus(QStringLiteral("b"),
                                               waitingState(QStringLiteral("PodInitializing")))}
                << QStringLiteral("Init:0/2");
        QTest::newRow("second init running")
                << QJsonArray {containerStatus(QStringLiteral("a"), done),
                               containerStatus(QStringLiteral("b"), running)}
                << QStringLiteral("Init:1/2");
        QTest::newRow("init image pull") << QJsonArray {containerStatus(
                QStringLiteral("a"), waitingState(QStringLiteral("ErrImagePull")))}
                                         << QStringLiteral("Init:ErrImagePull");
        QTest::newRow("init crash loop") << QJsonArray {containerStatus(
                QStringLiteral("a"), waitingState(QStringLiteral("CrashLoopBackOff")), false, 3)}
                                         << QStringLiteral("Init:CrashLoopBackOff");
        QTest::newRow("init failed with reason") << QJsonArray {containerStatus(
                QStringLiteral("a"), terminatedState(1, QStringLiteral("Error")))}
                                                 << QStringLiteral("Init:Error");
        QTest::newRow("init failed with exit code")
                << QJsonArray {containerStatus(QStringLiteral("a"), terminatedState(3))}
                << QStringLiteral("Init:ExitCode:3");
        QTest::newRow("init killed by signal")
                << QJsonArray {containerStatus(QStringLiteral("a"), terminatedState(137, {}, 9))}
                << QStringLiteral("Init:Signal:9");
    }

    void initContainers()
    {
        QFETCH(QJsonArray, initStatuses);
        QFETCH(QString, status);
        const QJsonArray main {containerStatus(QStringLiteral("main"),
                                               waitingState(QStringLiteral("PodInitializing")))};
        const RouterPodStatus pod = RouterPodStatus::fromJson(podWith(initStatuses, main));
        QCOMPARE(pod.status, status);
        QCOMPARE(pod.readyText(), QStringLiteral("0/1"));
        QCOMPARE(pod.isCrashLooping(), status.endsWith(QLatin1String("CrashLoopBackOff")));
        // While initializing, RESTARTS counts the init containers' restarts.
        QCOMPARE(pod.restarts, status == QLatin1String("Init:CrashLoopBackOff") ? 3 : 0);
    }

    void mainContainerStates_data()
    {
        QTest::addColumn<QJsonObject>("state");
        QTest::addColumn<QString>("status");
        QTest::newRow("creating") << waitingState(QStringLiteral("ContainerCreating"))
                                  << QStringLiteral("ContainerCreating");
        QTest::newRow("image pull backoff") << waitingState(QStringLiteral("ImagePullBackOff"))
                                            << QStringLiteral("ImagePullBackOff");
        QTest::newRow("oom killed")
                << terminatedState(137, QStringLiteral("OOMKilled")) << QStringLiteral("OOMKilled");
        QTest::newRow("exit code") << terminatedState(2) << QStringLiteral("ExitCode:2");
        QTest::newRow("signal") << terminatedState(143, {}, 15) << QStringLiteral("Signal:15");
    }

    void mainContainerStates()
    {
        QFETCH(QJsonObject, state);
        QFETCH(QString, status);
        const QJsonObject done = terminatedState(0, QStringLiteral("Completed"));
        const RouterPodStatus pod = RouterPodStatus::fromJson(
                podWith({containerStatus(QStringLiteral("a"), done),
                         containerStatus(QStringLiteral("b"), done)},
                        {containerStatus(QStringLiteral("main"), state, false, 2)},
                        QStringLiteral("Running")));
        QCOMPARE(pod.status, status);
        QCOMPARE(pod.restarts, 2);
        QCOMPARE(pod.readyText(), QStringLiteral("0/1"));
    }

    void sidecarInitContainerCounts()
    {
        // An init container with restartPolicy Always is a sidecar: it counts in READY.
        QJsonObject json = podWith(
                {containerStatus(QStringLiteral("a"),
                                 QJsonObject {{QStringLiteral("running"), QJsonObject()}}, true,
                                 1)},
                {containerStatus(QStringLiteral("main"),
                                 QJsonObject {{QStringLiteral("running"), QJsonObject()}}, true)},
                QStringLiteral("Running"));
        QJsonObject spec = json.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("initContainers"),
                    QJsonArray {QJsonObject {
                            {QStringLiteral("name"), QStringLiteral("a")},
                            {QStringLiteral("restartPolicy"), QStringLiteral("Always")}}});
        json.insert(QStringLiteral("spec"), spec);
        QJsonObject status = json.value(QStringLiteral("status")).toObject();
        QJsonArray init = status.value(QStringLiteral("initContainerStatuses")).toArray();
        QJsonObject sidecar = init.at(0).toObject();
        sidecar.insert(QStringLiteral("started"), true);
        init.replace(0, sidecar);
        status.insert(QStringLiteral("initContainerStatuses"), init);
        json.insert(QStringLiteral("status"), status);
        const RouterPodStatus pod = RouterPodStatus::fromJson(json);
        QCOMPARE(pod.status, QStringLiteral("Running"));
        QCOMPARE(pod.readyText(), QStringLiteral("2/2"));
        QCOMPARE(pod.restarts, 1);
        QVERIFY(pod.isReady());
    }

    void pendingPodNamesItsNodeThroughAffinity()
    {
        // Before the scheduler binds it, a DaemonSet pod names its node only in its affinity.
        const QJsonObject match {
                {QStringLiteral("key"), QStringLiteral("metadata.name")},
                {QStringLiteral("operator"), QStringLiteral("In")},
                {QStringLiteral("values"), QJsonArray {QStringLiteral("worker-7")}}};
        const QJsonObject term {{QStringLiteral("matchFields"), QJsonArray {match}}};
        const QJsonObject required {{QStringLiteral("nodeSelectorTerms"), QJsonArray {term}}};
        const QJsonObject nodeAffinity {
                {QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution"), required}};
        const QJsonObject spec {{QStringLiteral("containers"), QJsonArray {QJsonObject()}},
                                {QStringLiteral("affinity"),
                                 QJsonObject {{QStringLiteral("nodeAffinity"), nodeAffinity}}}};
        const QJsonObject pod {
                {QStringLiteral("metadata"),
                 QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router-q")},
                              {QStringLiteral("namespace"), QStringLiteral("kube-system")}}},
                {QStringLiteral("spec"), spec},
                {QStringLiteral("status"),
                 QJsonObject {{QStringLiteral("phase"), QStringLiteral("Pending")}}}};
        const RouterPodStatus status = RouterPodStatus::fromJson(pod);
        QCOMPARE(status.nodeName, QStringLiteral("worker-7"));
        QCOMPARE(status.status, QStringLiteral("Pending"));
        QCOMPARE(status.readyText(), QStringLiteral("0/1"));
    }

    void sameContentIgnoresResourceVersion()
    {
        PodFixture fixture;
        const RouterPodStatus a = RouterPodStatus::fromJson(fixture.json());
        fixture.resourceVersion = QStringLiteral("201");
        QVERIFY(a.sameContent(RouterPodStatus::fromJson(fixture.json())));
        fixture.crashLooping(1);
        QVERIFY(!a.sameContent(RouterPodStatus::fromJson(fixture.json())));
    }
};

QTEST_GUILESS_MAIN(TestRouterPodStatus)
#include "tst_routerpodstatus.moc"
