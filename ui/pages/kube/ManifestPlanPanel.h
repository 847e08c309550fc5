// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ManifestDiffEntry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class KubeApplyObjectList;
class KubeApplyPreview;
class KubeClient;
class ManifestDiffHighlighter;
class SetupState;

/// The preview's kube-router part: a server-side dry run of every object of the rendered
/// manifest against the live cluster ("+" create, "~" configure with a unified diff of live vs.
/// dry run, "=" unchanged, "!" a conflict or a failure with what to do), the selected object's
/// diff beside the list, and the kubectl command that does the same.
class ManifestPlanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ManifestPlanPanel(SetupState *state, QWidget *parent = nullptr);
    ~ManifestPlanPanel() override;

    /// Runs the dry run (again).
    void refresh();
    /// The dry run finished without a failure that stops the apply (a 409 conflict is allowed:
    /// the apply asks before taking ownership).
    bool isReady() const;
    bool isRunning() const;
    /// One entry per object, in apply order.
    QList<ManifestDiffEntry> entries() const;
    /// Translated totals: "5 to create, 0 to configure, 0 unchanged, 0 with problems."
    QString totalsText() const;

Q_SIGNALS:
    /// isReady() or entries() may have changed.
    void readyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void previewFinished();
    void showSelectedDetail();
    void showStatus();
    void retranslateUi();
    KubeClient *client() const;

    SetupState *m_state;
    KubeApplyPreview *m_preview;
    QLabel *m_status;
    QLabel *m_objectsLabel;
    KubeApplyObjectList *m_objects;
    QLabel *m_detailLabel;
    QPlainTextEdit *m_detail;
    ManifestDiffHighlighter *m_highlighter;
    QPushButton *m_again;
    QLabel *m_command;
};

} // namespace podnet
