// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QString>

namespace podnet {

/// One thing wrong in a profile file, at a 1-based line and column (0 when not about one place).
struct ProfileProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message; ///< translated: what is wrong and what to do
    QString detail;  ///< technical detail (the YAML parser's own words), may be empty

    /// Compiler style, so editors can jump to it: "FILE:LINE:COLUMN: message (detail)".
    QString toText() const
    {
        QString where = QDir::toNativeSeparators(file);
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        if (!detail.isEmpty())
            text += QStringLiteral(" (%1)").arg(detail);
        return text;
    }
};

} // namespace podnet
