// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrRestartBox.h"

#include "kube/KubeClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace podnet {

PodCidrRestartBox::PodCidrRestartBox(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_text->setObjectName(QStringLiteral("restartText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("restartButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &PodCidrRestartBox::restart);
    retranslateUi();
    hide();
}

void PodCidrRestartBox::offer(KubeClient *client, const QStringList &nodes)
{
    if (isBusy())
        return;
    m_client = client;
    m_nodes = nodes;
    m_done = false;
    m_ok = false;
    setVisible(!nodes.isEmpty());
    showText();
}

void PodCidrRestartBox::clear()
{
    if (isBusy())
        return;
    m_nodes.clear();
    m_done = false;
    hide();
}

void PodCidrRestartBox::setButtonEnabled(bool enabled)
{
    m_buttonEnabled = enabled;
    showText();
}

void PodCidrRestartBox::restart()
{
    if (isBusy() || !m_client || m_nodes.isEmpty())
        return;
    auto *job = new KubeRouterPodRestartJob(m_client, m_nodes, this);
    m_job = job;
    connect(job, &KubeRouterPodRestartJob::nodeFinished, this, [this, job](int index) {
        const KubeRouterPodRestartJob::Result result = job->results().at(index);
        Q_EMIT nodeFinished(result, KubeRouterPodRestartJob::line(result));
    });
    connect(job, &KubeRouterPodRestartJob::finished, this, &PodCidrRestartBox::onFinished);
    job->start();
    showText();
    Q_EMIT busyChanged();
}

void PodCidrRestartBox::onFinished()
{
    KubeRouterPodRestartJob *job = m_job;
    if (!job)
        return;
    m_ok = job->isOk();
    m_done = true;
    QString message;
    QString detail;
    for (const KubeRouterPodRestartJob::Result &result : job->results()) {
        if (result.state == KubeRouterPodRestartJob::Result::State::Failed) {
            message = result.message;
            detail = result.detail;
            break;
        }
    }
    m_job = nullptr;
    job->deleteLater();
    showText();
    Q_EMIT busyChanged();
    Q_EMIT finished(m_ok, message, detail);
}

void PodCidrRestartBox::showText()
{
    const QString nodes = m_nodes.join(QStringLiteral(", "));
    if (isBusy())
        m_text->setText(tr("⏳ Restarting kube-router on %1…").arg(nodes));
    else if (m_done && m_ok)
        m_text->setText(tr("✔ kube-router was restarted on %1: its new pods read the new pod "
                           "ranges.")
                                .arg(nodes));
    else if (m_done)
        m_text->setText(tr("✖ kube-router could not be restarted everywhere; the table and the "
                           "log say where and why. Press the button to try again, or restart "
                           "the pods with the commands shown."));
    else
        m_text->setText(tr("kube-router reads a node's pod range only when it starts. It already "
                           "runs (or keeps crashing for want of a range) on %n node(s): %1. "
                           "Restart it there so it uses the new annotations; the DaemonSet "
                           "starts a new pod on each node.",
                           nullptr, static_cast<int>(m_nodes.size()))
                                .arg(nodes));
    m_button->setEnabled(m_buttonEnabled && !isBusy() && !(m_done && m_ok));
}

void PodCidrRestartBox::retranslateUi()
{
    m_button->setText(tr("&Restart kube-router on these nodes", "@action:button"));
    m_button->setAccessibleName(
            tr("Restart kube-router on the nodes that got new annotations", "@action:button"));
    m_text->setAccessibleName(tr("kube-router restart", "@label"));
    showText();
}

void PodCidrRestartBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
