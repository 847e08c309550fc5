// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeStatus.h"

#include <QString>

#include <optional>

namespace podnet::sim {

/// The API server's non-resource endpoints: discovery (/api, /apis, /api/v1,
/// /apis/GROUP[/VERSION]), /version, a minimal /openapi/v3 and the health checks.
class KubeDiscovery
{
public:
    /// The answer for \a path, or nullopt if \a path is not one of these endpoints.
    /// \a serverAddress is "127.0.0.1:PORT".
    static std::optional<KubeReply> answer(const QString &path, const QString &serverAddress);
    /// Paths anyone may read without a token (/version, /healthz, ...).
    static bool isPublic(const QString &path);
    /// The Kubernetes version the simulator claims (gitVersion), e.g. "v1.32.4".
    static QString gitVersion();
};

} // namespace podnet::sim
