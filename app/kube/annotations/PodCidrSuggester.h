// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// Picks pod ranges for nodes that have none: equal blocks inside the cluster CIDR that
/// overlap no range in use, the lowest free block first, deterministic for the same input.
///
/// Block size: /24 for IPv4 and /64 for IPv6, as kube-controller-manager allocates by default.
/// A cluster CIDR smaller than that (say a /26 in a small lab) is split in four: blocks two bits
/// longer than its prefix (a /26 gives four /28s), never longer than /32 or /128.
///
/// Works on block numbers, not text: a range in use marks the blocks it touches (a /23 two
/// blocks, a /25 the one /24 around it), those intervals are sorted once, and the nodes walk
/// them with one cursor. 5,000 nodes in a /8 take milliseconds.
class PodCidrSuggester
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrSuggester)
public:
    /// The suggestion for one node.
    struct Suggestion
    {
        QString node;
        Cidr range;      ///< null: no free block was left
        QString message; ///< translated, when range is null: says what to do
        bool ok() const { return !range.isNull(); }
    };

    /// The prefix length of the blocks handed out in \a cluster (see above).
    static int blockPrefixLength(const Cidr &cluster);

    /// One suggestion per name in \a nodes, in that order. \a inUse: every range nodes carry
    /// now and ranges already chosen in the same plan; other families and ranges outside
    /// \a cluster are ignored. A null \a cluster gives no ranges.
    static QList<Suggestion> suggest(const Cidr &cluster, const QList<Cidr> &inUse,
                                     const QStringList &nodes);
};

} // namespace podnet
