// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrStatusBar.h"

#include "pages/ports/PortErrorPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

PodCidrStatusBar::PodCidrStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_read(new QPushButton(this))
    , m_error(new PortErrorPanel(this))
{
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_read->setObjectName(QStringLiteral("readAgainButton"));
    m_error->setObjectName(QStringLiteral("errorPanel"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_busy);
    row->addWidget(m_status, 1);
    row->addWidget(m_read, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(m_read, &QPushButton::clicked, this, &PodCidrStatusBar::readRequested);
    retranslateUi();
}

void PodCidrStatusBar::setStatus(const QString &text, const QString &detail)
{
    m_status->setText(text);
    m_status->setToolTip(detail);
}

QString PodCidrStatusBar::status() const
{
    return m_status->text();
}

void PodCidrStatusBar::setReading(bool reading)
{
    m_busy->setVisible(reading);
}

void PodCidrStatusBar::setReadEnabled(bool enabled)
{
    m_read->setEnabled(enabled);
}

void PodCidrStatusBar::showError(const QString &message, const QString &detail)
{
    m_error->showError(message, detail);
}

void PodCidrStatusBar::clearError()
{
    m_error->clear();
}

void PodCidrStatusBar::retranslateUi()
{
    m_busy->setAccessibleName(tr("Reading the cluster", "@info:status"));
    m_status->setAccessibleName(tr("Status", "@label"));
    m_read->setText(tr("Read a&gain", "@action:button"));
    m_read->setAccessibleName(tr("Read the nodes again", "@action:button"));
}

void PodCidrStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
