// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/ManifestRenderer.h"
#include "manifest/TemplateSource.h"

#include <QString>

namespace podnet {

/// The lab text's own pipeline for the manifest the wizard renders — fetch the template, put the
/// API server and cluster CIDR in with sed, apply — with the user's values, so students can
/// connect the preview to the tutorial. Pure.
class TutorialCommand
{
public:
    /// "curl -s URL | sed -e 's;%APISERVER%;…;g' -e 's;%CLUSTERCIDR%;…;g' | kubectl apply -f -"
    /// (a local file is read with sed directly; the built-in template is upstream's, so its URL
    /// is used). The image pin has no equivalent in the tutorial and is left out.
    static QString renderAndApply(const TemplateSource &source, const RenderValues &values);
};

} // namespace podnet
