// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace podnet {

/// A line-based unified diff (longest common subsequence), as `diff -u` prints it: `---`/`+++`
/// headers, `@@ -a,b +c,d @@` hunks, ` `/`-`/`+` lines, and \a context unchanged lines around
/// each change (hunks closer than twice that are merged).
class UnifiedDiff
{
public:
    /// The diff of \a from → \a to; empty when both are equal. No trailing newline.
    static QString diff(const QStringList &from, const QStringList &to, const QString &fromLabel,
                        const QString &toLabel, int context = 3);
    /// The same for two texts split at '\n' (a final newline does not make an extra line).
    static QString diffText(const QString &from, const QString &to, const QString &fromLabel,
                            const QString &toLabel, int context = 3);
};

} // namespace podnet
