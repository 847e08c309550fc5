// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// A DaemonSet's rollout: observedGeneration == generation and desired == updated == ready.

#include "kube/nodes/DaemonSetRollout.h"

#include "NodeFixtures.h"

#include <QTest>

using namespace podnet;
using namespace podnet::test;

class TestDaemonSetRollout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCounts()
    {
        const DaemonSetRollout rollout = DaemonSetRollout::fromJson(daemonSetJson(3, 2, 1, 4, 3));
        QVERIFY(rollout.exists);
        QCOMPARE(rollout.name, QStringLiteral("kube-router"));
        QCOMPARE(rollout.namespaceName, QStringLiteral("kube-system"));
        QCOMPARE(rollout.generation, 4);
        QCOMPARE(rollout.observedGeneration, 3);
        QCOMPARE(rollout.desired, 3);
        QCOMPARE(rollout.current, 3);
        QCOMPARE(rollout.updated, 2);
        QCOMPARE(rollout.ready, 1);
        QCOMPARE(rollout.available, 1);
    }

    void rolledOut_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("ready");
        QTest::addColumn<qint64>("generation");
        QTest::addColumn<qint64>("observed");
        QTest::addColumn<bool>("rolledOut");
        QTest::newRow("all ready") << 3 << 3 << 3 << qint64(2) << qint64(2) << true;
        QTest::newRow("no nodes") << 0 << 0 << 0 << qint64(1) << qint64(1) << true;
        QTest::newRow("one not ready") << 3 << 3 << 2 << qint64(2) << qint64(2) << false;
        QTest::newRow("one old pod") << 3 << 2 << 3 << qint64(2) << qint64(2) << false;
        QTest::newRow("new spec not observed") << 3 << 3 << 3 << qint64(3) << qint64(2) << false;
        QTest::newRow("nothing scheduled yet") << 3 << 0 << 0 << qint64(1) << qint64(1) << false;
    }

    void rolledOut()
    {
        QFETCH(int, desired);
        QFETCH(int, updated);
        QFETCH(int, ready);
        QFETCH(qint64, generation);
        QFETCH(qint64, observed);
        QFETCH(bool, rolledOut);
        QCOMPARE(DaemonSetRollout::fromJson(
                         daemonSetJson(desired, updated, ready, generation, observed))
                         .isRolledOut(),
                 rolledOut);
    }

    void missingCountsAreZero()
    {
        // The API server leaves zero counts out of the status.
        const QJsonObject fresh {
                {QStringLiteral("metadata"),
                 QJsonObject {{QStringLiteral("name"), QStringLiteral("kube-router")},
                              {QStringLiteral("generation"), 1}}},
                {QStringLiteral("status"),
                 QJsonObject {{QStringLiteral("desiredNumberScheduled"), 2},
                              {QStringLiteral("observedGeneration"), 1}}}};
        const DaemonSetRollout rollout = DaemonSetRollout::fromJson(fresh);
        QCOMPARE(rollout.desired, 2);
        QCOMPARE(rollout.updated, 0);
        QCOMPARE(rollout.ready, 0);
        QVERIFY(!rollout.isRolledOut());
    }

    void absentDaemonSet()
    {
        const DaemonSetRollout rollout = DaemonSetRollout::fromJson(QJsonObject());
        QVERIFY(!rollout.exists);
        QVERIFY(!rollout.isRolledOut());
    }
};

QTEST_GUILESS_MAIN(TestDaemonSetRollout)
#include "tst_daemonsetrollout.moc"
