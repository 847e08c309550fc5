// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeFieldConflict.h"
#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/KubeConnectionCheck.h"
#include "kube/KubeReply.h"
#include "kube/KubeState.h"
#include "manifest/TemplateLoader.h"
#include "openstack/CloudCredentials.h"
#include "openstack/ConnectionCheckResult.h"
#include "run/SetupPlanJob.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace podnet::test {

/// Both built-in simulators with no delays and a SetupState connected to both as the wizard's
/// pages leave it: the OpenStack lab logged in as its demo user (connection checked, with
/// revision-if-match), and the Kubernetes lab with demo-mode nodes (worker-0 and worker-1 have
/// pod ranges, worker-2 has none), the built-in template and the connection checked.
struct SetupTestLab
{
    sim::OpenStackSimulator openStack;
    std::unique_ptr<sim::KubeSimulator> kube;
    QNetworkAccessManager network;
    std::unique_ptr<SetupState> state;
    QTemporaryDir journals;

    static QString daemonSetPath()
    {
        return QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/kube-router");
    }
    static QString configMapPath() { return kubeRouterConfigMapPath(); }
    static QString nodePath(const QString &name) { return QStringLiteral("/api/v1/nodes/") + name; }

    /// Starts what is asked for; false when a simulator or a check failed.
    bool start(bool withOpenStack = true, bool withKube = true)
    {
        if (!journals.isValid())
            return false;
        state = std::make_unique<SetupState>(&network);
        if (withOpenStack && !startOpenStack())
            return false;
        return !withKube || startKube();
    }

    bool startOpenStack()
    {
        if (!openStack.start())
            return false;
        openStack.loadLab();
        CloudCredentials credentials;
        credentials.authUrl = openStack.authUrl();
        credentials.username = sim::OpenStackLab::userName;
        credentials.userDomainName = QStringLiteral("Default");
        credentials.projectName = sim::OpenStackLab::projectName;
        credentials.projectDomainName = QStringLiteral("Default");
        credentials.secret = sim::OpenStackLab::password;
        state->openStack()->setCredentials(credentials);
        ConnectionCheckResult check;
        check.allowedAddressPairs = true;
        check.portSecurity = true;
        check.revisionIfMatch = true;
        check.computeEndpoint
                = QUrl(openStack.baseUrl().toString() + QStringLiteral("/compute/v2.1"));
        state->openStack()->setCheckResult(check);
        return true;
    }

    bool startKube()
    {
        sim::KubeSimulator::Options options = sim::KubeSimulator::demoOptions();
        options.timing = {};
        options.timing.crashBackoffMs = 200;
        kube = std::make_unique<sim::KubeSimulator>(options);
        QSignalSpy ready(kube.get(), &sim::KubeSimulator::ready);
        kube->start();
        if (!ready.wait(20000))
            return false;
        state->setManifestTemplate(TemplateLoader::builtIn());
        state->network()->setApiServerUrl(QStringLiteral("https://10.0.0.10:6443"));
        KubeConnection connection;
        connection.server = kube->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(kube->caCertificatePem());
        connection.token = kube->token();
        state->kube()->setConnection(connection);
        KubeConnectionCheck check(state->kube()->client());
        QSignalSpy finished(&check, &KubeConnectionCheck::finished);
        check.start();
        if (!finished.wait(20000))
            return false;
        state->kube()->setCheckResult(check.result());
        return state->kube()->isConnected();
    }

    /// Plans with \a job's settings (a fresh default job when null); nullopt on failure.
    std::optional<SetupPlan> plan(SetupPlanJob *job = nullptr)
    {
        SetupPlanJob own(state.get());
        SetupPlanJob *planner = job ? job : &own;
        QSignalSpy finished(planner, &SetupPlanJob::finished);
        planner->start();
        if (!finished.wait(30000) || !planner->isOk()) {
            qWarning("plan failed: %s", qPrintable(planner->errorMessage()));
            return std::nullopt;
        }
        return planner->plan();
    }

    /// The id of the (first) port of the server named \a name.
    QString portOf(const QString &serverName) const
    {
        QString server;
        for (const sim::OsServer &s : openStack.store().servers()) {
            if (s.name == serverName)
                server = s.id;
        }
        for (const sim::OsPort &port : openStack.store().ports()) {
            if (!server.isEmpty() && port.deviceId == server)
                return port.id;
        }
        return {};
    }

    QStringList pairsOf(const QString &portId) const
    {
        QStringList list;
        if (const sim::OsPort *port = openStack.store().port(portId)) {
            for (const auto &pair : port->allowedAddressPairs)
                list.append(pair.ipAddress);
        }
        list.sort();
        return list;
    }

    int puts() const
    {
        return openStack.requestCount("PUT", QStringLiteral("/network/v2.0/ports/.*"));
    }

    /// The object at \a path through the engine's client; nullopt when absent or on error.
    std::optional<QJsonObject> get(const QString &path)
    {
        KubeReply *reply = state->kube()->client()->getObject(path);
        std::optional<QJsonObject> object;
        bool done = false;
        QObject::connect(reply, &KubeReply::finished, state.get(), [&, reply] {
            if (reply->isOk() && !reply->isAbsent())
                object = reply->object();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return std::nullopt;
        return object;
    }

    /// Another field manager takes the kube-router ConfigMap's kubeconfig key first.
    bool takeKubeconfigAsOtherTool()
    {
        return test::takeKubeconfigAsOtherTool(state->kube()->client());
    }
};

} // namespace podnet::test
