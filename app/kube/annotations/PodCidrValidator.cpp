// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrValidator.h"

namespace podnet {

namespace {

QString familyName(bool ipv6)
{
    return ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

} // namespace

PodCidrValidator::Result PodCidrValidator::check(const QString &node, const QString &text,
                                                 const Cidr &cluster, const QList<Taken> &taken)
{
    Result result;
    const CidrParse parsed = Cidr::parse(text);
    if (!parsed.ok() && parsed.error != Cidr::Error::HostBitsSet) {
        result.problem = Problem::Malformed;
        result.message = tr("The pod range \"%1\" for node %2 is not a network in CIDR notation. "
                            "%3")
                                 .arg(text, node, Cidr::describe(parsed.error, text));
        return result;
    }
    const Cidr range = parsed.ok() ? parsed.cidr : parsed.corrected;
    if (range.isIPv6() != cluster.isIPv6()) {
        result.problem = Problem::WrongFamily;
        result.message = tr("The pod range %1 for node %2 is an %3 range, but the cluster CIDR %4 "
                            "is %5. Give node %2 an %5 range inside %4.")
                                 .arg(text, node, familyName(range.isIPv6()), cluster.toString(),
                                      familyName(cluster.isIPv6()));
        return result;
    }
    if (!parsed.ok()) {
        result.problem = Problem::HostBitsSet;
        result.corrected = parsed.corrected;
        result.message = tr("The pod range \"%1\" for node %2 has host bits set after the prefix. "
                            "Use the network itself: %3.")
                                 .arg(text, node, parsed.corrected.toString());
        return result;
    }
    if (!cluster.contains(range)) {
        result.problem = Problem::OutsideCluster;
        result.message = tr("The pod range %1 for node %2 is not inside the cluster CIDR %3. "
                            "Choose a range inside %3, or correct the cluster CIDR if %3 is not "
                            "this cluster's.")
                                 .arg(text, node, cluster.toString());
        return result;
    }
    for (const Taken &other : taken) {
        if (other.node == node || !other.range.overlaps(range))
            continue;
        result.otherNode = other.node;
        if (other.requested && other.range == range) {
            result.problem = Problem::RequestedTwice;
            result.message = tr("The pod range %1 is asked for both node %2 and node %3. Give "
                                "each node a range of its own.")
                                     .arg(text, other.node, node);
        } else if (other.requested) {
            result.problem = Problem::Overlaps;
            result.message = tr("The pod range %1 for node %2 overlaps %3, which this request "
                                "gives node %4. Give each node a range that overlaps no "
                                "other.")
                                     .arg(text, node, other.range.toString(), other.node);
        } else {
            result.problem = Problem::Overlaps;
            result.message = tr("The pod range %1 for node %2 overlaps %3, the pod range of node "
                                "%4. Choose a range no other node uses, or let a free one be "
                                "suggested for node %2.")
                                     .arg(text, node, other.range.toString(), other.node);
        }
        return result;
    }
    result.range = range;
    return result;
}

} // namespace podnet
