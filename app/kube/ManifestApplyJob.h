// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestApplyResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace podnet {

class KubeClient;

/// Applies a rendered manifest with server-side apply (field manager podnet-wizard), one object
/// after another in dependency order (ServiceAccount, ClusterRole, ClusterRoleBinding,
/// ConfigMap, DaemonSet, others), and tells honestly what happened to each: created,
/// configured or unchanged, from a GET before and the answer after.
///
/// The first conflict or error stops the run (later objects depend on earlier ones) and
/// finished() is emitted; retry() or retryWithForce() continue from that object and emit
/// finished() again. The job does not delete itself: its parent owns it.
class ManifestApplyJob : public QObject
{
    Q_OBJECT
public:
    ManifestApplyJob(KubeClient *client, const QByteArray &manifest, QObject *parent = nullptr);
    ~ManifestApplyJob() override;

    /// Skips discovery when a map is at hand (empty: discover at start()).
    void setResourceMap(const KubeResourceMap &map) { m_map = map; }
    /// Namespace for objects without one (default "default").
    void setDefaultNamespace(const QString &name) { m_defaultNamespace = name; }

    void start();
    /// Continues from the object that stopped the run, unchanged.
    void retry();
    /// Continues from the conflicting object, applying it with force: podnet-wizard takes
    /// ownership of the contested fields (of that object only). Only when canRetryWithForce().
    void retryWithForce();

    bool isRunning() const { return m_running; }
    /// Every object was applied.
    bool isOk() const;
    /// The run stopped at a 409 conflict.
    bool canRetryWithForce() const;

    /// One entry per object in apply order, once the objects are known (itemsReady()).
    QList<ManifestApplyResult> results() const { return m_results; }
    /// kubectl-style line for one object: "configmap/kube-router-cfg created". Translated.
    static QString line(const ManifestApplyResult &result);
    QStringList lines() const;
    /// Translated totals: "5 objects: 2 created, 1 configured, 2 unchanged".
    QString summary() const;

    /// Translated: which fields of \a item which managers own, and what to do about it.
    static QString conflictMessage(const ManifestApplyItem &item,
                                   const QList<KubeStatus::Cause> &conflicts);

    /// The URL paths of the applied DaemonSets, for RolloutWatch.
    QStringList daemonSetPaths() const;

    /// A failure before any object was tried (discovery, parsing): translated, with detail.
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

Q_SIGNALS:
    /// results() now lists every object (all Pending).
    void itemsReady();
    void objectStarted(int index);
    void objectFinished(int index);
    /// The run ended: all applied, or stopped at results()[i] with Conflict or Failed.
    void finished();

private:
    void next();
    void applyCurrent(const QJsonObject &before, bool existed);
    void stop();

    QPointer<KubeClient> m_client;
    QByteArray m_manifest;
    KubeResourceMap m_map;
    QString m_defaultNamespace = QStringLiteral("default");
    QList<ManifestApplyResult> m_results;
    qsizetype m_current = 0;
    bool m_force = false;
    bool m_running = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
