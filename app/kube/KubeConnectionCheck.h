// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConnectionCheckResult.h"

#include <QObject>
#include <QPointer>

namespace podnet {

class KubeClient;

/// "Test connection" for Kubernetes: GET /version, then who we are (SelfSubjectReview, optional),
/// then API discovery. Stops at the first failure with a message that names the cause (TLS, wrong
/// credentials, permission, unreachable, not a Kubernetes API). Reports once through finished()
/// and deletes itself afterwards.
class KubeConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit KubeConnectionCheck(KubeClient *client, QObject *parent = nullptr);

    void start();
    const KubeConnectionCheckResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void checkIdentity();
    void discover();
    void fail(const HttpFailure &failure, const QString &message, const QString &detail);
    void finish();

    QPointer<KubeClient> m_client;
    KubeConnectionCheckResult m_result;
};

} // namespace podnet
