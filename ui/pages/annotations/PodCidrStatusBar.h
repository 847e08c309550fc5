// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace podnet {

class PortErrorPanel;

/// The top of the annotations page: a busy indicator while the nodes are read, the status line
/// (what the page knows, what to do next; technical detail in its tooltip), "Read again", and
/// the error panel with the technical details one click away.
class PodCidrStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit PodCidrStatusBar(QWidget *parent = nullptr);

    /// The status line and its tooltip (technical detail; empty for none).
    void setStatus(const QString &text, const QString &detail);
    /// The status line's text.
    QString status() const;
    /// Shows the busy indicator while the nodes are read.
    void setReading(bool reading);
    /// Whether "Read again" can be pressed.
    void setReadEnabled(bool enabled);
    /// The error panel: \a message says what to do, \a detail is one click away.
    void showError(const QString &message, const QString &detail);
    /// Hides the error panel.
    void clearError();
    /// The "Read again" button (for the page's tab order).
    QPushButton *readButton() const { return m_read; }

Q_SIGNALS:
    void readRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_read;
    PortErrorPanel *m_error;
};

} // namespace podnet
