// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeDiscoveryJob.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonArray>

namespace podnet {

KubeDiscoveryJob::KubeDiscoveryJob(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

KubeDiscoveryJob::~KubeDiscoveryJob()
{
    for (const QPointer<KubeReply> &reply : std::as_const(m_pending)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void KubeDiscoveryJob::start()
{
    request(QStringLiteral("/api"), true);
    request(QStringLiteral("/apis"), true);
}

void KubeDiscoveryJob::request(const QString &path, bool required)
{
    KubeReply *reply = m_client->get(path);
    m_pending << reply;
    connect(reply, &KubeReply::finished, this,
            [this, reply, path, required] { onReply(reply, path, required); });
}

void KubeDiscoveryJob::onReply(KubeReply *reply, const QString &path, bool required)
{
    m_pending.removeAll(QPointer<KubeReply>(reply));
    if (m_finished)
        return;
    if (!reply->isOk()) {
        if (!required) {
            m_skipped << path.mid(6); // "/apis/"
            return done();
        }
        m_failure = reply->failure();
        m_errorMessage = reply->errorMessage();
        m_errorDetail = reply->errorDetail();
        return done();
    }
    const QJsonObject object = reply->object();
    if (path == QLatin1String("/api")) {
        const QJsonArray versions = object.value(QLatin1String("versions")).toArray();
        for (const QJsonValue &version : versions)
            request(QStringLiteral("/api/") + version.toString(), true);
        if (versions.isEmpty()) {
            m_failure = HttpFailure::badResponse(reply->url(), KubeClient::serviceName(),
                                                 QStringLiteral("/api lists no versions"));
            m_errorMessage = m_failure.message();
            m_errorDetail = m_failure.detail();
        }
    } else if (path == QLatin1String("/apis")) {
        for (const QJsonValue &group : object.value(QLatin1String("groups")).toArray()) {
            const QJsonArray versions = group.toObject().value(QLatin1String("versions")).toArray();
            for (const QJsonValue &version : versions) {
                const QString groupVersion
                        = version.toObject().value(QLatin1String("groupVersion")).toString();
                if (!groupVersion.isEmpty())
                    request(QStringLiteral("/apis/") + groupVersion, false);
            }
        }
    } else {
        m_map.addResourceList(object);
    }
    done();
}

void KubeDiscoveryJob::done()
{
    if (m_finished || (m_errorMessage.isEmpty() && !m_pending.isEmpty()))
        return;
    m_finished = true;
    for (const QPointer<KubeReply> &reply : std::as_const(m_pending)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_pending.clear();
    m_skipped.sort();
    Q_EMIT finished();
    deleteLater();
}

} // namespace podnet
