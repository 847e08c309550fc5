// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "FinishUndoBox.h"

#include "run/SetupUndoJob.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

namespace {

constexpr SetupUndoJob::Part kParts[]
        = {SetupUndoJob::Part::Objects, SetupUndoJob::Part::PodRanges, SetupUndoJob::Part::Ports};

} // namespace

FinishUndoBox::FinishUndoBox(SetupState *state, QWidget *parent)
    : QGroupBox(parent)
    , m_state(state)
    , m_intro(new QLabel(this))
    , m_removeObjects(new QCheckBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_undo(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_removeObjects->setObjectName(QStringLiteral("removeObjects"));
    m_text->setObjectName(QStringLiteral("undoPreview"));
    m_refresh->setObjectName(QStringLiteral("undoRefresh"));
    m_undo->setObjectName(QStringLiteral("undoNow"));
    m_progress->setObjectName(QStringLiteral("undoProgress"));
    m_status->setObjectName(QStringLiteral("undoStatus"));
    m_progress->setRange(0, 3);
    m_progress->setValue(0);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_removeObjects);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_removeObjects, &QCheckBox::toggled, this, [this](bool on) {
        if (m_job && !m_job->isRunning() && !m_finished) {
            m_job->setRemoveObjects(on);
            showPreview();
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &FinishUndoBox::preview);
    connect(m_undo, &QPushButton::clicked, this, &FinishUndoBox::undoNow);
    retranslateUi();
    updateControls();
}

FinishUndoBox::~FinishUndoBox() = default;

void FinishUndoBox::setRecord(const SetupRunRecord &record)
{
    m_record = record;
    delete m_job;
    m_job = nullptr;
    m_finished = false;
    m_text->clear();
    m_status->clear();
    updateControls();
}

void FinishUndoBox::setJournalDirectories(const QString &ports, const QString &podRanges)
{
    m_portsDirectory = ports;
    m_podRangesDirectory = podRanges;
}

void FinishUndoBox::preview()
{
    if (m_job && m_job->isRunning())
        return;
    delete m_job;
    m_job = new SetupUndoJob(m_state, m_record, this);
    m_job->setJournalDirectories(m_portsDirectory, m_podRangesDirectory);
    m_job->setRemoveObjects(m_removeObjects->isChecked());
    connect(m_job, &SetupUndoJob::planned, this, [this] { showPreview(); });
    connect(m_job, &SetupUndoJob::partStateChanged, this,
            [this](SetupUndoJob::Part, SetupUndoJob::PartState state) {
                if (state != SetupUndoJob::PartState::Running)
                    m_progress->setValue(m_progress->value() + 1);
                updateControls();
            });
    connect(m_job, &SetupUndoJob::finished, this, [this](bool ok) {
        m_finished = true;
        m_ok = ok;
        showResults(ok);
        Q_EMIT undone(ok);
    });
    m_finished = false;
    m_progress->setValue(0);
    m_text->setPlainText(tr("Reading what this run changed…"));
    m_status->clear();
    m_job->plan();
    updateControls();
}

void FinishUndoBox::showPreview()
{
    m_text->setPlainText(m_job->previewText());
    if (!m_job->isPlanOk())
        m_status->setText(tr("Some parts could not be read; see above. Those parts are left as "
                             "they are."));
    else if (!m_job->hasWork())
        m_status->setText(tr("Nothing to undo: what this run changed is already gone."));
    else
        m_status->setText(tr("Nothing has been changed yet. Click \"Undo now\" to remove this."));
    updateControls();
}

void FinishUndoBox::undoNow()
{
    if (!m_job || !m_job->isPlanned() || m_job->isRunning() || !m_job->hasWork() || m_finished)
        return;
    m_progress->setValue(0);
    m_status->setText(tr("Undoing…"));
    m_job->start();
    updateControls();
}

void FinishUndoBox::showResults(bool ok)
{
    QStringList lines;
    for (const SetupUndoJob::Part part : kParts) {
        lines << tr("%1: %2").arg(SetupUndoJob::partName(part),
                                  SetupUndoJob::stateName(m_job->partState(part)));
        for (const QString &line : m_job->partLines(part))
            lines << QStringLiteral("  ") + line;
        if (!m_job->partMessage(part).isEmpty())
            lines << QStringLiteral("  ") + m_job->partMessage(part);
    }
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_progress->setValue(m_progress->maximum());
    m_status->setText(ok ? tr("This run is undone.")
                         : tr("The undo stopped; see above for what to do. Click \"Preview "
                              "again\" to see what is left."));
    updateControls();
}

void FinishUndoBox::updateControls()
{
    const bool running = m_job && m_job->isRunning();
    const bool ready = m_job && m_job->isPlanned() && m_job->hasWork() && !m_finished;
    m_undo->setEnabled(ready && !running);
    m_refresh->setEnabled(!running);
    m_removeObjects->setEnabled(!running && !m_finished);
    m_progress->setVisible(running || m_finished);
}

void FinishUndoBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void FinishUndoBox::retranslateUi()
{
    setTitle(tr("Undo this run", "@title:group"));
    m_intro->setText(tr("Removes the allowed address pairs and pod-range annotations this run "
                        "added, where they are still as the run left them. Changes made since "
                        "are kept.",
                        "@info"));
    m_removeObjects->setText(tr("Also remove kube-router's &objects", "@option:check"));
    m_text->setAccessibleName(tr("What the undo removes", "@label"));
    m_progress->setAccessibleName(tr("Undo progress", "@label"));
    m_refresh->setText(tr("&Preview again", "@action:button"));
    m_undo->setText(tr("Undo &now", "@action:button"));
    m_undo->setAccessibleName(tr("Undo now", "@action:button"));
    m_refresh->setAccessibleName(tr("Preview the undo again", "@action:button"));
    m_progress->setFormat(tr("%v of %m parts", "@info:progress"));
    // The preview and results are the job's own text; refresh them in the new language.
    if (m_job && m_job->isPlanned()) {
        if (m_finished)
            showResults(m_ok);
        else if (!m_job->isRunning())
            showPreview();
    }
}

} // namespace podnet
