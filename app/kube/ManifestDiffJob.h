// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestDiffEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace podnet {

class KubeClient;

/// Previews what applying a rendered manifest would do, as `kubectl diff` does: for every object
/// a GET of the live object and a server-side apply with dryRun=All, then + create, ~ configure
/// (with a unified diff of the live object and the dry-run answer, server-maintained fields
/// hidden) or = unchanged. Stores nothing. Reports once through finished() and deletes itself
/// afterwards.
class ManifestDiffJob : public QObject
{
    Q_OBJECT
public:
    ManifestDiffJob(KubeClient *client, const QByteArray &manifest, QObject *parent = nullptr);
    ~ManifestDiffJob() override;

    /// Skips discovery when a map is at hand (empty: discover at start()).
    void setResourceMap(const KubeResourceMap &map) { m_map = map; }
    /// Namespace for objects without one (default "default").
    void setDefaultNamespace(const QString &name) { m_defaultNamespace = name; }

    void start();

    /// Every object was previewed (entries may still hold conflicts).
    bool isOk() const { return m_errorMessage.isEmpty(); }
    /// In apply order.
    QList<ManifestDiffEntry> entries() const { return m_entries; }
    /// Translated totals: "2 to create, 1 to configure, 2 unchanged, 0 with problems."
    QString totalsText() const;
    /// One translated line per object ("~ configmap/kube-router-cfg"), its diff indented below
    /// for Configure, its message for problems, then the totals.
    QString toText() const;

    /// The diff of \a live → \a after as comparable YAML-like text (pure; for tests and reuse).
    static QString objectDiff(const QJsonObject &live, const QJsonObject &after,
                              const QString &name);

    /// A failure that stopped the preview (discovery, parsing): translated, with detail.
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

Q_SIGNALS:
    void entryFinished(int index);
    void finished();

private:
    void next();
    void dryRun(const QJsonObject &live, bool existed);
    void done();

    QPointer<KubeClient> m_client;
    QByteArray m_manifest;
    KubeResourceMap m_map;
    QString m_defaultNamespace = QStringLiteral("default");
    QList<ManifestDiffEntry> m_entries;
    qsizetype m_current = 0;
    bool m_started = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
