// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace podnet::sim {

struct KubeResourceType;

/// A resource URL taken apart: /api/v1/namespaces/NS/pods/NAME[/SUB] or
/// /apis/GROUP/VERSION/PLURAL[/NAME[/SUB]]. Scope is enforced: a cluster-scoped type under
/// /namespaces/... or a namespaced object by name without a namespace is no route.
struct KubeRoute
{
    const KubeResourceType *type = nullptr;
    QString ns;          ///< empty for cluster-scoped types and all-namespace collections
    QString name;        ///< empty for collections
    QString subresource; ///< "status" or empty

    /// The route for \a path, or nullopt when it names no served resource.
    static std::optional<KubeRoute> parse(const QString &path);
    bool isCollection() const { return name.isEmpty(); }
};

} // namespace podnet::sim
