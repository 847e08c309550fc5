// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/PreflightCheck.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/PreflightChecks.h"

#include <QJsonArray>

namespace podnet {

PreflightCheck::PreflightCheck(KubeClient *client, const PreflightInput &input, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_input(input)
{ }

PreflightCheck::~PreflightCheck() = default;

void PreflightCheck::start()
{
    if (m_started || !m_client)
        return;
    m_started = true;
    m_input.existingConfigMap.reset();
    m_input.nodes.clear();
    m_input.kubeProxyDaemonSet = false;

    KubeReply *configMap = m_client->getObject(
            QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg"));
    track(configMap);
    connect(configMap, &KubeReply::finished, this, [this, configMap] {
        if (!configMap->isOk())
            readFailed("existing-install",
                       tr("An earlier kube-router installation could not be "
                          "checked"),
                       configMap);
        else if (!configMap->isAbsent())
            m_input.existingConfigMap = configMap->object();
        --m_pending;
        maybeDone();
    });

    KubeReply *nodes = m_client->list(QStringLiteral("/api/v1/nodes"));
    track(nodes);
    connect(nodes, &KubeReply::finished, this, [this, nodes] {
        if (!nodes->isOk()) {
            m_input.nodesKnown = false;
        } else {
            m_input.nodesKnown = true;
            for (const QJsonValue &node : nodes->object().value(QStringLiteral("items")).toArray())
                m_input.nodes << node.toObject();
        }
        --m_pending;
        maybeDone();
    });

    KubeReply *proxy = m_client->getObject(
            QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy"));
    track(proxy);
    connect(proxy, &KubeReply::finished, this, [this, proxy] {
        if (!proxy->isOk())
            readFailed("kube-proxy", tr("kube-proxy could not be checked"), proxy);
        else
            m_input.kubeProxyDaemonSet = !proxy->isAbsent();
        --m_pending;
        maybeDone();
    });
}

void PreflightCheck::track(KubeReply *)
{
    ++m_pending;
}

void PreflightCheck::readFailed(const char *id, const QString &title, KubeReply *reply)
{
    m_readProblems << PreflightItem {
            QString::fromLatin1(id),
            PreflightItem::Severity::Warning,
            title,
            tr("%1 Run the checks again once this is fixed.").arg(reply->errorMessage()),
            {}};
}

void PreflightCheck::maybeDone()
{
    if (m_pending > 0)
        return;
    QList<PreflightItem> items = PreflightChecks::run(m_input);
    // A check whose input could not be read is replaced by the warning about that read.
    for (const PreflightItem &problem : std::as_const(m_readProblems)) {
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            if (items.at(i).id == problem.id
                || (problem.id == QLatin1String("existing-install")
                    && items.at(i).id == QLatin1String("stale-kubeconfig")))
                items.removeAt(i);
        }
        items << problem;
    }
    m_items = items;
    Q_EMIT finished();
    deleteLater();
}

} // namespace podnet
