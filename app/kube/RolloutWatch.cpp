// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/RolloutWatch.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

namespace podnet {

RolloutWatch::RolloutWatch(KubeClient *client, const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_name(path.section(QLatin1Char('/'), -1))
{
    m_deadline.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(Outcome::TimedOut); });
    connect(&m_pollTimer, &QTimer::timeout, this, &RolloutWatch::poll);
}

RolloutWatch::~RolloutWatch() = default;

void RolloutWatch::start()
{
    if (m_deadline.isActive() || m_outcome != Outcome::Running)
        return;
    m_deadline.start(m_timeout);
    poll();
}

RolloutWatch::Counts RolloutWatch::countsOf(const QJsonObject &daemonSet)
{
    const QJsonObject metadata = daemonSet.value(QStringLiteral("metadata")).toObject();
    const QJsonObject status = daemonSet.value(QStringLiteral("status")).toObject();
    auto number = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toInteger();
    };
    Counts counts;
    counts.generation = number(metadata, "generation");
    counts.observedGeneration = number(status, "observedGeneration");
    counts.desired = number(status, "desiredNumberScheduled");
    counts.updated = number(status, "updatedNumberScheduled");
    counts.ready = number(status, "numberReady");
    return counts;
}

bool RolloutWatch::isRolledOut(const Counts &counts)
{
    return counts.observedGeneration == counts.generation && counts.desired > 0
            && counts.updated == counts.desired && counts.ready == counts.desired;
}

void RolloutWatch::poll()
{
    if (m_outcome != Outcome::Running || !m_client)
        return;
    KubeReply *reply = m_client->getObject(m_path);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (m_outcome != Outcome::Running)
            return;
        if (reply->isOk() && reply->isAbsent()) {
            m_errorMessage = tr("The DaemonSet %1 no longer exists, so there is no rollout to "
                                "follow. Apply the manifest again.")
                                     .arg(m_name);
            m_errorDetail = reply->url().toString();
            return finish(Outcome::Failed);
        }
        if (!reply->isOk()) {
            // Passing trouble: keep polling until the deadline. Anything else stops.
            if (!reply->failure().isTransient()) {
                m_errorMessage = reply->errorMessage();
                m_errorDetail = reply->errorDetail();
                return finish(Outcome::Failed);
            }
        } else {
            m_counts = countsOf(reply->object());
            m_seen = true;
            Q_EMIT progress();
            if (isRolledOut(m_counts))
                return finish(Outcome::Complete);
        }
        m_pollTimer.start(m_interval);
    });
}

void RolloutWatch::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = outcome;
    m_deadline.stop();
    m_pollTimer.stop();
    Q_EMIT finished();
    deleteLater();
}

QString RolloutWatch::summary() const
{
    switch (m_outcome) {
    case Outcome::Complete:
        return tr("DaemonSet %1 rolled out: %2 of %3 pods are up to date and ready.")
                .arg(m_name)
                .arg(m_counts.ready)
                .arg(m_counts.desired);
    case Outcome::TimedOut:
        if (!m_seen)
            return tr("DaemonSet %1 could not be read before the time ran out. Check the "
                      "connection to the cluster and follow it with: kubectl -n kube-system "
                      "rollout status daemonset/%1")
                    .arg(m_name);
        return tr("DaemonSet %1 has not finished rolling out: %2 pods wanted, %3 up to date, %4 "
                  "ready. Look at the pods that are not ready: kubectl -n kube-system get pods "
                  "-l k8s-app=kube-router -o wide, then kubectl -n kube-system logs on them.")
                .arg(m_name)
                .arg(m_counts.desired)
                .arg(m_counts.updated)
                .arg(m_counts.ready);
    case Outcome::Failed:
        return m_errorMessage;
    case Outcome::Running:
        break;
    }
    return tr("DaemonSet %1: %2 pods wanted, %3 up to date, %4 ready.")
            .arg(m_name)
            .arg(m_counts.desired)
            .arg(m_counts.updated)
            .arg(m_counts.ready);
}

} // namespace podnet
