// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SimClientCertificate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace podnet::sim {

/// A throwaway certificate authority for a simulator's HTTPS: runs the `openssl` command
/// asynchronously in a temporary folder to make an EC P-256 CA and a server certificate for
/// 127.0.0.1 (SAN IP:127.0.0.1, DNS:localhost), then loads them. Reports once through ready()
/// or failed(). Afterwards it issues client certificates on request; the CA key stays in a
/// private temporary folder until the authority is destroyed.
class SimCertificateAuthority : public QObject
{
    Q_OBJECT
public:
    explicit SimCertificateAuthority(QObject *parent = nullptr);
    ~SimCertificateAuthority() override;

    /// The openssl program (default: "openssl" from PATH).
    void setOpensslProgram(const QString &program) { m_program = program; }
    /// Starts generating; call once.
    void start();

    bool isReady() const { return m_ready; }
    /// The CA certificate (PEM) that clients must trust.
    QByteArray caCertificatePem() const { return m_caPem; }
    /// Certificate and key for the server side.
    QSslConfiguration serverConfiguration() const { return m_server; }
    QString errorString() const { return m_error; }

    /// Issues a client certificate (extendedKeyUsage clientAuth) and EC key for CN=\a commonName
    /// with one O entry per group, signed by this CA. Call after start(), also before ready();
    /// requests run one after another. Returns the request's id; always answered later through
    /// clientCertificateIssued().
    int issueClientCertificate(const QString &commonName, const QStringList &groups = {});

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    /// The answer to issueClientCertificate() number \a requestId; check certificate.isValid().
    void clientCertificateIssued(int requestId,
                                 const podnet::sim::SimClientCertificate &certificate);

private:
    /// One openssl run; request 0 belongs to making the CA itself.
    struct Step
    {
        QStringList arguments;
        int request = 0;
        bool last = false; ///< the request's last run
    };

    void runNext();
    void stepDone(const Step &step);
    void stepFailed(const Step &step, const QString &message);
    void finish();
    void fail(const QString &message);
    /// Reads the request's files and answers it.
    void deliver(int request);
    /// Emits clientCertificateIssued() from the event loop.
    void answer(int request, const SimClientCertificate &certificate);

    QString m_program = QStringLiteral("openssl");
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Step> m_steps;
    QHash<int, SimClientCertificate> m_pending;
    int m_lastRequest = 0;
    QProcess *m_process = nullptr;
    QByteArray m_caPem;
    QSslConfiguration m_server;
    QString m_error;
    bool m_ready = false;
    bool m_started = false;
};

} // namespace podnet::sim
