// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet {

/// One Kubernetes object of a manifest, as written in its document (namespace included even
/// when the kind is cluster-scoped: only discovery can tell the scope).
struct ManifestResource
{
    QString apiVersion;
    QString kind;
    QString name;
    QString namespaceName; ///< empty when the document sets none
    int line = 0;          ///< 1-based line where the document's content starts

    friend bool operator==(const ManifestResource &, const ManifestResource &) = default;
};

} // namespace podnet
