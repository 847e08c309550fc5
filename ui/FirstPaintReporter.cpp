// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace podnet {

namespace {
const char reportVariable[] = "PODNET_REPORT_FIRST_PAINT";
}

void FirstPaintReporter::installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet(reportVariable))
        return;
    const bool quit = qEnvironmentVariable(reportVariable) == QLatin1String("quit");
    new FirstPaintReporter(window, quit);
}

FirstPaintReporter::FirstPaintReporter(QWidget *window, bool quitAfterReport)
    : QObject(window)
    , m_quitAfterReport(quitAfterReport)
{
    window->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        watched->removeEventFilter(this);
        // The window's paint event opens the frame; its children paint and the backing store is
        // flushed to the display before control returns to the event loop, so a zero timer
        // stamps the moment the whole first page has been handed to the display.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 ns = static_cast<qint64>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    std::fprintf(stderr, "first-paint-ns %lld\n", static_cast<long long>(ns));
    std::fflush(stderr);
    Q_EMIT reported(ns);
    if (m_quitAfterReport)
        QCoreApplication::quit();
}

} // namespace podnet
