// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace podnet::sim {

struct KubeResourceType;

/// Server-side printing: turns objects into meta.k8s.io/v1 Tables, which is what `kubectl get`
/// asks for (Accept: ...;as=Table) and prints as columns.
class KubeTableConverter
{
public:
    /// How much of each object a row carries (the includeObject query parameter).
    enum class Include { None, Metadata, Object };

    /// A Table of \a objects with the columns of \a type.
    static QJsonObject table(const KubeResourceType &type, const QList<QJsonObject> &objects,
                             const QString &resourceVersion, Include include,
                             bool withColumns = true);
    /// "5s", "3m20s", "4h", ... like kubectl's AGE column.
    static QString age(const QDateTime &since, const QDateTime &now);
    /// The node's STATUS column: Ready, NotReady or Unknown (plus ,SchedulingDisabled).
    static QString nodeStatus(const QJsonObject &node);

private:
    static QJsonArray columns(const KubeResourceType &type);
    static QJsonArray cells(const KubeResourceType &type, const QJsonObject &object);
};

} // namespace podnet::sim
