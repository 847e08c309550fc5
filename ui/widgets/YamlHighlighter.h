// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace podnet {

/// Colours YAML (keys, comments, strings, document separators) and marks the spans where the
/// user's values were substituted, so they stand out in the preview.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// A highlighted span, in characters of the document's plain text.
    struct Span
    {
        int start = 0;
        int length = 0;
    };

    explicit YamlHighlighter(QTextDocument *document);

    /// Replaces the marked spans and re-highlights.
    void setValueSpans(const QList<Span> &spans);

    static QTextCharFormat valueFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<Span> m_spans;
};

} // namespace podnet
