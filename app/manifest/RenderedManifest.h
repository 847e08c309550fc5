// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestProblem.h"
#include "manifest/ManifestResource.h"

#include <QByteArray>
#include <QList>

namespace podnet {

/// The result of ManifestRenderer::render(): the text to apply or save, what it holds, and
/// where the user's values were put (for highlighting).
struct RenderedManifest
{
    struct Substitution
    {
        enum class Value { ApiServer, ClusterCidr, ImageTag };
        Value value = Value::ApiServer;
        qsizetype offset = 0; ///< byte offset in text
        qsizetype length = 0; ///< bytes
    };

    QByteArray text; ///< empty when there are errors
    QList<ManifestResource> resources;
    QList<ManifestProblem> problems; ///< errors stop; warnings are shown
    QList<Substitution> substitutions;

    bool ok() const { return !text.isEmpty() && !ManifestProblem::anyError(problems); }
};

} // namespace podnet
