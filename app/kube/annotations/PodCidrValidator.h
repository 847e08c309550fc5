// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace podnet {

/// Checks one pod range someone asked for one node: written correctly, the cluster's family,
/// no host bits, inside the cluster CIDR, and overlapping no other node's range nor another
/// range of the same request. Messages name the node and say what to do.
class PodCidrValidator
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrValidator)
public:
    enum class Problem {
        None,
        Malformed,      ///< not CIDR notation (see Cidr::Error)
        WrongFamily,    ///< IPv6 range in an IPv4 cluster CIDR, or the other way round
        HostBitsSet,    ///< bits set after the prefix; corrected holds the network
        OutsideCluster, ///< not completely inside the cluster CIDR
        Overlaps,       ///< shares addresses with another node's range
        RequestedTwice, ///< the same range was asked for another node too
    };

    /// A range that is already taken.
    struct Taken
    {
        QString node; ///< whose range it is
        Cidr range;
        bool requested = false; ///< chosen in the same request, not on the node yet
    };

    /// The outcome of check().
    struct Result
    {
        Problem problem = Problem::None;
        Cidr range;        ///< the parsed range, when problem is None
        Cidr corrected;    ///< the network meant, for HostBitsSet
        QString otherNode; ///< for Overlaps and RequestedTwice
        QString message;   ///< translated, empty when problem is None
        bool ok() const { return problem == Problem::None; }
    };

    /// Checks \a text as the pod range of \a node in \a cluster (which must be valid), against
    /// \a taken (ranges of \a node itself are skipped).
    static Result check(const QString &node, const QString &text, const Cidr &cluster,
                        const QList<Taken> &taken);
};

} // namespace podnet
