// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NeutronPortCreate.h"

#include "NeutronPortUpdate.h"
#include "NeutronService.h"
#include "OpenStackStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace podnet::sim {

NeutronPortCreate::NeutronPortCreate(OpenStackStore &store, const NeutronService &service)
    : m_store(store)
    , m_service(service)
{ }

OsResponse NeutronPortCreate::apply(const HttpRequest &request, const OsToken &token)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool bulk = body.value(QStringLiteral("ports")).isArray();
    QJsonArray requested;
    if (bulk)
        requested = body.value(QStringLiteral("ports")).toArray();
    else if (body.value(QStringLiteral("port")).isObject())
        requested.append(body.value(QStringLiteral("port")));
    if (requested.isEmpty()) {
        return NeutronService::error(400, QStringLiteral("HTTPBadRequest"),
                                     QStringLiteral("Unable to find 'port' in request body"));
    }
    QList<OsPort> ports;
    OsResponse failure;
    for (qsizetype i = 0; i < requested.size(); ++i) {
        std::optional<OsPort> port
                = build(requested.at(i).toObject(), token, static_cast<int>(i), failure);
        if (!port)
            return failure;
        ports.append(*port);
    }
    QJsonArray created;
    for (const OsPort &port : std::as_const(ports)) {
        const QString id = m_store.addPort(port);
        created.append(m_service.portJson(*m_store.port(id)));
    }
    if (bulk)
        return OsResponse::json(201, {{QStringLiteral("ports"), created}});
    return OsResponse::json(201, {{QStringLiteral("port"), created.first()}});
}

std::optional<OsPort> NeutronPortCreate::build(const QJsonObject &object, const OsToken &token,
                                               int index, OsResponse &failure) const
{
    const QString networkId = object.value(QStringLiteral("network_id")).toString();
    const OsNetwork *network = m_store.network(networkId);
    if (networkId.isEmpty()) {
        failure = NeutronService::error(400, QStringLiteral("HTTPBadRequest"),
                                        QStringLiteral("Failed to parse request. Required "
                                                       "attribute 'network_id' not specified"));
        return std::nullopt;
    }
    if (!network || !NeutronService::canUse(token, *network)) {
        failure = NeutronService::error(
                404, QStringLiteral("NetworkNotFound"),
                QStringLiteral("Network %1 could not be found.").arg(networkId));
        return std::nullopt;
    }
    OsPort port;
    port.networkId = networkId;
    port.projectId = token.projectId;
    const QString requestedProject
            = object.value(QStringLiteral("project_id"))
                      .toString(object.value(QStringLiteral("tenant_id")).toString());
    if (!requestedProject.isEmpty() && requestedProject != token.projectId) {
        if (!token.isAdmin()) {
            failure = NeutronService::error(403, QStringLiteral("PolicyNotAuthorized"),
                                            QStringLiteral("(rule:create_port) is disallowed by "
                                                           "policy"));
            return std::nullopt;
        }
        port.projectId = requestedProject;
    }
    port.name = object.value(QStringLiteral("name")).toString();
    port.description = object.value(QStringLiteral("description")).toString();
    port.deviceId = object.value(QStringLiteral("device_id")).toString();
    port.deviceOwner = object.value(QStringLiteral("device_owner")).toString();
    port.hostId = object.value(QStringLiteral("binding:host_id")).toString();
    port.adminStateUp = object.value(QStringLiteral("admin_state_up")).toBool(true);
    port.portSecurityEnabled = object.value(QStringLiteral("port_security_enabled"))
                                       .toBool(network->portSecurityEnabled);
    port.status = QStringLiteral("DOWN");
    port.macAddress = object.value(QStringLiteral("mac_address")).toString().toLower();
    if (!port.macAddress.isEmpty() && !NeutronPortUpdate::isValidMac(port.macAddress)) {
        failure = NeutronService::error(
                400, QStringLiteral("InvalidInput"),
                QStringLiteral("Invalid input for mac_address. Reason: '%1' is not a valid MAC "
                               "address.")
                        .arg(port.macAddress));
        return std::nullopt;
    }
    if (port.macAddress.isEmpty()) {
        port.macAddress
                = QStringLiteral("fa:16:3e:%1:%2:%3")
                          .arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'))
                          .arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'))
                          .arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'));
    }
    const QJsonArray fixedIps = object.value(QStringLiteral("fixed_ips")).toArray();
    for (const QJsonValue &value : fixedIps) {
        const QJsonObject ip = value.toObject();
        port.fixedIps.append({ip.value(QStringLiteral("subnet_id")).toString(network->subnetId),
                              ip.value(QStringLiteral("ip_address")).toString()});
    }
    if (fixedIps.isEmpty() && !network->cidr.isEmpty()) {
        const auto subnet = QHostAddress::parseSubnet(network->cidr);
        if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol) {
            qsizetype used = 0;
            for (const OsPort &other : m_store.ports())
                used += other.networkId == networkId ? 1 : 0;
            const quint32 address
                    = subnet.first.toIPv4Address() + 100u + static_cast<quint32>(used + index);
            port.fixedIps.append({network->subnetId, QHostAddress(address).toString()});
        }
    }
    if (object.contains(QStringLiteral("allowed_address_pairs"))) {
        const NeutronPortUpdate rules(m_store, m_service);
        const auto pairs
                = rules.parsePairs(object.value(QStringLiteral("allowed_address_pairs")), failure);
        if (!pairs || !NeutronPortUpdate::finishPairs(port, *pairs, failure))
            return std::nullopt;
        if (!port.allowedAddressPairs.isEmpty() && !port.portSecurityEnabled) {
            failure = NeutronService::error(
                    409, QStringLiteral("AddressPairAndPortSecurityRequired"),
                    QStringLiteral("Port Security must be enabled in order to have allowed "
                                   "address pairs on a port."));
            return std::nullopt;
        }
    }
    return port;
}

} // namespace podnet::sim
