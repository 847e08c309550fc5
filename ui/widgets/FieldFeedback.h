// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ValidationMessage.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace podnet {

/// The inline message under a field: errors and warnings with a symbol that reads without
/// colour, and a button that applies the suggested fix ("Use 10.200.0.0/16").
class FieldFeedback : public QWidget
{
    Q_OBJECT
public:
    explicit FieldFeedback(QWidget *parent = nullptr);

    void setMessages(const QList<ValidationMessage> &messages);
    QString text() const;
    QPushButton *fixButton() const { return m_fix; }

Q_SIGNALS:
    void fixRequested(const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_label;
    QPushButton *m_fix;
    QList<ValidationMessage> m_messages;
};

} // namespace podnet
