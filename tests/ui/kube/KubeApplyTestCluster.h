// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetupState.h"
#include "TestData.h"
#include "kube/KubeClient.h"
#include "kube/KubeConnectionCheck.h"
#include "kube/KubeReply.h"
#include "kube/KubeState.h"
#include "kube/ManifestApplyJob.h"
#include "manifest/ManifestRenderer.h"
#include "manifest/TemplateLoader.h"
#include "sim/kube/KubeSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace podnet::test {

/// The Kubernetes simulator (lab preset, no delays) and a SetupState connected to it as the
/// connection page leaves it: built-in template, API server entered, connection checked.
class KubeApplyTestCluster
{
public:
    static QString server() { return QStringLiteral("https://10.0.0.10:6443"); }
    static QString daemonSetPath()
    {
        return QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router");
    }

    /// Starts everything; false (with a warning) when the simulator or the check failed.
    bool start()
    {
        sim = std::make_unique<sim::KubeSimulator>();
        QSignalSpy ready(sim.get(), &sim::KubeSimulator::ready);
        sim->start();
        if (!ready.wait(20000))
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        state = std::make_unique<SetupState>(network.get());
        state->setManifestTemplate(TemplateLoader::builtIn());
        state->network()->setApiServerUrl(server());
        KubeConnection connection;
        connection.server = sim->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(sim->caCertificatePem());
        connection.token = sim->token();
        state->kube()->setConnection(connection);
        auto *check = new KubeConnectionCheck(state->kube()->client());
        bool done = false;
        QObject::connect(check, &KubeConnectionCheck::finished, state.get(), [&, check] {
            state->kube()->setCheckResult(check->result());
            done = true;
        });
        check->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return false;
        return state->kube()->isConnected();
    }

    void stop()
    {
        state.reset();
        network.reset();
        sim.reset();
    }

    /// The built-in template rendered for \a apiServer.
    static QByteArray render(const QString &apiServer)
    {
        return ManifestRenderer::render(readAll(builtInTemplatePath()),
                                        {apiServer, QStringLiteral("10.200.0.0/16"), QString()})
                .text;
    }

    /// Applies \a manifest through the engine, as someone else (or an earlier run) would have.
    bool applyWithEngine(const QByteArray &manifest)
    {
        ManifestApplyJob job(state->kube()->client(), manifest);
        QSignalSpy finished(&job, &ManifestApplyJob::finished);
        job.start();
        return finished.wait(20000) && job.isOk();
    }

    /// Gives every lab node its own pod range inside the cluster CIDR.
    void setPodRanges()
    {
        for (int i = 0; i < 3; ++i) {
            sim->cluster().setNodePodCidr(QStringLiteral("worker-%1.k8s.lan").arg(i),
                                          QStringLiteral("10.200.%1.0/24").arg(i));
        }
    }

    /// Whether the object at \a path is absent in the simulator (through a GET).
    bool isAbsent(const QString &path)
    {
        KubeReply *reply = state->kube()->client()->getObject(path);
        std::optional<bool> absent;
        QObject::connect(reply, &KubeReply::finished, state.get(),
                         [&, reply] { absent = reply->isAbsent(); });
        return QTest::qWaitFor([&] { return absent.has_value(); }, 10000) && absent.value_or(false);
    }

    std::unique_ptr<sim::KubeSimulator> sim;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SetupState> state;
};

} // namespace podnet::test
