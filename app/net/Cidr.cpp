// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "Cidr.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace podnet {

namespace {

using AddressBytes = std::array<quint8, 16>;

// Both families as 16 big-endian bytes; IPv4 uses the first four.
AddressBytes bytesOf(const QHostAddress &address)
{
    AddressBytes bytes {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            bytes[static_cast<size_t>(i)] = static_cast<quint8>(v4 >> (24 - 8 * i));
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        for (size_t i = 0; i < 16; ++i)
            bytes[i] = v6[static_cast<int>(i)];
    }
    return bytes;
}

QHostAddress addressOf(const AddressBytes &bytes, bool ipv6)
{
    if (!ipv6) {
        quint32 v4 = 0;
        for (size_t i = 0; i < 4; ++i)
            v4 = (v4 << 8) | bytes[i];
        return QHostAddress(v4);
    }
    Q_IPV6ADDR v6;
    for (size_t i = 0; i < 16; ++i)
        v6[static_cast<int>(i)] = bytes[i];
    return QHostAddress(v6);
}

AddressBytes masked(AddressBytes bytes, int prefixLength)
{
    for (size_t i = 0; i < bytes.size(); ++i) {
        const int bitsLeft = prefixLength - static_cast<int>(i) * 8;
        if (bitsLeft >= 8)
            continue;
        const unsigned keep = bitsLeft <= 0 ? 0u : (0xffu << (8 - bitsLeft)) & 0xffu;
        bytes[i] = static_cast<quint8>(bytes[i] & keep);
    }
    return bytes;
}

// Go's net.ParseIP, which Kubernetes uses, rejects octets with leading zeros.
bool parseStrictIPv4(const QString &text, QHostAddress *out)
{
    static const QRegularExpression dotted(
            QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = dotted.match(text);
    if (!match.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        const QString octet = match.captured(i);
        if ((octet.size() > 1 && octet.startsWith(QLatin1Char('0'))) || octet.toInt() > 255)
            return false;
    }
    return out->setAddress(text);
}

bool parseStrictIPv6(const QString &text, QHostAddress *out)
{
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return false;
    return out->setAddress(text) && out->protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

Cidr::Cidr(const QHostAddress &network, int prefixLength)
    : m_network(network)
    , m_prefixLength(prefixLength)
{ }

CidrParse Cidr::parse(const QString &text)
{
    CidrParse result;
    if (text.isEmpty()) {
        result.error = Error::Empty;
        return result;
    }
    // QChar::isSpace, not the ASCII-only \s: a Korean IME types U+3000, a paste brings U+00A0.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        result.error = Error::Whitespace;
        return result;
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        result.error = Error::MissingPrefix;
        return result;
    }
    const QString addressText = text.left(slash);
    const QString prefixText = text.mid(slash + 1);

    QHostAddress address;
    const bool ipv6 = addressText.contains(QLatin1Char(':'));
    if (!(ipv6 ? parseStrictIPv6(addressText, &address) : parseStrictIPv4(addressText, &address))) {
        result.error = Error::BadAddress;
        return result;
    }

    static const QRegularExpression digits(QStringLiteral("^(0|[1-9]\\d{0,2})$"));
    const int maxPrefix = ipv6 ? 128 : 32;
    if (!digits.match(prefixText).hasMatch() || prefixText.toInt() > maxPrefix) {
        result.error = Error::BadPrefix;
        return result;
    }
    const int prefixLength = prefixText.toInt();

    const AddressBytes bytes = bytesOf(address);
    const AddressBytes network = masked(bytes, prefixLength);
    if (network != bytes) {
        result.error = Error::HostBitsSet;
        result.corrected = Cidr(addressOf(network, ipv6), prefixLength);
        return result;
    }
    result.cidr = Cidr(address, prefixLength);
    return result;
}

QString Cidr::describe(Error error, const QString &text)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter a range in CIDR notation, for example 10.200.0.0/16.");
    case Error::Whitespace:
        return tr("Remove the spaces: a CIDR range is written without spaces, for example "
                  "10.200.0.0/16.");
    case Error::MissingPrefix:
        return tr("Add the prefix length after a slash, for example %1/16.").arg(text);
    case Error::BadAddress:
        return tr("\"%1\" does not start with a valid IPv4 or IPv6 address. Write it like "
                  "10.200.0.0/16 or fd00:10:200::/56, without leading zeros.")
                .arg(text);
    case Error::BadPrefix:
        return tr("The prefix length after the slash must be a number from 0 to 32 for IPv4 "
                  "or 0 to 128 for IPv6.");
    case Error::HostBitsSet: {
        const CidrParse parsed = parse(text);
        return tr("\"%1\" has host bits set after the prefix. Did you mean %2?")
                .arg(text, parsed.corrected.toString());
    }
    }
    return {};
}

QString Cidr::toString() const
{
    if (isNull())
        return {};
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefixLength);
}

bool Cidr::contains(const Cidr &other) const
{
    if (isNull() || other.isNull() || isIPv6() != other.isIPv6())
        return false;
    return m_prefixLength <= other.m_prefixLength
            && masked(bytesOf(other.m_network), m_prefixLength) == bytesOf(m_network);
}

bool Cidr::overlaps(const Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

} // namespace podnet
