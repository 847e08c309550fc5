// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace podnet {

/// Asks "… [y/N]" on the terminal and reads the answer without blocking the event loop
/// (a QSocketNotifier on standard input). Reports once through answered().
class KubeConfirmPrompt : public QObject
{
    Q_OBJECT
public:
    explicit KubeConfirmPrompt(QObject *parent = nullptr);
    ~KubeConfirmPrompt() override;

    /// Standard input and standard error are terminals: someone can answer.
    static bool isInteractive();

    /// Prints \a question (on stderr) and waits for a line.
    void ask(const QString &question);

Q_SIGNALS:
    void answered(bool yes);

private:
    void onReadable();
    void finish(bool yes);

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_line;
    bool m_done = false;
};

} // namespace podnet
