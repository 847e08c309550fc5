// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsInterrupt.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace podnet {

namespace {

int pipeEnds[2] = {-1, -1};

extern "C" void onSignal(int)
{
    // Only async-signal-safe work here.
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[0], &byte, 1);
    errno = saved;
}

void install(int signalNumber, void (*handler)(int), bool once)
{
    struct sigaction action
    { };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = static_cast<int>(once ? (SA_RESTART | SA_RESETHAND) : SA_RESTART);
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

PortsInterrupt::PortsInterrupt(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pipeEnds) != 0)
        return;
    auto *notifier = new QSocketNotifier(pipeEnds[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &PortsInterrupt::onReadable);
    install(SIGINT, onSignal, true);
    install(SIGTERM, onSignal, true);
    m_active = true;
}

PortsInterrupt::~PortsInterrupt()
{
    if (!m_active)
        return;
    install(SIGINT, SIG_DFL, false);
    install(SIGTERM, SIG_DFL, false);
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

void PortsInterrupt::onReadable()
{
    char buffer[16];
    while (::read(pipeEnds[1], buffer, sizeof buffer) > 0) { }
    Q_EMIT interrupted();
}

} // namespace podnet
