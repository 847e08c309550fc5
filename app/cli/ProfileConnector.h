// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile/Profile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

namespace podnet {

struct CloudCredentials;
class ConnectionCheck;
class KubeConnectionCheck;
class PortsTerminal;
class SetupState;
class TemplateLoader;

/// Turns a profile into a connected SetupState for the headless `plan` and `apply`: puts the
/// profile's values into the state, finds the OpenStack credentials the way `ports` does (the
/// profile's cloud or auth URL; the secret from clouds.yaml/secure.yaml, OS_PASSWORD or a
/// prompt on a terminal) and checks them, reads the kubeconfig (or the typed-in server with
/// PODNET_KUBE_TOKEN and PODNET_KUBE_CA_FILE) and checks it, and loads and renders the
/// template. Prints its own messages on stderr. Reports once: connected() or failed().
class ProfileConnector : public QObject
{
    Q_OBJECT
public:
    /// \a state (not owned) must outlive the connector.
    ProfileConnector(const Profile &profile, SetupState *state,
                     const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~ProfileConnector() override;

    void start();

Q_SIGNALS:
    /// Every side the profile uses is connected and the manifest renders.
    void connected();
    /// Stopped; the reason was printed. \a exitCode is 1 (network, server) or 2 (bad input).
    void failed(int exitCode);

private:
    bool resolveKube();
    bool resolveOpenStack();
    void checkOpenStack(const CloudCredentials &credentials);
    void checkKube();
    void loadTemplate();
    void partDone();
    void fail(int exitCode);

    Profile m_profile;
    SetupState *m_state;
    QProcessEnvironment m_environment;
    std::unique_ptr<PortsTerminal> m_terminal;
    std::unique_ptr<ConnectionCheck> m_openStackCheck;
    QPointer<KubeConnectionCheck> m_kubeCheck; ///< deletes itself after reporting
    std::unique_ptr<TemplateLoader> m_loader;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace podnet
