// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeClusterController.h"
#include "KubeNodeSpec.h"
#include "SimClientCertificate.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace podnet::sim {

class HttpExchange;
class KubeApiHandler;
class KubeFaultInjector;
class KubeObjectStore;
class KubeWatchStream;
struct KubeReply;
struct KubeRoute;
class SimCertificateAuthority;
class SimHttpServer;

/// The built-in Kubernetes API server (demo mode and the fast test backend): HTTPS on
/// 127.0.0.1 with its own CA, a bearer token or client certificates signed by that CA, discovery,
/// GET/LIST/WATCH, server-side apply and patches, a cluster whose nodes turn Ready once
/// kube-router's DaemonSet runs on them (its pods crash-loop on nodes without a pod range), fault
/// injection and hooks for load tests. start() is asynchronous and reports through
/// ready() or failed().
class KubeSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<KubeNodeSpec> nodes = KubeNodeSpec::labPreset();
        KubeClusterController::Timing timing; ///< no delays (tests); crash back-off 10 s
        int historyLimit = 1000;              ///< watch events kept for resuming
        int bookmarkIntervalMs = 5000;
        int defaultWatchTimeoutSeconds = 1800;
        QString userName = QStringLiteral("podnet-demo");
        quint16 port = 0; ///< 0: any free port
    };

    /// Options for demo mode: worker-0 and worker-1 have pod ranges and turn Ready about a
    /// second apart once kube-router is installed; worker-2 has none, so its kube-router
    /// crash-loops until the node is annotated (and its pod restarts); kubelets heartbeat. The
    /// workers' InternalIPs are 10.240.0.20..22, their ports' fixed IPs in OpenStackLab.
    static Options demoOptions();

    /// A simulator with the default Options (lab preset, no delays).
    explicit KubeSimulator(QObject *parent = nullptr);
    explicit KubeSimulator(Options options, QObject *parent = nullptr);
    ~KubeSimulator() override;

    /// Makes the CA and certificate, then listens. Emits ready() or failed().
    void start();
    bool isReady() const { return m_ready; }

    /// https://127.0.0.1:PORT once ready.
    QUrl baseUrl() const;
    /// The CA certificate (PEM) clients must trust.
    QByteArray caCertificatePem() const;
    /// A TLS configuration for clients that trusts only this simulator's CA.
    QSslConfiguration clientSslConfiguration() const;
    /// The bearer token every API request must carry.
    QString token() const { return m_token; }
    /// A kubeconfig (certificate-authority-data and token) for this simulator.
    QByteArray kubeconfig() const;
    /// Writes kubeconfig() to \a path (mode 0600). False and \a error on failure.
    bool writeKubeconfig(const QString &path, QString *error = nullptr) const;

    /// Issues a client certificate signed by this simulator's CA: requests on a connection that
    /// presents it authenticate as \a commonName in \a groups (plus system:authenticated), as
    /// with a real API server's x509 authentication. Call after start(); answered through
    /// clientCertificateIssued() with the returned id.
    int issueClientCertificate(const QString &commonName, const QStringList &groups = {});
    /// A kubeconfig with client-certificate-data and client-key-data from \a certificate
    /// instead of the token.
    QByteArray kubeconfig(const SimClientCertificate &certificate) const;
    /// Writes kubeconfig(\a certificate) to \a path (mode 0600). False and \a error on failure.
    bool writeKubeconfig(const QString &path, const SimClientCertificate &certificate,
                         QString *error = nullptr) const;

    KubeObjectStore &store() { return *m_store; }
    KubeClusterController &cluster() { return *m_cluster; }
    KubeFaultInjector &faults() { return *m_faults; }

    /// Cuts every open watch connection (fault injection).
    void dropWatches();
    /// Ends every open watch cleanly, as the server-side timeout would.
    void endWatches();
    /// The next watch gets an ERROR event with a 410 Status.
    void expireNextWatch();
    /// Writes \a bytes as they are into every open watch (fault injection: a garbage line, or
    /// half an event followed by dropWatches() for a truncated stream).
    void injectWatchBytes(const QByteArray &bytes);
    /// Watches currently streaming.
    int openWatchCount() const;

    /// Produces \a events MODIFIED node events at once (kubelet heartbeats, round robin over
    /// the nodes; see KubeClusterController::touchNodes()). Returns how many it produced.
    int touchNodes(int events);
    /// While \a held, open watches (and watches opened meanwhile) queue their events instead of
    /// writing them; releasing writes each watch's queue in one go, so a client can be timed
    /// reading a burst without timing the simulator making it.
    void holdWatches(bool held);
    /// True between holdWatches(true) and holdWatches(false).
    bool watchesHeld() const { return m_watchesHeld; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    /// A request was answered (not emitted for watches and dropped requests).
    void requestHandled(const QByteArray &method, const QString &path, int status);
    /// The answer to issueClientCertificate() number \a requestId; check certificate.isValid().
    void clientCertificateIssued(int requestId,
                                 const podnet::sim::SimClientCertificate &certificate);

private:
    void onCertificatesReady();
    void onExchange(HttpExchange *exchange);
    void process(HttpExchange *exchange);
    void startWatch(HttpExchange *exchange, const KubeRoute &route);
    void send(HttpExchange *exchange, const KubeReply &reply);
    /// The kubeconfig text with \a user lines (already indented).
    QByteArray kubeconfigWith(const QByteArray &user) const;

    Options m_options;
    QString m_token;
    bool m_ready = false;
    std::unique_ptr<KubeObjectStore> m_store;
    std::unique_ptr<KubeFaultInjector> m_faults;
    std::unique_ptr<KubeApiHandler> m_handler;
    KubeClusterController *m_cluster = nullptr;
    SimCertificateAuthority *m_authority = nullptr;
    SimHttpServer *m_server = nullptr;
    QList<QPointer<KubeWatchStream>> m_watches;
    bool m_log = false;
    bool m_watchesHeld = false;
};

} // namespace podnet::sim
