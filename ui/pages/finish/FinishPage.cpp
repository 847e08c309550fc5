// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "FinishPage.h"

#include "FinishUndoBox.h"
#include "report/CommandScript.h"
#include "report/RunReport.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

FinishPage::FinishPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_lastFolder(QDir::homePath())
    , m_outcome(new QLabel(this))
    , m_steps(new QPlainTextEdit(this))
    , m_saveReport(new QPushButton(this))
    , m_exportCommands(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_undoBox(new FinishUndoBox(state, this))
{
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setReadOnly(true);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_exportCommands->setObjectName(QStringLiteral("exportCommands"));
    m_undo->setObjectName(QStringLiteral("undoRun"));
    m_status->setObjectName(QStringLiteral("finishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_exportCommands);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_undoBox, 1);

    connect(m_saveReport, &QPushButton::clicked, this, &FinishPage::chooseReportFile);
    connect(m_exportCommands, &QPushButton::clicked, this, &FinishPage::chooseScriptFile);
    connect(m_undo, &QPushButton::clicked, this, &FinishPage::showUndo);
    setFinalPage(true);
    retranslateUi();
}

FinishPage::~FinishPage() = default;

void FinishPage::setRecord(const SetupRunRecord &record)
{
    m_record = record;
    m_undoBox->setRecord(record);
    m_undoBox->hide();
    m_status->clear();
    showRecord();
}

QString FinishPage::baseName() const
{
    return m_record.runId.isEmpty() ? QStringLiteral("podnet-run")
                                    : QStringLiteral("podnet-run-") + m_record.runId;
}

bool FinishPage::saveReportTo(const QString &path)
{
    const QString text = RunReport::isHtmlPath(path) ? RunReport::html(m_record)
                                                     : RunReport::markdown(m_record);
    QString error;
    if (!RunReport::save(path, text, &error)) {
        m_status->setText(error);
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FinishPage::exportCommandsTo(const QString &path)
{
    QString error;
    if (!RunReport::save(path, CommandScript::shellScript(m_record), &error)) {
        m_status->setText(error);
        return false;
    }
    QFile::setPermissions(path,
                          QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser
                                  | QFile::ExeGroup | QFile::ExeOther);
    m_lastFolder = QFileInfo(path).absolutePath();
    m_status->setText(tr("Commands saved to %1. Run it with bash after setting your OpenStack "
                         "and Kubernetes credentials in the environment.")
                              .arg(QDir::toNativeSeparators(path)));
    return true;
}

void FinishPage::chooseReportFile()
{
    // open(), not exec(): the dialog must not spin an event loop of its own.
    auto *dialog = new QFileDialog(this, tr("Save report", "@title:window"), m_lastFolder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString html = tr("HTML page (*.html *.htm)");
    const QString markdown = tr("Markdown (*.md)");
    dialog->setNameFilters({html, markdown});
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->selectFile(baseName() + QStringLiteral(".html"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, html](const QString &filter) {
        dialog->setDefaultSuffix(filter == html ? QStringLiteral("html") : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { saveReportTo(path); });
    dialog->open();
}

void FinishPage::chooseScriptFile()
{
    auto *dialog = new QFileDialog(this, tr("Export as commands", "@title:window"), m_lastFolder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Shell script (*.sh)")});
    dialog->setDefaultSuffix(QStringLiteral("sh"));
    dialog->selectFile(baseName() + QStringLiteral(".sh"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCommandsTo(path); });
    dialog->open();
}

void FinishPage::showUndo()
{
    m_undoBox->show();
    m_undoBox->preview();
    m_undoBox->setFocus();
}

void FinishPage::showRecord()
{
    const SetupRunRecord::Step *stopped = nullptr;
    QStringList lines;
    for (const SetupRunRecord::Step &step : std::as_const(m_record.steps)) {
        if (!stopped
            && (step.state == SetupStepState::Failed || step.state == SetupStepState::Cancelled))
            stopped = &step;
        QString line = tr("%1: %2").arg(SetupStepText::name(step.step),
                                        SetupStepText::state(step.state));
        if (step.startedAt.isValid() && step.finishedAt.isValid())
            line += tr(" (%1 s)").arg(QString::number(
                    static_cast<double>(step.startedAt.msecsTo(step.finishedAt)) / 1000.0, 'f', 1));
        if (!step.summary.isEmpty())
            line += QStringLiteral(" — ") + step.summary;
        lines << line;
        if (!step.message.isEmpty())
            lines << QStringLiteral("  ") + step.message;
    }
    m_steps->setPlainText(lines.join(QLatin1Char('\n')));
    if (stopped) {
        m_outcome->setText(tr("The run stopped at \"%1\". Save the report for the details, fix "
                              "the cause and go back to retry, or undo what was done.")
                                   .arg(SetupStepText::name(stopped->step)));
    } else if (m_record.steps.isEmpty()) {
        m_outcome->setText(tr("Nothing was run yet."));
    } else if (m_record.allReady) {
        m_outcome->setText(tr("The pod network is set up: every step succeeded and every node "
                              "is Ready."));
    } else {
        m_outcome->setText(tr("Every step succeeded, but not every node is Ready yet; the "
                              "report says why."));
    }
    const bool any = !m_record.steps.isEmpty();
    m_saveReport->setEnabled(any);
    m_exportCommands->setEnabled(any);
    m_undo->setEnabled(!m_record.portsJournalRunIds.isEmpty()
                       || !m_record.podRangesJournalRunIds.isEmpty()
                       || !m_record.plan.manifestYaml.isEmpty());
}

void FinishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void FinishPage::retranslateUi()
{
    setTitle(tr("Finished", "@title"));
    setSubTitle(tr("Keep a report of the run, take it along as commands, or undo it.", "@info"));
    m_saveReport->setText(tr("&Save report…", "@action:button"));
    m_saveReport->setAccessibleName(tr("Save report", "@action:button"));
    m_exportCommands->setText(tr("E&xport as commands…", "@action:button"));
    m_exportCommands->setAccessibleName(tr("Export as commands", "@action:button"));
    m_undo->setText(tr("&Undo this run…", "@action:button"));
    m_undo->setAccessibleName(tr("Undo this run", "@action:button"));
    m_steps->setAccessibleName(tr("Steps of the run", "@label"));
    m_outcome->setAccessibleName(tr("Outcome", "@label"));
    m_status->setAccessibleName(tr("Status", "@label"));
    showRecord();
}

} // namespace podnet
