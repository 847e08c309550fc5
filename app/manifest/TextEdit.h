// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/RenderedManifest.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace podnet {

/// One replacement in a text: \a length bytes at \a offset become \a replacement.
struct TextEdit
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray replacement;
    RenderedManifest::Substitution::Value value = RenderedManifest::Substitution::Value::ApiServer;

    /// Applies non-overlapping \a edits to \a text in one pass and records where each
    /// replacement landed in the result.
    static QByteArray apply(const QByteArray &text, QList<TextEdit> edits,
                            QList<RenderedManifest::Substitution> *landed)
    {
        std::sort(edits.begin(), edits.end(),
                  [](const TextEdit &a, const TextEdit &b) { return a.offset < b.offset; });
        QByteArray out;
        qsizetype start = 0;
        for (const TextEdit &edit : edits) {
            out += text.mid(start, edit.offset - start);
            if (landed)
                landed->append({edit.value, out.size(), edit.replacement.size()});
            out += edit.replacement;
            start = edit.offset + edit.length;
        }
        out += text.mid(start);
        return out;
    }
};

} // namespace podnet
