// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "WelcomeModeBox.h"

#include "demo/DemoController.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace podnet {

WelcomeModeBox::WelcomeModeBox(DemoController *demo, QWidget *parent)
    : QGroupBox(parent)
    , m_demo(demo)
    , m_choices(new QButtonGroup(this))
    , m_realChoice(new QRadioButton(this))
    , m_demoChoice(new QRadioButton(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    m_realChoice->setObjectName(QStringLiteral("realCloudChoice"));
    m_demoChoice->setObjectName(QStringLiteral("demoChoice"));
    m_status->setObjectName(QStringLiteral("demoStatus"));
    m_retry->setObjectName(QStringLiteral("demoRetryButton"));
    m_choices->addButton(m_realChoice, RealChoice);
    m_choices->addButton(m_demoChoice, DemoChoice);
    m_realChoice->setChecked(!m_demo->isActive());
    m_demoChoice->setChecked(m_demo->isActive());
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(24, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_realChoice);
    layout->addWidget(m_demoChoice);
    layout->addLayout(statusRow);

    connect(m_choices, &QButtonGroup::idClicked, this, &WelcomeModeBox::onChosen);
    connect(m_retry, &QPushButton::clicked, m_demo, &DemoController::start);
    connect(m_demo, &DemoController::statusChanged, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

bool WelcomeModeBox::isComplete() const
{
    return !isDemoChosen() || m_demo->status() == DemoController::Status::Ready;
}

bool WelcomeModeBox::isDemoChosen() const
{
    return m_demoChoice->isChecked();
}

void WelcomeModeBox::chooseDemo()
{
    m_demoChoice->setChecked(true);
    onChosen(DemoChoice);
}

void WelcomeModeBox::onChosen(int choice)
{
    if (choice == DemoChoice)
        m_demo->start();
    else
        m_demo->stop();
    refresh();
    Q_EMIT completeChanged();
}

void WelcomeModeBox::refresh()
{
    QString text;
    if (isDemoChosen()) {
        switch (m_demo->status()) {
        case DemoController::Status::Off:
            break;
        case DemoController::Status::Starting:
            text = tr("Starting the demo cloud…", "@info:status");
            break;
        case DemoController::Status::Ready:
            text = tr("The demo cloud is ready: a lab like the tutorial's, with three workers on "
                      "this computer. Press Next: the following pages are filled in for you.",
                      "@info:status");
            break;
        case DemoController::Status::Failed:
            text = m_demo->errorString();
            break;
        }
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setAccessibleDescription(text);
    m_retry->setVisible(isDemoChosen() && m_demo->status() == DemoController::Status::Failed);
}

void WelcomeModeBox::retranslateUi()
{
    setTitle(tr("How do you want to start?", "@title:group"));
    m_realChoice->setText(tr("Use &my cloud", "@option:radio"));
    m_realChoice->setAccessibleName(tr("Use my cloud", "@option:radio"));
    m_realChoice->setToolTip(
            tr("Sign in to your own OpenStack project and Kubernetes cluster.", "@info:tooltip"));
    m_demoChoice->setText(tr("Try it without a cloud (&demo)", "@option:radio"));
    m_demoChoice->setAccessibleName(tr("Try it without a cloud (demo)", "@option:radio"));
    m_demoChoice->setToolTip(tr("Starts a built-in OpenStack cloud and Kubernetes cluster on "
                                "this computer. Nothing real is changed.",
                                "@info:tooltip"));
    m_status->setAccessibleName(tr("Demo status", "@label"));
    m_retry->setText(tr("&Try again", "@action:button"));
    m_retry->setAccessibleName(tr("Start the demo cloud again", "@action:button"));
    refresh();
}

void WelcomeModeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace podnet
