// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrUndoBox.h"

#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "kube/annotations/PodCidrJournalStore.h"
#include "kube/annotations/PodCidrUndoJob.h"
#include "kube/annotations/PodCidrUndoPlanner.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

PodCidrUndoBox::PodCidrUndoBox(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_confirm(new QPushButton(this))
    , m_keep(new QPushButton(this))
{
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_status->setObjectName(QStringLiteral("undoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("undoPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setMaximumHeight(100);
    m_confirm->setObjectName(QStringLiteral("confirmUndoButton"));
    m_keep->setObjectName(QStringLiteral("keepAnnotationsButton"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_undo, 0, Qt::AlignTop);
    top->addWidget(m_status, 1);
    auto *answers = new QHBoxLayout;
    answers->setContentsMargins(0, 0, 0, 0);
    answers->addStretch(1);
    answers->addWidget(m_confirm);
    answers->addWidget(m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_preview);
    layout->addLayout(answers);

    connect(m_undo, &QPushButton::clicked, this, &PodCidrUndoBox::preview);
    connect(m_confirm, &QPushButton::clicked, this, &PodCidrUndoBox::confirm);
    connect(m_keep, &QPushButton::clicked, this, &PodCidrUndoBox::keep);
    retranslateUi();
    hide();
}

PodCidrUndoBox::~PodCidrUndoBox() = default;

void PodCidrUndoBox::setRun(KubeClient *client, const QString &runId,
                            const QString &journalDirectory)
{
    if (isBusy())
        return;
    m_client = client;
    m_runId = runId;
    m_journalDirectory = journalDirectory;
    m_plan = {};
    m_error.clear();
    m_outcome.clear();
    m_previewShown = false;
    setVisible(!runId.isEmpty());
    showState();
}

void PodCidrUndoBox::clear()
{
    setRun(nullptr, {}, {});
}

bool PodCidrUndoBox::isBusy() const
{
    return !m_reader.isNull() || !m_job.isNull();
}

void PodCidrUndoBox::setButtonsEnabled(bool enabled)
{
    m_buttonsEnabled = enabled;
    showState();
}

QString PodCidrUndoBox::previewLine(const PodCidrUndoPlan::Entry &entry)
{
    if (entry.action != PodCidrUndoPlan::Action::Revert)
        return tr("node/%1: %2: %3", "@item undo preview")
                .arg(entry.node, PodCidrUndoPlan::actionText(entry.action), entry.message);
    if (!entry.before.podCidr && !entry.before.podCidrs)
        return tr("node/%1: remove %2", "@item undo preview").arg(entry.node, entry.set.toText());
    return tr("node/%1: restore %2", "@item undo preview").arg(entry.node, entry.before.toText());
}

void PodCidrUndoBox::preview()
{
    if (isBusy() || !m_client || m_runId.isEmpty())
        return;
    m_plan = {};
    m_error.clear();
    m_errorDetail.clear();
    m_outcome.clear();
    m_previewShown = false;
    auto *reader = new PodCidrClusterReader(m_client, this);
    m_reader = reader;
    connect(reader, &PodCidrClusterReader::finished, this, &PodCidrUndoBox::onRead);
    reader->start();
    showState();
    Q_EMIT busyChanged();
}

void PodCidrUndoBox::onRead()
{
    PodCidrClusterReader *reader = m_reader;
    if (!reader)
        return;
    m_reader = nullptr;
    reader->deleteLater();
    if (!reader->isOk()) {
        m_error = reader->errorMessage();
        m_errorDetail = reader->errorDetail();
    } else {
        const PodCidrJournalStore store(m_journalDirectory);
        QString error;
        const std::optional<PodCidrJournalRun> run = store.read(m_runId, &error);
        if (!run) {
            m_error = error;
        } else {
            m_plan = PodCidrUndoPlanner::plan(*run, reader->nodes(), reader->kubeRouterPods());
            m_previewShown = true;
        }
    }
    showState();
    Q_EMIT busyChanged();
}

void PodCidrUndoBox::confirm()
{
    if (isBusy() || !m_previewShown || !m_client)
        return;
    auto *job = new PodCidrUndoJob(m_client, m_plan, this);
    job->setJournalDirectory(m_journalDirectory);
    m_job = job;
    connect(job, &PodCidrPatchJob::nodeFinished, this, [this, job](int index) {
        const PodCidrPatchJob::Result result = job->results().at(index);
        Q_EMIT nodeFinished(result, job->line(result));
    });
    connect(job, &PodCidrPatchJob::finished, this, &PodCidrUndoBox::onUndone);
    job->start();
    showState();
    Q_EMIT started();
    Q_EMIT busyChanged();
}

void PodCidrUndoBox::keep()
{
    if (isBusy())
        return;
    m_previewShown = false;
    m_plan = {};
    showState();
    Q_EMIT busyChanged();
}

void PodCidrUndoBox::onUndone()
{
    PodCidrUndoJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    m_previewShown = false;
    // Nodes left alone were decided by the plan and never sent: report them too.
    using State = PodCidrPatchJob::Result::State;
    for (const PodCidrPatchJob::Result &result : job->results()) {
        if (result.state == State::Unchanged || result.state == State::ChangedSince
            || result.state == State::Gone) {
            bool sent = false;
            for (const PodCidrUndoPlan::Entry &entry : std::as_const(m_plan.entries))
                sent = sent
                        || (entry.node == result.node
                            && entry.action == PodCidrUndoPlan::Action::Revert);
            if (!sent)
                Q_EMIT nodeFinished(result, job->line(result));
        }
    }
    const bool ok = job->isOk();
    m_outcome = ok ? tr("✔ Undone: %1").arg(job->summary())
                   : tr("✖ The undo did not finish: %1").arg(job->summary());
    QString message = job->errorMessage();
    QString detail = job->errorDetail();
    for (const PodCidrPatchJob::Result &result : job->results()) {
        if (message.isEmpty() && result.state == PodCidrPatchJob::Result::State::Failed) {
            message = result.message;
            detail = result.detail;
        }
    }
    if (ok)
        m_runId.clear(); // nothing of this run is left to take back
    showState();
    Q_EMIT busyChanged();
    Q_EMIT finished(ok, job->summary(), message, detail);
}

void PodCidrUndoBox::showState()
{
    QString text;
    if (!m_reader.isNull()) {
        text = tr("⏳ Reading the run's journal and the nodes as they are now…");
    } else if (!m_job.isNull()) {
        text = tr("⏳ Taking back the annotations of run %1…").arg(m_runId);
    } else if (!m_error.isEmpty()) {
        text = tr("✖ %1 Press the button to try again.").arg(m_error);
    } else if (m_previewShown) {
        const int reverts = m_plan.count(PodCidrUndoPlan::Action::Revert);
        text = !m_plan.isApplicable()
                ? tr("✖ This run cannot be undone: %1").arg(m_plan.errors.join(QLatin1Char(' ')))
                : reverts == 0
                ? tr("Nothing to take back: %1").arg(m_plan.summary())
                : tr("Undo would do this (%1). Nodes changed since the run are left alone. "
                     "Nothing has been changed yet.")
                          .arg(m_plan.summary());
    } else if (!m_outcome.isEmpty()) {
        text = m_outcome;
    } else {
        text = tr("Takes back exactly what this run set (run %1), after showing what will be "
                  "removed.")
                       .arg(m_runId);
    }
    m_status->setText(text);
    m_status->setToolTip(m_error.isEmpty() ? QString() : m_errorDetail);
    QStringList lines;
    if (m_previewShown) {
        for (const PodCidrUndoPlan::Entry &entry : std::as_const(m_plan.entries))
            lines << previewLine(entry);
    }
    const QString preview = lines.join(QLatin1Char('\n'));
    if (m_preview->toPlainText() != preview)
        m_preview->setPlainText(preview);
    m_preview->setVisible(m_previewShown);
    m_confirm->setVisible(m_previewShown);
    m_keep->setVisible(m_previewShown);
    m_confirm->setEnabled(m_buttonsEnabled && m_plan.isApplicable()
                          && m_plan.count(PodCidrUndoPlan::Action::Revert) > 0);
    m_keep->setEnabled(m_buttonsEnabled);
    m_undo->setEnabled(m_buttonsEnabled && !isBusy() && !m_previewShown && !m_runId.isEmpty());
}

void PodCidrUndoBox::retranslateUi()
{
    m_undo->setText(tr("Undo &this run…", "@action:button"));
    m_undo->setAccessibleName(tr("Undo the annotations this run set", "@action:button"));
    m_status->setAccessibleName(tr("Undo status", "@label"));
    m_preview->setAccessibleName(tr("What undo would change", "@label"));
    m_confirm->setText(tr("Confirm und&o", "@action:button"));
    m_confirm->setAccessibleName(tr("Take back the annotations listed", "@action:button"));
    m_keep->setText(tr("&Keep the annotations", "@action:button"));
    m_keep->setAccessibleName(
            tr("Keep the annotations and close the undo preview", "@action:button"));
    showState();
}

void PodCidrUndoBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
