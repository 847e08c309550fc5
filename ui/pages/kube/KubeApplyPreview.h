// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "kube/ManifestDiffEntry.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace podnet {

class KubeClient;
class ManifestDiffJob;

/// The apply page's preview: runs ManifestDiffJob (a server-side dry run per object) and keeps
/// what it found after the job is gone, with the totals in the current language.
class KubeApplyPreview : public QObject
{
    Q_OBJECT
public:
    explicit KubeApplyPreview(QObject *parent = nullptr);

    /// Starts a new preview; one still running is dropped.
    void start(KubeClient *client, const QByteArray &manifest, const KubeResourceMap &map);
    /// Forgets everything (and drops a running preview).
    void clear();

    bool isRunning() const { return !m_job.isNull(); }
    bool isDone() const { return m_done; }
    QList<ManifestDiffEntry> entries() const { return m_entries; }
    /// The preview stopped before the objects (discovery, parsing): translated, with detail.
    QString errorMessage() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }

    /// Done, without error, and every object is "=".
    bool isNothingToDo() const;
    /// Translated: "5 to create, 0 to configure, 0 unchanged, 0 with problems."
    QString totalsText() const;
    /// The first row that would change (0 when none).
    int firstChange() const;

Q_SIGNALS:
    void finished();

private:
    QPointer<ManifestDiffJob> m_job;
    QList<ManifestDiffEntry> m_entries;
    bool m_done = false;
    QString m_error;
    QString m_errorDetail;
};

} // namespace podnet
