// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

struct SetupRunRecord;

/// The content of a run report as plain, translated blocks (headings, paragraphs, tables,
/// lists), made once from a SetupRunRecord so the Markdown and the HTML say the same thing.
/// Nothing here is escaped: each renderer escapes for its own format.
class RunReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    /// One block of the report.
    struct Block
    {
        enum class Kind { Heading, Paragraph, Table, List };
        Kind kind = Kind::Paragraph;
        int level = 1;           ///< Heading: 1 (title), 2 (section) or 3
        QString text;            ///< Heading, Paragraph
        QStringList header;      ///< Table
        QList<QStringList> rows; ///< Table rows, or List items (one cell each)
    };

    /// The title ("PodNet Wizard run report"), translated.
    QString title;
    QList<Block> blocks;

    /// The report of \a record in the current language.
    static RunReportDocument fromRecord(const SetupRunRecord &record);

private:
    void heading(int level, const QString &text);
    void paragraph(const QString &text);
    void table(const QStringList &header, const QList<QStringList> &rows);
    void list(const QStringList &items);

    void addSummary(const SetupRunRecord &record);
    void addSettings(const SetupRunRecord &record);
    void addPlan(const SetupRunRecord &record);
    void addSteps(const SetupRunRecord &record);
    void addNodes(const SetupRunRecord &record);
    void addNextSteps(const SetupRunRecord &record);
};

} // namespace podnet
