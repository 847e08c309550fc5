// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/PreflightInput.h"
#include "kube/PreflightItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet {

/// The pre-flight checks as pure functions from fetched objects and entered values to items.
/// Every check gives at least one item (Ok when all is well).
class PreflightChecks
{
    Q_DECLARE_TR_FUNCTIONS(PreflightChecks)
public:
    /// Every check below on \a input, in a stable order.
    static QList<PreflightItem> run(const PreflightInput &input);

    /// An existing kube-router-cfg whose kubeconfig names another API server than \a apiServerUrl:
    /// the nodes keep the old address, with the commands that fix each of \a nodeNames.
    static QList<PreflightItem> existingInstall(const std::optional<QJsonObject> &configMap,
                                                const QString &apiServerUrl,
                                                const QStringList &nodeNames);
    /// kube-proxy's DaemonSet next to kube-router's service proxy (--run-service-proxy=true in
    /// \a manifest).
    static QList<PreflightItem> kubeProxy(bool kubeProxyDaemonSet, const QByteArray &manifest);
    /// Nodes without a pod range, ranges outside \a clusterCidr, ranges that overlap.
    static QList<PreflightItem> nodePodRanges(const QList<QJsonObject> &nodes,
                                              const QString &clusterCidr);
    /// kube-router's image without tag or digest in \a manifest.
    static QList<PreflightItem> imagePin(const QByteArray &manifest);
    /// The API server URL must be https and reachable from the nodes without the service proxy:
    /// not a service address inside \a serviceCidr, not kubernetes.default.svc.
    static QList<PreflightItem> apiServer(const QString &apiServerUrl, const QString &serviceCidr);

    /// The servers named by clusters[].cluster.server in a kubeconfig text.
    static QStringList kubeconfigServers(const QByteArray &kubeconfig);
    /// Whether kube-router's service proxy is on in \a manifest's DaemonSet args.
    static bool runsServiceProxy(const QByteArray &manifest);
    /// The pod ranges kube-router would use for \a node: the kube-router.io/pod-cidr
    /// annotation, else spec.podCIDR (the texts, unparsed).
    static QStringList podRanges(const QJsonObject &node);
    /// \a argument quoted for a POSIX shell when it needs to be.
    static QString shellQuote(const QString &argument);
};

} // namespace podnet
