// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace podnet {

/// An object's age as kubectl prints it (the AGE column): a creation time and the
/// k8s.io/apimachinery "human duration" rules (5s, 3m20s, 45m, 4h1m, 10h, 3d1h, 30d, 3y1d, 9y).
/// Ages are computed against a "now" the caller gives, so they tick without re-fetching.
class KubeAge
{
public:
    KubeAge() = default;
    explicit KubeAge(const QDateTime &timestamp)
        : m_timestamp(timestamp)
    { }

    /// The age of a Kubernetes object: its metadata.creationTimestamp.
    static KubeAge fromJson(const QJsonObject &object);

    /// The start of the age; invalid when the object carries none.
    QDateTime timestamp() const { return m_timestamp; }
    /// True when there is no timestamp (the age reads "<unknown>").
    bool isNull() const { return !m_timestamp.isValid(); }
    /// The age at \a now, as kubectl prints it ("<unknown>" when there is no timestamp).
    QString text(const QDateTime &now) const { return since(m_timestamp, now); }

    /// kubectl's text for a duration: below -1 s "<invalid>" (clocks disagree too much), below
    /// 0 "0s", below 2 minutes "Ns", below 10 minutes "XmYs" (or "Xm"), below 3 hours "Xm",
    /// below 8 hours "XhYm" (or "Xh"), below 48 hours "Xh", below 8 days "XdYh" (or "Xd"),
    /// below 2 years (of 365 days) "Xd", below 8 years "XyYd" (or "Xy"), else "Xy".
    static QString humanDuration(qint64 milliseconds);
    /// The age of \a timestamp at \a now; "<unknown>" when \a timestamp is invalid.
    static QString since(const QDateTime &timestamp, const QDateTime &now);
    /// Parses a Kubernetes timestamp (RFC 3339, e.g. "2026-01-02T03:04:05Z", optionally with
    /// fractional seconds or an offset) into UTC; invalid for an empty or malformed text.
    static QDateTime parseTimestamp(const QString &text);

    friend bool operator==(const KubeAge &a, const KubeAge &b) = default;

private:
    QDateTime m_timestamp;
};

} // namespace podnet
