// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NeutronPortUpdate.h"

#include "NeutronService.h"
#include "OpenStackStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace podnet::sim {

namespace {

const QString badRequest = QStringLiteral("HTTPBadRequest");

OsResponse invalidPairs(const QString &reason)
{
    return NeutronService::error(
            400, QStringLiteral("InvalidInput"),
            QStringLiteral("Invalid input for allowed_address_pairs. Reason: %1.").arg(reason));
}

} // namespace

NeutronPortUpdate::NeutronPortUpdate(OpenStackStore &store, const NeutronService &service)
    : m_store(store)
    , m_service(service)
{ }

bool NeutronPortUpdate::isValidIpOrSubnet(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text)
        return false;
    const QString address = text.section(QLatin1Char('/'), 0, 0);
    if (!address.contains(QLatin1Char(':')) && address.count(QLatin1Char('.')) != 3)
        return false;
    QHostAddress host;
    if (!host.setAddress(address))
        return false;
    if (!text.contains(QLatin1Char('/')))
        return true;
    bool ok = false;
    const QString prefixText = text.section(QLatin1Char('/'), 1);
    const int prefix = prefixText.toInt(&ok);
    const int maxPrefix = host.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    return ok && prefix >= 0 && prefix <= maxPrefix && !prefixText.startsWith(QLatin1Char('+'));
}

bool NeutronPortUpdate::isValidMac(const QString &text)
{
    static const QRegularExpression mac(QStringLiteral("^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$"));
    return mac.match(text).hasMatch();
}

std::optional<QList<OsPort::AddressPair>> NeutronPortUpdate::parsePairs(const QJsonValue &value,
                                                                        OsResponse &failure) const
{
    if (value.isNull())
        return QList<OsPort::AddressPair> {};
    if (!value.isArray()) {
        failure = invalidPairs(QStringLiteral("Allowed address pairs must be a list."));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > m_service.maxAddressPairs()) {
        failure = NeutronService::error(
                400, QStringLiteral("AllowedAddressPairExhausted"),
                QStringLiteral("The number of allowed address pair exceeds the maximum %1.")
                        .arg(m_service.maxAddressPairs()));
        return std::nullopt;
    }
    QList<OsPort::AddressPair> pairs;
    QSet<QString> seen;
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            failure = invalidPairs(QStringLiteral("Allowed address pairs must be a list of "
                                                  "dictionaries"));
            return std::nullopt;
        }
        const QJsonObject pair = item.toObject();
        const QString mac = pair.value(QStringLiteral("mac_address")).toString();
        if (pair.contains(QStringLiteral("mac_address")) && !isValidMac(mac)) {
            failure = invalidPairs(QStringLiteral("'%1' is not a valid MAC address").arg(mac));
            return std::nullopt;
        }
        if (!pair.value(QStringLiteral("ip_address")).isString()) {
            failure = NeutronService::error(400, QStringLiteral("AllowedAddressPairsMissingIP"),
                                            QStringLiteral("AllowedAddressPair must contain "
                                                           "ip_address"));
            return std::nullopt;
        }
        const QString ip = pair.value(QStringLiteral("ip_address")).toString();
        const QString key = mac.toLower() + QLatin1Char('|') + ip;
        if (seen.contains(key)) {
            failure = NeutronService::error(
                    400, QStringLiteral("DuplicateAddressPairInRequest"),
                    QStringLiteral("Request contains duplicate address pair: mac_address %1 "
                                   "ip_address %2.")
                            .arg(mac.isEmpty() ? QStringLiteral("None") : mac, ip));
            return std::nullopt;
        }
        seen.insert(key);
        if (!isValidIpOrSubnet(ip)) {
            failure = invalidPairs(
                    QStringLiteral("'%1' is neither a valid IP address, nor is it a valid IP "
                                   "subnet")
                            .arg(ip));
            return std::nullopt;
        }
        pairs.append({ip, mac.toLower()});
    }
    return pairs;
}

bool NeutronPortUpdate::finishPairs(OsPort &port, QList<OsPort::AddressPair> pairs,
                                    OsResponse &failure)
{
    for (OsPort::AddressPair &pair : pairs) {
        if (pair.macAddress.isEmpty())
            pair.macAddress = port.macAddress;
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        return std::tie(a.macAddress, a.ipAddress) < std::tie(b.macAddress, b.ipAddress);
    });
    for (qsizetype i = 1; i < pairs.size(); ++i) {
        if (pairs.at(i) == pairs.at(i - 1)) {
            failure = NeutronService::error(
                    400, QStringLiteral("DuplicateAddressPairInRequest"),
                    QStringLiteral("Request contains duplicate address pair: mac_address %1 "
                                   "ip_address %2.")
                            .arg(pairs.at(i).macAddress, pairs.at(i).ipAddress));
            return false;
        }
    }
    port.allowedAddressPairs = pairs;
    return true;
}

OsResponse NeutronPortUpdate::apply(const HttpRequest &request, const QString &portId,
                                    const OsToken &token)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return NeutronService::error(400, badRequest, QStringLiteral("Malformed request body"));
    const QJsonValue portValue = document.object().value(QStringLiteral("port"));
    if (!portValue.isObject()) {
        return NeutronService::error(400, badRequest,
                                     QStringLiteral("Unable to find 'port' in request body"));
    }
    const QJsonObject changes = portValue.toObject();
    static const QStringList updatable = {QStringLiteral("name"),
                                          QStringLiteral("description"),
                                          QStringLiteral("device_id"),
                                          QStringLiteral("device_owner"),
                                          QStringLiteral("admin_state_up"),
                                          QStringLiteral("port_security_enabled"),
                                          QStringLiteral("allowed_address_pairs"),
                                          QStringLiteral("binding:host_id")};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const bool extensionOff
                = (it.key() == QStringLiteral("allowed_address_pairs")
                   && !m_service.isExtensionEnabled(QStringLiteral("allowed-address-pairs")))
                || (it.key() == QStringLiteral("port_security_enabled")
                    && !m_service.isExtensionEnabled(QStringLiteral("port-security")));
        if (!updatable.contains(it.key()) || extensionOff) {
            return NeutronService::error(
                    400, badRequest,
                    QStringLiteral("Unrecognized attribute(s) '%1'").arg(it.key()));
        }
    }
    OsResponse failure;
    std::optional<QList<OsPort::AddressPair>> pairs;
    if (changes.contains(QStringLiteral("allowed_address_pairs"))) {
        pairs = parsePairs(changes.value(QStringLiteral("allowed_address_pairs")), failure);
        if (!pairs)
            return failure;
    }

    OsPort *stored = m_store.mutablePort(portId);
    if (!stored || !NeutronService::canSee(token, *stored)) {
        return NeutronService::error(404, QStringLiteral("PortNotFound"),
                                     QStringLiteral("Port %1 could not be found.").arg(portId));
    }
    const OsNetwork *network = m_store.network(stored->networkId);
    const bool securityChange = pairs || changes.contains(QStringLiteral("port_security_enabled"));
    if (securityChange && !token.isAdmin() && network && network->projectId != token.projectId) {
        return NeutronService::error(
                403, QStringLiteral("PolicyNotAuthorized"),
                QStringLiteral("(rule:update_port and rule:update_port:allowed_address_pairs) "
                               "is disallowed by policy"));
    }
    const QByteArray ifMatch = request.header("if-match");
    if (!ifMatch.isEmpty() && m_service.isExtensionEnabled(QStringLiteral("revision-if-match"))) {
        const QByteArray prefix = QByteArrayLiteral("revision_number=");
        bool ok = false;
        const int expected = ifMatch.mid(prefix.size()).toInt(&ok);
        if (!ok || !ifMatch.startsWith(prefix)) {
            return NeutronService::error(400, badRequest,
                                         QStringLiteral("Unrecognized If-Match header"));
        }
        if (expected != stored->revisionNumber) {
            return NeutronService::error(
                    412, QStringLiteral("RevisionNumberConstraintFailed"),
                    QStringLiteral("Constrained to %1, but current revision is %2")
                            .arg(expected)
                            .arg(stored->revisionNumber));
        }
    }

    OsPort updated = *stored;
    updated.name = changes.value(QStringLiteral("name")).toString(updated.name);
    updated.description
            = changes.value(QStringLiteral("description")).toString(updated.description);
    updated.deviceId = changes.value(QStringLiteral("device_id")).toString(updated.deviceId);
    updated.deviceOwner
            = changes.value(QStringLiteral("device_owner")).toString(updated.deviceOwner);
    updated.hostId = changes.value(QStringLiteral("binding:host_id")).toString(updated.hostId);
    updated.adminStateUp
            = changes.value(QStringLiteral("admin_state_up")).toBool(updated.adminStateUp);
    updated.portSecurityEnabled = changes.value(QStringLiteral("port_security_enabled"))
                                          .toBool(updated.portSecurityEnabled);
    if (pairs && !finishPairs(updated, *pairs, failure))
        return failure;
    const bool networkOwned = updated.deviceOwner.startsWith(QStringLiteral("network:"));
    if (!updated.allowedAddressPairs.isEmpty() && (!updated.portSecurityEnabled || networkOwned)) {
        return NeutronService::error(409, QStringLiteral("AddressPairAndPortSecurityRequired"),
                                     QStringLiteral("Port Security must be enabled in order to "
                                                    "have allowed address pairs on a port."));
    }

    const bool changed = updated.name != stored->name || updated.description != stored->description
            || updated.deviceId != stored->deviceId || updated.deviceOwner != stored->deviceOwner
            || updated.hostId != stored->hostId || updated.adminStateUp != stored->adminStateUp
            || updated.portSecurityEnabled != stored->portSecurityEnabled
            || updated.allowedAddressPairs != stored->allowedAddressPairs;
    if (changed) {
        updated.revisionNumber = stored->revisionNumber + 1;
        updated.updatedAt = QDateTime::currentDateTimeUtc();
        *stored = updated;
    }
    return OsResponse::json(200, {{QStringLiteral("port"), m_service.portJson(*stored)}});
}

} // namespace podnet::sim
