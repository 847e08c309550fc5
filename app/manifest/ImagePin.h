// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/TextEdit.h"
#include "settings/ValidationMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace podnet {

/// Pins kube-router's container images to a tag (v2.11.1) or a digest (sha256:…).
class ImagePin
{
    Q_DECLARE_TR_FUNCTIONS(ImagePin)
public:
    /// The repository the pin applies to; upstream writes it without a tag.
    static QByteArray repository() { return QByteArrayLiteral("cloudnativelabs/kube-router"); }

    /// Errors for a tag the user typed; empty when \a tag is usable.
    static QList<ValidationMessage> checkTag(const QString &tag);

    /// The image references of kube-router in \a manifest that carry neither tag nor digest.
    static QStringList unpinnedImages(const QByteArray &manifest);

    /// The edits that make every kube-router image line of \a manifest use \a tag (replacing
    /// any tag or digest it had). \a tag must have passed checkTag().
    static QList<TextEdit> pinEdits(const QByteArray &manifest, const QString &tag);
};

} // namespace podnet
