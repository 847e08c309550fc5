// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeConfirmPrompt.h"

#include <QString>

#include <cstdio>
#include <unistd.h>

namespace podnet {

KubeConfirmPrompt::KubeConfirmPrompt(QObject *parent)
    : QObject(parent)
{ }

KubeConfirmPrompt::~KubeConfirmPrompt() = default;

bool KubeConfirmPrompt::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDERR_FILENO) == 1;
}

void KubeConfirmPrompt::ask(const QString &question)
{
    const QByteArray text = (question + QLatin1Char(' ') + tr("[y/N]") + QLatin1Char(' ')).toUtf8();
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &KubeConfirmPrompt::onReadable);
}

void KubeConfirmPrompt::onReadable()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0)
        return finish(false); // end of input: no
    m_line.append(buffer, static_cast<qsizetype>(count));
    const qsizetype newline = m_line.indexOf('\n');
    if (newline < 0)
        return;
    const QString answer = QString::fromLocal8Bit(m_line.left(newline)).trimmed().toLower();
    finish(answer == QLatin1String("y") || answer == QLatin1String("yes")
           || answer == tr("y", "the short answer yes to [y/N]")
           || answer == tr("yes", "the answer yes to [y/N]"));
}

void KubeConfirmPrompt::finish(bool yes)
{
    if (m_done)
        return;
    m_done = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    Q_EMIT answered(yes);
}

} // namespace podnet
