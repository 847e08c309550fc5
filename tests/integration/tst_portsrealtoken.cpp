// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// A token that expires in the middle of an apply, on the real Keystone + Neutron of
// tests/openstack-lab: Keystone is restarted with short tokens for this program only
// (start.sh --token-expiration), and put back to 3600 s at the end.

#include "LabCloud.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>

using namespace podnet;
using podnet::test::LabCloud;

class TestPortsRealToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenExpiresMidRun_data();
    void tokenExpiresMidRun();

private:
    bool restartKeystone(int expirationSeconds);

    LabCloud m_lab;
    bool m_restarted = false;
};

bool TestPortsRealToken::restartKeystone(int expirationSeconds)
{
    QStringList arguments {m_lab.scripts + QStringLiteral("/start.sh"), m_lab.dir};
    if (expirationSeconds != 3600)
        arguments << QStringLiteral("--token-expiration") << QString::number(expirationSeconds);
    // LAB_KEYSTONE_PORT / LAB_NEUTRON_PORT come from ctest's environment.
    m_restarted = true;
    return !LabCloud::failed(LabCloud::run(QStringLiteral("/bin/bash"), arguments, 240000));
}

void TestPortsRealToken::initTestCase()
{
    QString why;
    if (!m_lab.load(&why))
        QSKIP(qPrintable(why));
}

void TestPortsRealToken::cleanupTestCase()
{
    if (m_restarted)
        QVERIFY(restartKeystone(3600));
}

void TestPortsRealToken::tokenExpiresMidRun_data()
{
    QTest::addColumn<int>("lifetime");
    // Short tokens: the engine renews a quarter of the life early (5 s here), so they still work.
    QTest::newRow("20s") << 20;
    // Longer: the engine renews a quarter of the life early, here about 18 s before expiry.
    QTest::newRow("75s") << 75;
}

// Plan with one token, then start the apply (one port at a time) just before that token is
// dropped: a new one is fetched in the middle of the run, and the run completes.
void TestPortsRealToken::tokenExpiresMidRun()
{
    QFETCH(int, lifetime);
    QVERIFY(restartKeystone(lifetime));
    QVERIFY(m_lab.reseed());
    QVERIFY(m_lab.login());

    PortFailure failure;
    const QList<Port> ports = m_lab.listPorts(&failure);
    QVERIFY2(failure.isOk(), qPrintable(failure.detail()));
    const PortPlan plan = LabCloud::planner().plan(ports);
    QCOMPARE(plan.totals().portsToChange, 7);
    const QDateTime expiresAt = m_lab.session->expiresAt();
    QVERIFY(expiresAt.isValid());
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    QVERIFY2(left > 0 && left <= lifetime, qPrintable(QString::number(left)));

    // The moment the engine stops using the token: Keystone's expiry, less its margin.
    // KeystoneSession renews a quarter of the token's life early, at most a minute.
    const qint64 marginMs = std::min<qint64>(60, left / 4) * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().msecsTo(expiresAt) < marginMs + 400,
                             (lifetime + 5) * 1000);
    const int sentBefore = static_cast<int>(m_lab.network.sent.size());
    const int authsBefore = m_lab.network.auths();
    PortApplyJob job(m_lab.client.get(), plan);
    job.setRevisionIfMatch(true);
    job.setConcurrency(1);
    const PortApplyResult result = m_lab.apply(job);
    for (const PortApplyResult::Item &item : result.failed())
        qWarning("%s: %s", qPrintable(item.portId), qPrintable(item.failure.detail()));
    const QStringList during = m_lab.network.sent.mid(sentBefore);
    qInfo("requests during the run: %s", qPrintable(during.join(QStringLiteral(", "))));
    QCOMPARE(result.changed().size(), 7);
    QCOMPARE(result.failed().size(), 1);          // full-0, blocked in the plan
    QVERIFY(m_lab.network.auths() > authsBefore); // a new token in the middle of the run
    const auto firstOf = [&during](const char *prefix) {
        for (qsizetype i = 0; i < during.size(); ++i) {
            if (during.at(i).startsWith(QLatin1String(prefix)))
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype firstPut = firstOf("PUT ");
    const qsizetype firstAuth = firstOf("POST /v3/auth/tokens");
    QVERIFY(firstPut >= 0 && firstAuth > firstPut); // mid-run, not before the first PUT

    QVERIFY(m_lab.fetchJudgeToken()); // the judge's own token, fresh
    const QHash<QString, QJsonObject> live = m_lab.curlPorts();
    for (const PortPlan::Entry &entry : plan.entries) {
        if (entry.action != PortPlan::Action::Change)
            continue;
        QVERIFY(LabCloud::addresses(live.value(entry.port.id)).contains(LabCloud::clusterCidr()));
        QVERIFY(LabCloud::addresses(live.value(entry.port.id)).contains(LabCloud::serviceCidr()));
    }
}

QTEST_GUILESS_MAIN(TestPortsRealToken)
#include "tst_portsrealtoken.moc"
