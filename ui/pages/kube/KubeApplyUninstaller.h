// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestUninstallJob.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QWidget;

namespace podnet {

class KubeClient;

/// "Uninstall…" on the apply page: first lists which of the manifest's objects exist
/// (ManifestUninstallJob Preview), then asks in a message box opened with open(), and deletes
/// them only when the user confirms. Reports every object and the end through signals.
class KubeApplyUninstaller : public QObject
{
    Q_OBJECT
public:
    /// The confirmation box is a child of \a dialogParent.
    explicit KubeApplyUninstaller(QWidget *dialogParent);

    /// Starts with the preview; does nothing while busy.
    void start(KubeClient *client, const QByteArray &manifest, const KubeResourceMap &map);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// One object's state is known (preview: Exists/Absent; delete: Deleted/AlreadyGone/Failed).
    void entryChanged(const podnet::ManifestUninstallJob::Entry &entry, const QString &line);
    /// The preview ended and the box is open (or nothing exists: finished() follows).
    void confirmationAsked();
    /// Ended: \a deleted when the delete ran; \a message translated (empty when all went well),
    /// \a detail technical.
    void finished(bool deleted, const QString &message, const QString &detail);

private:
    void run(ManifestUninstallJob::Mode mode);
    void askToConfirm(const QList<ManifestUninstallJob::Entry> &entries);
    void end(bool deleted, const QString &message, const QString &detail);

    QWidget *m_dialogParent;
    QPointer<KubeClient> m_client;
    QByteArray m_manifest;
    KubeResourceMap m_map;
    bool m_busy = false;
};

} // namespace podnet
