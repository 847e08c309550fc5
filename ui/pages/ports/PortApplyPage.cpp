// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortApplyPage.h"

#include "LivePortsLoader.h"
#include "PortApplyReport.h"
#include "PortErrorPanel.h"
#include "PortPlanDelegate.h"
#include "SetupState.h"
#include "net/Cidr.h"
#include "openstack/KeystoneSession.h"
#include "openstack/PairJournal.h"
#include "openstack/PairJournalStore.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanModel.h"
#include "openstack/PortPlanner.h"
#include "openstack/PortUndoPlanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace podnet {

PortApplyPage::PortApplyPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_loader(new LivePortsLoader(state->openStack()->session(), this))
    , m_model(new PortPlanModel(this))
    , m_journalDirectory(PairJournal::defaultDirectory())
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_error(new PortErrorPanel(this))
    , m_staleLabel(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_recheck(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_concurrencyLabel(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_undo(new QPushButton(this))
    , m_previousRuns(new QPushButton(this))
    , m_runs(new QListWidget(this))
    , m_undoSelected(new QPushButton(this))
{
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmPlanButton"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_table->setObjectName(QStringLiteral("applyTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PortPlanDelegate(m_table));
    m_table->setColumnHidden(PortPlanModel::CheckColumn, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(8);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_previousRuns->setObjectName(QStringLiteral("previousRunsButton"));
    m_runs->setObjectName(QStringLiteral("runsList"));
    m_runs->setMaximumHeight(110);
    m_undoSelected->setObjectName(QStringLiteral("undoSelectedButton"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_recheck);
    auto *staleRow = new QHBoxLayout;
    staleRow->addWidget(m_staleLabel, 1);
    staleRow->addWidget(m_confirm);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_totals, 1);
    applyRow->addWidget(m_concurrencyLabel);
    applyRow->addWidget(m_concurrency);
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_cancel);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addWidget(m_previousRuns);
    undoRow->addStretch(1);
    undoRow->addWidget(m_undoSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addLayout(staleRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(applyRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_details);
    layout->addLayout(undoRow);
    layout->addWidget(m_runs);

    connect(m_loader, &LivePortsLoader::finished, this, &PortApplyPage::onLoaded);
    connect(m_recheck, &QPushButton::clicked, this, &PortApplyPage::initializePage);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_needsConfirm = false;
        updateControls();
        m_apply->setFocus();
    });
    connect(m_apply, &QPushButton::clicked, this, &PortApplyPage::apply);
    connect(m_cancel, &QPushButton::clicked, this, &PortApplyPage::cancel);
    connect(m_undo, &QPushButton::clicked, this,
            [this] { startUndo(m_state->openStack()->lastRunId()); });
    connect(m_previousRuns, &QPushButton::clicked, this, &PortApplyPage::togglePreviousRuns);
    connect(m_runs, &QListWidget::currentRowChanged, this, &PortApplyPage::updateControls);
    connect(m_undoSelected, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_runs->currentItem())
            startUndo(item->data(Qt::UserRole).toString());
    });
    m_runs->hide();
    retranslateUi();
    updateControls();
}

PortApplyPage::~PortApplyPage()
{
    // The job uses the loader's client and the journal: it goes first.
    if (m_job) {
        m_job->disconnect(this);
        delete m_job;
    }
}

void PortApplyPage::initializePage()
{
    if (m_mode == Mode::Running)
        return;
    m_error->clear();
    m_result->clear();
    m_details->clear();
    m_runs->hide();
    m_finished = false;
    m_needsConfirm = false;
    m_lastRunKind.clear();
    m_progress->reset();
    const auto &plan = m_state->openStack()->portPlan();
    if (!plan) {
        m_mode = Mode::Idle;
        m_model->setPlan({});
        m_error->showError(tr("There is no plan yet. Go back to the plan page and let it read "
                              "the ports."),
                           QString());
    } else {
        showPlan(*plan);
        m_mode = Mode::Checking;
        m_loader->load();
    }
    updateControls();
}

void PortApplyPage::cleanupPage()
{
    // Going Back while a run goes on: stop starting ports; those on the wire finish.
    cancel();
}

bool PortApplyPage::isComplete() const
{
    if (m_mode == Mode::Running || m_mode == Mode::Checking || m_mode == Mode::LoadingUndo)
        return false;
    if (m_finished)
        return true;
    return m_mode == Mode::Ready && m_plan.kind == PortPlan::Kind::Add
            && m_plan.totals().portsToChange == 0;
}

void PortApplyPage::showPlan(const PortPlan &plan)
{
    m_plan = plan;
    m_model->setPlan(plan);
    m_totals->setText(PortPlanModel::totalsText(plan));
}

void PortApplyPage::onLoaded(const QList<Port> &ports, const QHash<QString, QString> &serverNames,
                             const PortFailure &failure, const QString &)
{
    if (!failure.isOk()) {
        m_mode = m_finished ? Mode::Finished : Mode::Idle;
        m_error->showError(tr("The ports could not be read again, so nothing was changed: %1 "
                              "Check the connection, then click Check again.")
                                   .arg(failure.message()),
                           failure.detail());
        updateControls();
        return;
    }
    if (m_mode == Mode::LoadingUndo) {
        showPlan(PortUndoPlanner::plan(m_undoRun, ports));
        m_mode = Mode::Ready;
        updateControls();
        return;
    }
    if (m_mode != Mode::Checking)
        return;
    OpenStackState *openStack = m_state->openStack();
    if (m_plan.isStale(ports)) {
        // Recompute the same way the plan page did, from the live ports.
        PortPlanner planner;
        QList<Cidr> cidrs;
        for (const QString &text : std::as_const(m_plan.cidrs)) {
            if (const CidrParse parsed = Cidr::parse(text); parsed.ok())
                cidrs.append(parsed.cidr);
        }
        planner.setCidrs(cidrs);
        planner.setSelection(openStack->portSelection());
        const QHash<QString, QString> names
                = serverNames.isEmpty() ? openStack->serverNames() : serverNames;
        planner.setServerNames(names);
        if (const auto &check = openStack->checkResult())
            planner.setPairLimit(check->pairLimit);
        const PortPlan fresh = planner.plan(ports);
        openStack->setPortPlan(fresh, openStack->portSelection(), names);
        showPlan(fresh);
        m_needsConfirm = fresh.totals().portsToChange > 0;
        m_staleLabel->setProperty("stale", true);
    } else {
        m_staleLabel->setProperty("stale", false);
    }
    m_mode = Mode::Ready;
    updateControls();
    if (m_needsConfirm)
        m_confirm->setFocus();
    else if (m_apply->isEnabled())
        m_apply->setFocus();
}

void PortApplyPage::apply()
{
    if (m_mode != Mode::Ready || m_needsConfirm || m_plan.totals().portsToChange == 0)
        return;
    m_error->clear();
    KeystoneSession *session = m_state->openStack()->session();
    m_journal = std::make_unique<PairJournal>();
    const QString journalError
            = m_journal->open(m_journalDirectory, PairJournal::headerFor(*session, m_plan));
    if (!journalError.isEmpty()) {
        m_error->showError(tr("Nothing was changed, because the run could not be recorded for "
                              "undo. %1")
                                   .arg(journalError),
                           m_journalDirectory);
        m_journal.reset();
        return;
    }
    m_lastRunKind
            = m_plan.kind == PortPlan::Kind::Undo ? QStringLiteral("undo") : QStringLiteral("add");
    m_model->clearApplyStates();
    m_table->setColumnHidden(PortPlanModel::ApplyStateColumn, false);
    auto *job = new PortApplyJob(m_loader->client(), m_plan, this);
    m_job = job;
    job->setConcurrency(m_concurrency->value());
    if (const auto &check = m_state->openStack()->checkResult())
        job->setRevisionIfMatch(check->revisionIfMatch);
    job->setJournal(m_journal.get());
    connect(job, &PortApplyJob::portStateChanged, m_model, &PortPlanModel::setApplyState);
    connect(job, &PortApplyJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 ports", "@info:progress").arg(done).arg(total));
    });
    connect(job, &PortApplyJob::finished, this, &PortApplyPage::onFinished);
    m_mode = Mode::Running;
    m_cancelling = false;
    m_progress->setRange(0, qMax(job->total(), 1));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%1 of %2 ports", "@info:progress").arg(0).arg(job->total()));
    job->start();
    updateControls();
    m_cancel->setFocus();
}

void PortApplyPage::cancel()
{
    if (m_mode != Mode::Running || !m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    updateControls();
}

void PortApplyPage::onFinished(const PortApplyResult &result)
{
    m_lastResult = result;
    m_model->setApplyResult(result);
    if (m_journal)
        m_state->openStack()->setLastRunId(m_journal->runId());
    if (m_job)
        m_job->deleteLater();
    m_mode = Mode::Finished;
    m_finished = true;
    m_cancelling = false;
    m_details->setPlainText(PortApplyReport::details(result));
    updateControls();
}

void PortApplyPage::startUndo(const QString &runId)
{
    if (runId.isEmpty() || m_mode == Mode::Running)
        return;
    QString error;
    const std::optional<PairJournalRun> run
            = PairJournalStore(m_journalDirectory).read(runId, &error);
    if (!run) {
        m_error->showError(tr("The journal of run %1 could not be read, so it cannot be undone "
                              "from here.")
                                   .arg(runId),
                           error);
        return;
    }
    m_error->clear();
    m_undoRun = *run;
    m_needsConfirm = false;
    m_staleLabel->setProperty("stale", false);
    m_mode = Mode::LoadingUndo;
    m_runs->hide();
    m_loader->load();
    updateControls();
}

void PortApplyPage::togglePreviousRuns()
{
    if (m_runs->isVisible()) {
        m_runs->hide();
        updateControls();
        return;
    }
    m_runs->clear();
    const QList<PairJournalRun> runs = PairJournalStore(m_journalDirectory).runs();
    for (const PairJournalRun &run : runs) {
        if (run.kind != QLatin1String("add"))
            continue;
        auto *item = new QListWidgetItem(
                tr("%1 — %n port(s) changed", "@item run list",
                   static_cast<int>(run.changes.size()))
                        .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)),
                m_runs);
        item->setData(Qt::UserRole, run.runId);
        item->setToolTip(run.runId);
    }
    if (m_runs->count() == 0)
        m_runs->addItem(tr("No earlier runs were found.", "@item run list"));
    m_runs->show();
    m_runs->setFocus();
    updateControls();
}

void PortApplyPage::updateControls()
{
    const bool running = m_mode == Mode::Running;
    const bool busy = m_mode == Mode::Checking || m_mode == Mode::LoadingUndo;
    const bool ready = m_mode == Mode::Ready;
    const bool nothingToDo = m_plan.totals().portsToChange == 0;
    const bool stale = m_staleLabel->property("stale").toBool();
    m_busy->setVisible(busy);
    m_recheck->setVisible(m_mode == Mode::Idle && m_state->openStack()->portPlan().has_value());
    m_staleLabel->setVisible(stale && (ready || running));
    m_confirm->setVisible(stale && m_needsConfirm && ready);
    m_apply->setEnabled(ready && !m_needsConfirm && !nothingToDo);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_cancelling);
    m_concurrency->setEnabled(!running);
    m_progress->setVisible(running || m_mode == Mode::Finished);
    m_undo->setVisible(m_mode == Mode::Finished && m_lastRunKind == QLatin1String("add")
                       && !m_lastResult.changed().isEmpty());
    m_previousRuns->setEnabled(!running && !busy);
    m_undoSelected->setVisible(m_runs->isVisible());
    m_undoSelected->setEnabled(m_runs->isVisible() && m_runs->currentItem()
                               && !m_runs->currentItem()->data(Qt::UserRole).isNull() && !running
                               && !busy);
    m_result->setVisible(m_mode == Mode::Finished);
    m_details->setVisible(m_mode == Mode::Finished);
    updateStatus();
    Q_EMIT completeChanged();
}

void PortApplyPage::updateStatus()
{
    const int toChange = m_plan.totals().portsToChange;
    QString text;
    switch (m_mode) {
    case Mode::Idle:
        break;
    case Mode::Checking:
        text = tr("Checking that the ports have not changed since the plan was made…");
        break;
    case Mode::LoadingUndo:
        text = tr("Reading the ports to plan the undo of run %1…").arg(m_undoRun.runId);
        break;
    case Mode::Ready:
        if (m_plan.kind == PortPlan::Kind::Undo)
            text = toChange == 0 ? tr("Undo of run %1: nothing left to remove. Nothing will be "
                                      "sent.")
                                           .arg(m_plan.undoOfRunId)
                                 : tr("Undo of run %1 removes exactly the pairs it added. Check "
                                      "the table, then click Apply undo.")
                                           .arg(m_plan.undoOfRunId);
        else if (toChange == 0)
            text = tr("Nothing to do: every selected port already has the pairs, or cannot "
                      "take them. Nothing will be sent.");
        else if (m_needsConfirm)
            text = tr("Check the new plan and click Confirm new plan before applying.");
        else
            text = tr("Ready to change %n port(s). Nothing is sent until you click Apply.", "",
                      toChange);
        break;
    case Mode::Running:
        text = m_cancelling ? tr("Stopping: no new ports are started; waiting for the requests "
                                 "already sent…")
                            : tr("Applying… Cancel stops starting new ports.");
        break;
    case Mode::Finished:
        text = tr("Finished. The table shows each port's result.");
        break;
    }
    m_status->setText(text);
    if (m_mode == Mode::Finished)
        m_result->setText(
                PortApplyReport::summary(m_lastResult, m_lastRunKind == QLatin1String("undo")));
    m_apply->setText(m_plan.kind == PortPlan::Kind::Undo ? tr("&Apply undo", "@action:button")
                                                         : tr("&Apply", "@action:button"));
}

void PortApplyPage::retranslateUi()
{
    setTitle(tr("Allowed address pairs: apply", "@title"));
    setSubTitle(tr("Changes the ports as planned, a few at a time.", "@title"));
    m_status->setAccessibleName(tr("Status", "@label"));
    m_busy->setAccessibleName(tr("Reading ports", "@info:status"));
    m_staleLabel->setText(tr("⚠ The ports changed since the plan was made; here is the new "
                             "plan. Check it, then confirm."));
    m_staleLabel->setAccessibleName(tr("Plan changed", "@label"));
    m_confirm->setText(tr("C&onfirm new plan", "@action:button"));
    m_confirm->setAccessibleName(tr("Confirm the new plan", "@action:button"));
    m_recheck->setText(tr("Check a&gain", "@action:button"));
    m_recheck->setAccessibleName(tr("Read the ports again", "@action:button"));
    m_table->setAccessibleName(tr("Ports and their results", "@label"));
    m_totals->setAccessibleName(tr("Plan totals", "@label"));
    m_concurrencyLabel->setText(tr("Requests at &once:", "@label:spinbox"));
    m_concurrency->setAccessibleName(tr("Requests at once", "@label:spinbox"));
    m_apply->setAccessibleName(tr("Apply the plan", "@action:button"));
    m_cancel->setText(tr("&Cancel run", "@action:button"));
    m_cancel->setAccessibleName(tr("Cancel the run", "@action:button"));
    m_progress->setAccessibleName(tr("Progress", "@label"));
    m_result->setAccessibleName(tr("Result", "@label"));
    m_details->setAccessibleName(tr("What was and was not changed", "@label"));
    m_undo->setText(tr("&Undo this run…", "@action:button"));
    m_undo->setAccessibleName(tr("Plan the undo of this run", "@action:button"));
    m_previousRuns->setText(tr("&Previous runs…", "@action:button"));
    m_previousRuns->setAccessibleName(tr("Show previous runs", "@action:button"));
    m_runs->setAccessibleName(tr("Previous runs", "@label"));
    m_undoSelected->setText(tr("Undo &selected run…", "@action:button"));
    m_undoSelected->setAccessibleName(tr("Plan the undo of the selected run", "@action:button"));
    if (m_mode != Mode::Idle)
        m_totals->setText(PortPlanModel::totalsText(m_plan));
    updateStatus();
}

void PortApplyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
