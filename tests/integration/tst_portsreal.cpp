// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The ports engine (NeutronPortClient, PortPlanner, PortApplyJob, PairJournal, PortUndoPlanner)
// against the real Keystone 22 + Neutron 21 of tests/openstack-lab. Every key outcome is read
// back independently: curl with its own token, and the real openstack CLI for a few ports.

#include "LabCloud.h"

#include "openstack/PairJournal.h"
#include "openstack/PairJournalStore.h"
#include "openstack/PortUndoPlanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;
using podnet::test::LabCloud;

class TestPortsReal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagination();
    void mixedPorts();
    void rerunSendsNoPut();
    void adminListingIsScoped();
    void concurrentChangeSurvives();
    void undoRestoresExactly();

private:
    PortPlan plan(int pageSize = 5);
    /// The ports reported Failed: only full-0 (blocked in the plan: 9 pairs + 2 > 10).
    void onlyFullFailed(const PortApplyResult &result);
    PortApplyResult apply(const PortPlan &plan, int concurrency = 8,
                          PairJournal *journal = nullptr);

    LabCloud m_lab;
};

void TestPortsReal::initTestCase()
{
    QString why;
    if (!m_lab.load(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_lab.fetchJudgeToken());
}

PortPlan TestPortsReal::plan(int pageSize)
{
    m_lab.client->setPageSize(pageSize);
    PortFailure failure;
    const QList<Port> ports = m_lab.listPorts(&failure);
    [&] { QVERIFY2(failure.isOk(), qPrintable(failure.detail())); }();
    return LabCloud::planner().plan(ports);
}

PortApplyResult TestPortsReal::apply(const PortPlan &plan, int concurrency, PairJournal *journal)
{
    PortApplyJob job(m_lab.client.get(), plan);
    job.setRevisionIfMatch(true); // the lab's Neutron lists revision-if-match
    job.setConcurrency(concurrency);
    job.setJournal(journal);
    return m_lab.apply(job);
}

void TestPortsReal::onlyFullFailed(const PortApplyResult &result)
{
    QStringList failed;
    for (const PortApplyResult::Item &item : result.failed())
        failed.append(item.portId + QLatin1Char(' ') + item.reason);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().startsWith(m_lab.portId(QStringLiteral("full-0"))),
             qPrintable(failed.constFirst()));
}

// 11 ports of the lab project + 4 more = 15: pages of 5 are an exact multiple, so Neutron
// offers a next link to an empty fourth page.
void TestPortsReal::pagination()
{
    QVERIFY(m_lab.reseed(4));
    QVERIFY(m_lab.login());
    const int getsBefore
            = m_lab.network.count(QStringLiteral("GET"), QStringLiteral("/v2.0/ports"));
    PortFailure failure;
    m_lab.client->setPageSize(5);
    const QList<Port> ports = m_lab.listPorts(&failure);
    QVERIFY2(failure.isOk(), qPrintable(failure.detail()));
    const int pages = m_lab.network.count(QStringLiteral("GET"), QStringLiteral("/v2.0/ports"))
            - getsBefore;
    QCOMPARE(ports.size(), 15);
    QSet<QString> ids;
    for (const Port &port : ports)
        ids.insert(port.id);
    QCOMPARE(ids.size(), 15); // no port twice across pages
    for (const QString &id : m_lab.category(QStringLiteral("bulk_compute")))
        QVERIFY(ids.contains(id));
    QVERIFY2(pages >= 3 && pages <= 4, qPrintable(QString::number(pages)));
    qInfo("15 ports in %d page requests of 5", pages);

    // The same through the whole engine: every plain compute port on every page gets its pairs.
    const PortPlan p = LabCloud::planner().plan(ports);
    QCOMPARE(p.totals().portsToChange, 4 + 2 + 1 + 4); // workers, az2, paired, bulk
    const PortApplyResult result = apply(p);
    QCOMPARE(result.changed().size(), 11);
    onlyFullFailed(result);
    const QHash<QString, QJsonObject> live = m_lab.curlPorts();
    for (const QString &id : m_lab.category(QStringLiteral("bulk_compute"))) {
        QCOMPARE(LabCloud::addresses(live.value(id)),
                 (QSet<QString> {LabCloud::clusterCidr(), LabCloud::serviceCidr()}));
    }
}

void TestPortsReal::mixedPorts()
{
    QVERIFY(m_lab.reseed());
    QVERIFY(m_lab.login());
    const QHash<QString, QJsonObject> before = m_lab.curlPorts();
    QCOMPARE(before.size(), 11);

    const PortPlan p = plan();
    QCOMPARE(p.entries.size(), 11);
    QVERIFY(!p.entry(m_lab.portId(QStringLiteral("other-worker-0"))));
    const auto actionOf = [&](const QString &name) {
        const PortPlan::Entry *entry = p.entry(m_lab.portId(name));
        return entry ? entry->symbol() : QStringLiteral("<missing>");
    };
    for (const QString &name :
         {QStringLiteral("worker-0"), QStringLiteral("worker-3"), QStringLiteral("az2-worker-0"),
          QStringLiteral("az2-worker-1"), QStringLiteral("paired-0")})
        QCOMPARE(actionOf(name), QStringLiteral("+"));
    QCOMPARE(actionOf(QStringLiteral("nosec-0")), QStringLiteral("skip"));
    QCOMPARE(actionOf(QStringLiteral("full-0")), QStringLiteral("!"));
    QCOMPARE(p.entry(m_lab.portId(QStringLiteral("full-0")))->reason, PortPlan::Reason::PairLimit);
    QCOMPARE(actionOf(QStringLiteral("dhcp-0")), QString());
    QCOMPARE(actionOf(QStringLiteral("router-0")), QString());
    QCOMPARE(p.entry(m_lab.portId(QStringLiteral("dhcp-0")))->reason, PortPlan::Reason::NotCompute);

    const int putsBefore = m_lab.network.puts();
    const PortApplyResult result = apply(p);
    onlyFullFailed(result);
    QCOMPARE(result.changed().size(), 7);
    QCOMPARE(m_lab.network.puts() - putsBefore, 7); // nothing sent to skipped/blocked ports

    // Read back with curl: every port, against its state before.
    const QHash<QString, QJsonObject> after = m_lab.curlPorts();
    const QSet<QString> both {LabCloud::clusterCidr(), LabCloud::serviceCidr()};
    for (const QString &name : {QStringLiteral("worker-0"), QStringLiteral("worker-1"),
                                QStringLiteral("worker-2"), QStringLiteral("worker-3"),
                                QStringLiteral("az2-worker-0"), QStringLiteral("az2-worker-1")}) {
        QCOMPARE(LabCloud::addresses(after.value(m_lab.portId(name))), both);
    }
    QCOMPARE(LabCloud::addresses(after.value(m_lab.portId(QStringLiteral("paired-0")))),
             both | QSet<QString> {QStringLiteral("192.168.50.0/24")});
    for (const QString &name : {QStringLiteral("nosec-0"), QStringLiteral("full-0"),
                                QStringLiteral("dhcp-0"), QStringLiteral("router-0")}) {
        const QString id = m_lab.portId(name);
        QCOMPARE(LabCloud::pairList(after.value(id)), LabCloud::pairList(before.value(id)));
        QCOMPARE(after.value(id).value(QStringLiteral("revision_number")),
                 before.value(id).value(QStringLiteral("revision_number")));
    }
    QCOMPARE(LabCloud::pairList(after.value(m_lab.portId(QStringLiteral("full-0")))).size(), 9);

    // And through the real openstack CLI, for the two zones and the pre-paired port.
    QCOMPARE(LabCloud::addresses(m_lab.cliPortShow(m_lab.portId(QStringLiteral("az2-worker-1")))),
             both);
    QCOMPARE(LabCloud::addresses(m_lab.cliPortShow(m_lab.portId(QStringLiteral("paired-0")))),
             both | QSet<QString> {QStringLiteral("192.168.50.0/24")});
}

// Runs after mixedPorts: everything is in place, so the plan is all "=" and nothing is sent.
void TestPortsReal::rerunSendsNoPut()
{
    const PortPlan p = plan();
    QCOMPARE(p.totals().portsToChange, 0);
    QCOMPARE(p.totals().complete, 7);
    QCOMPARE(p.totals().skipped, 1);
    QCOMPARE(p.totals().blocked, 1);
    const QHash<QString, QJsonObject> before = m_lab.curlPorts();
    const int putsBefore = m_lab.network.puts();
    const PortApplyResult result = apply(p);
    QCOMPARE(result.changed().size(), 0);
    onlyFullFailed(result);
    QCOMPARE(m_lab.network.puts(), putsBefore);
    const QHash<QString, QJsonObject> after = m_lab.curlPorts();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(after.value(it.key()).value(QStringLiteral("revision_number")),
                 it.value().value(QStringLiteral("revision_number")));
    }
}

// lab-admin is an admin: a plain GET /v2.0/ports with its token shows every project's ports.
// The engine's listing still holds only the ports of the token's project.
void TestPortsReal::adminListingIsScoped()
{
    QVERIFY(m_lab.login(QStringLiteral("lab-admin")));
    PortFailure failure;
    const QList<Port> ports = m_lab.listPorts(&failure);
    QVERIFY2(failure.isOk(), qPrintable(failure.detail()));
    const QString adminProject = m_lab.session->projectId();
    QVERIFY(!adminProject.isEmpty());
    QVERIFY(adminProject != m_lab.projectId());
    for (const Port &port : ports)
        QCOMPARE(port.projectId, adminProject);

    const QJsonObject everything
            = m_lab.curlGet(QStringLiteral("/v2.0/ports?fields=id"), m_lab.session->token());
    QSet<QString> all;
    for (const QJsonValue &v : everything.value(QStringLiteral("ports")).toArray())
        all.insert(v.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(all.contains(m_lab.portId(QStringLiteral("other-worker-0")))); // the test can fail
    QVERIFY(all.contains(m_lab.portId(QStringLiteral("worker-0"))));
    for (const Port &port : ports) {
        QVERIFY(port.id != m_lab.portId(QStringLiteral("other-worker-0")));
        QVERIFY(port.id != m_lab.portId(QStringLiteral("worker-0")));
    }
}

// Another client (curl, in its own process) adds a pair to worker-0 after the plan: the PUT
// with If-Match gets 412, the engine re-reads and recomputes, and both changes are there.
void TestPortsReal::concurrentChangeSurvives()
{
    QVERIFY(m_lab.reseed());
    QVERIFY(m_lab.login());
    const QString id = m_lab.portId(QStringLiteral("worker-0"));
    const PortPlan p = plan();
    QCOMPARE(p.entry(id)->symbol(), QStringLiteral("+"));

    QProcess other;
    QSignalSpy done(&other, &QProcess::finished);
    other.start(
            QStringLiteral("/usr/bin/curl"),
            {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-X"),
             QStringLiteral("PUT"), QStringLiteral("-H"),
             QStringLiteral("X-Auth-Token: ") + QString::fromLatin1(m_lab.judgeToken),
             QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
             QStringLiteral("--data"),
             QStringLiteral(
                     R"({"port":{"allowed_address_pairs":[{"ip_address":"10.77.0.0/16"}]}})"),
             m_lab.env.value(QStringLiteral("NEUTRON_URL")) + QStringLiteral("/v2.0/ports/") + id});
    QVERIFY(done.wait(60000));
    QCOMPARE(other.exitCode(), 0);

    const int putsBefore = m_lab.network.puts();
    const PortApplyResult result = apply(p);
    onlyFullFailed(result);
    QCOMPARE(result.changed().size(), 7);
    QCOMPARE(m_lab.network.puts() - putsBefore, 8); // one 412, then the recomputed PUT

    const QSet<QString> expected {QStringLiteral("10.77.0.0/16"), LabCloud::clusterCidr(),
                                  LabCloud::serviceCidr()};
    QCOMPARE(LabCloud::addresses(m_lab.cliPortShow(id)), expected);
    QCOMPARE(LabCloud::addresses(m_lab.curlPorts().value(id)), expected);
}

// Apply with a journal, then undo from the journal read back: every port's list is exactly
// what it was (same (ip, mac) pairs in the same order), as curl and the CLI report it.
void TestPortsReal::undoRestoresExactly()
{
    QVERIFY(m_lab.reseed());
    QVERIFY(m_lab.login());
    const QHash<QString, QJsonObject> before = m_lab.curlPorts();
    const QString paired = m_lab.portId(QStringLiteral("paired-0"));
    const QJsonObject pairedBeforeCli = m_lab.cliPortShow(paired);
    QCOMPARE(LabCloud::addresses(pairedBeforeCli),
             QSet<QString> {QStringLiteral("192.168.50.0/24")});

    QTemporaryDir dir;
    const PortPlan p = plan();
    PairJournal journal;
    const PairJournalRun header = PairJournal::headerFor(*m_lab.session, p);
    QVERIFY(journal.open(dir.path(), header).isEmpty());
    QCOMPARE(apply(p, 8, &journal).changed().size(), 7);
    QVERIFY(LabCloud::addresses(m_lab.curlPorts().value(paired)).contains(LabCloud::clusterCidr()));

    QString error;
    const std::optional<PairJournalRun> run
            = PairJournalStore(dir.path()).read(header.runId, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->changes.size(), 7);
    PortFailure failure;
    m_lab.client->setPageSize(5);
    const PortPlan undo = PortUndoPlanner::plan(*run, m_lab.listPorts(&failure));
    QVERIFY(failure.isOk());
    QCOMPARE(undo.totals().portsToChange, 7);
    PairJournal undoJournal;
    QVERIFY(undoJournal.open(dir.path(), PairJournal::headerFor(*m_lab.session, undo)).isEmpty());
    const PortApplyResult result = apply(undo, 8, &undoJournal);
    QCOMPARE(result.changed().size(), 7);
    QCOMPARE(result.failed().size(), 0);

    const QHash<QString, QJsonObject> after = m_lab.curlPorts();
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(LabCloud::pairList(after.value(it.key())), LabCloud::pairList(it.value()));
    const QJsonObject pairedAfterCli = m_lab.cliPortShow(paired);
    QCOMPARE(pairedAfterCli.value(QStringLiteral("allowed_address_pairs")),
             pairedBeforeCli.value(QStringLiteral("allowed_address_pairs")));
}

QTEST_GUILESS_MAIN(TestPortsReal)
#include "tst_portsreal.moc"
