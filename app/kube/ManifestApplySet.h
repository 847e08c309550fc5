// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestApplyItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace podnet {

struct ManifestApplyPreparation;

class KubeClient;

/// The objects of a rendered manifest in the order to apply them: ServiceAccount, ClusterRole,
/// ClusterRoleBinding, ConfigMap, DaemonSet, then any other kinds in file order. URLs come from
/// discovery's scope, never from the document's namespace.
class ManifestApplySet
{
    Q_DECLARE_TR_FUNCTIONS(ManifestApplySet)
public:
    /// Parses every non-empty YAML document of \a text into JSON (YAML 1.1 scalars as
    /// Kubernetes reads them: quoted stays text; true/false, numbers and null are typed).
    /// On a YAML error: nothing, and \a error says where.
    static std::optional<QList<QJsonObject>> parseDocuments(const QByteArray &text, QString *error);

    /// Where \a kind goes in the apply order (lower first); other kinds share the last rank.
    static int dependencyRank(const QString &kind);

    /// Builds the set from \a text with \a map; namespaced objects without a namespace go to
    /// \a defaultNamespace. Nothing and a translated \a error when the text does not parse or
    /// a kind is unknown to the server.
    static std::optional<ManifestApplySet> build(const QByteArray &text, const KubeResourceMap &map,
                                                 const QString &defaultNamespace, QString *error);

    /// Runs discovery with \a client when \a map is empty, then builds the set from \a text
    /// (see build()) and calls \a done, never from inside this call. Nothing when \a context
    /// is gone.
    static void prepare(KubeClient *client, const KubeResourceMap &map, const QByteArray &text,
                        const QString &defaultNamespace, QObject *context,
                        std::function<void(const ManifestApplyPreparation &)> done);

    /// Apply order.
    const QList<ManifestApplyItem> &items() const { return m_items; }
    /// Reverse apply order, for removal.
    QList<ManifestApplyItem> removalOrder() const;

private:
    QList<ManifestApplyItem> m_items;
};

} // namespace podnet
