// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QProcess;

namespace podnet {

/// The PATH a login shell would have, merged with this process's PATH. Programs started from a
/// desktop menu often lack the user's ~/.local/bin, /usr/local/bin, krew or cloud SDK folders,
/// so credential plugins would not be found. Asks `$SHELL -lc 'printf %s "$PATH"'` once,
/// asynchronously and with a timeout; falls back to the process's PATH.
class LoginShellPath : public QObject
{
    Q_OBJECT
public:
    /// \a shell is the login shell to ask (usually $SHELL; empty: /bin/sh), \a currentPath the
    /// process's own PATH.
    LoginShellPath(const QString &shell, const QString &currentPath, QObject *parent = nullptr);
    ~LoginShellPath() override;

    /// The process's $SHELL and $PATH.
    static LoginShellPath *fromEnvironment(QObject *parent = nullptr);

    /// Skips asking the shell: the login PATH is \a path (tests, or a value already known).
    void setLoginPath(const QString &path);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    bool isKnown() const { return m_known; }
    /// The merged PATH; only meaningful once isKnown().
    QString path() const { return m_merged; }

    /// Calls \a callback with the merged PATH once known (asks the shell on first use), unless
    /// \a context is gone by then. Always calls back later, never from inside this call.
    void request(QObject *context, std::function<void(const QString &path)> callback);

    /// \a first's entries, then \a second's not already present; empty entries dropped.
    static QString merge(const QString &first, const QString &second);

private:
    void finish(const QString &loginPath);

    QString m_shell;
    QString m_currentPath;
    QString m_merged;
    bool m_known = false;
    QPointer<QProcess> m_process;
    std::chrono::milliseconds m_timeout {5000};
    QList<QPair<QPointer<QObject>, std::function<void(const QString &)>>> m_waiting;
};

} // namespace podnet
