// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

namespace podnet {

class KubeClient;

/// Reads what the pod-range planners need: every node, and kube-router's pods (label
/// k8s-app=kube-router, any namespace). The node list is required; when the pods cannot be
/// listed the reader still succeeds, with a warning and no pods (no restart is offered).
/// Reports once through finished(); its parent owns it.
class PodCidrClusterReader : public QObject
{
    Q_OBJECT
public:
    explicit PodCidrClusterReader(KubeClient *client, QObject *parent = nullptr);
    ~PodCidrClusterReader() override;

    void start();

    bool isOk() const { return m_finished && m_errorMessage.isEmpty(); }
    QList<QJsonObject> nodes() const { return m_nodes; }
    QList<QJsonObject> kubeRouterPods() const { return m_pods; }
    /// Translated, when the pods could not be listed.
    QString warning() const { return m_warning; }
    /// Translated, when the nodes could not be listed.
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

    /// "/api/v1/pods": kube-router's pods are listed across namespaces…
    static QString kubeRouterPodsPath();
    /// …with labelSelector=k8s-app=kube-router.
    static QUrlQuery kubeRouterPodsQuery();

Q_SIGNALS:
    void finished();

private:
    void listPods();

    QPointer<KubeClient> m_client;
    QList<QJsonObject> m_nodes;
    QList<QJsonObject> m_pods;
    QString m_warning;
    QString m_errorMessage;
    QString m_errorDetail;
    bool m_finished = false;
};

} // namespace podnet
