// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupApplyPage.h"

#include "SetupState.h"
#include "SetupStepRows.h"
#include "report/CommandScript.h"
#include "run/SetupRun.h"
#include "run/SetupSettingsSnapshot.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace podnet {

SetupApplyPage::SetupApplyPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_intro(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_steps(new SetupStepRows(this))
    , m_outcome(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_force(new QPushButton(this))
    , m_logLabel(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_copyLog(new QPushButton(this))
    , m_showCommands(new QCheckBox(this))
    , m_commands(new QPlainTextEdit(this))
{
    m_intro->setWordWrap(true);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_steps->setObjectName(QStringLiteral("stepRows"));
    m_outcome->setObjectName(QStringLiteral("runOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_force->setObjectName(QStringLiteral("takeOwnershipButton"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(fixed);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_logLabel->setBuddy(m_log);
    m_copyLog->setObjectName(QStringLiteral("copyLogButton"));
    m_showCommands->setObjectName(QStringLiteral("showCommandsToggle"));
    m_commands->setObjectName(QStringLiteral("commandsView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(fixed);
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commands->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_force);
    buttons->addStretch(1);
    buttons->addWidget(m_showCommands);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logLabel, 1);
    logRow->addWidget(m_copyLog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_overall);
    layout->addWidget(m_steps);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);
    layout->addWidget(m_commands, 1);
    layout->addLayout(logRow);
    layout->addWidget(m_log, 1);

    connect(m_apply, &QPushButton::clicked, this, &SetupApplyPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &SetupApplyPage::cancelRun);
    connect(m_retry, &QPushButton::clicked, this, &SetupApplyPage::retry);
    connect(m_force, &QPushButton::clicked, this, &SetupApplyPage::retryWithForce);
    connect(m_copyLog, &QPushButton::clicked, this, &SetupApplyPage::copyLog);
    connect(m_showCommands, &QCheckBox::toggled, m_commands, &QWidget::setVisible);
    retranslateUi();
}

SetupApplyPage::~SetupApplyPage() = default;

void SetupApplyPage::initializePage()
{
    if (isRunning())
        return;
    // A new plan from the preview: a new run.
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_finished = false;
    m_ok = false;
    m_steps->reset();
    m_overall->setValue(0);
    m_log->clear();
    SetupRunRecord preview;
    preview.settings = settingsSnapshot(*m_state);
    if (const auto &plan = m_state->plan())
        preview.plan = *plan;
    m_commands->setPlainText(CommandScript::shellScript(preview));
    updateButtons();
    showOutcome();
}

bool SetupApplyPage::isComplete() const
{
    return m_finished && !isRunning();
}

bool SetupApplyPage::isRunning() const
{
    return m_run && m_run->isRunning();
}

void SetupApplyPage::start()
{
    const auto &plan = m_state->plan();
    if (!plan || isRunning())
        return;
    if (m_run)
        m_run->deleteLater();
    m_run = new SetupRun(m_state, *plan, this);
    m_run->setReadyTimeout(m_readyTimeout);
    m_run->setJournalDirectory(m_journalDirectory);
    m_run->setSettings(settingsSnapshot(*m_state));
    connect(m_run, &SetupRun::stepStateChanged, this, &SetupApplyPage::onStepState);
    connect(m_run, &SetupRun::stepProgress, this, [this](SetupStep step, int done, int total) {
        m_steps->setProgress(step, done, total);
        if (m_run)
            m_overall->setValue(m_run->overallPercent());
    });
    connect(m_run, &SetupRun::logLine, this, &SetupApplyPage::appendLog);
    connect(m_run, &SetupRun::finished, this, &SetupApplyPage::onFinished);
    m_finished = false;
    m_steps->reset();
    m_log->clear();
    appendLog(tr("Applying the plan…"));
    m_run->start();
    // completeChanged first: QWizard enables Back on it, updateButtons() turns it off again.
    Q_EMIT completeChanged();
    updateButtons();
    showOutcome();
}

void SetupApplyPage::retry()
{
    if (!m_run || isRunning())
        return;
    m_finished = false;
    appendLog(tr("Resuming from what is left…"));
    m_run->retry();
    // completeChanged first: QWizard enables Back on it, updateButtons() turns it off again.
    Q_EMIT completeChanged();
    updateButtons();
    showOutcome();
}

void SetupApplyPage::retryWithForce()
{
    if (!m_run || isRunning() || !m_run->canRetryWithForce())
        return;
    m_finished = false;
    appendLog(tr("Taking ownership of the contested fields and resuming…"));
    m_run->retryWithForce();
    // completeChanged first: QWizard enables Back on it, updateButtons() turns it off again.
    Q_EMIT completeChanged();
    updateButtons();
    showOutcome();
}

void SetupApplyPage::cancelRun()
{
    if (!isRunning())
        return;
    appendLog(tr("Cancelling: no new change is started; what is under way finishes."));
    m_run->cancel();
    updateButtons();
}

void SetupApplyPage::onStepState(SetupStep step, SetupStepState state)
{
    m_steps->setState(step, state);
    if (m_run) {
        m_overall->setValue(m_run->overallPercent());
        const SetupRunRecord record = m_run->record();
        for (const SetupRunRecord::Step &recorded : record.steps) {
            if (recorded.step != step)
                continue;
            m_steps->setResult(step,
                               recorded.state == SetupStepState::Failed ? recorded.message
                                                                        : recorded.summary);
        }
    }
    updateButtons();
}

void SetupApplyPage::onFinished(bool ok)
{
    m_finished = true;
    m_ok = ok;
    if (m_run) {
        m_overall->setValue(m_run->overallPercent());
        m_state->setRunRecord(m_run->record());
    }
    updateButtons();
    showOutcome();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(ok);
}

void SetupApplyPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void SetupApplyPage::copyLog()
{
    QGuiApplication::clipboard()->setText(m_log->toPlainText());
}

void SetupApplyPage::updateButtons()
{
    const bool running = isRunning();
    const bool hasPlan = m_state->plan().has_value();
    m_apply->setVisible(!m_run);
    m_apply->setEnabled(hasPlan && !running);
    m_cancel->setEnabled(running);
    const bool stopped = m_run && m_finished && !m_ok;
    m_retry->setVisible(stopped);
    m_force->setVisible(stopped && m_run->canRetryWithForce());
    // QWizard enables Back whenever completeness changes; a run must end first.
    if (wizard() && wizard()->currentPage() == this) {
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(!running);
    }
}

void SetupApplyPage::showOutcome()
{
    if (!m_run) {
        m_outcome->setText(m_state->plan() ? m_state->plan()->totalsText()
                                           : tr("There is no plan yet: go back to the preview."));
    } else if (isRunning()) {
        m_outcome->setText(tr("⏳ Applying… Cancel stops after the changes under way."));
    } else if (m_ok) {
        m_outcome->setText(tr("✔ Done: every change is in place and every node is Ready. Next "
                              "shows the nodes."));
    } else if (m_finished) {
        m_outcome->setText(m_run->canRetryWithForce()
                                   ? tr("✖ Another field manager owns fields of a kube-router "
                                        "object. Take ownership to apply it anyway, or change "
                                        "the object's owner first and retry.")
                                   : tr("✖ The run stopped; see the step that failed. Fix what "
                                        "it says, then Retry: what is done is not sent again."));
    }
}

void SetupApplyPage::retranslateUi()
{
    setTitle(tr("Apply", "@title"));
    setSubTitle(tr("Both sides in one run: the allowed address pairs, the pod ranges, "
                   "kube-router, then every node turning Ready.",
                   "@title"));
    m_intro->setText(tr("Every change is journaled and can be undone on the last page. Closing "
                        "the window during the run asks first."));
    m_overall->setAccessibleName(tr("Overall progress", "@label"));
    m_steps->setAccessibleName(tr("Steps of the run", "@label"));
    m_outcome->setAccessibleName(tr("Outcome", "@label"));
    m_apply->setText(tr("&Apply", "@action:button"));
    m_apply->setAccessibleName(tr("Apply the plan", "@action:button"));
    m_cancel->setText(tr("&Cancel run", "@action:button"));
    m_cancel->setAccessibleName(tr("Cancel the run", "@action:button"));
    m_retry->setText(tr("&Retry", "@action:button"));
    m_retry->setAccessibleName(tr("Resume the run from what is left", "@action:button"));
    m_force->setText(tr("&Take ownership and retry", "@action:button"));
    m_force->setAccessibleName(
            tr("Take ownership of the contested fields and resume", "@action:button"));
    m_logLabel->setText(tr("&Log:", "@label"));
    m_log->setAccessibleName(tr("Run log", "@label"));
    m_copyLog->setText(tr("C&opy log", "@action:button"));
    m_copyLog->setAccessibleName(tr("Copy the log", "@action:button"));
    m_showCommands->setText(tr("Show &commands", "@option:check"));
    m_showCommands->setAccessibleName(
            tr("Show the openstack and kubectl commands that do the same"));
    m_commands->setAccessibleName(tr("Equivalent commands", "@label"));
    showOutcome();
}

void SetupApplyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
