// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet::sim {

/// A path into a JSON object: the keys from the root ("spec", "selector", "matchLabels").
using KubeFieldPath = QStringList;

/// JSON helpers of the Kubernetes simulator: YAML bodies, patches and field paths.
class KubeJson
{
public:
    /// Parses a JSON or YAML document (one object) into JSON. On failure returns nullopt and sets
    /// \a error (with 1-based line and column for YAML).
    static std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
    /// Applies an RFC 7386 JSON merge patch to \a target.
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);
    /// Deep merge used by server-side apply: objects merge key by key, anything else is replaced.
    static QJsonObject deepMerge(const QJsonObject &base, const QJsonObject &overlay);

    /// Every leaf path of \a object; lists and empty objects count as leaves.
    static QList<KubeFieldPath> leafPaths(const QJsonObject &object);
    /// The value at \a path, or undefined.
    static QJsonValue valueAt(const QJsonObject &object, const KubeFieldPath &path);
    /// \a object with the value at \a path removed (and emptied parents kept).
    static QJsonObject removeAt(const QJsonObject &object, const KubeFieldPath &path);
    /// ".spec.selector.matchLabels" for messages.
    static QString pathText(const KubeFieldPath &path);
    /// True when one path is a prefix of (or equal to) the other.
    static bool overlaps(const KubeFieldPath &a, const KubeFieldPath &b);

    /// Kubernetes time format, second precision, UTC: 2026-01-02T03:04:05Z.
    static QString timestamp(const QDateTime &time);
    /// The current time in timestamp() format.
    static QString now();
    /// Compact JSON bytes of \a object.
    static QByteArray bytes(const QJsonObject &object);
};

} // namespace podnet::sim
