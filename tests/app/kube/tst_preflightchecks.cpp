// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The pre-flight checks as pure functions, fed from JSON files.

#include "kube/PreflightChecks.h"
#include "manifest/ManifestRenderer.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace podnet;
using namespace podnet::test;

namespace {

QJsonObject json(const QString &name)
{
    return QJsonDocument::fromJson(readAll(dataPath(QStringLiteral("kube/preflight/") + name)))
            .object();
}

QList<QJsonObject> nodes(const QString &name)
{
    QList<QJsonObject> list;
    for (const QJsonValue &item : json(name).value(QStringLiteral("items")).toArray())
        list << item.toObject();
    return list;
}

QByteArray manifest(const QString &tag = {})
{
    const QByteArray text = readAll(builtInTemplatePath());
    return ManifestRenderer::render(
                   text,
                   {QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"), tag})
            .text;
}

QStringList ids(const QList<PreflightItem> &items)
{
    QStringList list;
    for (const PreflightItem &item : items)
        list << item.id;
    return list;
}

} // namespace

class TestPreflightChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleKubeconfig()
    {
        const QStringList names {QStringLiteral("worker-0"), QStringLiteral("worker-1")};
        const QList<PreflightItem> items = PreflightChecks::existingInstall(
                json(QStringLiteral("configmap-old-server.json")),
                QStringLiteral("https://10.0.0.10:6443"), names);
        QCOMPARE(items.size(), 1);
        const PreflightItem &item = items.first();
        QCOMPARE(item.id, QStringLiteral("stale-kubeconfig"));
        QCOMPARE(item.severity, PreflightItem::Severity::Warning);
        QVERIFY(item.title.contains(QStringLiteral("https://10.0.0.99:6443")));
        QVERIFY(item.explanation.contains(QStringLiteral("/var/lib/kube-router/kubeconfig")));
        QVERIFY(item.explanation.contains(QStringLiteral("10-kuberouter.conflist")));
        QCOMPARE(item.commands,
                 QStringList({QStringLiteral("ssh worker-0 sudo rm -f "
                                             "/var/lib/kube-router/kubeconfig "
                                             "/etc/cni/net.d/10-kuberouter.conflist"),
                              QStringLiteral("kubectl -n kube-system delete pod -l "
                                             "k8s-app=kube-router --field-selector "
                                             "spec.nodeName=worker-0"),
                              QStringLiteral("ssh worker-1 sudo rm -f "
                                             "/var/lib/kube-router/kubeconfig "
                                             "/etc/cni/net.d/10-kuberouter.conflist"),
                              QStringLiteral("kubectl -n kube-system delete pod -l "
                                             "k8s-app=kube-router --field-selector "
                                             "spec.nodeName=worker-1")}));
    }

    void sameServerIsFine()
    {
        const QList<PreflightItem> items = PreflightChecks::existingInstall(
                json(QStringLiteral("configmap-same-server.json")),
                QStringLiteral("https://10.0.0.10:6443"), {QStringLiteral("worker-0")});
        QCOMPARE(ids(items), QStringList {QStringLiteral("existing-install")});
        QCOMPARE(items.first().severity, PreflightItem::Severity::Ok);
        QVERIFY(items.first().commands.isEmpty());
        // No ConfigMap: nothing installed before.
        QCOMPARE(
                PreflightChecks::existingInstall(std::nullopt, QStringLiteral("https://a:6443"), {})
                        .first()
                        .severity,
                PreflightItem::Severity::Ok);
    }

    void nodesWithoutPodRange()
    {
        const QList<PreflightItem> items = PreflightChecks::nodePodRanges(
                nodes(QStringLiteral("nodes-mixed.json")), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(ids(items), QStringList {QStringLiteral("node-without-pod-range")});
        QCOMPARE(items.first().severity, PreflightItem::Severity::Error);
        QVERIFY(items.first().explanation.contains(QStringLiteral("worker-2, worker-3")));
        // Suggestions skip the ranges worker-0 and worker-1 already use.
        QCOMPARE(items.first().commands,
                 QStringList({QStringLiteral("kubectl annotate node worker-2 "
                                             "kube-router.io/pod-cidr=10.200.2.0/24"),
                              QStringLiteral("kubectl annotate node worker-3 "
                                             "kube-router.io/pod-cidr=10.200.3.0/24")}));
    }

    void overlappingOutsideAndInvalidRanges()
    {
        const QList<PreflightItem> items = PreflightChecks::nodePodRanges(
                nodes(QStringLiteral("nodes-overlap-outside.json")),
                QStringLiteral("10.200.0.0/16"));
        const QStringList found = ids(items);
        QVERIFY2(found.contains(QStringLiteral("node-pod-range-invalid")),
                 qPrintable(found.join(u',')));
        QVERIFY(found.contains(QStringLiteral("node-pod-range-outside")));
        QVERIFY(found.contains(QStringLiteral("node-pod-range-overlap")));
        QVERIFY(!found.contains(QStringLiteral("node-without-pod-range")));
        for (const PreflightItem &item : items) {
            if (item.id == QLatin1String("node-pod-range-outside"))
                QVERIFY(item.title.contains(QStringLiteral("worker-2")));
            if (item.id == QLatin1String("node-pod-range-overlap")) {
                // worker-1's annotation (10.200.0.128/25) wins over its spec.podCIDR.
                QVERIFY(item.title.contains(QStringLiteral("worker-0")));
                QVERIFY(item.title.contains(QStringLiteral("worker-1")));
            }
        }
        QCOMPARE(PreflightChecks::podRanges(
                         nodes(QStringLiteral("nodes-overlap-outside.json")).at(1)),
                 QStringList {QStringLiteral("10.200.0.128/25")});
    }

    void goodRanges()
    {
        const QList<PreflightItem> items = PreflightChecks::nodePodRanges(
                nodes(QStringLiteral("nodes-good.json")), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(ids(items), QStringList {QStringLiteral("node-pod-ranges")});
        QCOMPARE(items.first().severity, PreflightItem::Severity::Ok);
    }

    void kubeProxy()
    {
        const QByteArray text = manifest();
        QVERIFY(PreflightChecks::runsServiceProxy(text));
        const QList<PreflightItem> clash = PreflightChecks::kubeProxy(true, text);
        QCOMPARE(clash.first().severity, PreflightItem::Severity::Warning);
        QCOMPARE(
                clash.first().commands,
                QStringList {QStringLiteral("kubectl -n kube-system delete daemonset kube-proxy")});
        QCOMPARE(PreflightChecks::kubeProxy(false, text).first().severity,
                 PreflightItem::Severity::Info);
        QByteArray off = text;
        off.replace("--run-service-proxy=true", "--run-service-proxy=false");
        QVERIFY(!PreflightChecks::runsServiceProxy(off));
        QCOMPARE(PreflightChecks::kubeProxy(true, off).first().severity,
                 PreflightItem::Severity::Ok);
    }

    void imagePin()
    {
        const QList<PreflightItem> unpinned = PreflightChecks::imagePin(manifest());
        QCOMPARE(unpinned.first().severity, PreflightItem::Severity::Warning);
        QVERIFY(unpinned.first().explanation.contains(
                QStringLiteral("cloudnativelabs/kube-router")));
        QCOMPARE(PreflightChecks::imagePin(manifest(QStringLiteral("v2.5.0"))).first().severity,
                 PreflightItem::Severity::Ok);
    }

    void apiServer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("public") << QStringLiteral("https://203.0.113.10:6443")
                                << QStringList {QStringLiteral("api-server")};
        QTest::newRow("service ip") << QStringLiteral("https://10.32.0.1")
                                    << QStringList {QStringLiteral("api-server-in-cluster")};
        QTest::newRow("service name") << QStringLiteral("https://kubernetes.default.svc:443")
                                      << QStringList {QStringLiteral("api-server-in-cluster")};
        QTest::newRow("http") << QStringLiteral("http://203.0.113.10:6443")
                              << QStringList {QStringLiteral("api-server-https")};
    }

    void apiServer()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(PreflightChecks::apiServer(url, QStringLiteral("10.32.0.0/24"))), expected);
    }

    void runAll()
    {
        PreflightInput input;
        input.apiServerUrl = QStringLiteral("https://10.0.0.10:6443");
        input.clusterCidr = QStringLiteral("10.200.0.0/16");
        input.serviceCidr = QStringLiteral("10.32.0.0/24");
        input.manifest = manifest();
        input.existingConfigMap = json(QStringLiteral("configmap-old-server.json"));
        input.nodes = nodes(QStringLiteral("nodes-good.json"));
        const QList<PreflightItem> items = PreflightChecks::run(input);
        QCOMPARE(ids(items),
                 QStringList({QStringLiteral("api-server"), QStringLiteral("stale-kubeconfig"),
                              QStringLiteral("kube-proxy"), QStringLiteral("node-pod-ranges"),
                              QStringLiteral("image-pin")}));
        QVERIFY(!PreflightItem::anyError(items));
    }
};

QTEST_GUILESS_MAIN(TestPreflightChecks)
#include "tst_preflightchecks.moc"
