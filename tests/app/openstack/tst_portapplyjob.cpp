// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortTestCloud.h"

#include "openstack/PairJournal.h"
#include "openstack/PairJournalStore.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"
#include "openstack/PortUndoPlanner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace podnet;
using podnet::test::PortTestCloud;

namespace {

const QString portPattern = QStringLiteral("/network/v2.0/ports/.*");
const QString clusterCidr = QStringLiteral("10.200.0.0/16");
const QString serviceCidr = QStringLiteral("10.32.0.0/24");

} // namespace

class TestPortApplyJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void appliesThenRerunIsNoOp();
    void concurrencyBound();
    void conflictKeepsBothChanges();
    void transientFailureRetried();
    void reauthenticates();
    void outcomesPerPort();
    void cancelReportsExactly();
    void journal();
    void journalCrashPrefix();
    void undoRestoresExactly();

private:
    PortPlan plan();
    PortApplyResult run(const PortPlan &plan, bool ifMatch, int concurrency = 8,
                        PairJournal *journal = nullptr);
    int puts() const { return m_cloud->sim.requestCount("PUT", portPattern); }

    std::unique_ptr<PortTestCloud> m_cloud;
};

void TestPortApplyJob::init()
{
    m_cloud = std::make_unique<PortTestCloud>();
    QVERIFY(m_cloud->start());
}

void TestPortApplyJob::cleanup()
{
    m_cloud.reset();
}

PortPlan TestPortApplyJob::plan()
{
    PortFailure failure;
    const QList<Port> ports = m_cloud->listPorts(&failure);
    [&] { QVERIFY2(failure.isOk(), qPrintable(failure.detail())); }();
    PortPlanner planner;
    planner.setCidrs({Cidr::parse(clusterCidr).cidr, Cidr::parse(serviceCidr).cidr});
    return planner.plan(ports);
}

PortApplyResult TestPortApplyJob::run(const PortPlan &plan, bool ifMatch, int concurrency,
                                      PairJournal *journal)
{
    PortApplyJob job(m_cloud->client.get(), plan);
    job.setRevisionIfMatch(ifMatch);
    job.setConcurrency(concurrency);
    job.setRetryPolicy(4, std::chrono::milliseconds(10));
    job.setJournal(journal);
    QSignalSpy finished(&job, &PortApplyJob::finished);
    job.start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
    return job.result();
}

void TestPortApplyJob::appliesThenRerunIsNoOp()
{
    const QString a = m_cloud->addWorker(QStringLiteral("worker-0"));
    const QString b = m_cloud->addWorker(QStringLiteral("worker-1"), {serviceCidr});
    const QString c
            = m_cloud->addWorker(QStringLiteral("worker-2"), {}, true, QStringLiteral("az2"));
    m_cloud->sim.store().addPort({.networkId = m_cloud->netId,
                                  .deviceId = QStringLiteral("dhcp"),
                                  .deviceOwner = QStringLiteral("network:dhcp")});
    PortApplyResult result = run(plan(), false);
    QCOMPARE(result.changed().size(), 3);
    QCOMPARE(result.failed().size(), 0);
    QCOMPARE(puts(), 3);
    QCOMPARE(m_cloud->pairsOf(a).size(), 2);
    QVERIFY(m_cloud->pairsOf(b).contains(clusterCidr));
    QVERIFY(m_cloud->pairsOf(c).contains(serviceCidr));

    const PortPlan again = plan();
    QCOMPARE(again.totals().portsToChange, 0);
    QCOMPARE(again.totals().complete, 3);
    result = run(again, false);
    QCOMPARE(result.unchanged().size(), 3);
    QCOMPARE(puts(), 3); // no PUT at all the second time
}

void TestPortApplyJob::concurrencyBound()
{
    for (int i = 0; i < 12; ++i)
        m_cloud->addWorker(QStringLiteral("worker-%1").arg(i));
    const PortPlan p = plan();
    m_cloud->sim.delayNext("PUT", portPattern, std::chrono::milliseconds(60), 12);
    int handled = 0;
    int maxInFlight = 0;
    connect(&m_cloud->sim, &sim::OpenStackSimulator::requestHandled, this,
            [&](const QByteArray &method, const QString &path) {
                if (method != "PUT" || !path.startsWith(QLatin1String("/network/v2.0/ports/")))
                    return;
                // In flight only shrinks when one is answered: sample just before.
                maxInFlight = std::max(maxInFlight, puts() - handled);
                ++handled;
            });
    const PortApplyResult result = run(p, true, 3);
    QCOMPARE(result.changed().size(), 12);
    QCOMPARE(handled, 12);
    QCOMPARE(maxInFlight, 3);
}

void TestPortApplyJob::conflictKeepsBothChanges()
{
    const QString a = m_cloud->addWorker(QStringLiteral("worker-0"));
    const PortPlan p = plan();
    // Someone else adds a pair between plan and apply.
    sim::OsPort *port = m_cloud->sim.store().mutablePort(a);
    port->allowedAddressPairs.append({QStringLiteral("10.77.0.0/16"), port->macAddress});
    ++port->revisionNumber;

    const PortApplyResult result = run(p, true);
    QCOMPARE(result.changed().size(), 1);
    QCOMPARE(puts(), 2); // 412, then the recomputed one
    QCOMPARE(m_cloud->sim.requestCount("GET", portPattern), 1);
    const QStringList pairs = m_cloud->pairsOf(a);
    QCOMPARE(pairs.size(), 3);
    QVERIFY(pairs.contains(QStringLiteral("10.77.0.0/16")));
    QVERIFY(pairs.contains(clusterCidr));
    QVERIFY(pairs.contains(serviceCidr));
}

void TestPortApplyJob::transientFailureRetried()
{
    const QString a = m_cloud->addWorker(QStringLiteral("worker-0"));
    const PortPlan p = plan();
    m_cloud->sim.failNext("PUT", portPattern, 503, 2);
    PortApplyResult result = run(p, true);
    QCOMPARE(result.changed().size(), 1);
    QCOMPARE(puts(), 3);
    QCOMPARE(m_cloud->pairsOf(a).size(), 2);

    // Four tries, then a clear failure.
    const QString b = m_cloud->addWorker(QStringLiteral("worker-1"));
    const PortPlan p2 = plan();
    m_cloud->sim.failNext("PUT", portPattern, 503, 4);
    result = run(p2, true);
    QCOMPARE(result.failed().size(), 1);
    QCOMPARE(result.failed().constFirst().portId, b);
    QCOMPARE(result.failed().constFirst().failure.httpStatus(), 503);
    QVERIFY(!result.failed().constFirst().reason.isEmpty());
    QCOMPARE(puts(), 3 + 4);
}

void TestPortApplyJob::reauthenticates()
{
    const QString a = m_cloud->addWorker(QStringLiteral("worker-0"));
    const QString b = m_cloud->addWorker(QStringLiteral("worker-1"));
    const PortPlan p = plan();
    m_cloud->sim.expireTokensNow();
    const PortApplyResult result = run(p, false);
    QCOMPARE(result.changed().size(), 2);
    QCOMPARE(m_cloud->sim.requestCount("POST", QStringLiteral("/identity/v3/auth/tokens")), 2);
    QCOMPARE(m_cloud->pairsOf(a).size(), 2);
    QCOMPARE(m_cloud->pairsOf(b).size(), 2);
}

void TestPortApplyJob::outcomesPerPort()
{
    const QString off = m_cloud->addWorker(QStringLiteral("off"), {}, false);
    const QString turnedOff = m_cloud->addWorker(QStringLiteral("turned-off"));
    const QString deleted = m_cloud->addWorker(QStringLiteral("deleted"));
    QStringList nine;
    for (int i = 1; i <= 9; ++i)
        nine.append(QStringLiteral("192.168.%1.0/24").arg(i));
    const QString full = m_cloud->addWorker(QStringLiteral("full"), nine);
    const PortPlan p = plan();
    QCOMPARE(p.entry(off)->action, PortPlan::Action::Skip);
    QCOMPARE(p.entry(full)->action, PortPlan::Action::Blocked);
    // Between plan and apply: port security goes off (same revision), a port goes away.
    m_cloud->sim.store().mutablePort(turnedOff)->portSecurityEnabled = false;
    m_cloud->sim.store().removePort(deleted);

    const PortApplyResult result = run(p, true);
    QCOMPARE(result.items.size(), 4);
    auto stateOf = [&result](const QString &id) {
        for (const auto &item : result.items) {
            if (item.portId == id)
                return item.state;
        }
        return PortApplyResult::State::Pending;
    };
    QCOMPARE(stateOf(off), PortApplyResult::State::Skipped);
    QCOMPARE(stateOf(turnedOff), PortApplyResult::State::Skipped);
    QCOMPARE(stateOf(deleted), PortApplyResult::State::Failed);
    QCOMPARE(stateOf(full), PortApplyResult::State::Failed);
    QCOMPARE(puts(), 2);
    for (const auto &item : result.items)
        QVERIFY2(!item.reason.isEmpty(), qPrintable(item.portId));
}

void TestPortApplyJob::cancelReportsExactly()
{
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(m_cloud->addWorker(QStringLiteral("worker-%1").arg(i)));
    const PortPlan p = plan();
    m_cloud->sim.delayNext("PUT", portPattern, std::chrono::milliseconds(300), 6);

    QTemporaryDir dir;
    PairJournal journal;
    PairJournalRun header = PairJournal::headerFor(*m_cloud->session, p);
    QVERIFY(journal.open(dir.path(), header).isEmpty());

    PortApplyJob job(m_cloud->client.get(), p);
    job.setRevisionIfMatch(true);
    job.setConcurrency(2);
    job.setJournal(&journal);
    QSignalSpy finished(&job, &PortApplyJob::finished);
    job.start();
    QTRY_COMPARE(puts(), 2);
    job.cancel();
    QCOMPARE(finished.size(), 0); // the two on the wire are still running
    QTRY_COMPARE(finished.size(), 1);
    const PortApplyResult result = finished.constFirst().constFirst().value<PortApplyResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.changed().size(), 2);
    QCOMPARE(result.unchanged().size(), 4);
    QCOMPARE(puts(), 2);
    int changedOnServer = 0;
    for (const QString &id : ids) {
        const bool changed = !m_cloud->pairsOf(id).isEmpty();
        changedOnServer += changed ? 1 : 0;
        QCOMPARE(job.state(id),
                 changed ? PortApplyResult::State::Done : PortApplyResult::State::Cancelled);
    }
    QCOMPARE(changedOnServer, 2);

    const std::optional<PairJournalRun> read = PairJournalStore(dir.path()).read(header.runId);
    QVERIFY(read);
    QCOMPARE(read->changes.size(), 2);
    QCOMPARE(read->end, PairJournalRun::End::Cancelled);
    QCOMPARE(read->changedCount, 2);
    QCOMPARE(read->unchangedCount, 4);
}

void TestPortApplyJob::journal()
{
    const QString a = m_cloud->addWorker(QStringLiteral("worker-0"), {serviceCidr});
    const QString b = m_cloud->addWorker(QStringLiteral("worker-1"));
    const PortPlan p = plan();
    QTemporaryDir dir;
    PairJournal journal;
    const PairJournalRun header = PairJournal::headerFor(*m_cloud->session, p);
    QVERIFY(header.runId.contains(
            QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}-[0-9a-f]{4}$"))));
    QVERIFY(journal.open(dir.path(), header).isEmpty());
    const PortApplyResult result = run(p, false, 8, &journal);
    QCOMPARE(result.changed().size(), 2);
    QVERIFY(result.journalError.isEmpty());
    QVERIFY(!journal.isOpen());

    QFile file(dir.path() + QLatin1Char('/') + header.runId + QStringLiteral(".jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(PortTestCloud::password.toUtf8()));
    QVERIFY(!bytes.contains(m_cloud->session->token()));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QJsonObject head = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(head.value(QLatin1String("type")).toString(), QStringLiteral("header"));
    QCOMPARE(head.value(QLatin1String("project_id")).toString(), m_cloud->projectId);
    QCOMPARE(head.value(QLatin1String("project_name")).toString(), QStringLiteral("ports-lab"));
    QCOMPARE(head.value(QLatin1String("user_name")).toString(), QStringLiteral("porter"));
    QCOMPARE(head.value(QLatin1String("auth_url")).toString(), m_cloud->sim.authUrl().toString());
    QCOMPARE(head.value(QLatin1String("cidrs")).toArray().size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object().value(QLatin1String("state")).toString(),
             QStringLiteral("finished"));

    const QList<PairJournalRun> runs = PairJournalStore(dir.path()).runs();
    QCOMPARE(runs.size(), 1);
    const PairJournalRun &run = runs.constFirst();
    QCOMPARE(run.runId, header.runId);
    QCOMPARE(run.end, PairJournalRun::End::Finished);
    QCOMPARE(run.changedCount, 2);
    QCOMPARE(run.changes.size(), 2);
    for (const PairJournalRun::Change &change : run.changes) {
        QVERIFY(change.portId == a || change.portId == b);
        QCOMPARE(change.pairsBefore.size(), change.portId == a ? 1 : 0);
        QCOMPARE(change.pairsAfter.size(), 2);
        QCOMPARE(change.added.size(), change.portId == a ? 1 : 2);
        QCOMPARE(change.revisionAfter, m_cloud->sim.store().port(change.portId)->revisionNumber);
        QVERIFY(change.serverName.startsWith(QLatin1String("worker-")));
    }
}

void TestPortApplyJob::journalCrashPrefix()
{
    for (int i = 0; i < 3; ++i)
        m_cloud->addWorker(QStringLiteral("worker-%1").arg(i));
    const PortPlan p = plan();
    QTemporaryDir dir;
    PairJournal journal;
    const PairJournalRun header = PairJournal::headerFor(*m_cloud->session, p);
    QVERIFY(journal.open(dir.path(), header).isEmpty());
    run(p, false, 8, &journal);
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Every prefix a crash could leave parses, with the complete change lines only.
    const qsizetype headerEnd = bytes.indexOf('\n') + 1;
    for (qsizetype cut = headerEnd; cut < bytes.size(); ++cut) {
        QString error;
        const std::optional<PairJournalRun> run = PairJournalStore::parse(bytes.left(cut), &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->end, PairJournalRun::End::Open);
        QVERIFY(run->changes.size() <= 3);
    }
    QCOMPARE(PairJournalStore::parse(bytes.left(bytes.lastIndexOf('\n', bytes.size() - 2) + 1))
                     ->changes.size(),
             3);
    // Damage inside is an error, not silently skipped.
    QByteArray damaged = bytes;
    damaged.insert(headerEnd, "{not json\n");
    QString error;
    QVERIFY(!PairJournalStore::parse(damaged, &error));
    QVERIFY(error.contains(QLatin1String("2")));
    QVERIFY(PairJournal::defaultDirectory().endsWith(QLatin1String("/journal")));
}

void TestPortApplyJob::undoRestoresExactly()
{
    const QString a
            = m_cloud->addWorker(QStringLiteral("worker-0"), {QStringLiteral("10.1.0.0/16")});
    const QString b = m_cloud->addWorker(QStringLiteral("worker-1"), {serviceCidr});
    const QString c = m_cloud->addWorker(QStringLiteral("worker-2"));
    QList<QList<sim::OsPort::AddressPair>> before;
    for (const QString &id : {a, b, c})
        before.append(m_cloud->sim.store().port(id)->allowedAddressPairs);

    QTemporaryDir dir;
    const PortPlan p = plan();
    PairJournal journal;
    const PairJournalRun header = PairJournal::headerFor(*m_cloud->session, p);
    QVERIFY(journal.open(dir.path(), header).isEmpty());
    QCOMPARE(run(p, true, 8, &journal).changed().size(), 3);

    // After the run: someone else adds a pair to a, and c goes away.
    sim::OsPort *port = m_cloud->sim.store().mutablePort(a);
    port->allowedAddressPairs.append({QStringLiteral("10.99.0.0/16"), port->macAddress});
    ++port->revisionNumber;
    m_cloud->sim.store().removePort(c);

    const std::optional<PairJournalRun> done = PairJournalStore(dir.path()).read(header.runId);
    QVERIFY(done);
    PortFailure failure;
    const PortPlan undo = PortUndoPlanner::plan(*done, m_cloud->listPorts(&failure));
    QVERIFY(failure.isOk());
    QCOMPARE(undo.totals().portsToChange, 2);
    QCOMPARE(undo.entry(c)->reason, PortPlan::Reason::PortGone);

    PairJournal undoJournal;
    const PairJournalRun undoHeader = PairJournal::headerFor(*m_cloud->session, undo);
    QCOMPARE(undoHeader.kind, QStringLiteral("undo"));
    QCOMPARE(undoHeader.undoOf, header.runId);
    QVERIFY(undoJournal.open(dir.path(), undoHeader).isEmpty());
    const PortApplyResult result = run(undo, true, 8, &undoJournal);
    QCOMPARE(result.changed().size(), 2);
    QCOMPARE(result.failed().size(), 1); // the deleted port, reported

    QList<sim::OsPort::AddressPair> expectedA = before.at(0);
    expectedA.append({QStringLiteral("10.99.0.0/16"), m_cloud->sim.store().port(a)->macAddress});
    QCOMPARE(m_cloud->sim.store().port(a)->allowedAddressPairs, expectedA);
    QCOMPARE(m_cloud->sim.store().port(b)->allowedAddressPairs, before.at(1));

    const QList<PairJournalRun> runs = PairJournalStore(dir.path()).runs();
    QCOMPARE(runs.size(), 2);
    QVERIFY(std::any_of(runs.cbegin(), runs.cend(), [&](const PairJournalRun &r) {
        return r.kind == QLatin1String("undo") && r.undoOf == header.runId && r.changes.size() == 2;
    }));
}

QTEST_GUILESS_MAIN(TestPortApplyJob)
#include "tst_portapplyjob.moc"
