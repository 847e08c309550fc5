// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet {

/// Why a kubeconfig could not be read or a context not resolved. Positions are 1-based and refer
/// to \a file; 0 when the problem is not about one place.
struct KubeConfigError
{
    QString message; ///< translated: what is wrong and what to do
    QString detail;  ///< technical detail (a parser's own words); never a secret
    QString file;
    int line = 0;
    int column = 0;

    bool isError() const { return !message.isEmpty(); }
};

} // namespace podnet
