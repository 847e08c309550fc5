// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>

namespace podnet {

/// Colours a unified diff: "+" lines green, "-" lines red, "@@" hunk headers blue. The lines keep
/// their "+"/"-" prefixes, so the diff reads the same without colour.
class ManifestDiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ManifestDiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace podnet
