// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "YamlHighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace podnet {

namespace {

QTextCharFormat colour(const char *name, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(QColor(QLatin1String(name)));
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

QTextCharFormat YamlHighlighter::valueFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(QLatin1String("#ffe082")));
    format.setForeground(QColor(QLatin1String("#000000")));
    format.setFontWeight(QFont::Bold);
    format.setFontUnderline(true); // still visible without colour
    return format;
}

void YamlHighlighter::setValueSpans(const QList<Span> &spans)
{
    m_spans = spans;
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("^(---|\\.\\.\\.)(\\s|$)"));
    static const QRegularExpression key(
            QStringLiteral("^(\\s*(?:-\\s+)?)([^\\s#'\"][^:#]*?):(\\s|$)"));
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"));
    static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));

    if (const QRegularExpressionMatch match = separator.match(text); match.hasMatch())
        setFormat(0, static_cast<int>(match.capturedLength(1)), colour("#6a1b9a", true));
    if (const QRegularExpressionMatch match = key.match(text); match.hasMatch()) {
        setFormat(static_cast<int>(match.capturedStart(2)),
                  static_cast<int>(match.capturedLength(2)), colour("#0d47a1", true));
    }
    for (const QRegularExpressionMatch &match : quoted.globalMatch(text)) {
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                  colour("#1b5e20"));
    }
    if (const QRegularExpressionMatch match = comment.match(text); match.hasMatch()) {
        const int start
                = static_cast<int>(match.capturedStart()) + (match.capturedLength(1) > 0 ? 1 : 0);
        setFormat(start, static_cast<int>(text.size()) - start, colour("#616161", false, true));
    }

    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + static_cast<int>(text.size());
    for (const Span &span : std::as_const(m_spans)) {
        const int start = qMax(span.start, blockStart);
        const int end = qMin(span.start + span.length, blockEnd);
        if (start < end)
            setFormat(start - blockStart, end - start, valueFormat());
    }
}

} // namespace podnet
