// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupRunRecord.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class FinishUndoBox;
class SetupState;

/// The last page: how the run went (overall and per step), and what to do with it: save a
/// report (HTML or Markdown, by the file's suffix), export the run as a shell script of
/// openstack and kubectl commands, or undo the run (previewed first, in FinishUndoBox).
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    FinishPage(SetupState *state, QWidget *parent = nullptr);
    ~FinishPage() override;

    /// The run to show; the wizard calls it when the run finishes.
    void setRecord(const SetupRunRecord &record);
    const SetupRunRecord &record() const { return m_record; }

    /// Saves the report to \a path (HTML for .html/.htm, Markdown otherwise) and says so on the
    /// page. "Save report…" calls it with the file chosen in its dialog.
    bool saveReportTo(const QString &path);
    /// Saves the shell script to \a path, executable. "Export as commands…" calls it.
    bool exportCommandsTo(const QString &path);

    FinishUndoBox *undoBox() const { return m_undoBox; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseReportFile();
    void chooseScriptFile();
    void showUndo();
    void showRecord();
    void retranslateUi();
    QString baseName() const;

    SetupState *m_state;
    SetupRunRecord m_record;
    QString m_lastFolder;

    QLabel *m_outcome;
    QPlainTextEdit *m_steps;
    QPushButton *m_saveReport;
    QPushButton *m_exportCommands;
    QPushButton *m_undo;
    QLabel *m_status;
    FinishUndoBox *m_undoBox;
};

} // namespace podnet
