// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupRunRecord.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace podnet {

class SetupState;
class SetupUndoJob;

/// "Undo this run", inline on the Finish page: previews what would be removed (pairs,
/// annotations, and with the checkbox kube-router's objects), then runs SetupUndoJob with a
/// progress bar and shows each part's result. Nothing is changed before "Undo now".
class FinishUndoBox : public QGroupBox
{
    Q_OBJECT
public:
    FinishUndoBox(SetupState *state, QWidget *parent = nullptr);
    ~FinishUndoBox() override;

    void setRecord(const SetupRunRecord &record);
    /// Journal folders for the undo (empty: the defaults). For tests.
    void setJournalDirectories(const QString &ports, const QString &podRanges);

    /// Reads the live state and shows what would be removed.
    void preview();
    /// Carries out the previewed undo.
    void undoNow();

    /// The job of the current preview, or null.
    SetupUndoJob *job() const { return m_job; }

Q_SIGNALS:
    /// The undo ended (\a ok: everything asked for was undone).
    void undone(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPreview();
    void showResults(bool ok);
    void updateControls();
    void retranslateUi();

    SetupState *m_state;
    SetupRunRecord m_record;
    QString m_portsDirectory;
    QString m_podRangesDirectory;
    SetupUndoJob *m_job = nullptr;
    bool m_finished = false;
    bool m_ok = false;

    QLabel *m_intro;
    QCheckBox *m_removeObjects;
    QPlainTextEdit *m_text;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_undo;
};

} // namespace podnet
