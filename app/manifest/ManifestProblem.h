// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace podnet {

/// Something found in a manifest: an error that stops rendering, or a warning to read.
/// Positions are 1-based and refer to the template file as the user has it.
struct ManifestProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;    ///< 1-based; 0 when the problem is about the whole file
    int column = 0;  ///< 1-based; 0 when unknown
    QString message; ///< translated: what is wrong and what to do
    QString detail;  ///< technical detail (a parser's own words); may be empty

    bool isError() const { return severity == Severity::Error; }

    static bool anyError(const QList<ManifestProblem> &problems)
    {
        for (const ManifestProblem &problem : problems) {
            if (problem.isError())
                return true;
        }
        return false;
    }
};

} // namespace podnet
