// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrSuggester.h"

#include <QHostAddress>

#include <algorithm>
#include <utility>
#include <vector>

namespace podnet {

namespace {

// IPv6 addresses need 128 bits; GCC and Clang have the type, -Wpedantic wants it marked.
__extension__ typedef unsigned __int128 Bits;

Bits bitsOf(const QHostAddress &address, bool ipv6)
{
    if (!ipv6)
        return address.toIPv4Address();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    Bits bits = 0;
    for (int i = 0; i < 16; ++i)
        bits = (bits << 8) | bytes[i];
    return bits;
}

QHostAddress addressOf(Bits bits, bool ipv6)
{
    if (!ipv6)
        return QHostAddress(static_cast<quint32>(bits));
    Q_IPV6ADDR bytes;
    for (int i = 15; i >= 0; --i) {
        bytes[i] = static_cast<quint8>(bits & 0xff);
        bits >>= 8;
    }
    return QHostAddress(bytes);
}

// The host part of a /prefix network in a family of \a width bits, all ones.
Bits hostMask(int prefix, int width)
{
    const int hostBits = width - prefix;
    if (hostBits >= 128)
        return ~Bits(0);
    return (Bits(1) << hostBits) - 1;
}

} // namespace

int PodCidrSuggester::blockPrefixLength(const Cidr &cluster)
{
    const int width = cluster.isIPv6() ? 128 : 32;
    const int standard = cluster.isIPv6() ? 64 : 24;
    if (cluster.prefixLength() <= standard)
        return standard;
    return std::min(cluster.prefixLength() + 2, width);
}

QList<PodCidrSuggester::Suggestion> PodCidrSuggester::suggest(const Cidr &cluster,
                                                              const QList<Cidr> &inUse,
                                                              const QStringList &nodes)
{
    QList<Suggestion> result;
    result.reserve(nodes.size());
    if (cluster.isNull()) {
        for (const QString &node : nodes)
            result.append({node, Cidr(),
                           tr("No pod range can be suggested for node %1 without a valid cluster "
                              "CIDR. Give the cluster CIDR, for example 10.200.0.0/16.")
                                   .arg(node)});
        return result;
    }
    const bool ipv6 = cluster.isIPv6();
    const int width = ipv6 ? 128 : 32;
    const int block = blockPrefixLength(cluster);
    const int shift = width - block;
    const Bits clusterStart = bitsOf(cluster.network(), ipv6);
    const Bits clusterEnd = clusterStart | hostMask(cluster.prefixLength(), width);
    const Bits firstBlock = clusterStart >> shift;
    const Bits lastBlock = clusterEnd >> shift;

    // Each range in use as the interval of block numbers it touches, clipped to the cluster.
    std::vector<std::pair<Bits, Bits>> taken;
    taken.reserve(static_cast<size_t>(inUse.size()));
    for (const Cidr &range : inUse) {
        if (range.isNull() || range.isIPv6() != ipv6)
            continue;
        const Bits start = bitsOf(range.network(), ipv6);
        const Bits end = start | hostMask(range.prefixLength(), width);
        if (end < clusterStart || start > clusterEnd)
            continue;
        taken.emplace_back(std::max(start, clusterStart) >> shift,
                           std::min(end, clusterEnd) >> shift);
    }
    std::sort(taken.begin(), taken.end());

    Bits cursor = firstBlock;
    size_t next = 0;
    bool full = false;
    for (const QString &node : nodes) {
        // Step over every interval that starts at or before the cursor.
        while (!full && next < taken.size() && taken[next].first <= cursor) {
            if (taken[next].second >= cursor) {
                if (taken[next].second >= lastBlock)
                    full = true;
                else
                    cursor = taken[next].second + 1;
            }
            ++next;
        }
        if (full || cursor > lastBlock) {
            full = true;
            result.append({node, Cidr(),
                           tr("No free /%1 range is left in the cluster CIDR %2 for node %3: "
                              "every block is in use. Free the ranges of nodes that no longer "
                              "exist, or use a larger cluster CIDR.")
                                   .arg(block)
                                   .arg(cluster.toString(), node)});
            continue;
        }
        const QString text = addressOf(cursor << shift, ipv6).toString() + QLatin1Char('/')
                + QString::number(block);
        result.append({node, Cidr::parse(text).cidr, QString()});
        if (cursor == lastBlock)
            full = true;
        else
            ++cursor;
    }
    return result;
}

} // namespace podnet
