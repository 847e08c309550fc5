// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/RenderedManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace podnet {

/// The values that go into the template.
struct RenderValues
{
    QString apiServerUrl; ///< replaces %APISERVER%
    QString clusterCidr;  ///< replaces %CLUSTERCIDR%
    QString imageTag;     ///< pins kube-router's image when not empty
};

/// Renders kube-router's template exactly as the tutorial's
/// `sed -e "s;%APISERVER%;$APISERVER;g" -e "s;%CLUSTERCIDR%;$CLUSTERCIDR;g"` does, then checks
/// the result: YAML errors, leftover %TOKENS%, objects without kind or name.
class ManifestRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ManifestRenderer)
public:
    static QByteArray apiServerPlaceholder() { return QByteArrayLiteral("%APISERVER%"); }
    static QByteArray clusterCidrPlaceholder() { return QByteArrayLiteral("%CLUSTERCIDR%"); }

    /// The literal replace-all alone, byte for byte what the sed pipeline prints. The values
    /// must be ones NetworkSettings accepts: free of newlines, '&', '\', ';' and '%', and the
    /// URL with its scheme.
    static QByteArray substitute(const QByteArray &templateText, const QString &apiServerUrl,
                                 const QString &clusterCidr);

    /// Checks \a templateText, substitutes \a values, pins the image when asked and lists the
    /// objects. Problems refer to lines and columns of \a templateText.
    static RenderedManifest render(const QByteArray &templateText, const RenderValues &values);
};

} // namespace podnet
