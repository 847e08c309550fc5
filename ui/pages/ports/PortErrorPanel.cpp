// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortErrorPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

PortErrorPanel::PortErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_detailsButton(new QPushButton(this))
    , m_details(new QPlainTextEdit(this))
{
    m_label->setObjectName(QStringLiteral("errorLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    retranslateUi();
    hide();
}

void PortErrorPanel::showError(const QString &message, const QString &details)
{
    m_label->setText(tr("✗ %1", "@info error with symbol").arg(message));
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

void PortErrorPanel::clear()
{
    m_label->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    hide();
}

QString PortErrorPanel::message() const
{
    return m_label->text();
}

void PortErrorPanel::retranslateUi()
{
    m_detailsButton->setText(tr("&Details", "@action:button"));
    m_detailsButton->setAccessibleName(tr("Show technical details", "@action:button"));
    m_details->setAccessibleName(tr("Technical details", "@label"));
}

void PortErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
