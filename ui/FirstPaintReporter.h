// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

namespace podnet {

/// Startup benchmark hook (tests/benchmarks/startup.sh): reports when a window's first frame has
/// been painted, as `first-paint-ns <CLOCK_MONOTONIC nanoseconds>` on stderr. Off unless the
/// environment variable PODNET_REPORT_FIRST_PAINT is set; with the value `quit` the application
/// quits right after reporting.
class FirstPaintReporter : public QObject
{
    Q_OBJECT
public:
    /// Watches \a window when PODNET_REPORT_FIRST_PAINT is set; does nothing otherwise. The
    /// reporter is a child of \a window.
    static void installIfRequested(QWidget *window);

    /// Watches \a window; quits the application after reporting when \a quitAfterReport.
    FirstPaintReporter(QWidget *window, bool quitAfterReport);

Q_SIGNALS:
    /// Emitted once, right after the report line is written, with its CLOCK_MONOTONIC time.
    void reported(qint64 monotonicNs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    bool m_quitAfterReport;
    bool m_seen = false;
};

} // namespace podnet
