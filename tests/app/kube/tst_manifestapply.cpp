// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Preview, apply, rollout, uninstall and the pre-flight job against the real Kubernetes
// simulator over HTTPS (its own CA, a bearer token).

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/ManifestApplyJob.h"
#include "kube/ManifestDiffJob.h"
#include "kube/ManifestUninstallJob.h"
#include "kube/PreflightCheck.h"
#include "kube/RolloutWatch.h"
#include "manifest/ManifestRenderer.h"
#include "sim/kube/KubeSimulator.h"

#include "TestData.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace podnet;
using namespace podnet::test;

namespace {

const QString kServer = QStringLiteral("https://10.0.0.10:6443");
const QString kConfigMapPath
        = QStringLiteral("/api/v1/namespaces/kube-system/configmaps/kube-router-cfg");

QByteArray render(const QString &server)
{
    return ManifestRenderer::render(readAll(builtInTemplatePath()),
                                    {server, QStringLiteral("10.200.0.0/16"), QString()})
            .text;
}

} // namespace

class TestManifestApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KubeClient> m_client;
    QStringList m_requests; ///< "METHOD path status" as the simulator answered them

    // Runs a ManifestApplyJob to its (first) finish.
    std::unique_ptr<ManifestApplyJob> apply(const QByteArray &manifest)
    {
        auto job = std::make_unique<ManifestApplyJob>(m_client.get(), manifest);
        QSignalSpy finished(job.get(), &ManifestApplyJob::finished);
        job->start();
        if (!finished.wait(20000))
            qWarning("apply did not finish");
        return job;
    }

    QList<ManifestDiffEntry> diff(const QByteArray &manifest, QString *text = nullptr)
    {
        auto *job = new ManifestDiffJob(m_client.get(), manifest);
        QList<ManifestDiffEntry> entries;
        bool done = false;
        connect(job, &ManifestDiffJob::finished, this, [&, job] {
            entries = job->entries();
            if (text)
                *text = job->toText();
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("diff did not finish");
        return entries;
    }

    QList<ManifestUninstallJob::Entry> uninstall(ManifestUninstallJob::Mode mode,
                                                 QStringList *lines = nullptr)
    {
        auto *job = new ManifestUninstallJob(m_client.get(), render(kServer), mode);
        QList<ManifestUninstallJob::Entry> entries;
        bool done = false;
        connect(job, &ManifestUninstallJob::finished, this, [&, job] {
            entries = job->entries();
            if (lines)
                *lines = job->lines();
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("uninstall did not finish");
        return entries;
    }

    // GET through the client; {absent, object}.
    std::pair<bool, QJsonObject> get(const QString &path)
    {
        KubeReply *reply = m_client->getObject(path);
        std::optional<std::pair<bool, QJsonObject>> result;
        connect(reply, &KubeReply::finished, this,
                [&, reply] { result = std::make_pair(reply->isAbsent(), reply->object()); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qWarning("GET did not finish");
        return result.value_or(std::make_pair(true, QJsonObject()));
    }

    QList<PreflightItem> preflight()
    {
        PreflightInput input;
        input.apiServerUrl = kServer;
        input.clusterCidr = QStringLiteral("10.200.0.0/16");
        input.serviceCidr = QStringLiteral("10.32.0.0/24");
        input.manifest = render(kServer);
        auto *job = new PreflightCheck(m_client.get(), input);
        QList<PreflightItem> items;
        bool done = false;
        connect(job, &PreflightCheck::finished, this, [&, job] {
            items = job->items();
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("preflight did not finish");
        return items;
    }

    static QStringList ids(const QList<PreflightItem> &items)
    {
        QStringList list;
        for (const PreflightItem &item : items)
            list << item.id;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::KubeSimulator>();
        QSignalSpy ready(m_sim.get(), &sim::KubeSimulator::ready);
        m_sim->start();
        QVERIFY(ready.wait(20000));
        m_requests.clear();
        connect(m_sim.get(), &sim::KubeSimulator::requestHandled, this,
                [this](const QByteArray &method, const QString &path, int status) {
                    m_requests << QStringLiteral("%1 %2 %3")
                                          .arg(QString::fromLatin1(method), path)
                                          .arg(status);
                });
        KubeConnection connection;
        connection.server = m_sim->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(m_sim->caCertificatePem());
        connection.token = m_sim->token();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KubeClient>(connection, m_network.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void firstApplyCreatesSecondKeepsUnchanged()
    {
        auto job = apply(render(kServer));
        QVERIFY2(job->isOk(), qPrintable(job->errorMessage()));
        QCOMPARE(job->lines(),
                 QStringList({QStringLiteral("serviceaccount/kube-router created"),
                              QStringLiteral("clusterrole.rbac.authorization.k8s.io/kube-router "
                                             "created"),
                              QStringLiteral("clusterrolebinding.rbac.authorization.k8s.io/"
                                             "kube-router created"),
                              QStringLiteral("configmap/kube-router-cfg created"),
                              QStringLiteral("daemonset.apps/kube-router created")}));
        // The ClusterRole's document says namespace kube-system; the request went to the
        // cluster-scoped URL, and the object is there.
        const QString clusterRole
                = QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/kube-router");
        QVERIFY(m_requests.contains(QStringLiteral("PATCH %1 201").arg(clusterRole)));
        for (const QString &request : std::as_const(m_requests))
            QVERIFY2(!request.contains(QStringLiteral("namespaces/kube-system/clusterroles")),
                     qPrintable(request));
        QVERIFY(!get(clusterRole).first);

        auto again = apply(render(kServer));
        QVERIFY(again->isOk());
        for (const QString &line : again->lines())
            QVERIFY2(line.endsWith(QStringLiteral(" unchanged")), qPrintable(line));
        QCOMPARE(again->lines().size(), 5);
        QVERIFY(again->summary().contains(QStringLiteral("5 unchanged")));
    }

    void previewIsDryRun()
    {
        const QList<ManifestDiffEntry> entries = diff(render(kServer));
        QCOMPARE(entries.size(), 5);
        for (const ManifestDiffEntry &entry : entries)
            QCOMPARE(entry.action, ManifestDiffEntry::Action::Create);
        // Nothing was stored.
        QVERIFY(get(kConfigMapPath).first);
        QVERIFY(get(QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router"))
                        .first);
    }

    void changedServerIsConfigured()
    {
        QVERIFY(apply(render(kServer))->isOk());
        const QByteArray changed = render(QStringLiteral("https://10.0.0.20:6443"));
        QString text;
        const QList<ManifestDiffEntry> entries = diff(changed, &text);
        QCOMPARE(entries.size(), 5);
        for (const ManifestDiffEntry &entry : entries) {
            if (entry.item.resource.kind == QLatin1String("ConfigMap")) {
                QCOMPARE(entry.action, ManifestDiffEntry::Action::Configure);
                QVERIFY2(entry.diff.contains(QStringLiteral("\n-        server: "
                                                            "https://10.0.0.10:6443\n")),
                         qPrintable(entry.diff));
                QVERIFY(entry.diff.contains(QStringLiteral("\n+        server: "
                                                           "https://10.0.0.20:6443")));
                QVERIFY(entry.diff.contains(QStringLiteral("@@ -")));
                QVERIFY(!entry.diff.contains(QStringLiteral("managedFields")));
                QVERIFY(!entry.diff.contains(QStringLiteral("resourceVersion")));
            } else {
                QCOMPARE(entry.action, ManifestDiffEntry::Action::Unchanged);
            }
        }
        QVERIFY2(text.contains(QStringLiteral("~ configmap/kube-router-cfg")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("= daemonset.apps/kube-router")));
        QVERIFY(text.endsWith(QStringLiteral("0 to create, 1 to configure, 4 unchanged, 0 with "
                                             "problems.")));

        auto job = apply(changed);
        QVERIFY(job->isOk());
        QVERIFY(job->lines().contains(QStringLiteral("configmap/kube-router-cfg configured")));
        QVERIFY(job->lines().contains(QStringLiteral("daemonset.apps/kube-router unchanged")));
    }

    void conflictThenForce()
    {
        QVERIFY(apply(render(kServer))->isOk());
        // Another tool takes the kubeconfig key with a value of its own.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fieldManager"), QStringLiteral("other-tool"));
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        const QByteArray body
                = QJsonDocument(QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                             {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                                             {QStringLiteral("metadata"),
                                              QJsonObject {{QStringLiteral("name"),
                                                            QStringLiteral("kube-router-cfg")},
                                                           {QStringLiteral("namespace"),
                                                            QStringLiteral("kube-system")}}},
                                             {QStringLiteral("data"),
                                              QJsonObject {{QStringLiteral("kubeconfig"),
                                                            QStringLiteral("other\n")}}}})
                          .toJson();
        KubeReply *reply = m_client->send("PATCH", m_client->url(kConfigMapPath, query), body,
                                          "application/apply-patch+yaml");
        bool sent = false;
        connect(reply, &KubeReply::finished, this, [&, reply] { sent = reply->isOk(); });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);

        // The preview already tells.
        bool previewed = false;
        for (const ManifestDiffEntry &entry : diff(render(kServer))) {
            if (entry.item.resource.kind == QLatin1String("ConfigMap")) {
                QCOMPARE(entry.action, ManifestDiffEntry::Action::Conflict);
                previewed = true;
            }
        }
        QVERIFY(previewed);

        auto job = apply(render(kServer));
        QVERIFY(!job->isOk());
        QVERIFY(job->canRetryWithForce());
        const QList<ManifestApplyResult> results = job->results();
        QCOMPARE(results.at(3).outcome, ManifestApplyResult::Outcome::Conflict);
        QCOMPARE(results.at(4).outcome, ManifestApplyResult::Outcome::Pending);
        QVERIFY(!results.at(3).conflicts.isEmpty());
        bool named = false;
        for (const KubeStatus::Cause &cause : results.at(3).conflicts)
            named = named
                    || (cause.manager == QLatin1String("other-tool")
                        && cause.field.contains(QStringLiteral("kubeconfig")));
        QVERIFY(named);
        QVERIFY(results.at(3).message.contains(QStringLiteral("other-tool")));

        QSignalSpy finished(job.get(), &ManifestApplyJob::finished);
        job->retryWithForce();
        QVERIFY(finished.wait(20000));
        QVERIFY(job->isOk());
        QCOMPARE(job->results().at(3).outcome, ManifestApplyResult::Outcome::Configured);
        QVERIFY(job->results().at(3).forced);
        QCOMPARE(job->results().at(4).outcome, ManifestApplyResult::Outcome::Unchanged);
        const QString kubeconfig = get(kConfigMapPath)
                                           .second.value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("kubeconfig"))
                                           .toString();
        QVERIFY(kubeconfig.contains(kServer));
    }

    void rolloutCompletes()
    {
        // kube-router crash-loops on nodes without a pod range: give them one each.
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_sim->cluster().setNodePodCidr(QStringLiteral("worker-%1.k8s.lan").arg(i),
                                                    QStringLiteral("10.200.%1.0/24").arg(i)));
        auto job = apply(render(kServer));
        QVERIFY(job->isOk());
        QCOMPARE(job->daemonSetPaths().size(), 1);
        auto *watch = new RolloutWatch(m_client.get(), job->daemonSetPaths().first());
        watch->setInterval(std::chrono::milliseconds(20));
        watch->setTimeout(std::chrono::milliseconds(15000));
        std::optional<RolloutWatch::Outcome> outcome;
        RolloutWatch::Counts counts;
        QString summary;
        connect(watch, &RolloutWatch::finished, this, [&, watch] {
            outcome = watch->outcome();
            counts = watch->counts();
            summary = watch->summary();
        });
        watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(*outcome, RolloutWatch::Outcome::Complete);
        QCOMPARE(counts.desired, 3);
        QCOMPARE(counts.ready, 3);
        QVERIFY(summary.contains(QStringLiteral("3 of 3")));
    }

    void rolloutFailsWithoutDaemonSet()
    {
        // Nothing to follow when the DaemonSet does not exist: the watch fails at once.
        auto *watch = new RolloutWatch(
                m_client.get(),
                QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router"));
        watch->setInterval(std::chrono::milliseconds(20));
        std::optional<RolloutWatch::Outcome> outcome;
        connect(watch, &RolloutWatch::finished, this, [&, watch] { outcome = watch->outcome(); });
        watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(*outcome, RolloutWatch::Outcome::Failed);
        QVERIFY(RolloutWatch::isRolledOut({2, 2, 3, 3, 3}));
        QVERIFY(!RolloutWatch::isRolledOut({2, 1, 3, 3, 3}));
        QVERIFY(!RolloutWatch::isRolledOut({1, 1, 3, 2, 3}));
        QVERIFY(!RolloutWatch::isRolledOut({1, 1, 0, 0, 0}));
    }

    void uninstallRemovesAllThenAllGone()
    {
        QVERIFY(apply(render(kServer))->isOk());
        const QList<ManifestUninstallJob::Entry> preview
                = uninstall(ManifestUninstallJob::Mode::Preview);
        QCOMPARE(preview.size(), 5);
        for (const ManifestUninstallJob::Entry &entry : preview)
            QCOMPARE(entry.state, ManifestUninstallJob::Entry::State::Exists);
        QCOMPARE(preview.first().item.resource.kind, QStringLiteral("DaemonSet"));
        QCOMPARE(preview.last().item.resource.kind, QStringLiteral("ServiceAccount"));

        QStringList lines;
        const QList<ManifestUninstallJob::Entry> deleted
                = uninstall(ManifestUninstallJob::Mode::Delete, &lines);
        QCOMPARE(deleted.size(), 5);
        for (const ManifestUninstallJob::Entry &entry : deleted)
            QCOMPARE(entry.state, ManifestUninstallJob::Entry::State::Deleted);
        QCOMPARE(lines.first(), QStringLiteral("daemonset.apps/kube-router deleted"));
        QVERIFY(get(kConfigMapPath).first);
        QVERIFY(get(QStringLiteral("/apis/rbac.authorization.k8s.io/v1/clusterroles/kube-router"))
                        .first);

        for (const ManifestUninstallJob::Entry &entry :
             uninstall(ManifestUninstallJob::Mode::Delete))
            QCOMPARE(entry.state, ManifestUninstallJob::Entry::State::AlreadyGone);
    }

    void preflightAgainstSimulator()
    {
        // The lab preset's nodes have no pod ranges; nothing is installed yet.
        QList<PreflightItem> items = preflight();
        QVERIFY2(ids(items).contains(QStringLiteral("node-without-pod-range")),
                 qPrintable(ids(items).join(u',')));
        QVERIFY(ids(items).contains(QStringLiteral("existing-install")));
        QVERIFY(ids(items).contains(QStringLiteral("image-pin")));

        // An install that names another API server: the loud warning with per-node commands.
        QVERIFY(apply(render(QStringLiteral("https://10.0.0.99:6443")))->isOk());
        items = preflight();
        bool stale = false;
        for (const PreflightItem &item : std::as_const(items)) {
            if (item.id != QLatin1String("stale-kubeconfig"))
                continue;
            stale = true;
            QCOMPARE(item.commands.size(), 6);
            QVERIFY(item.commands.contains(
                    QStringLiteral("kubectl -n kube-system delete pod -l k8s-app=kube-router "
                                   "--field-selector spec.nodeName=worker-1.k8s.lan")));
        }
        QVERIFY(stale);

        // The same server: no warning.
        QVERIFY(apply(render(kServer))->isOk());
        QVERIFY(!ids(preflight()).contains(QStringLiteral("stale-kubeconfig")));
    }
};

QTEST_GUILESS_MAIN(TestManifestApply)
#include "tst_manifestapply.moc"
