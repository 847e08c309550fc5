// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PairJournalRun.h"
#include "openstack/PortPlanner.h"
#include "openstack/PortUndoPlanner.h"

#include <QJsonArray>
#include <QTest>

using namespace podnet;

namespace {

const QString mac = QStringLiteral("fa:16:3e:00:00:01");

Cidr cidr(const QString &text)
{
    return Cidr::parse(text).cidr;
}

Port computePort(const QString &id, const QStringList &pairs,
                 const QString &zone = QStringLiteral("nova"))
{
    Port port;
    port.id = id;
    port.name = QStringLiteral("port-") + id;
    port.deviceId = QStringLiteral("server-") + id;
    port.deviceOwner = QStringLiteral("compute:") + zone;
    port.macAddress = mac;
    port.revisionNumber = 3;
    for (const QString &pair : pairs) {
        const QStringList parts = pair.split(QLatin1Char('|'));
        port.allowedAddressPairs.append(PortAddressPair(parts.value(0), parts.value(1)));
    }
    return port;
}

PortPlanner tutorialPlanner()
{
    PortPlanner planner;
    planner.setCidrs({cidr(QStringLiteral("10.200.0.0/16")), cidr(QStringLiteral("10.32.0.0/24"))});
    return planner;
}

QStringList ips(const QList<PortAddressPair> &pairs)
{
    QStringList list;
    for (const PortAddressPair &pair : pairs)
        list.append(pair.ipAddress());
    return list;
}

} // namespace

class TestPortPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entry_data();
    void entry();
    void pairIdentity();
    void notSelectedPorts();
    void twoZones();
    void patternSelection();
    void tickedSelection();
    void refusedPort();
    void teachingCommand();
    void stale();
    void renderings();
    void undoPlan();
};

void TestPortPlanner::entry_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<bool>("portSecurity");
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("toAdd");

    using A = PortPlan::Action;
    QTest::newRow("empty") << QStringList() << true << int(A::Change)
                           << QStringList {QStringLiteral("10.200.0.0/16"),
                                           QStringLiteral("10.32.0.0/24")};
    QTest::newRow("both present") << QStringList {QStringLiteral("10.32.0.0/24"),
                                                  QStringLiteral("10.200.0.0/16")}
                                  << true << int(A::Complete) << QStringList();
    QTest::newRow("host bits spelling")
            << QStringList {QStringLiteral("10.200.1.2/16"), QStringLiteral("10.32.0.0/24")} << true
            << int(A::Complete) << QStringList();
    QTest::newRow("one present with port MAC")
            << QStringList {QStringLiteral("10.32.0.0/24|FA:16:3E:00:00:01")} << true
            << int(A::Change) << QStringList {QStringLiteral("10.200.0.0/16")};
    QTest::newRow("other MAC is another pair")
            << QStringList {QStringLiteral("10.32.0.0/24|fa:16:3e:99:99:99"),
                            QStringLiteral("10.200.0.0/16")}
            << true << int(A::Change) << QStringList {QStringLiteral("10.32.0.0/24")};
    QTest::newRow("narrower net is not the same")
            << QStringList {QStringLiteral("10.200.0.0/17")} << true << int(A::Change)
            << QStringList {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")};
    QTest::newRow("port security off")
            << QStringList() << false << int(A::Skip)
            << QStringList {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")};
    QStringList nine;
    for (int i = 1; i <= 9; ++i)
        nine.append(QStringLiteral("192.168.%1.0/24").arg(i));
    QTest::newRow("9 pairs + 2 to add: blocked")
            << nine << true << int(A::Blocked)
            << QStringList {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")};
    QTest::newRow("9 pairs + 1 missing: ok")
            << QStringList(nine.mid(1) + QStringList {QStringLiteral("10.32.0.0/24")}) << true
            << int(A::Change) << QStringList {QStringLiteral("10.200.0.0/16")};
}

void TestPortPlanner::entry()
{
    QFETCH(QStringList, existing);
    QFETCH(bool, portSecurity);
    QFETCH(int, action);
    QFETCH(QStringList, toAdd);

    Port port = computePort(QStringLiteral("a"), existing);
    port.portSecurityEnabled = portSecurity;
    const PortPlan plan = tutorialPlanner().plan({port});
    QCOMPARE(plan.entries.size(), 1);
    const PortPlan::Entry &e = plan.entries.constFirst();
    QCOMPARE(int(e.action), action);
    QCOMPARE(ips(e.toAdd), toAdd);
    // Existing pairs are kept, in their order, as stored.
    if (e.action == PortPlan::Action::Change) {
        QCOMPARE(e.pairsAfter().mid(0, port.allowedAddressPairs.size()), port.allowedAddressPairs);
        QCOMPARE(e.pairsAfter().size(), port.allowedAddressPairs.size() + toAdd.size());
    }
    QCOMPARE(e.port.revisionNumber, 3);
}

void TestPortPlanner::pairIdentity()
{
    const PortAddressPair a(QStringLiteral("fd00:0::/48"));
    QVERIFY(a.sameAs(PortAddressPair(QStringLiteral("fd00::/48"), mac), mac));
    QVERIFY(PortAddressPair(QStringLiteral("10.1.2.3"))
                    .sameAs(PortAddressPair(QStringLiteral("10.1.2.3/32")), mac));
    QVERIFY(!PortAddressPair(QStringLiteral("10.1.2.3"))
                     .sameAs(PortAddressPair(QStringLiteral("10.1.2.3/32"),
                                             QStringLiteral("fa:16:3e:00:00:02")),
                             mac));
    QVERIFY(!PortAddressPair(QStringLiteral("garbage")).network());
}

void TestPortPlanner::notSelectedPorts()
{
    Port dhcp = computePort(QStringLiteral("d"), {});
    dhcp.deviceOwner = QStringLiteral("network:dhcp");
    Port router = computePort(QStringLiteral("r"), {});
    router.deviceOwner = QStringLiteral("network:router_interface");
    Port unowned = computePort(QStringLiteral("u"), {});
    unowned.deviceOwner.clear();
    const PortPlan plan
            = tutorialPlanner().plan({dhcp, computePort(QStringLiteral("a"), {}), router, unowned});
    QCOMPARE(plan.entries.size(), 4);
    QCOMPARE(plan.entries.at(0).port.id, QStringLiteral("a")); // selected first
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(plan.entries.at(i).action, PortPlan::Action::NotSelected);
        QCOMPARE(plan.entries.at(i).reason, PortPlan::Reason::NotCompute);
        QVERIFY(!plan.entries.at(i).reasonText().isEmpty());
    }
    QVERIFY(plan.entries.at(1).reasonText().contains(QStringLiteral("network:")));
    const PortPlan::Totals totals = plan.totals();
    QCOMPARE(totals.portsToChange, 1);
    QCOMPARE(totals.pairsToAdd, 2);
    QCOMPARE(totals.notSelected, 3);
}

void TestPortPlanner::twoZones()
{
    const PortPlan plan = tutorialPlanner().plan(
            {computePort(QStringLiteral("a"), {}, QStringLiteral("nova")),
             computePort(QStringLiteral("b"), {}, QStringLiteral("zone-2"))});
    QCOMPARE(plan.totals().portsToChange, 2);
}

void TestPortPlanner::patternSelection()
{
    PortPlanner planner = tutorialPlanner();
    planner.setServerNames({{QStringLiteral("server-a"), QStringLiteral("worker-0")},
                            {QStringLiteral("server-b"), QStringLiteral("worker-10")},
                            {QStringLiteral("server-c"), QStringLiteral("controller-0")}});
    planner.setSelection(PortSelection::byNamePattern(QStringLiteral("worker-?")));
    const QList<Port> ports {computePort(QStringLiteral("a"), {}),
                             computePort(QStringLiteral("b"), {}),
                             computePort(QStringLiteral("c"), {})};
    PortPlan plan = planner.plan(ports);
    QCOMPARE(plan.totals().portsToChange, 1);
    QCOMPARE(plan.entries.constFirst().serverName, QStringLiteral("worker-0"));
    QCOMPARE(plan.entry(QStringLiteral("b"))->reason, PortPlan::Reason::NotChosen);

    planner.setSelection(PortSelection::byNamePattern(QStringLiteral("worker-*")));
    QCOMPARE(planner.plan(ports).totals().portsToChange, 2);
    planner.setSelection(PortSelection::byNamePattern(QStringLiteral("*")));
    QCOMPARE(planner.plan(ports).totals().portsToChange, 3);
    // Without a Nova name the port name stands in.
    planner.setServerNames({});
    planner.setSelection(PortSelection::byNamePattern(QStringLiteral("port-c")));
    QCOMPARE(planner.plan(ports).totals().portsToChange, 1);
}

void TestPortPlanner::tickedSelection()
{
    PortPlanner planner = tutorialPlanner();
    planner.setSelection(PortSelection::byServerIds({QStringLiteral("server-b")}));
    const PortPlan plan = planner.plan(
            {computePort(QStringLiteral("a"), {}), computePort(QStringLiteral("b"), {})});
    QCOMPARE(plan.totals().portsToChange, 1);
    QCOMPARE(plan.entries.constFirst().port.id, QStringLiteral("b"));
}

void TestPortPlanner::refusedPort()
{
    PortPlanner planner = tutorialPlanner();
    planner.setRefusedPorts({QStringLiteral("a")});
    const PortPlan plan = planner.plan({computePort(QStringLiteral("a"), {})});
    QCOMPARE(plan.entries.constFirst().action, PortPlan::Action::Blocked);
    QCOMPARE(plan.entries.constFirst().reason, PortPlan::Reason::NotAllowed);
    QCOMPARE(plan.entries.constFirst().symbol(), QStringLiteral("!"));
}

void TestPortPlanner::teachingCommand()
{
    const PortPlan plan = tutorialPlanner().plan(
            {computePort(QStringLiteral("a"), {QStringLiteral("10.32.0.0/24")}),
             computePort(QStringLiteral("b"), {})});
    QCOMPARE(plan.entry(QStringLiteral("a"))->teachingCommand(),
             QStringLiteral("openstack port set a --allowed-address ip-address=10.200.0.0/16"));
    QCOMPARE(plan.entry(QStringLiteral("b"))->teachingCommand(),
             QStringLiteral("openstack port set b --allowed-address ip-address=10.200.0.0/16 "
                            "--allowed-address ip-address=10.32.0.0/24"));
}

void TestPortPlanner::stale()
{
    QList<Port> ports {computePort(QStringLiteral("a"), {}), computePort(QStringLiteral("b"), {})};
    const PortPlan plan = tutorialPlanner().plan(ports);
    QVERIFY(!plan.isStale(ports));
    QList<Port> changed = ports;
    changed[1].revisionNumber = 4;
    QVERIFY(plan.isStale(changed));
    QVERIFY(plan.isStale({ports.at(0)}));
    QVERIFY(plan.isStale(ports + QList<Port> {computePort(QStringLiteral("c"), {})}));
    Port dhcp = computePort(QStringLiteral("d"), {});
    dhcp.deviceOwner = QStringLiteral("network:dhcp");
    QVERIFY(!plan.isStale(ports + QList<Port> {dhcp}));
}

void TestPortPlanner::renderings()
{
    Port off = computePort(QStringLiteral("c"), {});
    off.portSecurityEnabled = false;
    PortPlanner planner = tutorialPlanner();
    planner.setServerNames({{QStringLiteral("server-a"), QStringLiteral("worker-0")}});
    const PortPlan plan = planner.plan(
            {computePort(QStringLiteral("a"), {}),
             computePort(QStringLiteral("b"),
                         {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}),
             off},
            QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    const QStringList lines = plan.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("= port-b  b  complete"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("skip port-c  c  ")));
    QCOMPARE(lines.at(2), QStringLiteral("+ worker-0  a  add 10.200.0.0/16, 10.32.0.0/24"));
    QCOMPARE(
            lines.at(3),
            QStringLiteral("1 ports to change, 2 pairs to add, 1 complete, 1 skipped, 0 blocked."));

    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QLatin1String("computed_at")).toString(),
             QStringLiteral("2026-11-26T12:00:00.000Z"));
    const QJsonArray ports = json.value(QLatin1String("ports")).toArray();
    QCOMPARE(ports.size(), 3);
    const QJsonObject a = ports.at(2).toObject();
    QCOMPARE(a.value(QLatin1String("symbol")).toString(), QStringLiteral("+"));
    QCOMPARE(a.value(QLatin1String("revision_number")).toInteger(), 3);
    QCOMPARE(a.value(QLatin1String("add")).toArray().size(), 2);
    QVERIFY(a.value(QLatin1String("command")).toString().startsWith(QStringLiteral("openstack")));
    QCOMPARE(json.value(QLatin1String("totals")).toObject().value(QLatin1String("skipped")).toInt(),
             1);
}

void TestPortPlanner::undoPlan()
{
    PairJournalRun run;
    run.runId = QStringLiteral("20261126-120000-abcd");
    PairJournalRun::Change change;
    change.portId = QStringLiteral("a");
    change.serverName = QStringLiteral("worker-0");
    change.added = {PortAddressPair(QStringLiteral("10.200.0.0/16")),
                    PortAddressPair(QStringLiteral("10.32.0.0/24"))};
    run.changes = {change};
    change.portId = QStringLiteral("gone");
    run.changes.append(change);
    change.portId = QStringLiteral("b");
    run.changes.append(change);

    // a: both still there (as Neutron stores them, with MAC) plus one added by someone else
    // since; b: someone already removed them.
    const Port a = computePort(
            QStringLiteral("a"),
            {QStringLiteral("10.1.0.0/16|") + mac, QStringLiteral("10.200.0.0/16|") + mac,
             QStringLiteral("10.32.0.0/24|") + mac, QStringLiteral("10.99.0.0/16|") + mac});
    const Port b = computePort(QStringLiteral("b"), {QStringLiteral("10.1.0.0/16|") + mac});
    const PortPlan plan = PortUndoPlanner::plan(run, {a, b});
    QCOMPARE(plan.kind, PortPlan::Kind::Undo);
    QCOMPARE(plan.undoOfRunId, run.runId);
    QCOMPARE(plan.entries.size(), 3);
    const PortPlan::Entry *ea = plan.entry(QStringLiteral("a"));
    QCOMPARE(ea->action, PortPlan::Action::Change);
    QCOMPARE(ea->symbol(), QStringLiteral("-"));
    QCOMPARE(ips(ea->toRemove),
             (QStringList {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}));
    QCOMPARE(ips(ea->pairsAfter()),
             (QStringList {QStringLiteral("10.1.0.0/16"), QStringLiteral("10.99.0.0/16")}));
    QVERIFY(ea->teachingCommand().startsWith(QStringLiteral("openstack port unset a ")));
    QCOMPARE(plan.entry(QStringLiteral("b"))->action, PortPlan::Action::Complete);
    QCOMPARE(plan.entry(QStringLiteral("gone"))->reason, PortPlan::Reason::PortGone);
    QCOMPARE(plan.totals().pairsToRemove, 2);
}

QTEST_GUILESS_MAIN(TestPortPlanner)
#include "tst_portplanner.moc"
