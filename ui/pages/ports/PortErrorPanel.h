// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

/// An error on a ports page: a translated sentence that says what to do, and the technical
/// details (URL, HTTP status, server message) one click away. Hidden while there is no error.
class PortErrorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PortErrorPanel(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &details);
    void clear();
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

} // namespace podnet
