// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace podnet {

/// Stable, key-sorted YAML-like text of Kubernetes objects, for showing and diffing them: the
/// same object always gives the same lines, multi-line strings become `|` blocks so that a
/// changed line of an embedded kubeconfig is one changed line of the diff.
class ManifestDiffYaml
{
public:
    /// The object without what the server maintains and a person does not set:
    /// metadata.managedFields, resourceVersion, uid, generation, selfLink, every
    /// metadata.*Timestamp, and status.
    static QJsonObject comparable(const QJsonObject &object);

    /// \a object as YAML-like text, keys sorted, two-space indentation, ending with a newline
    /// (empty for an empty object).
    static QString toText(const QJsonObject &object);
};

} // namespace podnet
