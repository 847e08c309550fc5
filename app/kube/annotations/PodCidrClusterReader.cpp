// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrClusterReader.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace podnet {

namespace {

QList<QJsonObject> itemsOf(const QJsonObject &list)
{
    QList<QJsonObject> items;
    for (const QJsonValue &value : list.value(QStringLiteral("items")).toArray())
        items << value.toObject();
    return items;
}

} // namespace

PodCidrClusterReader::PodCidrClusterReader(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

PodCidrClusterReader::~PodCidrClusterReader() = default;

QString PodCidrClusterReader::kubeRouterPodsPath()
{
    return QStringLiteral("/api/v1/pods");
}

QUrlQuery PodCidrClusterReader::kubeRouterPodsQuery()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("k8s-app=kube-router"));
    return query;
}

void PodCidrClusterReader::start()
{
    KubeReply *reply = m_client->list(QStringLiteral("/api/v1/nodes"));
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            m_errorMessage = tr("Could not list the nodes: %1").arg(reply->errorMessage());
            m_errorDetail = reply->errorDetail();
            m_finished = true;
            Q_EMIT finished();
            return;
        }
        m_nodes = itemsOf(reply->object());
        listPods();
    });
}

void PodCidrClusterReader::listPods()
{
    KubeReply *reply = m_client->get(kubeRouterPodsPath(), kubeRouterPodsQuery());
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (reply->isOk())
            m_pods = itemsOf(reply->object());
        else
            m_warning = tr("Could not list kube-router's pods, so no restart is offered: %1")
                                .arg(reply->errorMessage());
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace podnet
