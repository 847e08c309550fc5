// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/NodePortCoverage.h"

#include "net/Cidr.h"

#include <QHostAddress>

#include <optional>

namespace podnet {

namespace {

// Comma-separated ranges (dual stack: "10.200.0.0/16,fd00:10:200::/56"), valid ones only.
// A range with host bits set counts as the network it stands for, as Neutron reads it.
QList<Cidr> rangesOf(const QString &text)
{
    QList<Cidr> ranges;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const CidrParse parsed = Cidr::parse(part.trimmed());
        if (parsed.ok())
            ranges << parsed.cidr;
        else if (parsed.error == Cidr::Error::HostBitsSet)
            ranges << parsed.corrected;
    }
    return ranges;
}

bool sameAddress(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    // Only IPv6 has several spellings of one address worth comparing the slow way.
    if (!a.contains(QLatin1Char(':')) || !b.contains(QLatin1Char(':')))
        return false;
    const QHostAddress left(a);
    return !left.isNull() && left.isEqual(QHostAddress(b));
}

bool hasAddress(const Port &port, const QString &address)
{
    for (const QString &fixed : port.fixedIps) {
        if (sameAddress(fixed, address))
            return true;
    }
    return false;
}

bool anyContains(const QList<Cidr> &networks, const Cidr &range)
{
    for (const Cidr &network : networks) {
        if (network.contains(range))
            return true;
    }
    return false;
}

} // namespace

void NodePortCoverage::setCidrs(const QString &clusterCidr, const QString &serviceCidr)
{
    m_clusterCidr = clusterCidr.trimmed();
    m_serviceCidr = serviceCidr.trimmed();
}

NodePortCoverage::Entry NodePortCoverage::forNode(const QString &internalIp,
                                                  const QString &podCidr) const
{
    Entry entry;
    entry.internalIp = internalIp;
    if (!m_hasPorts)
        return entry; // Unknown
    const Port *match = nullptr;
    if (!internalIp.isEmpty()) {
        for (const Port &port : m_ports) {
            if (!hasAddress(port, internalIp))
                continue;
            // A compute port is the server's own; any other port (DHCP, router, a spare) with
            // the same address on another network is a weaker match.
            if (!match || (port.isCompute() && !match->isCompute()))
                match = &port;
            if (match->isCompute())
                break;
        }
    }
    if (!match) {
        entry.state = State::NoPort;
        return entry;
    }
    entry.portId = match->id;
    if (!match->portSecurityEnabled) {
        entry.state = State::PortSecurityOff;
        return entry;
    }

    // Pairs with another MAC let that MAC through, not the node's own traffic.
    QList<Cidr> allowed;
    for (const PortAddressPair &pair : match->allowedAddressPairs) {
        if (!pair.usesPortMac(match->macAddress))
            continue;
        if (const std::optional<Cidr> network = pair.network())
            allowed << *network;
    }

    const QList<Cidr> cluster = rangesOf(m_clusterCidr);
    const QList<Cidr> podRanges = rangesOf(podCidr);
    for (const Cidr &whole : cluster) {
        if (anyContains(allowed, whole))
            continue;
        // Without the whole cluster CIDR, the node's own ranges in it are enough for the node.
        bool ownRangesCovered = false;
        for (const Cidr &range : podRanges) {
            if (!whole.contains(range))
                continue;
            if (!anyContains(allowed, range)) {
                ownRangesCovered = false;
                break;
            }
            ownRangesCovered = true;
        }
        if (!ownRangesCovered)
            entry.missing << whole.toString();
    }
    // A pod range outside every cluster CIDR is needed on its own.
    for (const Cidr &range : podRanges) {
        if (!anyContains(cluster, range) && !anyContains(allowed, range))
            entry.missing << range.toString();
    }
    for (const Cidr &service : rangesOf(m_serviceCidr)) {
        if (!anyContains(allowed, service))
            entry.missing << service.toString();
    }
    entry.state = entry.missing.isEmpty() ? State::Covered : State::Missing;
    return entry;
}

QString NodePortCoverage::text(const Entry &entry)
{
    switch (entry.state) {
    case State::Covered:
        return tr("yes", "@item:intable pairs cover this node");
    case State::Missing:
        return tr("no — missing %1", "@item:intable pairs cover this node")
                .arg(entry.missing.join(QLatin1String(", ")));
    case State::PortSecurityOff:
        return tr("not needed (port security off)", "@item:intable pairs cover this node");
    case State::NoPort:
        if (entry.internalIp.isEmpty())
            return tr("no InternalIP", "@item:intable pairs cover this node");
        return tr("no port with %1", "@item:intable pairs cover this node").arg(entry.internalIp);
    case State::Unknown:
        break;
    }
    return QString(QChar(0x2014));
}

QString NodePortCoverage::explanation(const Entry &entry, const QString &internalIp)
{
    switch (entry.state) {
    case State::Covered:
        return tr("The allowed address pairs of port %1 (fixed IP %2) cover this node's pod range "
                  "and the service CIDR.",
                  "@info:tooltip")
                .arg(entry.portId, internalIp);
    case State::Missing:
        return tr("The allowed address pairs of port %1 (fixed IP %2) do not cover %3, so Neutron "
                  "drops that pod traffic of this node. Add the missing ranges as allowed "
                  "address pairs (the OpenStack part of the plan does this).",
                  "@info:tooltip")
                .arg(entry.portId, internalIp, entry.missing.join(QLatin1String(", ")));
    case State::PortSecurityOff:
        return tr("Port %1 (fixed IP %2) has port security turned off: Neutron does not filter "
                  "its traffic, so it needs no allowed address pairs.",
                  "@info:tooltip")
                .arg(entry.portId, internalIp);
    case State::NoPort:
        if (internalIp.isEmpty())
            return tr("The node reports no InternalIP address, so its OpenStack port cannot be "
                      "found. Check the kubelet's --node-ip setting.",
                      "@info:tooltip");
        return tr("No port of the OpenStack project has the fixed IP %1. Check that this node "
                  "runs on a server of the project you connected to, and that its InternalIP is "
                  "its OpenStack address.",
                  "@info:tooltip")
                .arg(internalIp);
    case State::Unknown:
        break;
    }
    return tr("The OpenStack ports have not been read. Connect to OpenStack to see whether the "
              "allowed address pairs cover this node.",
              "@info:tooltip");
}

} // namespace podnet
