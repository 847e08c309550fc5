// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace podnet {

struct CidrParse;

/// An IPv4 or IPv6 network in CIDR notation, parsed as strictly as Kubernetes and Neutron
/// expect it: no host bits, no leading zeros, no surrounding whitespace.
class Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)
public:
    enum class Error {
        None,
        Empty,
        Whitespace,
        MissingPrefix,
        BadAddress,
        BadPrefix,
        HostBitsSet,
    };

    Cidr() = default;

    /// Parses \a text. On HostBitsSet the result carries the corrected network.
    static CidrParse parse(const QString &text);

    /// A translated sentence for \a error about the value \a text, saying what to do.
    static QString describe(Error error, const QString &text);

    bool isNull() const { return m_prefixLength < 0; }
    QHostAddress network() const { return m_network; }
    int prefixLength() const { return m_prefixLength; }
    bool isIPv6() const { return m_network.protocol() == QAbstractSocket::IPv6Protocol; }

    /// The canonical text, e.g. "10.200.0.0/16" or "fd00::/48".
    QString toString() const;

    /// True when \a other lies completely inside this network.
    bool contains(const Cidr &other) const;
    /// True when the two networks share at least one address (never across families).
    bool overlaps(const Cidr &other) const;

    friend bool operator==(const Cidr &a, const Cidr &b)
    {
        return a.m_prefixLength == b.m_prefixLength && a.m_network == b.m_network;
    }

private:
    Cidr(const QHostAddress &network, int prefixLength);

    QHostAddress m_network;
    int m_prefixLength = -1;
};

/// The outcome of Cidr::parse().
struct CidrParse
{
    Cidr cidr; ///< valid when error == None
    Cidr::Error error = Cidr::Error::None;
    Cidr corrected; ///< the network the user probably meant, when error == HostBitsSet

    bool ok() const { return error == Cidr::Error::None; }
};

} // namespace podnet
