// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestApplyItem.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace podnet {

class KubeClient;

/// Removes exactly the objects of a manifest, in reverse dependency order (DaemonSet first,
/// ServiceAccount last). Mode Preview only reads which of them exist now; Mode Delete deletes
/// them one after another, a 404 counting as already gone, and stops at the first error.
/// Reports once through finished() and deletes itself afterwards.
class ManifestUninstallJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Preview, Delete };

    /// One object of the manifest.
    struct Entry
    {
        enum class State { Pending, Exists, Absent, Deleted, AlreadyGone, Failed };

        ManifestApplyItem item;
        State state = State::Pending;
        QString message; ///< translated, for Failed
        QString detail;
    };

    ManifestUninstallJob(KubeClient *client, const QByteArray &manifest, Mode mode,
                         QObject *parent = nullptr);
    ~ManifestUninstallJob() override;

    /// Skips discovery when a map is at hand (empty: discover at start()).
    void setResourceMap(const KubeResourceMap &map) { m_map = map; }
    /// Namespace for objects without one (default "default").
    void setDefaultNamespace(const QString &name) { m_defaultNamespace = name; }

    void start();

    Mode mode() const { return m_mode; }
    /// No object failed and nothing stopped the job.
    bool isOk() const;
    /// In removal order.
    QList<Entry> entries() const { return m_entries; }
    /// Translated line per object: "daemonset.apps/kube-router deleted", "… already gone",
    /// "… exists (will be deleted)", "… not found".
    static QString line(const Entry &entry);
    QStringList lines() const;

    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

Q_SIGNALS:
    void entryFinished(int index);
    void finished();

private:
    void next();
    void done();

    QPointer<KubeClient> m_client;
    QByteArray m_manifest;
    Mode m_mode;
    KubeResourceMap m_map;
    QString m_defaultNamespace = QStringLiteral("default");
    QList<Entry> m_entries;
    qsizetype m_current = 0;
    bool m_started = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
