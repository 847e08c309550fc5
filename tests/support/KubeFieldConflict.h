// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace podnet::test {

/// Where kube-router's ConfigMap lives.
inline QString kubeRouterConfigMapPath()
{
    return QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg");
}

/// Another field manager ("other-tool") takes the kube-router ConfigMap's kubeconfig key by a
/// forced server-side apply, so podnet-wizard's next apply of that object meets a 409 conflict.
/// Waits for the answer (at most 10 s); true when the server took it.
inline bool takeKubeconfigAsOtherTool(KubeClient *client)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("other-tool"));
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    const QJsonObject metadata {{QStringLiteral("name"), QStringLiteral("kube-router-cfg")},
                                {QStringLiteral("namespace"), QStringLiteral("kube-system")}};
    const QJsonObject data {{QStringLiteral("kubeconfig"), QStringLiteral("other\n")}};
    const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                         {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                                         {QStringLiteral("metadata"), metadata},
                                         {QStringLiteral("data"), data}})
                      .toJson();
    KubeReply *reply = client->send("PATCH", client->url(kubeRouterConfigMapPath(), query), body,
                                    "application/apply-patch+yaml");
    std::optional<bool> ok;
    QObject::connect(reply, &KubeReply::finished, client, [&, reply] { ok = reply->isOk(); });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && ok.value_or(false);
}

} // namespace podnet::test
