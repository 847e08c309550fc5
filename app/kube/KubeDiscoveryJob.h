// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeResourceMap.h"
#include "net/HttpFailure.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace podnet {

class KubeClient;
class KubeReply;

/// API discovery: /api, /api/<v>, /apis and /apis/<group>/<version>, in parallel, into a
/// KubeResourceMap. The core API and the group list must answer; a group version that fails
/// (an aggregated API that is down) is only noted in skippedGroupVersions(), as kubectl does.
/// Reports once through finished() and deletes itself afterwards.
class KubeDiscoveryJob : public QObject
{
    Q_OBJECT
public:
    explicit KubeDiscoveryJob(KubeClient *client, QObject *parent = nullptr);
    ~KubeDiscoveryJob() override;

    void start();

    bool isOk() const { return m_errorMessage.isEmpty(); }
    KubeResourceMap resourceMap() const { return m_map; }
    /// Group versions whose discovery failed; their kinds are missing from the map.
    QStringList skippedGroupVersions() const { return m_skipped; }
    /// The HTTP failure of a required request, when there was one.
    HttpFailure failure() const { return m_failure; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

Q_SIGNALS:
    void finished();

private:
    void request(const QString &path, bool required);
    void onReply(KubeReply *reply, const QString &path, bool required);
    void done();

    QPointer<KubeClient> m_client;
    QList<QPointer<KubeReply>> m_pending;
    KubeResourceMap m_map;
    QStringList m_skipped;
    HttpFailure m_failure;
    QString m_errorMessage;
    QString m_errorDetail;
    bool m_finished = false;
};

} // namespace podnet
