// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RunReport.h"

#include "report/RunReportDocument.h"
#include "run/SetupRunRecord.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace podnet {

namespace {

using Block = RunReportDocument::Block;

// CommonMark lets a backslash escape any ASCII punctuation; these are the ones that could
// start markup or break a table row. Line breaks inside a cell would end the row.
QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(cell.isEmpty() ? QStringLiteral(" ") : markdownEscaped(cell));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString languageCode()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return locale.bcp47Name();
}

const char *const kStyle
        = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
          "color:#222;line-height:1.4}"
          "h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px solid #ccc;margin-top:1.6em}"
          "h3{font-size:1.1em}"
          "table{border-collapse:collapse;margin:.5em 0}"
          "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
          "th{background:#f2f2f2}code{font-family:monospace}";

} // namespace

QString RunReport::markdown(const SetupRunRecord &record)
{
    const RunReportDocument doc = RunReportDocument::fromRecord(record);
    QString out;
    for (const Block &block : doc.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            out += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ')
                    + markdownEscaped(block.text) + QStringLiteral("\n\n");
            break;
        case Block::Kind::Paragraph:
            out += markdownEscaped(block.text) + QStringLiteral("\n\n");
            break;
        case Block::Kind::Table: {
            out += markdownRow(block.header);
            QStringList rule;
            for (qsizetype i = 0; i < block.header.size(); ++i)
                rule.append(QStringLiteral("---"));
            out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            for (const QStringList &row : block.rows)
                out += markdownRow(row);
            out += QLatin1Char('\n');
            break;
        }
        case Block::Kind::List:
            for (const QStringList &item : block.rows)
                out += QStringLiteral("- ") + markdownEscaped(item.value(0)) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QString RunReport::html(const SetupRunRecord &record)
{
    const RunReportDocument doc = RunReportDocument::fromRecord(record);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                 "<meta charset=\"utf-8\">\n<title>%2</title>\n"
                                 "<style>%3</style>\n</head>\n<body>\n")
                          .arg(languageCode().toHtmlEscaped(), doc.title.toHtmlEscaped(),
                               QLatin1String(kStyle));
    for (const Block &block : doc.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(block.level).arg(htmlEscaped(block.text));
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>%1</p>\n").arg(htmlEscaped(block.text));
            break;
        case Block::Kind::Table:
            out += QStringLiteral("<table>\n<tr>");
            for (const QString &cell : block.header)
                out += QStringLiteral("<th>%1</th>").arg(htmlEscaped(cell));
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : block.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    out += QStringLiteral("<td>%1</td>").arg(htmlEscaped(cell));
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Block::Kind::List:
            out += QStringLiteral("<ul>\n");
            for (const QStringList &item : block.rows)
                out += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(item.value(0)));
            out += QStringLiteral("</ul>\n");
            break;
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

bool RunReport::isHtmlPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

bool RunReport::save(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("%1 could not be written (%2). Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace podnet
