// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrCommandsBox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

PodCidrCommandsBox::PodCidrCommandsBox(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QCheckBox(this))
    , m_copy(new QPushButton(this))
    , m_view(new QPlainTextEdit(this))
{
    m_toggle->setObjectName(QStringLiteral("showCommandsToggle"));
    m_copy->setObjectName(QStringLiteral("copyCommandsButton"));
    m_copy->hide();
    m_view->setObjectName(QStringLiteral("commandsView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setMaximumHeight(130);
    m_view->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    row->addWidget(m_toggle);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view);

    connect(m_toggle, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setVisible(on);
        m_copy->setVisible(on);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_view->toPlainText()); });
    retranslateUi();
}

void PodCidrCommandsBox::setPlan(const PodCidrAnnotationPlan &plan)
{
    m_plan = plan;
    const QString text = commandsFor(plan);
    if (m_view->toPlainText() != text)
        m_view->setPlainText(text);
}

QString PodCidrCommandsBox::text() const
{
    return m_view->toPlainText();
}

QString PodCidrCommandsBox::commandsFor(const PodCidrAnnotationPlan &plan)
{
    QStringList annotate;
    QStringList restart;
    for (const PodCidrAnnotationPlan::Entry &entry : plan.entries) {
        if (entry.action != PodCidrAnnotationPlan::Action::Set)
            continue;
        annotate << entry.kubectlCommand();
        if (!entry.restartCommand().isEmpty())
            restart << entry.restartCommand();
    }
    if (annotate.isEmpty())
        return tr("# Nothing to set: no node gets a new pod range.", "@info shell comment");
    QStringList lines;
    lines << tr("# Give each node its pod range (kube-router reads both annotations):",
                "@info shell comment")
          << annotate;
    if (!restart.isEmpty()) {
        lines << QString()
              << tr("# kube-router reads them only when it starts: restart its pods on these "
                    "nodes (the DaemonSet starts new ones):",
                    "@info shell comment")
              << restart;
    }
    if (!plan.isApplicable())
        lines.prepend(tr("# The plan has problems; correct them before running these.",
                         "@info shell comment"));
    return lines.join(QLatin1Char('\n'));
}

void PodCidrCommandsBox::retranslateUi()
{
    m_toggle->setText(tr("Show co&mmands", "@option:check"));
    m_toggle->setAccessibleName(tr("Show the equivalent kubectl commands", "@option:check"));
    m_copy->setText(tr("&Copy commands", "@action:button"));
    m_copy->setAccessibleName(tr("Copy the kubectl commands", "@action:button"));
    m_view->setAccessibleName(tr("kubectl commands", "@label"));
    setPlan(m_plan);
}

void PodCidrCommandsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
