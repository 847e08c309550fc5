// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestProblem.h"
#include "manifest/ManifestResource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace podnet {

/// What ManifestReader found in a multi-document YAML text.
struct ManifestReadResult
{
    QList<ManifestResource> resources;
    QList<ManifestProblem> problems;
    int emptyDocuments = 0;

    bool ok() const { return !ManifestProblem::anyError(problems); }
};

/// Splits a manifest into its `---` documents and parses each with yaml-cpp. Reports YAML
/// errors, tab indentation, duplicate keys and objects without apiVersion, kind or
/// metadata.name, each with its line and column in the given text.
class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
public:
    static ManifestReadResult read(const QByteArray &text);
};

} // namespace podnet
