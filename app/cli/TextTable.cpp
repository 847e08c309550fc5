// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/TextTable.h"

#include <algorithm>

namespace podnet {

QStringList TextTable::format(const QList<QStringList> &rows, int padding, QList<int> *widths)
{
    QList<int> sizes = widths ? *widths : QList<int>();
    for (const QStringList &row : rows) {
        if (sizes.size() < row.size())
            sizes.resize(row.size(), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            sizes[column]
                    = std::max(sizes.at(column), static_cast<int>(row.at(column).size()) + padding);
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += column + 1 < row.size() ? row.at(column).leftJustified(sizes.at(column))
                                            : row.at(column);
        }
        lines << line;
    }
    if (widths)
        *widths = sizes;
    return lines;
}

} // namespace podnet
