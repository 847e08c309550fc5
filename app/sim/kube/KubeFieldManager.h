// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeJson.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace podnet::sim {

/// Field ownership (metadata.managedFields) and server-side apply. Ownership is tracked per
/// leaf field; lists are atomic (one owner for the whole list), which is coarser than the real
/// API server's keyed lists but gives the same conflicts for whole-object applies.
class KubeFieldManager
{
public:
    /// A field another manager owns with a different value.
    struct Conflict
    {
        QString manager;
        KubeFieldPath path;
    };

    /// The outcome of apply(): the would-be object, or the conflicts that stopped it.
    struct ApplyResult
    {
        QJsonObject object;
        QList<Conflict> conflicts;
    };

    /// Server-side apply of \a config by \a manager onto \a live (nullopt: the object is new).
    /// With \a force, conflicting fields change owner instead of failing.
    static ApplyResult apply(const std::optional<QJsonObject> &live, const QJsonObject &config,
                             const QString &manager, const QString &apiVersion, bool force);
    /// Records an Update by \a manager that turned \a before into \a after through \a patch
    /// (a merge patch): the manager takes the fields it changed.
    static QJsonObject recordUpdate(const QJsonObject &before, const QJsonObject &after,
                                    const QJsonObject &patch, const QString &manager,
                                    const QString &apiVersion);
    /// The fields owned by \a manager with \a operation ("Apply"/"Update") in \a object.
    static QList<KubeFieldPath> ownedFields(const QJsonObject &object, const QString &manager,
                                            const QString &operation = QStringLiteral("Apply"));
    /// The 409 Status body for \a conflicts, worded like the API server.
    static QJsonObject conflictStatus(const QList<Conflict> &conflicts, const QString &apiVersion);

    /// fieldsV1 ({"f:spec":{"f:replicas":{}}}) from leaf paths, and back.
    static QJsonObject toFieldsV1(const QList<KubeFieldPath> &paths);
    static QList<KubeFieldPath> fromFieldsV1(const QJsonObject &fields);
};

} // namespace podnet::sim
