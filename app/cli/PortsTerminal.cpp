// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsTerminal.h"

#include "cli/ConsoleOutput.h"

#include <QSocketNotifier>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace podnet {

struct PortsTerminal::Saved
{
    termios settings {};
};

PortsTerminal::PortsTerminal(QObject *parent)
    : QObject(parent)
{ }

PortsTerminal::~PortsTerminal()
{
    restore();
    delete m_saved;
}

bool PortsTerminal::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void PortsTerminal::ask(const QString &prompt, bool secret)
{
    m_line.clear();
    m_secret = secret;
    if (secret && isInteractive()) {
        if (!m_saved)
            m_saved = new Saved;
        if (::tcgetattr(STDIN_FILENO, &m_saved->settings) == 0) {
            termios quiet = m_saved->settings;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    const QByteArray bytes = prompt.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &PortsTerminal::onReadable);
    }
    m_notifier->setEnabled(true);
}

void PortsTerminal::onReadable()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count > 0)
        m_line.append(buffer, static_cast<qsizetype>(count));
    const qsizetype newline = m_line.indexOf('\n');
    if (count > 0 && newline < 0)
        return;
    m_notifier->setEnabled(false);
    restore();
    QByteArray line = newline >= 0 ? m_line.left(newline) : m_line;
    if (line.endsWith('\r'))
        line.chop(1);
    m_line.fill('\0');
    m_line.clear();
    const QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    Q_EMIT answered(text, newline < 0);
}

void PortsTerminal::restore()
{
    if (m_echoOff && m_saved) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->settings);
        m_echoOff = false;
    }
}

} // namespace podnet
