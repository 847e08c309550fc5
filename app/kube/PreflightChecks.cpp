// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/PreflightChecks.h"

#include "kube/ManifestApplySet.h"
#include "manifest/ImagePin.h"
#include "net/Cidr.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace podnet {

namespace {

QString nodeName(const QJsonObject &node)
{
    return node.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
}

// Two server URLs name the same API server when scheme, host, port and path agree
// (https without a port is 443; a trailing slash means nothing).
QString normalizedServer(const QString &text)
{
    QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return text.trimmed();
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("http") ? 80 : 443);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return QStringLiteral("%1://%2:%3%4").arg(scheme, url.host().toLower()).arg(port).arg(path);
}

PreflightItem item(const char *id, PreflightItem::Severity severity, const QString &title,
                   const QString &explanation, const QStringList &commands = {})
{
    return PreflightItem {QString::fromLatin1(id), severity, title, explanation, commands};
}

} // namespace

QList<PreflightItem> PreflightChecks::run(const PreflightInput &input)
{
    QStringList names;
    for (const QJsonObject &node : input.nodes)
        names << nodeName(node);
    QList<PreflightItem> items;
    items << apiServer(input.apiServerUrl, input.serviceCidr);
    items << existingInstall(input.existingConfigMap, input.apiServerUrl, names);
    items << kubeProxy(input.kubeProxyDaemonSet, input.manifest);
    if (input.nodesKnown) {
        items << nodePodRanges(input.nodes, input.clusterCidr);
    } else {
        items << item("nodes-unknown", PreflightItem::Severity::Warning,
                      tr("The nodes could not be checked"),
                      tr("The list of nodes could not be read, so their pod ranges were not "
                         "checked. Make sure the kubeconfig's user may list nodes, then run the "
                         "checks again."));
    }
    items << imagePin(input.manifest);
    return items;
}

QStringList PreflightChecks::kubeconfigServers(const QByteArray &kubeconfig)
{
    QStringList servers;
    try {
        const YAML::Node root = YAML::Load(kubeconfig.toStdString());
        const YAML::Node clusters = root["clusters"];
        if (!clusters || !clusters.IsSequence())
            return servers;
        for (const YAML::Node &entry : clusters) {
            const YAML::Node server = entry["cluster"]["server"];
            if (server && server.IsScalar())
                servers << QString::fromStdString(server.Scalar());
        }
    } catch (const YAML::Exception &) {
        // Not a kubeconfig we can read: the caller reports "no server found".
    }
    return servers;
}

QString PreflightChecks::shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._/=:@%+-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QList<PreflightItem> PreflightChecks::existingInstall(const std::optional<QJsonObject> &configMap,
                                                      const QString &apiServerUrl,
                                                      const QStringList &nodeNames)
{
    if (!configMap) {
        return {item("existing-install", PreflightItem::Severity::Ok,
                     tr("No earlier kube-router installation"),
                     tr("The ConfigMap kube-system/kube-router-cfg does not exist yet, so no node "
                        "keeps an old kube-router configuration."))};
    }
    const QString kubeconfig = configMap->value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("kubeconfig"))
                                       .toString();
    const QStringList servers = kubeconfigServers(kubeconfig.toUtf8());
    if (servers.isEmpty()) {
        return {item("existing-install", PreflightItem::Severity::Warning,
                     tr("Earlier kube-router installation with an unreadable kubeconfig"),
                     tr("The ConfigMap kube-system/kube-router-cfg exists, but its kubeconfig "
                        "names no API server. Look at it with: kubectl -n kube-system get "
                        "configmap kube-router-cfg -o yaml, and check "
                        "/var/lib/kube-router/kubeconfig on the nodes after installing."))};
    }
    QStringList others;
    for (const QString &server : servers) {
        if (normalizedServer(server) != normalizedServer(apiServerUrl))
            others << server;
    }
    if (others.isEmpty()) {
        return {item("existing-install", PreflightItem::Severity::Ok,
                     tr("kube-router is already installed with the same API server"),
                     tr("The existing ConfigMap kube-system/kube-router-cfg names %1, the address "
                        "you entered; applying again keeps the nodes' configuration valid.")
                             .arg(apiServerUrl))};
    }
    // The files on the nodes are copied only when absent: they must go, after the new
    // ConfigMap is applied, and the pod must restart so that its init container copies again.
    QStringList commands;
    for (const QString &name : nodeNames) {
        const QString node = shellQuote(name);
        commands << QStringLiteral("ssh %1 sudo rm -f /var/lib/kube-router/kubeconfig "
                                   "/etc/cni/net.d/10-kuberouter.conflist")
                            .arg(node);
        commands << QStringLiteral("kubectl -n kube-system delete pod -l k8s-app=kube-router "
                                   "--field-selector spec.nodeName=%1")
                            .arg(node);
    }
    return {item("stale-kubeconfig", PreflightItem::Severity::Warning,
                 tr("Every node keeps the OLD API server address %1")
                         .arg(others.join(QStringLiteral(", "))),
                 tr("kube-router is already installed, and its ConfigMap names the API server "
                    "%1, not %2. Its init container copies the kubeconfig to "
                    "/var/lib/kube-router/kubeconfig (and the CNI configuration to "
                    "/etc/cni/net.d/10-kuberouter.conflist) only when the file is absent, so "
                    "applying the new manifest does NOT change the nodes: kube-router keeps "
                    "talking to the old address. After applying, on every node remove both files "
                    "and restart its kube-router pod, in this order, with the commands below.")
                         .arg(others.join(QStringLiteral(", ")), apiServerUrl),
                 commands)};
}

bool PreflightChecks::runsServiceProxy(const QByteArray &manifest)
{
    const std::optional<QList<QJsonObject>> documents
            = ManifestApplySet::parseDocuments(manifest, nullptr);
    if (!documents)
        return false;
    for (const QJsonObject &document : *documents) {
        if (document.value(QStringLiteral("kind")).toString() != QLatin1String("DaemonSet"))
            continue;
        const QJsonArray containers = document.value(QStringLiteral("spec"))
                                              .toObject()
                                              .value(QStringLiteral("template"))
                                              .toObject()
                                              .value(QStringLiteral("spec"))
                                              .toObject()
                                              .value(QStringLiteral("containers"))
                                              .toArray();
        for (const QJsonValue &container : containers) {
            const QJsonArray args = container.toObject().value(QStringLiteral("args")).toArray();
            for (const QJsonValue &arg : args) {
                const QString text = arg.toString();
                if (text == QLatin1String("--run-service-proxy")
                    || text == QLatin1String("--run-service-proxy=true"))
                    return true;
            }
        }
    }
    return false;
}

QList<PreflightItem> PreflightChecks::kubeProxy(bool kubeProxyDaemonSet, const QByteArray &manifest)
{
    if (!runsServiceProxy(manifest)) {
        return {item("kube-proxy", PreflightItem::Severity::Ok,
                     tr("kube-router's service proxy is off"),
                     tr("The manifest does not turn on kube-router's service proxy, so it can run "
                        "next to kube-proxy."))};
    }
    if (kubeProxyDaemonSet) {
        return {item(
                "kube-proxy", PreflightItem::Severity::Warning,
                tr("kube-proxy runs next to kube-router's service proxy"),
                tr("The DaemonSet kube-system/kube-proxy exists, and this manifest turns on "
                   "kube-router's service proxy (--run-service-proxy=true). Both would program "
                   "the same service rules and fight over them. Remove kube-proxy, then clean "
                   "up its rules on every node (kube-proxy --cleanup, or reboot the nodes)."),
                {QStringLiteral("kubectl -n kube-system delete daemonset kube-proxy")})};
    }
    return {item("kube-proxy", PreflightItem::Severity::Info, tr("No kube-proxy DaemonSet"),
                 tr("kube-router will be the service proxy. If kube-proxy runs as a system service "
                    "on the nodes instead (as in Kubernetes the hard way), stop it there: "
                    "sudo systemctl disable --now kube-proxy, then sudo kube-proxy --cleanup."))};
}

QList<PreflightItem> PreflightChecks::imagePin(const QByteArray &manifest)
{
    const QStringList images = ImagePin::unpinnedImages(manifest);
    if (images.isEmpty()) {
        return {item("image-pin", PreflightItem::Severity::Ok, tr("The image is pinned"),
                     tr("Every kube-router image names a tag or digest, so all nodes run the same "
                        "version."))};
    }
    return {item("image-pin", PreflightItem::Severity::Warning,
                 tr("The kube-router image is not pinned"),
                 tr("%1 carries no tag or digest, so each node pulls whatever is newest when its "
                    "pod starts, and nodes may end up with different versions. Enter an image "
                    "tag (for example v2.5.0) in the manifest step.")
                         .arg(images.join(QStringLiteral(", "))))};
}

QList<PreflightItem> PreflightChecks::apiServer(const QString &apiServerUrl,
                                                const QString &serviceCidr)
{
    const QUrl url(apiServerUrl.trimmed());
    QList<PreflightItem> items;
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        items << item("api-server-https", PreflightItem::Severity::Error,
                      tr("The API server address must use https"),
                      tr("%1 does not start with https://. kube-router authenticates with its "
                         "service account token, which is only sent over https. Enter the "
                         "address as https://HOST:6443.")
                              .arg(apiServerUrl));
    }
    const QString host = url.host().toLower();
    bool inCluster = host == QLatin1String("kubernetes")
            || host.startsWith(QLatin1String("kubernetes.default"))
            || host.endsWith(QLatin1String(".svc"))
            || host.endsWith(QLatin1String(".svc.cluster.local"));
    const QHostAddress address(host);
    const CidrParse services = Cidr::parse(serviceCidr);
    if (!address.isNull() && services.ok()) {
        const int bits = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        const CidrParse single
                = Cidr::parse(QStringLiteral("%1/%2").arg(address.toString()).arg(bits));
        if (single.ok() && services.cidr.contains(single.cidr))
            inCluster = true;
    }
    if (inCluster) {
        items << item("api-server-in-cluster", PreflightItem::Severity::Error,
                      tr("The API server address is only reachable inside the cluster"),
                      tr("%1 is the in-cluster service address of the API server. It works only "
                         "once a service proxy runs, and kube-router is that service proxy, so it "
                         "could never connect. Enter an address the nodes reach directly, such "
                         "as https://KUBERNETES_PUBLIC_ADDRESS:6443.")
                              .arg(apiServerUrl));
    }
    if (items.isEmpty()) {
        items << item(
                "api-server", PreflightItem::Severity::Ok,
                tr("The API server address suits kube-router"),
                tr("%1 uses https and is not an in-cluster service address.").arg(apiServerUrl));
    }
    return items;
}

} // namespace podnet
