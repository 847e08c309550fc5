// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestRenderer.h"

#include "manifest/ImagePin.h"
#include "manifest/ManifestReader.h"
#include "manifest/TextEdit.h"

#include <QRegularExpression>

#include <algorithm>

namespace podnet {

namespace {

using Substitution = RenderedManifest::Substitution;

QList<TextEdit> tokenEdits(const QByteArray &text, const QByteArray &token, const QString &value,
                           Substitution::Value kind)
{
    QList<TextEdit> edits;
    const QByteArray replacement = value.toUtf8();
    for (qsizetype hit = text.indexOf(token); hit >= 0;
         hit = text.indexOf(token, hit + token.size()))
        edits.append({hit, token.size(), replacement, kind});
    return edits;
}

// sed runs "s;%APISERVER%;…;g" on each line and then "s;%CLUSTERCIDR%;…;g" on what the first
// expression left, each left to right without overlapping matches. As the values hold no '%'
// and no newline, the second expression can only match text the first did not replace, so
// both can be found in the original text, provided a %CLUSTERCIDR% that shares its '%' with a
// replaced %APISERVER% ("%APISERVER%CLUSTERCIDR%") is skipped: sed no longer sees it.
QList<TextEdit> placeholderEdits(const QByteArray &text, const QString &apiServerUrl,
                                 const QString &clusterCidr)
{
    QList<TextEdit> edits = tokenEdits(text, ManifestRenderer::apiServerPlaceholder(), apiServerUrl,
                                       Substitution::Value::ApiServer);
    const auto replaced = [&edits](qsizetype offset, qsizetype length) {
        return std::any_of(edits.cbegin(), edits.cend(), [&](const TextEdit &edit) {
            return offset < edit.offset + edit.length && edit.offset < offset + length;
        });
    };
    const QByteArray token = ManifestRenderer::clusterCidrPlaceholder();
    const QByteArray replacement = clusterCidr.toUtf8();
    QList<TextEdit> cidrEdits;
    qsizetype hit = text.indexOf(token);
    while (hit >= 0) {
        if (replaced(hit, token.size())) {
            hit = text.indexOf(token, hit + 1);
            continue;
        }
        cidrEdits.append({hit, token.size(), replacement, Substitution::Value::ClusterCidr});
        hit = text.indexOf(token, hit + token.size());
    }
    return edits + cidrEdits;
}

QList<ManifestProblem> findLeftoverTokens(const QByteArray &text, bool ignoreKnown)
{
    static const QRegularExpression token(QStringLiteral("%[A-Z][A-Z0-9_]*%"));
    QList<ManifestProblem> problems;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine);
        for (const QRegularExpressionMatch &match : token.globalMatch(line)) {
            const QByteArray found = match.captured().toUtf8();
            if (ignoreKnown
                && (found == ManifestRenderer::apiServerPlaceholder()
                    || found == ManifestRenderer::clusterCidrPlaceholder()))
                continue;
            const int column = static_cast<int>(match.capturedStart()) + 1;
            problems.append({ManifestProblem::Severity::Error,
                             lineNumber,
                             column,
                             ManifestRenderer::tr("The placeholder %1 at line %2, column %3 "
                                                  "would be left in the manifest, and "
                                                  "kube-router would fail at start. Replace it "
                                                  "in the template, or choose another template.")
                                     .arg(match.captured())
                                     .arg(lineNumber)
                                     .arg(column),
                             {}});
        }
    }
    return problems;
}

} // namespace

QByteArray ManifestRenderer::substitute(const QByteArray &templateText, const QString &apiServerUrl,
                                        const QString &clusterCidr)
{
    return TextEdit::apply(templateText, placeholderEdits(templateText, apiServerUrl, clusterCidr),
                           nullptr);
}

RenderedManifest ManifestRenderer::render(const QByteArray &templateText,
                                          const RenderValues &values)
{
    RenderedManifest result;
    const ManifestReadResult original = ManifestReader::read(templateText);
    result.problems = original.problems;
    result.problems += findLeftoverTokens(templateText, true);
    if (ManifestProblem::anyError(result.problems))
        return result;

    if (!templateText.contains(apiServerPlaceholder())) {
        result.problems.append({ManifestProblem::Severity::Warning,
                                0,
                                0,
                                tr("This template has no %APISERVER% placeholder, so the API "
                                   "server URL you entered is not used."),
                                {}});
    }

    QList<TextEdit> edits = placeholderEdits(templateText, values.apiServerUrl, values.clusterCidr);
    if (!values.imageTag.isEmpty()) {
        const QList<TextEdit> pins = ImagePin::pinEdits(templateText, values.imageTag);
        if (pins.isEmpty()) {
            result.problems.append({ManifestProblem::Severity::Error,
                                    0,
                                    0,
                                    tr("This template has no kube-router image to pin. Turn "
                                       "pinning off or choose another template."),
                                    {}});
            return result;
        }
        edits += pins;
    } else if (const QStringList unpinned = ImagePin::unpinnedImages(templateText);
               !unpinned.isEmpty()) {
        result.problems.append({ManifestProblem::Severity::Warning,
                                0,
                                0,
                                tr("The image %1 is not pinned to a version: every node pulls "
                                   "whatever is newest when its pod starts, so nodes may run "
                                   "different versions. Pin a tag for a repeatable install.")
                                        .arg(unpinned.join(QStringLiteral(", "))),
                                {}});
    }
    const QByteArray text = TextEdit::apply(templateText, edits, &result.substitutions);

    const ManifestReadResult rendered = ManifestReader::read(text);
    result.problems += rendered.problems;
    result.problems += findLeftoverTokens(text, false);
    if (ManifestProblem::anyError(result.problems))
        return result;
    result.resources = rendered.resources;
    result.text = text;
    return result;
}

} // namespace podnet
