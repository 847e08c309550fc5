// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsResponse.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace podnet::sim {

class OpenStackStore;
struct OsNetwork;
struct OsPort;
struct OsToken;

/// Neutron v2.0 as the simulator serves it under /network: versions, extensions, networks and
/// ports (list with filters, fields and pagination; show; create; update of allowed address
/// pairs with Neutron's validation; delete). Errors are NeutronError bodies.
class NeutronService
{
public:
    NeutronService(OpenStackStore &store, const QUrl &baseUrl);

    /// Answers an authenticated request whose path is below /network (\a subPath: "/v2.0/...").
    OsResponse handle(const HttpRequest &request, const QString &subPath, const OsToken &token);
    /// Answers the unauthenticated version document (GET /network/).
    OsResponse versions() const;

    /// Turns the extension \a alias (e.g. "allowed-address-pairs") on or off.
    void setExtensionEnabled(const QString &alias, bool enabled);
    bool isExtensionEnabled(const QString &alias) const { return !m_disabled.contains(alias); }
    /// Most pairs a port may carry (Neutron's max_allowed_address_pair, default 10).
    void setMaxAddressPairs(int count) { m_maxPairs = count; }
    int maxAddressPairs() const { return m_maxPairs; }

    /// {"NeutronError":{"type","message","detail"}} with \a status.
    static OsResponse error(int status, const QString &type, const QString &message);
    /// The port as Neutron shows it (extension attributes only when enabled).
    QJsonObject portJson(const OsPort &port) const;
    /// True when \a token may see \a port.
    static bool canSee(const OsToken &token, const OsPort &port);
    /// True when \a token may use \a network (its own, shared or external, or admin).
    static bool canUse(const OsToken &token, const OsNetwork &network);

    /// The simulator's http://127.0.0.1:PORT, known once it listens.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

private:
    OsResponse extensions(const QString &alias) const;
    OsResponse listNetworks(const HttpRequest &request, const OsToken &token) const;
    OsResponse showNetwork(const QString &id, const OsToken &token) const;
    OsResponse listPorts(const HttpRequest &request, const OsToken &token) const;
    OsResponse showPort(const HttpRequest &request, const QString &id, const OsToken &token) const;
    OsResponse deletePort(const QString &id, const OsToken &token);
    QJsonObject networkJson(const OsNetwork &network) const;
    QUrl networkUrl(const QString &path) const;

    OpenStackStore &m_store;
    QUrl m_baseUrl;
    QSet<QString> m_disabled;
    int m_maxPairs = 10;
};

} // namespace podnet::sim
