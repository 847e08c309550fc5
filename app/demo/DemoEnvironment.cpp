// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "DemoEnvironment.h"

#include "SetupState.h"
#include "kube/KubeConfig.h"
#include "manifest/TemplateLoader.h"
#include "openstack/CloudCredentials.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

namespace podnet {

namespace {

// Even with zero delays a crash-looping kube-router must not restart in a busy loop.
constexpr int zeroDelayCrashBackoffMs = 200;

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
    , m_openStack(std::make_unique<sim::OpenStackSimulator>())
    , m_kube(std::make_unique<sim::KubeSimulator>(sim::KubeSimulator::demoOptions()))
{
    m_openStack->loadLab();
    connect(m_kube.get(), &sim::KubeSimulator::ready, this, &DemoEnvironment::onKubeReady);
    connect(m_kube.get(), &sim::KubeSimulator::failed, this, [this](const QString &message) {
        fail(tr("The built-in Kubernetes cluster could not start (%1). Try again, or use your "
                "own cloud.")
                     .arg(message));
    });
}

DemoEnvironment::~DemoEnvironment() = default;

void DemoEnvironment::setZeroDelays(bool zero)
{
    sim::KubeClusterController::Timing timing;
    if (zero)
        timing.crashBackoffMs = zeroDelayCrashBackoffMs;
    else
        timing = sim::KubeSimulator::demoOptions().timing;
    m_kube->cluster().setTiming(timing);
}

void DemoEnvironment::start()
{
    if (m_started)
        return;
    m_started = true;
    m_error.clear();
    if (!m_openStack->start()) {
        const QString reason = m_openStack->errorString();
        // Reported after start() returns, as every other outcome is.
        QTimer::singleShot(0, this, [this, reason] {
            fail(tr("The built-in OpenStack cloud could not start (%1). Try again, or use your "
                    "own cloud.")
                         .arg(reason));
        });
        return;
    }
    m_kube->start();
}

void DemoEnvironment::onKubeReady()
{
    m_dir = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("podnet-demo-XXXXXX")));
    QString error;
    if (!m_dir->isValid())
        error = m_dir->errorString();
    else if (!m_kube->writeKubeconfig(kubeconfigPath(), &error) && error.isEmpty())
        error = tr("unknown error");
    if (!error.isEmpty()) {
        m_dir.reset();
        return fail(tr("Could not write the demo kubeconfig (%1). Check that the temporary "
                       "folder %2 is writable.")
                            .arg(error, QDir::toNativeSeparators(QDir::tempPath())));
    }
    m_ready = true;
    Q_EMIT ready();
}

void DemoEnvironment::fail(const QString &message)
{
    m_ready = false;
    m_error = message;
    Q_EMIT failed(message);
}

void DemoEnvironment::fill(SetupState *state) const
{
    if (!m_ready || !state)
        return;

    CloudCredentials credentials;
    credentials.authType = CloudCredentials::AuthType::Password;
    credentials.authUrl = m_openStack->authUrl();
    credentials.username = sim::OpenStackLab::userName;
    credentials.userDomainName = domainName();
    credentials.projectName = sim::OpenStackLab::projectName;
    credentials.projectDomainName = domainName();
    credentials.regionName = m_openStack->regionName();
    credentials.secret = sim::OpenStackLab::password;
    state->openStack()->setCredentials(credentials);

    // Read back as any kubeconfig is, so the pages see what a real one would give them.
    KubeConfigError error;
    if (const auto config = KubeConfig::load({kubeconfigPath()}, &error)) {
        const QString context = config->defaultContext();
        if (const auto connection = config->resolve(context, &error))
            state->kube()->setConnection(*connection, config->files(), context);
    }

    NetworkSettings *network = state->network();
    network->setApiServerUrl(apiServerUrl());
    network->setClusterCidr(NetworkSettings::defaultClusterCidr());
    network->setServiceCidr(NetworkSettings::defaultServiceCidr());
    state->setManifestTemplate(TemplateLoader::builtIn());
}

QString DemoEnvironment::kubeconfigPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("kubeconfig")) : QString();
}

QUrl DemoEnvironment::authUrl() const
{
    return m_started ? m_openStack->authUrl() : QUrl();
}

} // namespace podnet
