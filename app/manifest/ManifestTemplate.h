// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/TemplateSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace podnet {

/// A template's bytes and where they came from.
struct ManifestTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ManifestTemplate)
public:
    QByteArray text;
    TemplateSource source;
    bool fromCache = false; ///< a saved copy of an earlier download
    QDateTime fetchedAt;    ///< when it was downloaded (downloads and cached copies)

    /// A translated line such as "downloaded from <url> at <time>".
    QString origin() const;
};

} // namespace podnet
