// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsPort.h"
#include "OsResponse.h"

#include <QJsonObject>

#include <optional>

namespace podnet::sim {

class NeutronService;
class OpenStackStore;
struct OsToken;

/// One POST /v2.0/ports, single ({"port":{}}) or bulk ({"ports":[]}). A bulk request is
/// checked in full before any port is added, so it fails as a whole.
class NeutronPortCreate
{
public:
    NeutronPortCreate(OpenStackStore &store, const NeutronService &service);

    /// Creates the ports in \a request on behalf of \a token; 201 with the new port(s).
    OsResponse apply(const HttpRequest &request, const OsToken &token);

private:
    std::optional<OsPort> build(const QJsonObject &object, const OsToken &token, int index,
                                OsResponse &failure) const;

    OpenStackStore &m_store;
    const NeutronService &m_service;
};

} // namespace podnet::sim
