// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OsResponse.h"

#include <QUrl>

namespace podnet::sim {

class OpenStackStore;
struct OsToken;

/// The little of Nova v2.1 the wizard reads, under /compute: the project's servers.
class NovaService
{
public:
    NovaService(const OpenStackStore &store, const QUrl &baseUrl);

    /// Answers an authenticated request below /compute (\a subPath: "/v2.1/servers/detail").
    OsResponse handle(const HttpRequest &request, const QString &subPath, const OsToken &token);
    /// The unauthenticated version document (GET /compute/).
    OsResponse versions() const;

    /// The simulator's http://127.0.0.1:PORT, known once it listens.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

private:
    const OpenStackStore &m_store;
    QUrl m_baseUrl;
};

} // namespace podnet::sim
