// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrAnnotationPage.h"

#include "PodCidrApplyBar.h"
#include "PodCidrCommandsBox.h"
#include "PodCidrRestartBox.h"
#include "PodCidrResultWords.h"
#include "PodCidrStatusBar.h"
#include "PodCidrTableModel.h"
#include "PodCidrTableView.h"
#include "PodCidrUndoBox.h"
#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrClusterReader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace podnet {

namespace {

using Action = PodCidrAnnotationPlan::Action;

} // namespace

PodCidrAnnotationPage::PodCidrAnnotationPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new PodCidrTableModel(this))
    , m_status(new PodCidrStatusBar(this))
    , m_tableLabel(new QLabel(this))
    , m_table(new PodCidrTableView(this))
    , m_fix(new QPushButton(this))
    , m_totals(new QLabel(this))
    , m_commands(new PodCidrCommandsBox(this))
    , m_applyBar(new PodCidrApplyBar(this))
    , m_restart(new PodCidrRestartBox(this))
    , m_undo(new PodCidrUndoBox(this))
    , m_logLabel(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    m_status->setObjectName(QStringLiteral("statusBar"));
    m_table->setObjectName(QStringLiteral("podCidrTable"));
    m_table->setModel(m_model);
    m_table->setEditColumn(PodCidrTableModel::RangeColumn);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnHidden(PodCidrTableModel::ResultColumn, true);
    m_tableLabel->setBuddy(m_table);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_fix->setObjectName(QStringLiteral("useCorrectionButton"));
    m_fix->hide();
    m_commands->setObjectName(QStringLiteral("commandsBox"));
    m_applyBar->setObjectName(QStringLiteral("applyBar"));
    m_restart->setObjectName(QStringLiteral("restartBox"));
    m_undo->setObjectName(QStringLiteral("undoBox"));
    m_log->setObjectName(QStringLiteral("annotationLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setMaximumHeight(110);
    m_logLabel->setBuddy(m_log);

    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_totals, 1);
    totalsRow->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(totalsRow);
    layout->addWidget(m_commands);
    layout->addWidget(m_applyBar);
    layout->addWidget(m_restart);
    layout->addWidget(m_undo);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log);

    setTabOrder(m_status->readButton(), m_table);
    setTabOrder(m_table, m_fix);
    setTabOrder(m_fix, m_commands->toggle());
    setTabOrder(m_commands->toggle(), m_applyBar->applyButton());
    setTabOrder(m_applyBar->applyButton(), m_restart->button());
    setTabOrder(m_restart->button(), m_undo->undoButton());

    connect(m_status, &PodCidrStatusBar::readRequested, this, &PodCidrAnnotationPage::read);
    connect(m_model, &PodCidrTableModel::rangeEdited, this, &PodCidrAnnotationPage::onRangeEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PodCidrAnnotationPage::updateCorrection);
    connect(m_fix, &QPushButton::clicked, this, &PodCidrAnnotationPage::useCorrection);
    connect(m_applyBar, &PodCidrApplyBar::applyRequested, this, &PodCidrAnnotationPage::apply);
    connect(m_applyBar, &PodCidrApplyBar::busyChanged, this, &PodCidrAnnotationPage::busyChanged);
    connect(m_applyBar, &PodCidrApplyBar::nodeFinished, this,
            [this](const PodCidrPatchJob::Result &result, const QString &line) {
                m_model->setResult(result.node, PodCidrResultWords::applyResult(result));
                appendLog(line);
            });
    connect(m_applyBar, &PodCidrApplyBar::finished, this, &PodCidrAnnotationPage::onApplied);
    connect(m_restart, &PodCidrRestartBox::busyChanged, this, &PodCidrAnnotationPage::busyChanged);
    connect(m_restart, &PodCidrRestartBox::nodeFinished, this,
            [this](const KubeRouterPodRestartJob::Result &result, const QString &line) {
                m_model->setResult(result.node, PodCidrResultWords::restartResult(result));
                appendLog(line);
            });
    connect(m_restart, &PodCidrRestartBox::finished, this,
            [this](bool ok, const QString &message, const QString &detail) {
                if (!ok)
                    m_status->showError(message, detail);
                read(); // the new pods
            });
    connect(m_undo, &PodCidrUndoBox::busyChanged, this, &PodCidrAnnotationPage::busyChanged);
    connect(m_undo, &PodCidrUndoBox::started, this, [this] {
        m_model->clearResults();
        m_status->clearError();
        m_outcome.clear();
    });
    connect(m_undo, &PodCidrUndoBox::nodeFinished, this,
            [this](const PodCidrPatchJob::Result &result, const QString &line) {
                m_model->setResult(result.node, PodCidrResultWords::undoResult(result));
                appendLog(line);
            });
    connect(m_undo, &PodCidrUndoBox::finished, this,
            [this](bool ok, const QString &summary, const QString &message, const QString &detail) {
                appendLog(summary);
                m_outcome = ok ? tr("✔ Undone: %1").arg(summary)
                               : tr("✖ The undo did not finish: %1").arg(summary);
                if (!message.isEmpty())
                    m_status->showError(message, detail);
                m_restart->clear();
                read();
            });
    retranslateUi();
}

PodCidrAnnotationPage::~PodCidrAnnotationPage() = default;

KubeClient *PodCidrAnnotationPage::client() const
{
    KubeState *kube = m_state->kube();
    return kube->hasConnection() ? kube->client() : nullptr;
}

void PodCidrAnnotationPage::setJournalDirectory(const QString &directory)
{
    m_journalDirectory = directory;
    m_applyBar->setJournalDirectory(directory);
}

bool PodCidrAnnotationPage::isBusy() const
{
    return m_applyBar->isRunning() || m_restart->isBusy() || m_undo->isBusy();
}

void PodCidrAnnotationPage::initializePage()
{
    // Coming back while a run goes on: it keeps its rows and reports as it goes.
    if (isBusy())
        return;
    if (!client()) {
        m_editor.clearCluster();
        replan();
        return;
    }
    read();
}

void PodCidrAnnotationPage::cleanupPage()
{
    // Back is off while a run goes on; should the page be left anyway, start no further node.
    m_applyBar->stop();
    QWizardPage::cleanupPage();
}

bool PodCidrAnnotationPage::isComplete() const
{
    return !isBusy();
}

void PodCidrAnnotationPage::read()
{
    KubeClient *kube = client();
    if (!kube || isReading())
        return;
    auto *reader = new PodCidrClusterReader(kube, this);
    m_reader = reader;
    connect(reader, &PodCidrClusterReader::finished, this, &PodCidrAnnotationPage::onRead);
    reader->start();
    updateControls();
    showStatus();
}

void PodCidrAnnotationPage::onRead()
{
    PodCidrClusterReader *reader = m_reader;
    if (!reader)
        return;
    m_reader = nullptr;
    reader->deleteLater();
    const bool failedBefore = !m_readError.isEmpty();
    m_readError = reader->errorMessage();
    m_readDetail = reader->errorDetail();
    if (!reader->isOk()) {
        // Keep the last table and everything typed: only the reading failed.
        m_status->showError(m_readError, m_readDetail);
        updateControls();
        showStatus();
        return;
    }
    if (failedBefore)
        m_status->clearError();
    m_readWarning = reader->warning();
    m_editor.setCluster(reader->nodes(), reader->kubeRouterPods(),
                        m_state->network()->clusterCidr());
    replan();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PodCidrTableModel::RangeColumn));
}

void PodCidrAnnotationPage::onRangeEdited(const QString &node, const QString &text)
{
    m_editor.setTyped(node, text);
    m_model->clearResults();
    m_outcome.clear();
    replan();
}

void PodCidrAnnotationPage::replan()
{
    m_plan = m_editor.plan(m_state->network()->clusterCidr());
    m_model->setPlan(m_plan, m_editor.typed());
    m_commands->setPlan(m_plan);
    m_totals->setText(m_editor.hasCluster() ? m_plan.summary() : QString());
    updateCorrection();
    updateControls();
    showStatus();
}

void PodCidrAnnotationPage::apply()
{
    KubeClient *kube = client();
    if (!kube || isBusy() || !m_applyBar->canApply())
        return;
    m_model->clearResults();
    m_outcome.clear();
    m_status->clearError();
    m_restart->clear();
    m_undo->clear();
    for (const PodCidrAnnotationPlan::Entry &entry : std::as_const(m_plan.entries)) {
        if (entry.action == Action::Set)
            m_model->setResult(entry.node.name, PodCidrResultWords::waiting());
    }
    m_table->setColumnHidden(PodCidrTableModel::ResultColumn, false);
    appendLog(tr("Setting kube-router's pod-range annotations on %n node(s)…", nullptr,
                 m_plan.count(Action::Set)));
    m_applyBar->start(kube);
}

void PodCidrAnnotationPage::onApplied(const PodCidrApplyBar::Outcome &outcome)
{
    appendLog(outcome.summary);
    m_outcome = outcome.ok ? tr("✔ Annotations set: %1").arg(outcome.summary)
                           : tr("✖ Not every node got its annotations: %1").arg(outcome.summary);
    if (!outcome.message.isEmpty()) {
        m_status->showError(outcome.message, outcome.detail);
        appendLog(outcome.detail.isEmpty() ? outcome.message
                                           : outcome.message + QLatin1Char('\n') + outcome.detail);
    }
    if (KubeClient *kube = client()) {
        m_restart->offer(kube, outcome.restartNodes);
        if (!outcome.runId.isEmpty())
            m_undo->setRun(kube, outcome.runId, m_journalDirectory);
    }
    busyChanged();
    read(); // what the nodes hold now
}

void PodCidrAnnotationPage::updateCorrection()
{
    const QModelIndex current = m_table->currentIndex();
    m_correction = m_editor.correction(m_plan, current.isValid() ? current.row() : -1);
    m_fix->setVisible(!m_correction.range.isEmpty());
    m_fix->setText(
            tr("&Use %1 for %2", "@action:button").arg(m_correction.range, m_correction.node));
    m_fix->setAccessibleName(tr("Use the network %1 as the pod range of node %2", "@action:button")
                                     .arg(m_correction.range, m_correction.node));
}

void PodCidrAnnotationPage::useCorrection()
{
    if (m_correction.range.isEmpty() || isBusy())
        return;
    const int row = m_model->rowOf(m_correction.node);
    m_editor.setTyped(m_correction.node, m_correction.range);
    m_model->clearResults();
    m_outcome.clear();
    replan();
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, PodCidrTableModel::RangeColumn));
    m_table->setFocus();
}

void PodCidrAnnotationPage::busyChanged()
{
    updateControls();
    showStatus();
    Q_EMIT completeChanged();
    // QWizard enables Back again whenever the page's completeness changes; a run must end first.
    if (wizard() && wizard()->currentPage() == this && isBusy()) {
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(false);
    }
}

void PodCidrAnnotationPage::updateControls()
{
    const bool connected = client() != nullptr;
    const bool busy = isBusy();
    m_status->setReading(isReading());
    m_status->setReadEnabled(connected && !busy && !isReading());
    m_model->setEditable(!busy && !m_undo->isPreviewing());
    m_fix->setEnabled(!busy);
    QString blocked;
    if (busy)
        blocked = tr("Wait until the current run ends.", "@info");
    else if (isReading())
        blocked = tr("Wait until the nodes are read.", "@info");
    else if (m_undo->isPreviewing())
        blocked = tr("Answer the undo question first.", "@info");
    m_applyBar->setPlan(m_plan, connected && m_editor.hasCluster(), blocked);
    m_restart->setButtonEnabled(!m_applyBar->isRunning() && !m_undo->isBusy());
    m_undo->setButtonsEnabled(!m_applyBar->isRunning() && !m_restart->isBusy());
}

void PodCidrAnnotationPage::showStatus()
{
    QString text;
    const bool loaded = m_editor.hasCluster();
    const bool everyNodeHasRange = loaded && m_editor.typed().isEmpty() && !m_plan.entries.isEmpty()
            && m_plan.count(Action::Set) == 0 && m_plan.count(Action::Invalid) == 0;
    if (!client()) {
        text = tr("ℹ There is no connection to a Kubernetes cluster, so no pod ranges can be read "
                  "or set here. Go back to connect, or press Next: this step is optional.");
    } else if (isBusy()) {
        text = tr("⏳ A run is going on; Next and Back wait until it ends.");
    } else if (isReading() && !loaded) {
        text = tr("⏳ Reading the nodes and kube-router's pods…");
    } else if (!m_readError.isEmpty()) {
        text = tr("✖ %1 Press Read again to retry; what you typed is kept.").arg(m_readError);
    } else if (!m_outcome.isEmpty()) {
        text = m_outcome;
    } else if (loaded && m_plan.entries.isEmpty()) {
        text = tr("The cluster has no nodes yet, so there is nothing to do here. Press Next.");
    } else if (everyNodeHasRange) {
        text = tr("✔ Every node already has a pod range, so there is nothing to do here. Press "
                  "Next to go on, or type a range in the table to change one.");
    } else if (loaded) {
        text = tr("Nodes without a pod range make kube-router crash-loop. Check the suggested "
                  "ranges (type your own in the table), then apply, or press Next to skip this "
                  "optional step.");
    }
    if (!m_readWarning.isEmpty() && loaded)
        text += QLatin1Char(' ') + m_readWarning;
    m_status->setStatus(text, m_readError.isEmpty() ? QString() : m_readDetail);
}

void PodCidrAnnotationPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void PodCidrAnnotationPage::retranslateUi()
{
    setTitle(tr("Pod ranges (optional)", "@title"));
    setSubTitle(tr("Pin each node's pod range with kube-router's annotations. Nodes that already "
                   "have one are left alone.",
                   "@title"));
    m_tableLabel->setText(tr("&Pod range of each node (Enter edits the selected row):", "@label"));
    m_table->setAccessibleName(tr("Nodes and their pod ranges", "@label"));
    m_totals->setAccessibleName(tr("Plan totals", "@label"));
    m_logLabel->setText(tr("&Log:", "@label"));
    m_log->setAccessibleName(tr("Annotation log", "@label"));
    m_model->retranslate();
    replan(); // the plan's messages, in the new language
}

void PodCidrAnnotationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
