// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NodeWaitBox.h"

#include "kube/nodes/NodeReadyWaiter.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace podnet {

NodeWaitBox::NodeWaitBox(QWidget *parent)
    : QWidget(parent)
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_button(new QPushButton(this))
    , m_result(new QLabel(this))
{
    m_timeout->setObjectName(QStringLiteral("waitTimeout"));
    m_timeout->setRange(5, 3600);
    m_timeout->setValue(300);
    m_timeoutLabel->setBuddy(m_timeout);
    m_button->setObjectName(QStringLiteral("waitReadyButton"));
    m_result->setObjectName(QStringLiteral("waitResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_button);
    row->addWidget(m_timeoutLabel);
    row->addWidget(m_timeout);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isWaiting())
            stopWaiting();
        else
            startWaiting();
    });
    retranslateUi();
}

NodeWaitBox::~NodeWaitBox() = default;

void NodeWaitBox::setMonitor(NodeStatusMonitor *monitor)
{
    stopWaiting();
    m_monitor = monitor;
    m_outcome = Outcome::None;
    m_button->setEnabled(monitor != nullptr);
    showOutcome();
}

void NodeWaitBox::setTimeoutSeconds(int seconds)
{
    m_timeout->setValue(seconds);
}

bool NodeWaitBox::isWaiting() const
{
    return m_waiter != nullptr;
}

void NodeWaitBox::startWaiting()
{
    if (!m_monitor || isWaiting())
        return;
    m_waiter = new NodeReadyWaiter(m_monitor, std::chrono::seconds(m_timeout->value()), this);
    connect(m_waiter, &NodeReadyWaiter::finished, this, &NodeWaitBox::onFinished);
    m_outcome = Outcome::Waiting;
    m_timeout->setEnabled(false);
    m_waiter->start();
    retranslateUi();
}

void NodeWaitBox::stopWaiting()
{
    if (!m_waiter)
        return;
    m_waiter->disconnect(this);
    m_waiter->deleteLater();
    m_waiter = nullptr;
    m_outcome = Outcome::None;
    m_timeout->setEnabled(true);
    retranslateUi();
}

void NodeWaitBox::onFinished(bool allReady)
{
    m_problems = m_waiter->problems();
    m_readyNodes = m_monitor ? m_monitor->model()->readyNodeCount() : 0;
    m_waiter->deleteLater();
    m_waiter = nullptr;
    m_outcome = allReady ? Outcome::Ready : Outcome::TimedOut;
    m_timeout->setEnabled(true);
    retranslateUi();
    Q_EMIT finished(allReady);
}

void NodeWaitBox::showOutcome()
{
    switch (m_outcome) {
    case Outcome::None:
        m_result->clear();
        break;
    case Outcome::Waiting:
        m_result->setText(tr("Waiting up to %n second(s) for every node to be Ready and "
                             "kube-router to be rolled out…",
                             "@info", m_timeout->value()));
        break;
    case Outcome::Ready:
        m_result->setText(tr("Done: all %n node(s) are Ready and kube-router is rolled out.",
                             "@info", m_readyNodes));
        break;
    case Outcome::TimedOut:
        m_result->setText(tr("Not everything was Ready after %n second(s). Still wrong:", "@info",
                             m_timeout->value())
                          + QLatin1Char('\n') + QStringLiteral("• ")
                          + m_problems.join(QStringLiteral("\n• ")));
        break;
    }
    m_result->setVisible(m_outcome != Outcome::None);
}

void NodeWaitBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NodeWaitBox::retranslateUi()
{
    m_timeoutLabel->setText(tr("&Give up after:", "@label:spinbox"));
    m_timeout->setSuffix(tr(" s", "@item:inbox seconds"));
    m_button->setText(isWaiting() ? tr("&Stop waiting", "@action:button")
                                  : tr("&Wait until all Ready", "@action:button"));
    m_button->setAccessibleDescription(
            tr("Waits until every node is Ready and kube-router runs on each of them, or until "
               "the time runs out, then says what is still wrong.",
               "@info:tooltip"));
    m_button->setToolTip(m_button->accessibleDescription());
    showOutcome();
}

} // namespace podnet
