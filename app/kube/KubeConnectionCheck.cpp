// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeConnectionCheck.h"

#include "kube/KubeClient.h"
#include "kube/KubeDiscoveryJob.h"
#include "kube/KubeIdentityJob.h"
#include "kube/KubeReply.h"

namespace podnet {

KubeConnectionCheck::KubeConnectionCheck(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void KubeConnectionCheck::start()
{
    KubeReply *reply = m_client->version();
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->isOk())
            return fail(reply->failure(), reply->errorMessage(), reply->errorDetail());
        const QJsonObject version = reply->object();
        m_result.gitVersion = version.value(QLatin1String("gitVersion")).toString();
        m_result.platform = version.value(QLatin1String("platform")).toString();
        if (m_result.gitVersion.isEmpty()) {
            const HttpFailure failure
                    = HttpFailure::badResponse(reply->url(), KubeClient::serviceName(),
                                               QStringLiteral("/version has no gitVersion"));
            return fail(failure, failure.message(), failure.detail());
        }
        checkIdentity();
    });
}

void KubeConnectionCheck::checkIdentity()
{
    auto *job = new KubeIdentityJob(m_client, this);
    connect(job, &KubeIdentityJob::finished, this, [this, job] {
        if (!job->isOk())
            return fail({}, job->errorMessage(), job->errorDetail());
        m_result.identityKnown = job->isOffered();
        m_result.userName = job->userName();
        m_result.groups = job->groups();
        discover();
    });
    job->start();
}

void KubeConnectionCheck::discover()
{
    auto *job = new KubeDiscoveryJob(m_client, this);
    connect(job, &KubeDiscoveryJob::finished, this, [this, job] {
        if (!job->isOk())
            return fail(job->failure(), job->errorMessage(), job->errorDetail());
        m_result.resources = job->resourceMap();
        m_result.skippedGroupVersions = job->skippedGroupVersions();
        m_result.ok = true;
        finish();
    });
    job->start();
}

void KubeConnectionCheck::fail(const HttpFailure &failure, const QString &message,
                               const QString &detail)
{
    m_result.ok = false;
    m_result.failure = failure;
    m_result.errorMessage = message;
    m_result.errorDetail = detail;
    finish();
}

void KubeConnectionCheck::finish()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace podnet
