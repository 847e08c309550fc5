// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsPort.h"
#include "OsResponse.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace podnet::sim {

class NeutronService;
class OpenStackStore;
struct OsToken;

/// One PUT /v2.0/ports/{id} (or the attributes of a POST), checked in Neutron's order: body
/// validation (400), lookup (404), policy (403), If-Match (412), port security (409), duplicate
/// pairs after MAC filling (400). Bumps revision_number only when something changed.
class NeutronPortUpdate
{
public:
    NeutronPortUpdate(OpenStackStore &store, const NeutronService &service);

    /// Applies the PUT in \a request to the port \a portId on behalf of \a token.
    OsResponse apply(const HttpRequest &request, const QString &portId, const OsToken &token);

    /// Validates an allowed_address_pairs value as Neutron's API layer does; on success
    /// returns the pairs as given (MAC may be empty). On failure sets \a failure.
    std::optional<QList<OsPort::AddressPair>> parsePairs(const QJsonValue &value,
                                                         OsResponse &failure) const;
    /// Fills missing MACs with the port's, sorts by (mac, ip) and checks duplicates and port
    /// security; returns false with \a failure set when Neutron would refuse.
    static bool finishPairs(OsPort &port, QList<OsPort::AddressPair> pairs, OsResponse &failure);

    /// True when \a text is an IP address or an IP/prefix network as Neutron accepts it.
    static bool isValidIpOrSubnet(const QString &text);
    static bool isValidMac(const QString &text);

private:
    OpenStackStore &m_store;
    const NeutronService &m_service;
};

} // namespace podnet::sim
