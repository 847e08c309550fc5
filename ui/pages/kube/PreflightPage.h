// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/PreflightItem.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

class PreflightCheck;
class SetupState;

/// The checklist before installing: on entry it runs PreflightCheck on the rendered manifest, the
/// entered values and the cluster, and lists every finding with a symbol and a word (OK, Note,
/// Warning, Problem). The selected finding shows what it means and the exact commands to fix it.
/// Problems block Next until the user ticks "continue anyway"; without a Kubernetes connection
/// the page says that the checks need one and lets the user go on.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(SetupState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// Runs the checks again (the Re-check button).
    void recheck();
    /// Whether a check is running now.
    bool isChecking() const { return !m_job.isNull(); }
    /// The findings of the last finished check.
    QList<PreflightItem> items() const { return m_items; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void startCheck(bool keepAcknowledgement);
    void showItems();
    void showSelected();
    void showStatus();
    void copyCommands();
    void retranslateUi();

    SetupState *m_state;
    QPointer<PreflightCheck> m_job;
    QList<PreflightItem> m_items;
    bool m_checked = false;
    bool m_noConnection = false;
    bool m_copied = false;

    QLabel *m_status;
    QLabel *m_important;
    QLabel *m_listLabel;
    QListWidget *m_list;
    QLabel *m_explanation;
    QLabel *m_commandsLabel;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
    QPushButton *m_recheck;
    QCheckBox *m_acknowledge;
};

} // namespace podnet
