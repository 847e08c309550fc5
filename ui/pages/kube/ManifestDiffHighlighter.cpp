// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestDiffHighlighter.h"

#include <QColor>
#include <QFont>
#include <QTextCharFormat>

namespace podnet {

namespace {

QTextCharFormat lineFormat(const char *foreground, const char *background, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(QColor(QLatin1String(foreground)));
    if (background)
        format.setBackground(QColor(QLatin1String(background)));
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

} // namespace

ManifestDiffHighlighter::ManifestDiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void ManifestDiffHighlighter::highlightBlock(const QString &text)
{
    const int length = static_cast<int>(text.size());
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, length, lineFormat("#37474f", nullptr, true));
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, length, lineFormat("#0d47a1", "#e3f2fd"));
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, length, lineFormat("#1b5e20", "#e8f5e9"));
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, length, lineFormat("#b71c1c", "#ffebee"));
}

} // namespace podnet
