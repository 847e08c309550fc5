// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The join of a node (InternalIP, pod range) with the project's ports: which port is the node's,
// and whether its allowed address pairs let the node's pod traffic and the services through.

#include "openstack/Port.h"
#include "run/NodePortCoverage.h"

#include <QTest>

using namespace podnet;

namespace {

const QString kMac = QStringLiteral("fa:16:3e:11:22:33");
const QString kCluster = QStringLiteral("10.200.0.0/16");
const QString kService = QStringLiteral("10.32.0.0/24");

Port port(const QString &id, const QString &ip, const QStringList &pairs,
          const QString &owner = QStringLiteral("compute:nova"))
{
    Port result;
    result.id = id;
    result.deviceOwner = owner;
    result.macAddress = kMac;
    result.fixedIps = {ip};
    for (const QString &pair : pairs)
        result.allowedAddressPairs << PortAddressPair(pair);
    return result;
}

NodePortCoverage coverageOf(const QList<Port> &ports, const QString &cluster = kCluster,
                            const QString &service = kService)
{
    NodePortCoverage coverage;
    coverage.setCidrs(cluster, service);
    coverage.setPorts(ports);
    return coverage;
}

} // namespace

class TestNodePortCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownWithoutPorts()
    {
        NodePortCoverage coverage;
        coverage.setCidrs(kCluster, kService);
        QVERIFY(!coverage.hasPorts());
        const NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Unknown);
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("—"));
        QVERIFY(NodePortCoverage::explanation(entry, QStringLiteral("10.240.0.20"))
                        .contains(QLatin1String("Connect to OpenStack")));
        // An empty list is data: "no port", not "unknown".
        coverage.setPorts({});
        QVERIFY(coverage.hasPorts());
        QCOMPARE(coverage.forNode(QStringLiteral("10.240.0.20"), QString()).state,
                 NodePortCoverage::State::NoPort);
    }

    void coveredByClusterCidrPair()
    {
        const NodePortCoverage coverage = coverageOf(
                {port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kCluster, kService})});
        const NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Covered);
        QCOMPARE(entry.portId, QStringLiteral("p0"));
        QCOMPARE(entry.missing, QStringList());
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("yes"));
        const QString why = NodePortCoverage::explanation(entry, QStringLiteral("10.240.0.20"));
        QVERIFY2(why.contains(QLatin1String("p0")) && why.contains(QLatin1String("10.240.0.20")),
                 qPrintable(why));
        // Without a pod range of its own, the cluster CIDR covers the node just as well.
        QCOMPARE(coverage.forNode(QStringLiteral("10.240.0.20"), QString()).state,
                 NodePortCoverage::State::Covered);
        // A wider pair (a /8) contains the cluster CIDR.
        QCOMPARE(coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"),
                                  {QStringLiteral("10.0.0.0/8")})})
                         .forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.0.0/24"))
                         .state,
                 NodePortCoverage::State::Covered);
    }

    void coveredByOwnRangeOnly()
    {
        const NodePortCoverage coverage
                = coverageOf({port(QStringLiteral("p1"), QStringLiteral("10.240.0.21"),
                                   {QStringLiteral("10.200.1.0/24"), kService})});
        QCOMPARE(coverage.forNode(QStringLiteral("10.240.0.21"), QStringLiteral("10.200.1.0/24"))
                         .state,
                 NodePortCoverage::State::Covered);
        // Another range (or none) is not covered: the whole cluster CIDR is what is missing.
        for (const QString &range : {QStringLiteral("10.200.2.0/24"), QString()}) {
            const NodePortCoverage::Entry entry
                    = coverage.forNode(QStringLiteral("10.240.0.21"), range);
            QCOMPARE(entry.state, NodePortCoverage::State::Missing);
            QCOMPARE(entry.missing, QStringList {kCluster});
            QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("no — missing 10.200.0.0/16"));
        }
    }

    void missingServiceCidr()
    {
        const NodePortCoverage coverage = coverageOf(
                {port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kCluster})});
        const NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        QCOMPARE(entry.missing, QStringList {kService});
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("no — missing 10.32.0.0/24"));
        const QString why = NodePortCoverage::explanation(entry, QStringLiteral("10.240.0.20"));
        QVERIFY2(why.contains(QLatin1String("10.32.0.0/24")) && why.contains(QLatin1String("p0")),
                 qPrintable(why));
        // Nothing at all: both, cluster first.
        QCOMPARE(coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {})})
                         .forNode(QStringLiteral("10.240.0.20"), QString())
                         .missing,
                 QStringList({kCluster, kService}));
        // No service CIDR given: nothing to require for it.
        QCOMPARE(coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kCluster})},
                            kCluster, QString())
                         .forNode(QStringLiteral("10.240.0.20"), QString())
                         .state,
                 NodePortCoverage::State::Covered);
    }

    void plainIpPairs()
    {
        // A bare address is one host: it does not cover a range around it.
        NodePortCoverage coverage
                = coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"),
                                   {QStringLiteral("10.200.0.0"), QStringLiteral("10.32.0.1")})});
        NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        QCOMPARE(entry.missing, QStringList({kCluster, kService}));
        // ... but it does cover a one-address range, and host bits in a pair are ignored as
        // Neutron ignores them.
        coverage
                = coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"),
                                   {QStringLiteral("10.200.7.1/16"), QStringLiteral("10.32.0.1")})},
                             kCluster, QStringLiteral("10.32.0.1/32"));
        entry = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.200.7.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Covered);
        // A pair that is no address at all counts for nothing.
        coverage = coverageOf({port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"),
                                    {QStringLiteral("not-an-ip"), kService})});
        QCOMPARE(coverage.forNode(QStringLiteral("10.240.0.20"), QString()).missing,
                 QStringList {kCluster});
    }

    void pairWithAnotherMacDoesNotCount()
    {
        Port withForeignMac = port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kService});
        withForeignMac.allowedAddressPairs
                << PortAddressPair(kCluster, QStringLiteral("fa:16:3e:99:99:99"));
        QCOMPARE(coverageOf({withForeignMac})
                         .forNode(QStringLiteral("10.240.0.20"), QString())
                         .missing,
                 QStringList {kCluster});
        // The port's own MAC, in any case, is the same as none.
        Port withOwnMac = port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kService});
        withOwnMac.allowedAddressPairs << PortAddressPair(kCluster, kMac.toUpper());
        QCOMPARE(coverageOf({withOwnMac}).forNode(QStringLiteral("10.240.0.20"), QString()).state,
                 NodePortCoverage::State::Covered);
    }

    void noPort()
    {
        const NodePortCoverage coverage = coverageOf(
                {port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kCluster, kService})});
        NodePortCoverage::Entry entry = coverage.forNode(QStringLiteral("10.240.0.2"), QString());
        QCOMPARE(entry.state, NodePortCoverage::State::NoPort);
        QCOMPARE(entry.portId, QString());
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("no port with 10.240.0.2"));
        QVERIFY(NodePortCoverage::explanation(entry, QStringLiteral("10.240.0.2"))
                        .contains(QLatin1String("No port of the OpenStack project has the fixed "
                                                "IP 10.240.0.2")));
        // A node without an InternalIP matches no port, whatever the ports' addresses.
        entry = coverage.forNode(QString(), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::NoPort);
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("no InternalIP"));
        QVERIFY(NodePortCoverage::explanation(entry, QString())
                        .contains(QLatin1String("--node-ip")));
    }

    void portSecurityOff()
    {
        Port open = port(QStringLiteral("p-open"), QStringLiteral("10.240.0.10"), {});
        open.portSecurityEnabled = false;
        const NodePortCoverage::Entry entry
                = coverageOf({open}).forNode(QStringLiteral("10.240.0.10"), QString());
        QCOMPARE(entry.state, NodePortCoverage::State::PortSecurityOff);
        QCOMPARE(entry.portId, QStringLiteral("p-open"));
        QCOMPARE(entry.missing, QStringList());
        QCOMPARE(NodePortCoverage::text(entry), QStringLiteral("not needed (port security off)"));
        QVERIFY(NodePortCoverage::explanation(entry, QStringLiteral("10.240.0.10"))
                        .contains(QLatin1String("p-open")));
    }

    void ipv6()
    {
        const QString cluster = QStringLiteral("fd00:10:200::/56");
        const QString service = QStringLiteral("fd00:10:32::/112");
        // The port spells the address longer than the node does.
        Port v6 = port(QStringLiteral("p6"), QStringLiteral("fd00:0:0:0::20"), {cluster, service});
        NodePortCoverage coverage = coverageOf({v6}, cluster, service);
        NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("fd00::20"), QStringLiteral("fd00:10:200::/64"));
        QCOMPARE(entry.state, NodePortCoverage::State::Covered);
        QCOMPARE(entry.portId, QStringLiteral("p6"));

        v6.allowedAddressPairs = {PortAddressPair(QStringLiteral("fd00:10:200:1::/64"))};
        coverage = coverageOf({v6}, cluster, service);
        entry = coverage.forNode(QStringLiteral("fd00::20"), QStringLiteral("fd00:10:200:1::/64"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        QCOMPARE(entry.missing, QStringList {service});

        // Dual stack: each family needs its own pair; the IPv4 pair does not cover IPv6.
        Port dual = port(QStringLiteral("pd"), QStringLiteral("10.240.0.20"),
                         {kCluster, kService, service});
        dual.fixedIps << QStringLiteral("fd00::20");
        coverage = coverageOf({dual}, kCluster + QLatin1Char(',') + cluster,
                              kService + QLatin1Char(',') + service);
        entry = coverage.forNode(QStringLiteral("fd00::20"),
                                 QStringLiteral("10.200.0.0/24,fd00:10:200::/64"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        QCOMPARE(entry.missing, QStringList {cluster});
        QCOMPARE(entry.portId, QStringLiteral("pd"));
    }

    void twoPortsWithTheSameIp()
    {
        // A DHCP port on another network listed first: the compute port is the node's.
        const Port dhcp = port(QStringLiteral("p-dhcp"), QStringLiteral("10.240.0.20"), {},
                               QStringLiteral("network:dhcp"));
        const Port compute = port(QStringLiteral("p-vm"), QStringLiteral("10.240.0.20"),
                                  {kCluster, kService}, QStringLiteral("compute:zone-b"));
        NodePortCoverage::Entry entry
                = coverageOf({dhcp, compute}).forNode(QStringLiteral("10.240.0.20"), QString());
        QCOMPARE(entry.portId, QStringLiteral("p-vm"));
        QCOMPARE(entry.state, NodePortCoverage::State::Covered);
        entry = coverageOf({compute, dhcp}).forNode(QStringLiteral("10.240.0.20"), QString());
        QCOMPARE(entry.portId, QStringLiteral("p-vm"));
        // Two compute ports: the first listed wins, so the answer does not flicker.
        const Port other = port(QStringLiteral("p-other"), QStringLiteral("10.240.0.20"), {});
        entry = coverageOf({other, compute}).forNode(QStringLiteral("10.240.0.20"), QString());
        QCOMPARE(entry.portId, QStringLiteral("p-other"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        // Without a compute port, any port with the address is better than none.
        entry = coverageOf({dhcp}).forNode(QStringLiteral("10.240.0.20"), QString());
        QCOMPARE(entry.portId, QStringLiteral("p-dhcp"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
    }

    void podRangeOutsideTheClusterCidr()
    {
        // An annotation set by hand outside the cluster CIDR needs a pair of its own.
        const NodePortCoverage coverage = coverageOf(
                {port(QStringLiteral("p0"), QStringLiteral("10.240.0.20"), {kCluster, kService})});
        const NodePortCoverage::Entry entry
                = coverage.forNode(QStringLiteral("10.240.0.20"), QStringLiteral("10.99.0.0/24"));
        QCOMPARE(entry.state, NodePortCoverage::State::Missing);
        QCOMPARE(entry.missing, QStringList {QStringLiteral("10.99.0.0/24")});
    }
};

QTEST_GUILESS_MAIN(TestNodePortCoverage)
#include "tst_nodeportcoverage.moc"
