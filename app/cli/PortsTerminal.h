// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace podnet {

/// Asks one question on the terminal without blocking the event loop: writes the prompt to
/// stderr, reads one line from standard input (with echo off for passwords) and emits
/// answered(). The terminal's settings are restored when the line is in, or on destruction.
class PortsTerminal : public QObject
{
    Q_OBJECT
public:
    explicit PortsTerminal(QObject *parent = nullptr);
    ~PortsTerminal() override;

    /// Whether standard input is a terminal (a person can answer).
    static bool isInteractive();

    /// Asks \a prompt; with \a secret the typed text is not shown.
    void ask(const QString &prompt, bool secret);
    /// Gives the terminal its echo back (done by itself once the line is in).
    void restore();

Q_SIGNALS:
    /// The line typed, without the newline. \a closed: standard input ended first.
    void answered(const QString &line, bool closed);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    bool m_echoOff = false;
    bool m_secret = false;
    struct Saved;
    Saved *m_saved = nullptr;
};

} // namespace podnet
