// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "DemoController.h"

#include "SetupState.h"
#include "demo/DemoEnvironment.h"

namespace podnet {

DemoController::DemoController(SetupState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

DemoController::~DemoController() = default;

void DemoController::start()
{
    if (isActive())
        return;
    m_error.clear();
    m_environment = std::make_unique<DemoEnvironment>();
    m_environment->setZeroDelays(m_zeroDelays);
    DemoEnvironment *environment = m_environment.get();
    connect(environment, &DemoEnvironment::ready, this, [this, environment] {
        environment->fill(m_state);
        setStatus(Status::Ready);
    });
    connect(environment, &DemoEnvironment::failed, this, [this](const QString &message) {
        m_error = message;
        // Deleted later: this runs inside one of the environment's own signals.
        m_environment.release()->deleteLater();
        setStatus(Status::Failed);
    });
    environment->start();
    setStatus(Status::Starting);
}

void DemoController::stop()
{
    if (m_status == Status::Off)
        return;
    if (m_environment) {
        // Only what still points at the demo: a value the person typed over stays.
        if (m_state->openStack()->credentials().authUrl == m_environment->authUrl())
            m_state->openStack()->setCredentials({});
        const QString kubeconfig = m_environment->kubeconfigPath();
        if (!kubeconfig.isEmpty() && m_state->kube()->kubeconfigFiles().contains(kubeconfig))
            m_state->kube()->clearConnection();
        if (m_state->network()->apiServerUrl() == DemoEnvironment::apiServerUrl())
            m_state->network()->setApiServerUrl({});
    }
    m_environment.reset();
    m_error.clear();
    setStatus(Status::Off);
}

void DemoController::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace podnet
