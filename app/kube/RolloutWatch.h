// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace podnet {

class KubeClient;

/// Follows a DaemonSet's rollout by polling it until observedGeneration == generation and
/// desiredNumberScheduled == updatedNumberScheduled == numberReady > 0, or until the timeout.
/// Passing network failures are retried until then. Reports once through finished() and
/// deletes itself afterwards.
class RolloutWatch : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Running, Complete, TimedOut, Failed };

    /// The numbers of one DaemonSet status.
    struct Counts
    {
        qint64 generation = 0;
        qint64 observedGeneration = 0;
        qint64 desired = 0;
        qint64 updated = 0;
        qint64 ready = 0;
    };

    /// \a path is the DaemonSet's URL path (see ManifestApplyJob::daemonSetPaths()).
    RolloutWatch(KubeClient *client, const QString &path, QObject *parent = nullptr);
    ~RolloutWatch() override;

    /// Between two polls. Default 2 s.
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    /// Overall limit. Default 5 min.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();

    Outcome outcome() const { return m_outcome; }
    Counts counts() const { return m_counts; }
    /// Translated: "3 of 3 kube-router pods are up to date and ready." or, after a timeout,
    /// the counts and what to look at.
    QString summary() const;
    /// For Failed: the translated reason and technical detail.
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

    /// The counts of \a daemonSet (pure).
    static Counts countsOf(const QJsonObject &daemonSet);
    /// Whether \a counts describe a finished rollout (pure).
    static bool isRolledOut(const Counts &counts);

Q_SIGNALS:
    /// A poll answered; counts() changed or not.
    void progress();
    void finished();

private:
    void poll();
    void finish(Outcome outcome);

    QPointer<KubeClient> m_client;
    QString m_path;
    QString m_name;
    std::chrono::milliseconds m_interval {2000};
    std::chrono::milliseconds m_timeout {300000};
    QTimer m_deadline;
    QTimer m_pollTimer;
    Outcome m_outcome = Outcome::Running;
    Counts m_counts;
    bool m_seen = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
