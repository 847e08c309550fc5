// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace podnet {

/// Plain-text columns as kubectl prints them: each cell padded to its column's widest cell plus
/// \a padding spaces; the last cell of a row is not padded.
class TextTable
{
public:
    /// The lines of \a rows. \a widths, when given, holds column widths to keep (e.g. from
    /// earlier rows of a watch) and receives the widths used.
    static QStringList format(const QList<QStringList> &rows, int padding,
                              QList<int> *widths = nullptr);
};

} // namespace podnet
