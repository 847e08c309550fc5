// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace podnet::sim {

/// Faults the Kubernetes simulator injects for tests: the next N requests matching a method
/// and path fail with a status, are delayed or are dropped, and the next watch gets 410 Gone.
/// A path ending in '*' matches every path with that prefix; an empty method matches any.
class KubeFaultInjector
{
public:
    enum class Action { Fail, Delay, Drop };

    /// One armed fault.
    struct Fault
    {
        QByteArray method;
        QString path;
        int remaining = 1;
        Action action = Action::Fail;
        int status = 500;
        int delayMs = 0;
    };

    /// The next \a count matching requests answer \a status (with a Status body).
    void failNext(const QByteArray &method, const QString &path, int count, int status);
    /// The next \a count matching requests are answered \a delayMs later.
    void delayNext(const QByteArray &method, const QString &path, int count, int delayMs);
    /// The next \a count matching requests lose their connection without an answer.
    void dropNext(const QByteArray &method, const QString &path, int count);
    /// The next watch request gets an ERROR event with a 410 Status.
    void expireNextWatch() { m_expireNextWatch = true; }
    /// Disarms everything.
    void clear();

    /// The fault for this request, if one is armed (and counts it down).
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    /// True once after expireNextWatch().
    bool takeWatchExpiry();

private:
    QList<Fault> m_faults;
    bool m_expireNextWatch = false;
};

} // namespace podnet::sim
