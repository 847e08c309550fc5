// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The Kubernetes simulator over real HTTPS, with a client that trusts only its CA.

#include "sim/kube/KubeClusterController.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

#include <memory>

using namespace podnet::sim;

namespace {

const QByteArray kApply = QByteArrayLiteral("application/apply-patch+yaml");
const QString kCmPath = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/demo");

QByteArray configMap(const char *value)
{
    return QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\n"
                             "  namespace: kube-system\ndata:\n  key: \"")
            + value + QByteArrayLiteral("\"\n");
}

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

} // namespace

class TestKubeSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rejectsRequestsWithoutToken();
    void clientCertificateAuthenticates();
    void servesDiscovery();
    void listsNotReadyNodes();
    void serverSideApplyCreatesThenKeepsUnchanged();
    void serverSideApplyConflictsAndForce();
    void serverSideApplyDryRunChangesNothing();
    void serverSideApplyNeedsFieldManager();
    void enforcesScope();
    void mergePatchAnnotates();
    void mergePatchWithStaleResourceVersionConflicts();
    void selectors();
    void watchReplaysHistory();
    void watchTooOldGetsGone();
    void nodesTurnReadyWithDaemonSet();
    void faultsFailAndDrop();

private:
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body = {}, const QByteArray &contentType = {},
                         bool withToken = true);
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &contentType = {}, bool withToken = true);

    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestKubeSimulator::init()
{
    KubeSimulator::Options options;
    options.historyLimit = 20;
    options.bookmarkIntervalMs = 50;
    m_sim = std::make_unique<KubeSimulator>(options);
    QSignalSpy ready(m_sim.get(), &KubeSimulator::ready);
    m_sim->start();
    QVERIFY(ready.wait(20000));
    QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestKubeSimulator::cleanup()
{
    m_network.reset();
    m_sim.reset();
}

QNetworkReply *TestKubeSimulator::start(const QByteArray &method, const QString &pathAndQuery,
                                        const QByteArray &body, const QByteArray &contentType,
                                        bool withToken)
{
    QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_sim->clientSslConfiguration());
    request.setTransferTimeout(10000);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_sim->token().toLatin1());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network->sendCustomRequest(request, method, body);
}

Answer TestKubeSimulator::call(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const QByteArray &contentType,
                               bool withToken)
{
    std::unique_ptr<QNetworkReply> reply(start(method, pathAndQuery, body, contentType, withToken));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    return answer;
}

static QString rv(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("resourceVersion"))
            .toString();
}

void TestKubeSimulator::rejectsRequestsWithoutToken()
{
    const Answer answer = call("GET", QStringLiteral("/api/v1/nodes"), {}, {}, false);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(answer.body.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Unauthorized"));
    QCOMPARE(call("GET", QStringLiteral("/version"), {}, {}, false).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/healthz"), {}, {}, false).raw, QByteArray("ok"));
}

void TestKubeSimulator::clientCertificateAuthenticates()
{
    // Asking for one before start() is answered with an error, from the event loop.
    KubeSimulator unstarted;
    QSignalSpy refused(&unstarted, &KubeSimulator::clientCertificateIssued);
    unstarted.issueClientCertificate(QStringLiteral("nobody"));
    QCOMPARE(refused.size(), 0);
    QVERIFY(refused.wait(5000));
    QVERIFY(!refused.first().at(1).value<SimClientCertificate>().isValid());

    QSignalSpy issued(m_sim.get(), &KubeSimulator::clientCertificateIssued);
    const int first = m_sim->issueClientCertificate(
            QStringLiteral("podnet-admin"),
            {QStringLiteral("system:masters"), QStringLiteral("team/a")});
    const int second = m_sim->issueClientCertificate(QStringLiteral("no-groups"));
    QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 2, 20000);
    QCOMPARE(issued.at(0).at(0).toInt(), first);
    QCOMPARE(issued.at(1).at(0).toInt(), second);
    const auto certificate = issued.at(0).at(1).value<SimClientCertificate>();
    QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString));
    QVERIFY(issued.at(1).at(1).value<SimClientCertificate>().isValid());
    QVERIFY(m_sim->kubeconfig(certificate).contains("client-key-data: "));
    QVERIFY(!m_sim->kubeconfig(certificate).contains(m_sim->token().toLatin1()));

    // The certificate alone, no token: SelfSubjectReview names the CN and the O entries.
    QNetworkRequest request(m_sim->baseUrl().resolved(
            QUrl(QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"))));
    QSslConfiguration tls = m_sim->clientSslConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate.certificatePem));
    tls.setPrivateKey(QSslKey(certificate.keyPem, QSsl::Ec));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Its own manager: QNetworkAccessManager reuses a keep-alive connection for the same host
    // and port whatever TLS configuration a later request carries, client certificate included.
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
            network.post(request,
                         QByteArrayLiteral("{\"apiVersion\":\"authentication.k8s.io/v1\","
                                           "\"kind\":\"SelfSubjectReview\"}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QJsonObject user = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QStringLiteral("status"))
                                     .toObject()
                                     .value(QStringLiteral("userInfo"))
                                     .toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("podnet-admin"));
    QCOMPARE(user.value(QStringLiteral("groups")).toArray(),
             QJsonArray({QStringLiteral("system:masters"), QStringLiteral("team/a"),
                         QStringLiteral("system:authenticated")}));

    // Clients without a certificate still connect; the token works, its absence is 401.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes"), {}, {}, false).status, 401);
}

void TestKubeSimulator::servesDiscovery()
{
    const Answer groups = call("GET", QStringLiteral("/apis"));
    QCOMPARE(groups.body.value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
    const Answer core = call("GET", QStringLiteral("/api/v1"));
    bool sawNodes = false;
    const QJsonArray resources = core.body.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        if (resource.value(QStringLiteral("name")).toString() == QLatin1String("nodes")) {
            sawNodes = true;
            QCOMPARE(resource.value(QStringLiteral("namespaced")).toBool(), false);
            QCOMPARE(resource.value(QStringLiteral("shortNames")).toArray().first().toString(),
                     QStringLiteral("no"));
        }
    }
    QVERIFY(sawNodes);
    const Answer rbac = call("GET", QStringLiteral("/apis/rbac.authorization.k8s.io/v1"));
    QCOMPARE(rbac.body.value(QStringLiteral("resources"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
             QStringLiteral("ClusterRole"));
    QCOMPARE(call("GET", QStringLiteral("/openapi/v3")).status, 200);
}

void TestKubeSimulator::listsNotReadyNodes()
{
    const Answer list = call("GET", QStringLiteral("/api/v1/nodes"));
    QCOMPARE(list.status, 200);
    QVERIFY(!rv(list.body).isEmpty());
    const QJsonArray items = list.body.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject node = items.first().toObject();
    QCOMPARE(node.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("worker-0.k8s.lan"));
    const QJsonArray conditions = node.value(QStringLiteral("status"))
                                          .toObject()
                                          .value(QStringLiteral("conditions"))
                                          .toArray();
    const QJsonObject ready = conditions.last().toObject();
    QCOMPARE(ready.value(QStringLiteral("type")).toString(), QStringLiteral("Ready"));
    QCOMPARE(ready.value(QStringLiteral("status")).toString(), QStringLiteral("False"));
    QCOMPARE(ready.value(QStringLiteral("reason")).toString(), QStringLiteral("KubeletNotReady"));
    QVERIFY(ready.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("cni plugin not initialized")));
    QCOMPARE(node.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("taints"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("node.kubernetes.io/not-ready"));
}

void TestKubeSimulator::serverSideApplyCreatesThenKeepsUnchanged()
{
    const QString url = kCmPath + QStringLiteral("?fieldManager=podnet");
    const Answer created = call("PATCH", url, configMap("a"), kApply);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("uid"))
                     .toString()
                     .isEmpty());
    const QJsonArray managed = created.body.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("managedFields"))
                                       .toArray();
    QCOMPARE(managed.first().toObject().value(QStringLiteral("manager")).toString(),
             QStringLiteral("podnet"));
    QCOMPARE(managed.first().toObject().value(QStringLiteral("operation")).toString(),
             QStringLiteral("Apply"));

    const Answer again = call("PATCH", url, configMap("a"), kApply);
    QCOMPARE(again.status, 200);
    QCOMPARE(rv(again.body), rv(created.body));

    const Answer changed = call("PATCH", url, configMap("b"), kApply);
    QCOMPARE(changed.status, 200);
    QVERIFY(rv(changed.body).toLongLong() > rv(created.body).toLongLong());
    QCOMPARE(changed.body.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("b"));
}

void TestKubeSimulator::serverSideApplyConflictsAndForce()
{
    QCOMPARE(call("PATCH", kCmPath + QStringLiteral("?fieldManager=first"), configMap("a"), kApply)
                     .status,
             201);
    // The same value is shared ownership, not a conflict.
    QCOMPARE(call("PATCH", kCmPath + QStringLiteral("?fieldManager=second"), configMap("a"), kApply)
                     .status,
             200);
    QCOMPARE(call("PATCH", kCmPath + QStringLiteral("?fieldManager=third"), configMap("a"), kApply)
                     .status,
             200);
    const Answer conflict = call("PATCH", kCmPath + QStringLiteral("?fieldManager=second"),
                                 configMap("x"), kApply);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.body.value(QStringLiteral("reason")).toString(), QStringLiteral("Conflict"));
    QVERIFY(conflict.body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("conflict with \"first\"")));
    const QJsonArray causes = conflict.body.value(QStringLiteral("details"))
                                      .toObject()
                                      .value(QStringLiteral("causes"))
                                      .toArray();
    QCOMPARE(causes.size(), 2); // first and third
    QCOMPARE(causes.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("FieldManagerConflict"));
    QCOMPARE(causes.first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral(".data.key"));

    const Answer forced = call("PATCH", kCmPath + QStringLiteral("?fieldManager=second&force=true"),
                               configMap("x"), kApply);
    QCOMPARE(forced.status, 200);
    QCOMPARE(forced.body.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("x"));
    // "first" lost the field: now it conflicts with "second".
    const Answer back = call("PATCH", kCmPath + QStringLiteral("?fieldManager=first"),
                             configMap("a"), kApply);
    QCOMPARE(back.status, 409);
    QVERIFY(back.body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("\"second\"")));
}

void TestKubeSimulator::serverSideApplyDryRunChangesNothing()
{
    const Answer dry = call("PATCH", kCmPath + QStringLiteral("?fieldManager=podnet&dryRun=All"),
                            configMap("a"), kApply);
    QCOMPARE(dry.status, 201);
    QCOMPARE(dry.body.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("a"));
    QCOMPARE(call("GET", kCmPath).status, 404);
    const Answer created = call("PATCH", kCmPath + QStringLiteral("?fieldManager=podnet"),
                                configMap("a"), kApply);
    const Answer dryChange
            = call("PATCH", kCmPath + QStringLiteral("?fieldManager=podnet&dryRun=All"),
                   configMap("b"), kApply);
    QCOMPARE(dryChange.body.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("b"));
    const Answer live = call("GET", kCmPath);
    QCOMPARE(live.body.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
             QStringLiteral("a"));
    QCOMPARE(rv(live.body), rv(created.body));
}

void TestKubeSimulator::serverSideApplyNeedsFieldManager()
{
    const Answer answer = call("PATCH", kCmPath, configMap("a"), kApply);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.value(QStringLiteral("reason")).toString(), QStringLiteral("Invalid"));
    QCOMPARE(call("GET", kCmPath).status, 404);
    const Answer wrongName
            = call("PATCH",
                   QStringLiteral("/api/v1/namespaces/kube-system/configmaps/other?fieldManager=x"),
                   configMap("a"), kApply);
    QCOMPARE(wrongName.status, 400);
}

void TestKubeSimulator::enforcesScope()
{
    const QByteArray role = QByteArrayLiteral(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n"
            "  name: r\n  namespace: kube-system\nrules: []\n");
    QCOMPARE(call("PATCH",
                  QStringLiteral("/apis/rbac.authorization.k8s.io/v1/namespaces/kube-system/"
                                 "clusterroles/r?fieldManager=m"),
                  role, kApply)
                     .status,
             404);
    const Answer created = call(
            "PATCH",
            QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/r?fieldManager=m"),
            role, kApply);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.value(QStringLiteral("metadata"))
                     .toObject()
                     .contains(QStringLiteral("namespace")));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/configmaps/x")).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/configmaps")).status, 200); // all namespaces
    const Answer missing
            = call("GET", QStringLiteral("/api/v1/namespaces/kube-system/configmaps/nope"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body.value(QStringLiteral("reason")).toString(), QStringLiteral("NotFound"));
    QCOMPARE(missing.body.value(QStringLiteral("message")).toString(),
             QStringLiteral("configmaps \"nope\" not found"));
    const Answer noNamespace = call(
            "PATCH", QStringLiteral("/api/v1/namespaces/nowhere/configmaps/demo?fieldManager=m"),
            configMap("a").replace("kube-system", "nowhere"), kApply);
    QCOMPARE(noNamespace.status, 404);
}

void TestKubeSimulator::mergePatchAnnotates()
{
    const QString node = QStringLiteral("/api/v1/nodes/worker-0.k8s.lan");
    const Answer patched
            = call("PATCH", node + QStringLiteral("?fieldManager=kubectl-annotate"),
                   R"({"metadata":{"annotations":{"kube-router.io/pod-cidr":"10.200.0.0/24"}}})",
                   "application/strategic-merge-patch+json");
    QCOMPARE(patched.status, 200);
    const QJsonObject annotations = call("GET", node)
                                            .body.value(QStringLiteral("metadata"))
                                            .toObject()
                                            .value(QStringLiteral("annotations"))
                                            .toObject();
    QCOMPARE(annotations.value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
             QStringLiteral("10.200.0.0/24"));
    QVERIFY(annotations.contains(QStringLiteral("node.alpha.kubernetes.io/ttl")));
    const Answer removed = call("PATCH", node,
                                R"({"metadata":{"annotations":{"kube-router.io/pod-cidr":null}}})",
                                "application/merge-patch+json");
    QVERIFY(!removed.body.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("annotations"))
                     .toObject()
                     .contains(QStringLiteral("kube-router.io/pod-cidr")));
}

void TestKubeSimulator::mergePatchWithStaleResourceVersionConflicts()
{
    const QString node = QStringLiteral("/api/v1/nodes/worker-1.k8s.lan");
    const QString version = call("GET", node)
                                    .body.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("resourceVersion"))
                                    .toString();
    QVERIFY(!version.isEmpty());
    const QByteArray guarded = QStringLiteral(R"({"metadata":{"resourceVersion":"%1",)"
                                              R"("annotations":{"a":"%2"}}})")
                                       .arg(version, QStringLiteral("first"))
                                       .toUtf8();
    const Answer first = call("PATCH", node, guarded, "application/merge-patch+json");
    QCOMPARE(first.status, 200);
    // The same precondition again: the node has moved on since.
    const Answer stale = call("PATCH", node, guarded, "application/merge-patch+json");
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.body.value(QStringLiteral("reason")).toString(), QStringLiteral("Conflict"));
    QVERIFY(stale.body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("the object has been modified")));
}

void TestKubeSimulator::selectors()
{
    m_sim->cluster().setNodeLabels(QStringLiteral("worker-1.k8s.lan"),
                                   {{QStringLiteral("zone"), QStringLiteral("b")}});
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes?labelSelector=zone%3Db"))
                     .body.value(QStringLiteral("items"))
                     .toArray()
                     .size(),
             1);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes?labelSelector=zone!%3Db"))
                     .body.value(QStringLiteral("items"))
                     .toArray()
                     .size(),
             2);
    QCOMPARE(call("GET",
                  QStringLiteral("/api/v1/nodes?fieldSelector=metadata.name%3Dworker-2.k8s.lan"))
                     .body.value(QStringLiteral("items"))
                     .toArray()
                     .size(),
             1);
}

void TestKubeSimulator::watchReplaysHistory()
{
    const QString since
            = rv(call("GET", QStringLiteral("/api/v1/namespaces/kube-system/configmaps")).body);
    QCOMPARE(call("PATCH", kCmPath + QStringLiteral("?fieldManager=m"), configMap("a"), kApply)
                     .status,
             201);
    QCOMPARE(call("PATCH", kCmPath + QStringLiteral("?fieldManager=m"), configMap("b"), kApply)
                     .status,
             200);
    std::unique_ptr<QNetworkReply> watch(start(
            "GET",
            QStringLiteral(
                    "/api/v1/namespaces/kube-system/"
                    "configmaps?watch=1&allowWatchBookmarks=true&timeoutSeconds=2&resourceVersion=")
                    + since));
    QByteArray stream;
    connect(watch.get(), &QIODevice::readyRead, this, [&] { stream += watch->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(stream.count('\n') >= 2, 5000);
    QCOMPARE(call("DELETE", kCmPath).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"DELETED\""), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"BOOKMARK\""), 5000);
    // The server ends the watch after timeoutSeconds.
    QTRY_VERIFY_WITH_TIMEOUT(watch->isFinished(), 5000);
    const QList<QByteArray> lines = stream.trimmed().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("ADDED"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("MODIFIED"));
}

void TestKubeSimulator::watchTooOldGetsGone()
{
    // The history holds 20 events: push the first ones out.
    for (int i = 0; i < 25; ++i)
        m_sim->cluster().setNodeLabels(QStringLiteral("worker-0.k8s.lan"),
                                       {{QStringLiteral("n"), QString::number(i)}});
    const Answer gone = call("GET", QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=2"));
    QCOMPARE(gone.status, 200);
    const QJsonObject event = QJsonDocument::fromJson(gone.raw.trimmed()).object();
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("ERROR"));
    QCOMPARE(event.value(QStringLiteral("object")).toObject().value(QStringLiteral("code")).toInt(),
             410);

    const QString now = rv(call("GET", QStringLiteral("/api/v1/nodes")).body);
    m_sim->expireNextWatch();
    const Answer forced
            = call("GET", QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") + now);
    QCOMPARE(QJsonDocument::fromJson(forced.raw.trimmed())
                     .object()
                     .value(QStringLiteral("object"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
             410);
}

void TestKubeSimulator::nodesTurnReadyWithDaemonSet()
{
    // kube-router needs each node's pod range (a controller-manager with --allocate-node-cidrs
    // gives them); without one it crash-loops (see tst_kubeclustercontroller).
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_sim->cluster().setNodePodCidr(QStringLiteral("worker-%1.k8s.lan").arg(i),
                                                QStringLiteral("10.200.%1.0/24").arg(i)));
    const QByteArray ds = QByteArrayLiteral(
            "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-router\n  namespace: "
            "kube-system\n"
            "spec:\n  selector:\n    matchLabels:\n      k8s-app: kube-router\n  template:\n    "
            "metadata:\n"
            "      labels:\n        k8s-app: kube-router\n        tier: node\n    spec:\n"
            "      containers:\n      - name: kube-router\n        image: x\n");
    const QString url
            = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router");
    QCOMPARE(call("PATCH", url + QStringLiteral("?fieldManager=m"), ds, kApply).status, 201);
    QTRY_COMPARE(call("GET",
                      QStringLiteral("/api/v1/namespaces/kube-system/"
                                     "pods?labelSelector=k8s-app%3Dkube-router,tier%3Dnode"))
                         .body.value(QStringLiteral("items"))
                         .toArray()
                         .size(),
                 3);
    QTRY_COMPARE(call("GET", QStringLiteral("/api/v1/nodes?watch=0")).raw.count("\"KubeletReady\""),
                 3);
    const QJsonObject node = call("GET", QStringLiteral("/api/v1/nodes/worker-1.k8s.lan")).body;
    QVERIFY(!node.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("taints")));
    const QJsonObject status = call("GET", url).body.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("desiredNumberScheduled")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("numberReady")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("updatedNumberScheduled")).toInt(), 3);
    QCOMPARE(status.value(QStringLiteral("observedGeneration")).toInt(), 1);
    const QJsonArray pods
            = call("GET",
                   QStringLiteral("/api/v1/pods?fieldSelector=spec.nodeName%3Dworker-2.k8s.lan"))
                      .body.value(QStringLiteral("items"))
                      .toArray();
    QCOMPARE(pods.size(), 1);
    QVERIFY(pods.first()
                    .toObject()
                    .value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .startsWith(QLatin1String("kube-router-")));

    QVERIFY(m_sim->cluster().setNodeReady(QStringLiteral("worker-1.k8s.lan"),
                                          KubeClusterController::Readiness::Unknown));
    QVERIFY(call("GET", QStringLiteral("/api/v1/nodes/worker-1.k8s.lan"))
                    .raw.contains("\"NodeStatusUnknown\""));

    QCOMPARE(call("DELETE", url).status, 200);
    QTRY_COMPARE(call("GET", QStringLiteral("/api/v1/namespaces/kube-system/pods"))
                         .body.value(QStringLiteral("items"))
                         .toArray()
                         .size(),
                 0);
}

void TestKubeSimulator::faultsFailAndDrop()
{
    m_sim->faults().failNext("GET", QStringLiteral("/api/v1/nodes"), 2, 503);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 503);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 503);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 200);
    // QNetworkAccessManager retries a GET once on a dropped keep-alive connection.
    m_sim->faults().dropNext({}, QStringLiteral("/api/*"), 5);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 0);
    m_sim->faults().clear();
    QCOMPARE(call("GET", QStringLiteral("/api/v1/nodes")).status, 200);

    std::unique_ptr<QNetworkReply> watch(start("GET", QStringLiteral("/api/v1/nodes?watch=1")));
    QTRY_COMPARE(m_sim->openWatchCount(), 1);
    // Qt may send the GET once more on a new connection when the first one is cut; drop that
    // one too, as a server restart would.
    QTRY_VERIFY((m_sim->dropWatches(), watch->isFinished()));
    QTRY_COMPARE(m_sim->openWatchCount(), 0);
}

QTEST_GUILESS_MAIN(TestKubeSimulator)
#include "tst_kubesimulator.moc"
