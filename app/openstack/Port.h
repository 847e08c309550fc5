// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortAddressPair.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// The part of a Neutron port the wizard reads (exactly the fields NeutronPortClient asks for).
struct Port
{
    QString id;
    QString name;
    QString deviceId;    ///< the server's id for compute ports
    QString deviceOwner; ///< "compute:<zone>", "network:dhcp", "network:router_interface", …
    QString macAddress;
    QStringList fixedIps; ///< the ip_address of each fixed_ips entry
    bool portSecurityEnabled = true;
    QList<PortAddressPair> allowedAddressPairs;
    qint64 revisionNumber = -1; ///< -1 when the server does not report one
    QString projectId;
    QString networkId;

    /// A port Nova created for a server, in any availability zone.
    bool isCompute() const { return deviceOwner.startsWith(QLatin1String("compute:")); }

    /// Reads one element of "ports" (or the "port" object).
    static Port fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace podnet
