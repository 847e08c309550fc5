// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace podnet {

class SetupState;

/// Demo mode: the built-in OpenStack and Kubernetes simulators on 127.0.0.1 with a lab that
/// looks like the tutorial's (three workers worker-0..2.k8s.lan with their compute ports, a
/// port with port security off, a DHCP port, one port that already has a pair; cluster CIDR
/// 10.200.0.0/16, service CIDR 10.32.0.0/24), and the credentials to reach them. The engine
/// never knows: it gets ordinary credentials and a kubeconfig (written to a private temporary
/// folder, removed with this object). start() is asynchronous: ready() or failed().
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Demo timings as a class sees them (nodes turn Ready a second apart), or all delays zero
    /// (tests, benchmarks). Call before start().
    void setZeroDelays(bool zero);

    void start();
    bool isReady() const;
    QString errorString() const;

    /// Fills \a state as if the user had typed it: OpenStack credentials (with the password,
    /// in memory only), the Kubernetes connection from the demo kubeconfig, the network values
    /// and the built-in template. Only after ready().
    void fill(SetupState *state) const;

    QString kubeconfigPath() const;
    QString authUrl() const;

    /// The simulators themselves (for tests' fault injection; opaque to the engine).
    class Simulators;
    Simulators &simulators();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    std::unique_ptr<Simulators> m_sims;
};

} // namespace podnet
