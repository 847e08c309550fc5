// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrApplyBar.h"

#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrAnnotationJob.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace podnet {

namespace {

using Action = PodCidrAnnotationPlan::Action;

} // namespace

PodCidrApplyBar::PodCidrApplyBar(QWidget *parent)
    : QWidget(parent)
    , m_apply(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_hint(new QLabel(this))
{
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setFormat(QStringLiteral("%v / %m"));
    m_progress->hide();
    m_hint->setObjectName(QStringLiteral("applyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_apply, 0, Qt::AlignTop);
    layout->addWidget(m_stop, 0, Qt::AlignTop);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint, 1);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (canApply())
            Q_EMIT applyRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &PodCidrApplyBar::stop);
    retranslateUi();
}

PodCidrApplyBar::~PodCidrApplyBar() = default;

void PodCidrApplyBar::setPlan(const PodCidrAnnotationPlan &plan, bool usable,
                              const QString &blockedReason)
{
    m_plan = plan;
    m_usable = usable;
    m_blockedReason = blockedReason;
    updateControls();
}

bool PodCidrApplyBar::canApply() const
{
    return m_usable && m_blockedReason.isEmpty() && !isRunning() && m_plan.isApplicable()
            && m_plan.count(Action::Set) > 0;
}

void PodCidrApplyBar::start(KubeClient *client)
{
    if (!client || !canApply())
        return;
    auto *job = new PodCidrAnnotationJob(client, m_plan, this);
    job->setJournalDirectory(m_journalDirectory);
    m_job = job;
    connect(job, &PodCidrPatchJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &PodCidrPatchJob::nodeFinished, this, [this, job](int index) {
        const PodCidrPatchJob::Result result = job->results().at(index);
        Q_EMIT nodeFinished(result, job->line(result));
    });
    connect(job, &PodCidrPatchJob::finished, this, &PodCidrApplyBar::onFinished);
    m_progress->setRange(0, m_plan.count(Action::Set));
    m_progress->setValue(0);
    job->start();
    updateControls();
    Q_EMIT busyChanged();
}

void PodCidrApplyBar::stop()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void PodCidrApplyBar::onFinished()
{
    PodCidrAnnotationJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    Outcome outcome {job->isOk(), job->summary(), job->errorMessage(), job->errorDetail(), {}, {}};
    for (const PodCidrPatchJob::Result &result : job->results()) {
        using State = PodCidrPatchJob::Result::State;
        if (outcome.message.isEmpty()
            && (result.state == State::Failed || result.state == State::ChangedSince
                || result.state == State::Gone)) {
            outcome.message = result.message;
            outcome.detail = result.detail;
        }
        if (result.state != State::Done)
            continue;
        outcome.runId = job->runId();
        // kube-router reads the range only at start: its pod there needs a restart.
        for (const PodCidrAnnotationPlan::Entry &entry : job->plan().entries) {
            if (entry.node.name == result.node && !entry.kubeRouterPod.isEmpty())
                outcome.restartNodes << result.node;
        }
    }
    updateControls();
    Q_EMIT busyChanged();
    Q_EMIT finished(outcome);
}

QString PodCidrApplyBar::hint() const
{
    return m_hint->text();
}

void PodCidrApplyBar::updateControls()
{
    const bool running = isRunning();
    m_apply->setEnabled(canApply());
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    m_progress->setVisible(running);
    const int toSet = m_plan.count(Action::Set);
    const QStringList problems = m_plan.problems();
    QString hint;
    if (running) {
        hint = tr("⏳ Setting the annotations, one node after another…", "@info");
    } else if (!m_usable) {
        hint.clear();
    } else if (!problems.isEmpty()) {
        hint = tr("Apply is off until every range is usable: %1", "@info").arg(problems.first());
        if (problems.size() > 1)
            hint += QLatin1Char(' ')
                    + tr("(%n more problem(s) in the table)", "@info",
                         static_cast<int>(problems.size() - 1));
    } else if (toSet == 0) {
        hint = tr("Nothing to apply: no node gets a new pod range.", "@info");
    } else if (!m_blockedReason.isEmpty()) {
        hint = m_blockedReason;
    } else {
        hint = tr("Nothing has been changed yet. Apply sets both annotations on %n node(s).",
                  "@info", toSet);
    }
    m_hint->setText(hint);
}

void PodCidrApplyBar::retranslateUi()
{
    m_apply->setText(tr("&Apply annotations", "@action:button"));
    m_apply->setAccessibleName(tr("Set the pod-range annotations on the nodes", "@action:button"));
    m_stop->setText(tr("&Stop", "@action:button"));
    m_stop->setAccessibleName(tr("Stop after the node being changed", "@action:button"));
    m_progress->setAccessibleName(tr("Nodes done", "@info:status"));
    m_hint->setAccessibleName(tr("What Apply would do", "@label"));
    updateControls();
}

void PodCidrApplyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
