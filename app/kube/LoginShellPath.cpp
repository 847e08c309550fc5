// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/LoginShellPath.h"

#include <QDir>
#include <QProcess>
#include <QTimer>

namespace podnet {

LoginShellPath::LoginShellPath(const QString &shell, const QString &currentPath, QObject *parent)
    : QObject(parent)
    , m_shell(shell.isEmpty() ? QStringLiteral("/bin/sh") : shell)
    , m_currentPath(currentPath)
{ }

LoginShellPath::~LoginShellPath()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

LoginShellPath *LoginShellPath::fromEnvironment(QObject *parent)
{
    return new LoginShellPath(qEnvironmentVariable("SHELL"), qEnvironmentVariable("PATH"), parent);
}

void LoginShellPath::setLoginPath(const QString &path)
{
    finish(path);
}

QString LoginShellPath::merge(const QString &first, const QString &second)
{
    QStringList entries;
    const QChar separator = QDir::listSeparator();
    for (const QString &part : first.split(separator) + second.split(separator)) {
        if (!part.isEmpty() && !entries.contains(part))
            entries << part;
    }
    return entries.join(separator);
}

void LoginShellPath::request(QObject *context, std::function<void(const QString &)> callback)
{
    if (m_known) {
        QMetaObject::invokeMethod(
                context, [path = m_merged, callback] { callback(path); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (m_process)
        return;

    auto *process = new QProcess(this);
    m_process = process;
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::SeparateChannels);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, this,
            [this, process](int code, QProcess::ExitStatus status) {
                const QString output
                        = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
                process->deleteLater();
                // A login shell that prints a banner pollutes stdout; keep the last line only.
                const QString lastLine = output.section(QLatin1Char('\n'), -1);
                finish(status == QProcess::NormalExit && code == 0 ? lastLine : QString());
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->deleteLater();
            finish(QString());
        }
    });
    deadline->start(m_timeout);
    process->start(m_shell, {QStringLiteral("-lc"), QStringLiteral("printf %s \"$PATH\"")});
}

void LoginShellPath::finish(const QString &loginPath)
{
    m_merged = merge(loginPath, m_currentPath);
    m_known = true;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            QMetaObject::invokeMethod(
                    context.data(), [path = m_merged, callback] { callback(path); },
                    Qt::QueuedConnection);
    }
}

} // namespace podnet
