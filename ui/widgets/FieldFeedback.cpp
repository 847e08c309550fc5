// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "FieldFeedback.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace podnet {

FieldFeedback::FieldFeedback(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_fix(new QPushButton(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_fix, 0, Qt::AlignVCenter);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        for (const ValidationMessage &message : std::as_const(m_messages)) {
            if (!message.suggestion.isEmpty()) {
                Q_EMIT fixRequested(message.suggestion);
                return;
            }
        }
    });
    setVisible(false);
}

void FieldFeedback::setMessages(const QList<ValidationMessage> &messages)
{
    m_messages = messages;
    refresh();
}

QString FieldFeedback::text() const
{
    return m_label->text();
}

void FieldFeedback::refresh()
{
    QStringList lines;
    QString suggestion;
    bool anyError = false;
    for (const ValidationMessage &message : std::as_const(m_messages)) {
        //: Prefix of an inline error message under a field.
        const QString prefix = message.isError() ? tr("✖ Error:") : tr("⚠ Warning:");
        lines << prefix + QLatin1Char(' ') + message.text;
        anyError = anyError || message.isError();
        if (suggestion.isEmpty())
            suggestion = message.suggestion;
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_label->setStyleSheet(anyError ? QStringLiteral("color: #b00020;")
                                    : QStringLiteral("color: #8a5a00;"));
    m_fix->setText(tr("Use %1").arg(suggestion));
    m_fix->setAccessibleName(tr("Use the suggested value %1").arg(suggestion));
    m_fix->setVisible(!suggestion.isEmpty());
    setAccessibleDescription(m_label->text());
    setVisible(!lines.isEmpty());
}

void FieldFeedback::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace podnet
