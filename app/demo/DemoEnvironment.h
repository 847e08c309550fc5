// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace podnet {

class SetupState;

namespace sim {
class KubeSimulator;
class OpenStackSimulator;
} // namespace sim

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
    /// The API server URL as the lab's nodes reach it (the tutorial's controller).
    static QString apiServerUrl() { return QStringLiteral("https://10.240.0.10:6443"); }
    /// The lab's Keystone domain for the user and the project.
    static QString domainName() { return QStringLiteral("Default"); }

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Demo timings as a class sees them (nodes turn Ready a second apart), or all delays zero
    /// (tests, benchmarks; a crash-looping pod still backs off briefly). Call before start().
    void setZeroDelays(bool zero);

    /// Starts both simulators and writes the kubeconfig. Reports once, never from inside
    /// start(): ready() or failed(). Later calls do nothing (after failed(), try again with a
    /// new object).
    void start();
    bool isReady() const { return m_ready; }
    /// Why start() failed (translated); empty otherwise.
    QString errorString() const { return m_error; }

    /// Fills \a state as if the user had typed it: OpenStack credentials (with the password,
    /// in memory only), the Kubernetes connection from the demo kubeconfig, the network values
    /// and the built-in template. Only after ready(); does nothing before.
    void fill(SetupState *state) const;

    /// The kubeconfig (mode 0600 in a private temporary folder); empty before ready().
    QString kubeconfigPath() const;
    /// Keystone's URL (http://127.0.0.1:PORT/identity/v3); empty before start().
    QUrl authUrl() const;

    /// The simulators themselves, for tests' fault injection (never null).
    sim::OpenStackSimulator *openStack() const { return m_openStack.get(); }
    sim::KubeSimulator *kube() const { return m_kube.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onKubeReady();
    void fail(const QString &message);

    std::unique_ptr<sim::OpenStackSimulator> m_openStack;
    std::unique_ptr<sim::KubeSimulator> m_kube;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_started = false;
    bool m_ready = false;
    QString m_error;
};

} // namespace podnet
