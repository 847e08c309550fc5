// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestReader.h"

#include "util/TextBytes.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <string>

namespace podnet {

namespace {

struct Line
{
    QByteArray text; ///< without the line break (and without a CR before it)
    int number = 0;  ///< 1-based
    qsizetype offset = 0;
};

QList<Line> splitLines(const QByteArray &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    int number = 1;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        QByteArray line = text.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!(last && line.isEmpty() && start == text.size() && start > 0))
            lines.append({line, number, start});
        if (last)
            break;
        start = end + 1;
        ++number;
    }
    return lines;
}

bool isDocumentStart(const QByteArray &line)
{
    return line == "---" || line.startsWith("--- ") || line.startsWith("---\t");
}

int leadingSpaces(const QByteArray &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == ' ')
        ++n;
    return n;
}

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

// "key: |", "- >-", "key: |2 # note": a block scalar's content follows on the next lines.
// \a indicator gets the explicit indentation indicator ("|2" -> 2), or 0 when there is none.
bool opensBlockScalar(const QByteArray &line, int *indicator)
{
    static const QRegularExpression header(
            QStringLiteral("(^|[:\\-]\\s)\\s*[|>]([-+0-9]*)\\s*(#.*)?$"));
    const QRegularExpressionMatch match = header.match(QString::fromUtf8(line));
    *indicator = 0;
    if (!match.hasMatch())
        return false;
    for (const QChar c : match.captured(2)) {
        if (c.isDigit())
            *indicator = c.digitValue();
    }
    return true;
}

// The column an explicit indentation indicator counts from, as libyaml does: the key's column
// on the header line ("  key: |2", "- key: |2" -> 2), or the last "- " when the scalar is the
// sequence entry itself ("  - |2" -> 2).
int headerIndent(const QByteArray &line)
{
    int column = leadingSpaces(line);
    int dash = -1;
    while (column + 1 < line.size() && line.at(column) == '-' && line.at(column + 1) == ' ') {
        dash = column;
        column += 2;
        while (column < line.size() && line.at(column) == ' ')
            ++column;
    }
    if (dash >= 0 && column < line.size() && (line.at(column) == '|' || line.at(column) == '>'))
        return dash;
    return column;
}

// YAML forbids tabs in indentation, and yaml-cpp's message for them ("illegal map value")
// points elsewhere. Tabs inside block scalar content are fine and are skipped.
QList<ManifestProblem> findTabIndentation(const QList<Line> &lines)
{
    QList<ManifestProblem> problems;
    bool inBlock = false;
    int parentIndent = 0;
    int blockIndent = -1;
    for (const Line &line : lines) {
        if (isDocumentStart(line.text)) {
            inBlock = false;
            continue;
        }
        const int indent = leadingSpaces(line.text);
        if (inBlock) {
            if (line.text.trimmed().isEmpty())
                continue;
            if (blockIndent < 0 && indent > parentIndent)
                blockIndent = indent;
            if (blockIndent >= 0 && indent >= blockIndent)
                continue;
            inBlock = false;
        }
        if (indent < line.text.size() && line.text.at(indent) == '\t'
            && !isBlankOrComment(line.text)) {
            problems.append({ManifestProblem::Severity::Error,
                             line.number,
                             indent + 1,
                             ManifestReader::tr("Line %1 is indented with a tab character. YAML "
                                                "allows only spaces for indentation: replace "
                                                "the tab with spaces.")
                                     .arg(line.number),
                             {}});
        }
        if (int indicator = 0; opensBlockScalar(line.text, &indicator)) {
            inBlock = true;
            parentIndent = indent;
            // With an indicator the first content line may be indented more than the rest: only
            // the indicator tells where the content's indentation ends.
            blockIndent = indicator > 0 ? headerIndent(line.text) + indicator : -1;
        }
    }
    return problems;
}

// yaml-cpp keeps both of two equal keys without a word (and node[key] finds the first);
// kubectl refuses such documents.
void findDuplicateKeys(const YAML::Node &node, int lineOffset, QList<ManifestProblem> *problems)
{
    if (node.IsMap()) {
        QSet<QString> seen;
        for (const auto &entry : node) {
            if (entry.first.IsScalar()) {
                const QString key = QString::fromStdString(entry.first.Scalar());
                if (seen.contains(key)) {
                    const YAML::Mark mark = entry.first.Mark();
                    const int line = lineOffset + mark.line + 1;
                    problems->append({ManifestProblem::Severity::Error,
                                      line,
                                      mark.column + 1,
                                      ManifestReader::tr("The key \"%1\" appears twice in the "
                                                         "same mapping at line %2. Remove one "
                                                         "of them.")
                                              .arg(key)
                                              .arg(line),
                                      {}});
                }
                seen.insert(key);
            }
            findDuplicateKeys(entry.second, lineOffset, problems);
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            findDuplicateKeys(item, lineOffset, problems);
    }
}

QString scalarAt(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.Scalar());
}

void readDocument(const QList<Line> &lines, qsizetype first, qsizetype end,
                  ManifestReadResult *result)
{
    std::string text;
    for (qsizetype i = first; i < end; ++i) {
        text.append(lines.at(i).text.constData(), static_cast<size_t>(lines.at(i).text.size()));
        text.push_back('\n');
    }
    const int lineOffset = lines.at(first).number - 1;

    YAML::Node document;
    try {
        document = YAML::Load(text);
    } catch (const YAML::Exception &error) {
        const int line = lineOffset + error.mark.line + 1;
        const int column = error.mark.column + 1;
        result->problems.append(
                {ManifestProblem::Severity::Error, line, column,
                 ManifestReader::tr("The YAML is not valid at line %1, column %2. Check the "
                                    "indentation and the colons, dashes and quotes on that line "
                                    "and the one before it.")
                         .arg(line)
                         .arg(column),
                 QString::fromStdString(error.msg)});
        return;
    }
    if (document.IsNull()) {
        // Comments before the first "---" (a licence header) are no document: YAML, yaml-cpp and
        // kubectl see the first document start at the "---".
        bool prefixOnly = !isDocumentStart(lines.at(first).text);
        for (qsizetype i = first; prefixOnly && i < end; ++i)
            prefixOnly = isBlankOrComment(lines.at(i).text);
        if (!prefixOnly)
            ++result->emptyDocuments;
        return;
    }
    const int line = lineOffset + document.Mark().line + 1;
    if (!document.IsMap()) {
        result->problems.append({ManifestProblem::Severity::Error,
                                 line,
                                 1,
                                 ManifestReader::tr("The document starting at line %1 is not a "
                                                    "Kubernetes object: it must be a mapping "
                                                    "with apiVersion, kind and metadata.")
                                         .arg(line),
                                 {}});
        return;
    }
    findDuplicateKeys(document, lineOffset, &result->problems);

    ManifestResource resource;
    resource.line = line;
    resource.apiVersion = scalarAt(document, "apiVersion");
    resource.kind = scalarAt(document, "kind");
    const YAML::Node metadata = document["metadata"];
    if (metadata && metadata.IsMap()) {
        resource.name = scalarAt(metadata, "name");
        resource.namespaceName = scalarAt(metadata, "namespace");
    }
    QStringList missing;
    if (resource.apiVersion.isEmpty())
        missing << QStringLiteral("apiVersion");
    if (resource.kind.isEmpty())
        missing << QStringLiteral("kind");
    if (resource.name.isEmpty())
        missing << QStringLiteral("metadata.name");
    if (!missing.isEmpty()) {
        result->problems.append({ManifestProblem::Severity::Error,
                                 line,
                                 1,
                                 ManifestReader::tr("The object starting at line %1 has no %2. "
                                                    "Every object needs apiVersion, kind and "
                                                    "metadata.name.")
                                         .arg(line)
                                         .arg(missing.join(QStringLiteral(", "))),
                                 {}});
        return;
    }
    result->resources.append(resource);
}

} // namespace

ManifestReadResult ManifestReader::read(const QByteArray &text)
{
    ManifestReadResult result;
    if (!isUtf8Text(text)) {
        result.problems.append({ManifestProblem::Severity::Error,
                                0,
                                0,
                                tr("The file is not UTF-8 text. Choose a YAML manifest."),
                                {}});
        return result;
    }

    const QList<Line> lines = splitLines(text);
    result.problems = findTabIndentation(lines);
    if (!result.problems.isEmpty())
        return result;

    qsizetype first = 0;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        const bool boundary = i == lines.size() || (i > first && isDocumentStart(lines.at(i).text));
        if (!boundary)
            continue;
        if (i > first)
            readDocument(lines, first, i, &result);
        first = i;
    }
    if (result.resources.isEmpty() && result.ok()) {
        result.problems.append({ManifestProblem::Severity::Error,
                                0,
                                0,
                                tr("The file holds no Kubernetes objects. Choose a manifest with "
                                   "at least one object."),
                                {}});
    }
    return result;
}

} // namespace podnet
