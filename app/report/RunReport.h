// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace podnet {

struct SetupRunRecord;

/// The report of one run, to save from the Finish page: the settings (never a secret: only
/// what the record holds), the plan, each step's outcome with timings and lines, the nodes as
/// the run left them, and what to do next. Translated into the current language.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    /// The report as Markdown (CommonMark with pipe tables; cell text escaped).
    static QString markdown(const SetupRunRecord &record);
    /// The report as one self-contained HTML page (UTF-8, inline style, `lang` of the current
    /// language, every text escaped).
    static QString html(const SetupRunRecord &record);
    /// Whether \a path names an HTML file (.html or .htm); Markdown otherwise.
    static bool isHtmlPath(const QString &path);
    /// Writes \a text as UTF-8 to \a path atomically. On failure returns false and sets
    /// \a error to a translated sentence saying what to do.
    static bool save(const QString &path, const QString &text, QString *error);
};

} // namespace podnet
