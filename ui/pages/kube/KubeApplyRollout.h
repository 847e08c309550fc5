// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/RolloutWatch.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;

namespace podnet {

class KubeClient;

/// Follows kube-router's DaemonSet after an apply: "kube-router: 2 of 3 ready" with a progress
/// bar until it is rolled out, or the summary after a timeout or failure.
class KubeApplyRollout : public QWidget
{
    Q_OBJECT
public:
    explicit KubeApplyRollout(QWidget *parent = nullptr);

    /// Between polls and overall (defaults: RolloutWatch's).
    void setTiming(std::chrono::milliseconds interval, std::chrono::milliseconds timeout);

    /// Starts following the DaemonSet at \a path; a watch already running is dropped.
    void start(KubeClient *client, const QString &path);
    /// Stops following and hides.
    void reset();

    bool isRunning() const { return !m_watch.isNull(); }
    /// The outcome of the last watch (Running while it runs or before any).
    RolloutWatch::Outcome outcome() const { return m_outcome; }
    /// The line shown now.
    QString text() const;

    void retranslate();

Q_SIGNALS:
    void finished();

private:
    void show(const RolloutWatch *watch);

    QPointer<RolloutWatch> m_watch;
    std::chrono::milliseconds m_interval {0};
    std::chrono::milliseconds m_timeout {0};
    QString m_name;
    RolloutWatch::Outcome m_outcome = RolloutWatch::Outcome::Running;
    RolloutWatch::Counts m_counts;
    QString m_summary;
    QString m_detail;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace podnet
