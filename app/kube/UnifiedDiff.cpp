// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/UnifiedDiff.h"

#include <algorithm>
#include <vector>

namespace podnet {

namespace {

enum class OpType { Equal, Delete, Insert };

struct Op
{
    OpType type;
    qsizetype oldLine; ///< 0-based index into from (Equal, Delete)
    qsizetype newLine; ///< 0-based index into to (Equal, Insert)
};

// LCS over the middle part after trimming the common prefix and suffix, which keeps the table
// small for the usual case of a few changed lines in a long object.
std::vector<Op> editScript(const QStringList &a, const QStringList &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    // table[i][j] = LCS length of a[prefix+i..] and b[prefix+j..]
    const auto width = static_cast<size_t>(m + 1);
    std::vector<int> table(static_cast<size_t>(n + 1) * width, 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & {
        return table[static_cast<size_t>(i) * width + static_cast<size_t>(j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            if (a.at(prefix + i) == b.at(prefix + j))
                at(i, j) = at(i + 1, j + 1) + 1;
            else
                at(i, j) = std::max(at(i + 1, j), at(i, j + 1));
        }
    }

    std::vector<Op> ops;
    for (qsizetype k = 0; k < prefix; ++k)
        ops.push_back({OpType::Equal, k, k});
    qsizetype i = 0;
    qsizetype j = 0;
    std::vector<Op> deletes;
    std::vector<Op> inserts;
    // Within one run of changes, deletions come first, as diff -u prints them.
    auto flush = [&] {
        ops.insert(ops.end(), deletes.begin(), deletes.end());
        ops.insert(ops.end(), inserts.begin(), inserts.end());
        deletes.clear();
        inserts.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
            flush();
            ops.push_back({OpType::Equal, prefix + i, prefix + j});
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            inserts.push_back({OpType::Insert, -1, prefix + j});
            ++j;
        } else {
            deletes.push_back({OpType::Delete, prefix + i, -1});
            ++i;
        }
    }
    flush();
    for (qsizetype k = 0; k < suffix; ++k)
        ops.push_back({OpType::Equal, a.size() - suffix + k, b.size() - suffix + k});
    return ops;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: an empty range names the line before it; a single line omits the count.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

} // namespace

QString UnifiedDiff::diff(const QStringList &from, const QStringList &to, const QString &fromLabel,
                          const QString &toLabel, int context)
{
    const std::vector<Op> ops = editScript(from, to);
    const auto size = static_cast<qsizetype>(ops.size());
    const qsizetype ctx = std::max(0, context);

    // Where each op starts in the old and new text.
    std::vector<qsizetype> oldBefore(ops.size() + 1);
    std::vector<qsizetype> newBefore(ops.size() + 1);
    for (size_t k = 0; k < ops.size(); ++k) {
        oldBefore[k + 1] = oldBefore[k] + (ops[k].type == OpType::Insert ? 0 : 1);
        newBefore[k + 1] = newBefore[k] + (ops[k].type == OpType::Delete ? 0 : 1);
    }

    QStringList out;
    qsizetype k = 0;
    while (k < size) {
        while (k < size && ops[static_cast<size_t>(k)].type == OpType::Equal)
            ++k;
        if (k == size)
            break;
        // Extend the hunk while the next change is within 2 * context equal lines.
        qsizetype lastChange = k;
        qsizetype scan = k + 1;
        while (scan < size) {
            if (ops[static_cast<size_t>(scan)].type != OpType::Equal) {
                if (scan - lastChange - 1 > 2 * ctx)
                    break;
                lastChange = scan;
            }
            ++scan;
        }
        const qsizetype first = std::max<qsizetype>(0, k - ctx);
        const qsizetype end = std::min(size, lastChange + 1 + ctx);
        const auto f = static_cast<size_t>(first);
        const auto e = static_cast<size_t>(end);
        if (out.isEmpty()) {
            out << QStringLiteral("--- ") + fromLabel;
            out << QStringLiteral("+++ ") + toLabel;
        }
        out << QStringLiteral("@@ -%1 +%2 @@")
                        .arg(range(oldBefore[f], oldBefore[e] - oldBefore[f]),
                             range(newBefore[f], newBefore[e] - newBefore[f]));
        for (qsizetype h = first; h < end; ++h) {
            const Op &op = ops[static_cast<size_t>(h)];
            switch (op.type) {
            case OpType::Equal:
                out << QLatin1Char(' ') + from.at(op.oldLine);
                break;
            case OpType::Delete:
                out << QLatin1Char('-') + from.at(op.oldLine);
                break;
            case OpType::Insert:
                out << QLatin1Char('+') + to.at(op.newLine);
                break;
            }
        }
        k = end;
    }
    return out.join(QLatin1Char('\n'));
}

QString UnifiedDiff::diffText(const QString &from, const QString &to, const QString &fromLabel,
                              const QString &toLabel, int context)
{
    auto lines = [](const QString &text) {
        if (text.isEmpty())
            return QStringList();
        QStringList list = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            list.removeLast();
        return list;
    };
    return diff(lines(from), lines(to), fromLabel, toLabel, context);
}

} // namespace podnet
