// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace podnet::sim {

/// A Neutron port with the fields the wizard and the openstack CLI read.
struct OsPort
{
    struct FixedIp
    {
        QString subnetId {};
        QString ipAddress {};
        friend bool operator==(const FixedIp &, const FixedIp &) = default;
    };
    struct AddressPair
    {
        QString ipAddress {}; ///< stored exactly as given
        QString macAddress {};
        friend bool operator==(const AddressPair &, const AddressPair &) = default;
    };

    QString id {}; ///< generated when empty
    QString name {};
    QString networkId {};
    QString projectId {};  ///< the network's project when empty
    QString macAddress {}; ///< generated (fa:16:3e:...) when empty
    QList<FixedIp> fixedIps {};
    QString deviceId {};
    QString deviceOwner {};
    bool portSecurityEnabled = true;
    bool adminStateUp = true;
    QList<AddressPair> allowedAddressPairs {};
    int revisionNumber = 1;
    QString status = QStringLiteral("ACTIVE");
    QString description {};
    QString hostId {};
    QDateTime createdAt {}; ///< now when invalid
    QDateTime updatedAt {}; ///< createdAt when invalid
};

} // namespace podnet::sim
