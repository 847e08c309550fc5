// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortAddressPair.h"

#include <QHostAddress>

namespace podnet {

std::optional<Cidr> PortAddressPair::network() const
{
    // Neutron accepts what netaddr accepts; Cidr is stricter, so normalise the address part
    // through QHostAddress first ("fd00:0::" and "fd00::" are one address).
    const QString text = m_ipAddress.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QHostAddress address(slash < 0 ? text : text.left(slash));
    if (address.isNull())
        return std::nullopt;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    int prefix = v6 ? 128 : 32;
    if (slash >= 0) {
        bool ok = false;
        prefix = text.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > (v6 ? 128 : 32))
            return std::nullopt;
    }
    const CidrParse parsed
            = Cidr::parse(QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    if (parsed.ok())
        return parsed.cidr;
    if (parsed.error == Cidr::Error::HostBitsSet)
        return parsed.corrected;
    return std::nullopt;
}

bool PortAddressPair::usesPortMac(const QString &portMac) const
{
    return m_macAddress.isEmpty() || m_macAddress.compare(portMac, Qt::CaseInsensitive) == 0;
}

bool PortAddressPair::sameAs(const PortAddressPair &other, const QString &portMac) const
{
    const QString mine = m_macAddress.isEmpty() ? portMac : m_macAddress;
    const QString theirs = other.m_macAddress.isEmpty() ? portMac : other.m_macAddress;
    if (mine.compare(theirs, Qt::CaseInsensitive) != 0)
        return false;
    const std::optional<Cidr> a = network();
    const std::optional<Cidr> b = other.network();
    if (a && b)
        return *a == *b;
    return m_ipAddress.trimmed() == other.m_ipAddress.trimmed();
}

QJsonObject PortAddressPair::toJson() const
{
    QJsonObject object {{QStringLiteral("ip_address"), m_ipAddress}};
    if (!m_macAddress.isEmpty())
        object.insert(QStringLiteral("mac_address"), m_macAddress);
    return object;
}

PortAddressPair PortAddressPair::fromJson(const QJsonObject &object)
{
    return PortAddressPair(object.value(QLatin1String("ip_address")).toString(),
                           object.value(QLatin1String("mac_address")).toString());
}

QJsonArray PortAddressPair::toJson(const QList<PortAddressPair> &pairs)
{
    QJsonArray array;
    for (const PortAddressPair &pair : pairs)
        array.append(pair.toJson());
    return array;
}

QList<PortAddressPair> PortAddressPair::listFromJson(const QJsonArray &array)
{
    QList<PortAddressPair> pairs;
    pairs.reserve(array.size());
    for (const QJsonValue &value : array)
        pairs.append(fromJson(value.toObject()));
    return pairs;
}

QString PortAddressPair::displayText() const
{
    if (m_macAddress.isEmpty())
        return m_ipAddress;
    return QStringLiteral("%1 (%2)").arg(m_ipAddress, m_macAddress);
}

qsizetype PortAddressPair::indexOf(const QList<PortAddressPair> &pairs, const PortAddressPair &pair,
                                   const QString &portMac)
{
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (pairs.at(i).sameAs(pair, portMac))
            return i;
    }
    return -1;
}

} // namespace podnet
