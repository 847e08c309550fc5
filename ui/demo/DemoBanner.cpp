// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "DemoBanner.h"

#include "DemoController.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace podnet {

DemoBanner::DemoBanner(DemoController *demo, QWidget *parent)
    : QFrame(parent)
    , m_demo(demo)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("demoBanner"));
    m_title->setObjectName(QStringLiteral("demoBannerTitle"));
    m_text->setObjectName(QStringLiteral("demoBannerText"));
    // Dark text on amber: readable in light and dark themes, and not the red of an error.
    setStyleSheet(QStringLiteral("QFrame#demoBanner { background: #ffd54f; border-radius: 6px; }"
                                 "QLabel { color: #212121; background: transparent; }"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    setMaximumWidth(170);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 12, 10, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(1);

    connect(m_demo, &DemoController::statusChanged, this, &DemoBanner::refresh);
    retranslateUi();
    refresh();
}

void DemoBanner::refresh()
{
    setVisible(m_demo->isActive());
}

void DemoBanner::retranslateUi()
{
    m_title->setText(tr("DEMO", "@label the demo-mode banner's headline"));
    m_text->setText(tr("Built-in cloud on this computer, nothing real is changed",
                       "@info the demo-mode banner, under DEMO"));
    const QString whole = tr("DEMO — built-in cloud on this computer, nothing real is changed",
                             "@info the demo-mode banner as one sentence");
    setAccessibleName(whole);
    setToolTip(whole);
}

void DemoBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace podnet
