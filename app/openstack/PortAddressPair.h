// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Cidr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace podnet {

/// One entry of a Neutron port's allowed_address_pairs. Neutron identifies a pair by (ip, mac);
/// a pair sent without a MAC gets the port's own MAC.
class PortAddressPair
{
public:
    PortAddressPair() = default;
    explicit PortAddressPair(const QString &ipAddress, const QString &macAddress = {})
        : m_ipAddress(ipAddress)
        , m_macAddress(macAddress)
    { }

    /// The address as stored by Neutron (not normalised: "10.200.0.0/16", "10.1.2.3", …).
    QString ipAddress() const { return m_ipAddress; }
    /// Empty when not given (Neutron then uses the port's MAC).
    QString macAddress() const { return m_macAddress; }

    /// The network the address stands for: a bare address is a /32 (/128), host bits are
    /// cleared (Neutron and the firewall treat 10.200.0.1/16 as 10.200.0.0/16). Empty when the
    /// text is no address at all.
    std::optional<Cidr> network() const;

    /// Whether this pair and \a other are the same pair on a port whose MAC is \a portMac:
    /// same network (in any spelling) and same effective MAC.
    bool sameAs(const PortAddressPair &other, const QString &portMac) const;
    /// Whether this pair counts as present on a port with MAC \a portMac: its MAC is absent or
    /// the port's own.
    bool usesPortMac(const QString &portMac) const;

    /// {"ip_address": …[, "mac_address": …]}
    QJsonObject toJson() const;
    static PortAddressPair fromJson(const QJsonObject &object);
    static QJsonArray toJson(const QList<PortAddressPair> &pairs);
    static QList<PortAddressPair> listFromJson(const QJsonArray &array);

    /// "10.200.0.0/16" or "10.200.0.0/16 (fa:16:3e:…)" for plans and reports.
    QString displayText() const;

    /// The first pair of \a pairs that is the same as \a pair on a port with MAC \a portMac, or
    /// -1.
    static qsizetype indexOf(const QList<PortAddressPair> &pairs, const PortAddressPair &pair,
                             const QString &portMac);

    friend bool operator==(const PortAddressPair &a, const PortAddressPair &b)
    {
        return a.m_ipAddress == b.m_ipAddress && a.m_macAddress == b.m_macAddress;
    }

private:
    QString m_ipAddress;
    QString m_macAddress;
};

} // namespace podnet
