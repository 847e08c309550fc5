// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"
#include "demo/DemoEnvironment.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "openstack/KeystoneSession.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackSimulator.h"
#include "sim/openstack/OpenStackStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace podnet;

/// Demo mode's environment: both simulators start on 127.0.0.1, the state it fills reaches
/// them as a real cloud would, and the nodes' addresses match the ports'.
class TestDemoEnvironment : public QObject
{
    Q_OBJECT
private:
    static bool startAndWait(DemoEnvironment &demo)
    {
        QSignalSpy ready(&demo, &DemoEnvironment::ready);
        QSignalSpy failed(&demo, &DemoEnvironment::failed);
        demo.start();
        // Never reported from inside start().
        if (!ready.isEmpty() || !failed.isEmpty())
            return false;
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
            return false;
        if (!failed.isEmpty())
            qWarning("demo failed: %s", qPrintable(failed.first().first().toString()));
        return !ready.isEmpty() && demo.isReady();
    }

private Q_SLOTS:
    void startsAndFillsTheState()
    {
        DemoEnvironment demo;
        demo.setZeroDelays(true);
        QVERIFY(demo.kubeconfigPath().isEmpty());
        QVERIFY(startAndWait(demo));
        QCOMPARE(demo.authUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(demo.kube()->baseUrl().host(), QStringLiteral("127.0.0.1"));

        QNetworkAccessManager network;
        SetupState state(&network);
        demo.fill(&state);

        const CloudCredentials &credentials = state.openStack()->credentials();
        QCOMPARE(credentials.authUrl, demo.authUrl());
        QCOMPARE(credentials.username, QStringLiteral("demo"));
        QCOMPARE(credentials.projectName, QStringLiteral("k8s-lab"));
        QCOMPARE(credentials.userDomainName, QStringLiteral("Default"));
        QCOMPARE(credentials.projectDomainName, QStringLiteral("Default"));
        QCOMPARE(credentials.regionName, QStringLiteral("RegionOne"));
        QCOMPARE(credentials.secret, QStringLiteral("demo-password"));

        QVERIFY(state.kube()->hasConnection());
        QCOMPARE(state.kube()->kubeconfigFiles(), QStringList {demo.kubeconfigPath()});
        QCOMPARE(state.kube()->connection()->server, demo.kube()->baseUrl());

        QCOMPARE(state.network()->apiServerUrl(), QStringLiteral("https://10.240.0.10:6443"));
        QCOMPARE(state.network()->clusterCidr(), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(state.network()->serviceCidr(), QStringLiteral("10.32.0.0/24"));
        QVERIFY(state.network()->isValid());
        QVERIFY(state.manifestTemplate().has_value());
        QCOMPARE(state.manifestTemplate()->source.kind, TemplateSource::Kind::BuiltIn);
        QVERIFY(state.render().ok());
    }

    void sessionSignsIn()
    {
        DemoEnvironment demo;
        demo.setZeroDelays(true);
        QVERIFY(startAndWait(demo));
        QNetworkAccessManager network;
        SetupState state(&network);
        demo.fill(&state);

        KeystoneSession *session = state.openStack()->session();
        QSignalSpy authenticated(session, &KeystoneSession::authenticated);
        QSignalSpy failed(session, &KeystoneSession::authenticationFailed);
        session->authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(!authenticated.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY(failed.isEmpty());
        QVERIFY(session->isAuthenticated());
        QVERIFY(demo.openStack()->requestCount("POST", QStringLiteral("/identity/v3/auth/tokens"))
                >= 1);
    }

    void nodesMatchThePorts()
    {
        DemoEnvironment demo;
        demo.setZeroDelays(true);
        QVERIFY(startAndWait(demo));
        QNetworkAccessManager network;
        SetupState state(&network);
        demo.fill(&state);

        KubeClient *client = state.kube()->client();
        QVERIFY(client);
        KubeReply *reply = client->list(QStringLiteral("/api/v1/nodes"));
        // The reply deletes itself after finished(): read it there.
        std::optional<bool> ok;
        QJsonObject list;
        connect(reply, &KubeReply::finished, this, [&, reply] {
            ok = reply->isOk();
            list = reply->object();
        });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
        QVERIFY(*ok);
        const QJsonArray items = list.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);

        // The workers' compute ports in the lab, by server name.
        const sim::OpenStackStore &store = demo.openStack()->store();
        QHash<QString, QString> serverName;
        for (const sim::OsServer &server : store.servers())
            serverName.insert(server.id, server.name);
        QHash<QString, QString> portIpOf;
        for (const sim::OsPort &port : store.ports()) {
            if (serverName.contains(port.deviceId) && !port.fixedIps.isEmpty())
                portIpOf.insert(serverName.value(port.deviceId), port.fixedIps.first().ipAddress);
        }
        QSet<QString> seen;
        for (const QJsonValue &item : items) {
            const QJsonObject node = item.toObject();
            const QString name = node.value(QStringLiteral("metadata"))
                                         .toObject()
                                         .value(QStringLiteral("name"))
                                         .toString();
            QString internalIp;
            const QJsonArray addresses = node.value(QStringLiteral("status"))
                                                 .toObject()
                                                 .value(QStringLiteral("addresses"))
                                                 .toArray();
            for (const QJsonValue &address : addresses) {
                if (address[QStringLiteral("type")].toString() == QLatin1String("InternalIP"))
                    internalIp = address[QStringLiteral("address")].toString();
            }
            QVERIFY2(portIpOf.contains(name), qPrintable(name));
            QCOMPARE(internalIp, portIpOf.value(name));
            seen.insert(internalIp);
        }
        QCOMPARE(seen,
                 (QSet<QString> {QStringLiteral("10.240.0.20"), QStringLiteral("10.240.0.21"),
                                 QStringLiteral("10.240.0.22")}));
    }

    void kubeconfigIsPrivateAndRemoved()
    {
        QString path;
        QString folder;
        {
            DemoEnvironment demo;
            demo.setZeroDelays(true);
            QVERIFY(startAndWait(demo));
            path = demo.kubeconfigPath();
            folder = QFileInfo(path).absolutePath();
            QVERIFY(QFile::exists(path));
            // The token is in it (as in any kubeconfig), so only the owner may read it.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains(demo.kube()->token().toLatin1()));
            QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
            const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
            QCOMPARE(QFileInfo(folder).permissions() & others, QFile::Permissions());
            QCOMPARE(file.permissions() & others, QFile::Permissions());
            // The OpenStack password stays in memory.
            QFile again(path);
            QVERIFY(again.open(QIODevice::ReadOnly));
            QVERIFY(!again.readAll().contains("demo-password"));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void fillBeforeReadyDoesNothing()
    {
        DemoEnvironment demo;
        QNetworkAccessManager network;
        SetupState state(&network);
        demo.fill(&state);
        QVERIFY(state.openStack()->credentials().authUrl.isEmpty());
        QVERIFY(!state.kube()->hasConnection());
        QVERIFY(state.network()->apiServerUrl().isEmpty());
    }

    void zeroDelaysReachTheCluster()
    {
        DemoEnvironment demo;
        QCOMPARE(demo.kube()->cluster().timing().nodeReadyStepMs,
                 sim::KubeSimulator::demoOptions().timing.nodeReadyStepMs);
        QVERIFY(demo.kube()->cluster().timing().nodeReadyStepMs > 0);
        demo.setZeroDelays(true);
        QCOMPARE(demo.kube()->cluster().timing().nodeReadyStepMs, 0);
        QCOMPARE(demo.kube()->cluster().timing().podStartMs, 0);
        QCOMPARE(demo.kube()->cluster().timing().heartbeatMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
