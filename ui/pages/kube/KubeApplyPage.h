// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

#include <chrono>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class KubeApplyConflictBox;
class KubeApplyObjectList;
class KubeApplyPreview;
class KubeApplyRollout;
class KubeApplyUninstaller;
class KubeClient;
class ManifestApplyJob;
class ManifestDiffHighlighter;
class SetupState;

/// Installs kube-router. On entry it previews what applying would do (ManifestDiffJob: one row
/// per object with +, ~ or =, the diff of the selected row, totals). Nothing is applied until the
/// user presses Apply; then every row follows its object (created, configured, unchanged,
/// failed) and the log shows kubectl's lines. A 409 conflict names the fields and their owners
/// and offers "Take ownership". After a successful apply the page follows the DaemonSet's
/// rollout. "Uninstall…" lists what exists and deletes it only after confirmation.
class KubeApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KubeApplyPage(SetupState *state, QWidget *parent = nullptr);
    ~KubeApplyPage() override;

    void initializePage() override;
    /// The apply finished (any outcome), or the preview found nothing to do, or there is no
    /// connection to apply to.
    bool isComplete() const override;

    /// Polling interval and limit of the rollout watch (defaults: RolloutWatch's).
    void setRolloutTiming(std::chrono::milliseconds interval, std::chrono::milliseconds timeout);

    bool isPreviewing() const;
    bool isApplying() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void startPreview();
    void previewFinished();
    void apply();
    void takeOwnership();
    void uninstall();
    void connectApplyJob(ManifestApplyJob *job);
    void applyFinished();
    void showSelectedDetail();
    void appendLog(const QString &line);
    void copyLog();
    void updateButtons();
    void showStatus();
    void retranslateUi();
    KubeClient *client() const;

    SetupState *m_state;
    KubeApplyPreview *m_preview;
    ManifestApplyJob *m_applyJob = nullptr;
    bool m_applyDone = false;
    QString m_error;
    QString m_errorDetail;
    QString m_note;

    QLabel *m_status;
    KubeApplyObjectList *m_objects;
    QLabel *m_objectsLabel;
    QLabel *m_detailLabel;
    QPlainTextEdit *m_detail;
    ManifestDiffHighlighter *m_highlighter;
    KubeApplyConflictBox *m_conflict;
    KubeApplyRollout *m_rollout;
    QLabel *m_logLabel;
    QPlainTextEdit *m_log;
    QPushButton *m_copyLog;
    QPushButton *m_previewButton;
    QPushButton *m_apply;
    QPushButton *m_uninstall;
    KubeApplyUninstaller *m_uninstaller;
};

} // namespace podnet
