// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
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
/// or failed().
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

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void runNext();
    void finish();
    void fail(const QString &message);

    QString m_program = QStringLiteral("openssl");
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QStringList> m_steps;
    QProcess *m_process = nullptr;
    QByteArray m_caPem;
    QSslConfiguration m_server;
    QString m_error;
    bool m_ready = false;
    bool m_started = false;
};

} // namespace podnet::sim
