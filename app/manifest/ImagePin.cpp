// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ImagePin.h"

#include <QRegularExpression>

namespace podnet {

namespace {

// "image: <reference>" as a mapping entry or the first key of a list item; the reference may
// be quoted, and a comment may follow.
const QRegularExpression &imageLine()
{
    static const QRegularExpression re(
            QStringLiteral("^(\\s*(?:-\\s+)?image:\\s*)([\"']?)([^\\s\"'#]+)\\2(\\s*(?:#.*)?)$"));
    return re;
}

struct ImageReference
{
    qsizetype repositoryEnd = 0; ///< where the tag or digest starts, relative to the reference
    bool pinned = false;
    bool isKubeRouter = false;
};

ImageReference inspect(const QString &reference)
{
    ImageReference result;
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    const qsizetype lastSlash = reference.lastIndexOf(QLatin1Char('/'), at >= 0 ? at : -1);
    const qsizetype colon = reference.indexOf(QLatin1Char(':'), lastSlash + 1);
    // "repo:tag@sha256:…" carries both; the tag's colon comes first.
    const qsizetype tagColon = colon >= 0 && (at < 0 || colon < at) ? colon : -1;
    result.repositoryEnd = tagColon >= 0 ? tagColon : at >= 0 ? at : reference.size();
    result.pinned = at >= 0 || colon >= 0;
    // The whole path, or its last two parts after a registry: not "…/notcloudnativelabs/…".
    const QString repository = reference.left(result.repositoryEnd);
    const QString wanted = QString::fromLatin1(ImagePin::repository());
    result.isKubeRouter = repository == wanted || repository.endsWith(QLatin1Char('/') + wanted);
    return result;
}

bool isValidTag(const QString &tag)
{
    static const QRegularExpression tagPattern(QRegularExpression::anchoredPattern(
            QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")));
    static const QRegularExpression digestPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("sha256:[0-9a-f]{64}")));
    return tagPattern.match(tag).hasMatch() || digestPattern.match(tag).hasMatch();
}

} // namespace

QList<ValidationMessage> ImagePin::checkTag(const QString &tag)
{
    if (tag.isEmpty())
        return {{ValidationMessage::Severity::Error,
                 tr("Enter an image tag such as v2.11.1, or turn pinning off."),
                 {}}};
    // Anchored patterns: with "^…$" a tag ending in a line break would pass and break the
    // image line it is put into.
    if (isValidTag(tag))
        return {};
    // Offer a fix only when it is one: spaces or a leading ':' copied along with the tag.
    QString fixed = tag.trimmed();
    if (fixed.startsWith(QLatin1Char(':')))
        fixed = fixed.mid(1).trimmed();
    return {{ValidationMessage::Severity::Error,
             tr("\"%1\" is not a valid image tag. A tag has letters, digits, '_', '.' and '-' "
                "(for example v2.11.1); a digest looks like sha256: followed by 64 hex digits.")
                     .arg(tag),
             isValidTag(fixed) ? fixed : QString()}};
}

QStringList ImagePin::unpinnedImages(const QByteArray &manifest)
{
    QStringList unpinned;
    for (const QByteArray &rawLine : manifest.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QRegularExpressionMatch match = imageLine().match(line);
        if (!match.hasMatch())
            continue;
        const QString reference = match.captured(3);
        const ImageReference image = inspect(reference);
        if (image.isKubeRouter && !image.pinned && !unpinned.contains(reference))
            unpinned << reference;
    }
    return unpinned;
}

QList<TextEdit> ImagePin::pinEdits(const QByteArray &manifest, const QString &tag)
{
    const QByteArray suffix = (tag.startsWith(QLatin1String("sha256:")) ? "@" : ":") + tag.toUtf8();
    QList<TextEdit> edits;
    qsizetype start = 0;
    while (start < manifest.size()) {
        qsizetype end = manifest.indexOf('\n', start);
        if (end < 0)
            end = manifest.size();
        QByteArray rawLine = manifest.mid(start, end - start);
        if (rawLine.endsWith('\r'))
            rawLine.chop(1);
        // Image lines are ASCII, so character positions are byte positions.
        const QRegularExpressionMatch match = imageLine().match(QString::fromLatin1(rawLine));
        if (match.hasMatch()) {
            const QString reference = match.captured(3);
            const ImageReference image = inspect(reference);
            if (image.isKubeRouter) {
                const qsizetype tagStart = start + match.capturedStart(3) + image.repositoryEnd;
                const qsizetype oldLength = reference.size() - image.repositoryEnd;
                edits.append({tagStart, oldLength, suffix,
                              RenderedManifest::Substitution::Value::ImageTag});
            }
        }
        start = end + 1;
    }
    return edits;
}

} // namespace podnet
