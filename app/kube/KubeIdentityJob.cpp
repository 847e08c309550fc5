// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeIdentityJob.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonArray>

namespace podnet {

KubeIdentityJob::KubeIdentityJob(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

KubeIdentityJob::~KubeIdentityJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void KubeIdentityJob::start()
{
    ask(QStringLiteral("v1"));
}

void KubeIdentityJob::ask(const QString &version)
{
    const QString apiVersion = QStringLiteral("authentication.k8s.io/") + version;
    const QJsonObject review {{QStringLiteral("apiVersion"), apiVersion},
                              {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")}};
    KubeReply *reply = m_client->post(
            QStringLiteral("/apis/") + apiVersion + QStringLiteral("/selfsubjectreviews"), review);
    m_reply = reply;
    connect(reply, &KubeReply::finished, this, [this, reply, version] {
        m_reply.clear();
        m_httpStatus = reply->httpStatus();
        if (!reply->isOk()) {
            if (m_httpStatus == 404 && version == QLatin1String("v1"))
                return ask(QStringLiteral("v1beta1"));
            // 404: too old a server; 403: an authorizer that forbids it. Both: unknown, not wrong.
            if (m_httpStatus != 404 && m_httpStatus != 403) {
                m_errorMessage = reply->errorMessage();
                m_errorDetail = reply->errorDetail();
            }
            return finish();
        }
        const QJsonObject user = reply->object()
                                         .value(QLatin1String("status"))
                                         .toObject()
                                         .value(QLatin1String("userInfo"))
                                         .toObject();
        m_offered = true;
        m_userName = user.value(QLatin1String("username")).toString();
        for (const QJsonValue &group : user.value(QLatin1String("groups")).toArray())
            m_groups << group.toString();
        finish();
    });
}

void KubeIdentityJob::finish()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace podnet
