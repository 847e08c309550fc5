// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/Port.h"

#include <QJsonArray>

namespace podnet {

Port Port::fromJson(const QJsonObject &object)
{
    Port port;
    port.id = object.value(QLatin1String("id")).toString();
    port.name = object.value(QLatin1String("name")).toString();
    port.deviceId = object.value(QLatin1String("device_id")).toString();
    port.deviceOwner = object.value(QLatin1String("device_owner")).toString();
    port.macAddress = object.value(QLatin1String("mac_address")).toString();
    const QJsonArray fixed = object.value(QLatin1String("fixed_ips")).toArray();
    for (const QJsonValue &value : fixed)
        port.fixedIps.append(value.toObject().value(QLatin1String("ip_address")).toString());
    // Absent means the port-security extension is off, and then pairs are accepted.
    port.portSecurityEnabled = object.value(QLatin1String("port_security_enabled")).toBool(true);
    port.allowedAddressPairs = PortAddressPair::listFromJson(
            object.value(QLatin1String("allowed_address_pairs")).toArray());
    port.revisionNumber = object.value(QLatin1String("revision_number")).toInteger(-1);
    port.projectId = object.value(QLatin1String("project_id")).toString();
    if (port.projectId.isEmpty())
        port.projectId = object.value(QLatin1String("tenant_id")).toString();
    port.networkId = object.value(QLatin1String("network_id")).toString();
    return port;
}

QJsonObject Port::toJson() const
{
    QJsonArray fixed;
    for (const QString &ip : fixedIps)
        fixed.append(QJsonObject {{QStringLiteral("ip_address"), ip}});
    return {
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("device_owner"), deviceOwner},
            {QStringLiteral("mac_address"), macAddress},
            {QStringLiteral("fixed_ips"), fixed},
            {QStringLiteral("port_security_enabled"), portSecurityEnabled},
            {QStringLiteral("allowed_address_pairs"), PortAddressPair::toJson(allowedAddressPairs)},
            {QStringLiteral("revision_number"), revisionNumber},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("network_id"), networkId},
    };
}

} // namespace podnet
