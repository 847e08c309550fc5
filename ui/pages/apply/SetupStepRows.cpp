// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupStepRows.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace podnet {

SetupStepRows::SetupStepRows(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(3, 1);
    int line = 0;
    for (SetupStep step : allSetupSteps) {
        Row row;
        row.symbol = new QLabel(this);
        row.name = new QLabel(this);
        row.progress = new QProgressBar(this);
        row.result = new QLabel(this);
        const QString key = SetupStepText::key(step);
        row.progress->setObjectName(key + QStringLiteral("Progress"));
        row.progress->setRange(0, 1);
        row.progress->setValue(0);
        row.progress->setMaximumWidth(180);
        row.name->setObjectName(key + QStringLiteral("State"));
        row.result->setObjectName(key + QStringLiteral("Result"));
        row.result->setWordWrap(true);
        row.result->setTextFormat(Qt::PlainText);
        row.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(row.symbol, line, 0, Qt::AlignTop);
        grid->addWidget(row.name, line, 1, Qt::AlignTop);
        grid->addWidget(row.progress, line, 2, Qt::AlignTop);
        grid->addWidget(row.result, line, 3);
        m_rows.insert(step, row);
        m_states.insert(step, SetupStepState::Pending);
        ++line;
    }
    retranslateUi();
}

QString SetupStepRows::symbol(SetupStepState state)
{
    switch (state) {
    case SetupStepState::Pending:
        return QStringLiteral("○");
    case SetupStepState::Skipped:
        return QStringLiteral("–");
    case SetupStepState::Running:
        return QStringLiteral("⏳");
    case SetupStepState::Done:
        return QStringLiteral("✔");
    case SetupStepState::Failed:
        return QStringLiteral("✖");
    case SetupStepState::Cancelled:
        return QStringLiteral("⏹");
    }
    return {};
}

void SetupStepRows::setState(SetupStep step, SetupStepState state)
{
    m_states.insert(step, state);
    Row &row = m_rows[step];
    if (state == SetupStepState::Done || state == SetupStepState::Skipped)
        row.progress->setValue(row.progress->maximum());
    showRow(step);
}

void SetupStepRows::setProgress(SetupStep step, int done, int total)
{
    Row &row = m_rows[step];
    row.progress->setRange(0, qMax(1, total));
    row.progress->setValue(qBound(0, done, qMax(1, total)));
}

void SetupStepRows::setResult(SetupStep step, const QString &text)
{
    m_rows[step].result->setText(text);
}

QString SetupStepRows::resultText(SetupStep step) const
{
    return m_rows.value(step).result->text();
}

void SetupStepRows::reset()
{
    for (SetupStep step : allSetupSteps) {
        m_states.insert(step, SetupStepState::Pending);
        Row &row = m_rows[step];
        row.progress->setRange(0, 1);
        row.progress->setValue(0);
        row.result->clear();
        showRow(step);
    }
}

void SetupStepRows::showRow(SetupStep step)
{
    const Row &row = m_rows[step];
    const SetupStepState state = m_states.value(step);
    row.symbol->setText(symbol(state));
    row.name->setText(
            QStringLiteral("%1 — %2").arg(SetupStepText::name(step), SetupStepText::state(state)));
    row.progress->setAccessibleName(tr("Progress of %1", "@label").arg(SetupStepText::name(step)));
    row.name->setAccessibleName(row.name->text());
    QFont font = row.name->font();
    font.setBold(state == SetupStepState::Running);
    row.name->setFont(font);
}

void SetupStepRows::retranslateUi()
{
    for (SetupStep step : allSetupSteps)
        showRow(step);
}

void SetupStepRows::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
