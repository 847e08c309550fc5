// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SimCertificateAuthority.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimer>

namespace podnet::sim {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SimCertificateAuthority::SimCertificateAuthority(QObject *parent)
    : QObject(parent)
{ }

SimCertificateAuthority::~SimCertificateAuthority()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

void SimCertificateAuthority::start()
{
    if (m_started)
        return;
    m_started = true;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString());
    QFile extensions(m_dir->filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                            "basicConstraints=critical,CA:FALSE\n"
                            "keyUsage=critical,digitalSignature,keyEncipherment\n"
                            "extendedKeyUsage=serverAuth\n")
                < 0)
        return fail(QStringLiteral("cannot write %1").arg(extensions.fileName()));
    extensions.close();
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    m_steps = {QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                       + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                      QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                      QStringLiteral("-days"), QStringLiteral("30"),
                                      QStringLiteral("-subj"),
                                      QStringLiteral("/CN=PodNet simulator CA"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
               QStringList {QStringLiteral("req"), QStringLiteral("-new")} + ec
                       + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                      QStringLiteral("-out"), QStringLiteral("server.csr"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
               QStringList {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("server.csr"), QStringLiteral("-CA"),
                            QStringLiteral("ca.crt"), QStringLiteral("-CAkey"),
                            QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-out"), QStringLiteral("server.crt"),
                            QStringLiteral("-days"), QStringLiteral("30"),
                            QStringLiteral("-extfile"), QStringLiteral("server.ext")}};
    runNext();
}

void SimCertificateAuthority::runNext()
{
    if (m_steps.isEmpty())
        return finish();
    const QStringList arguments = m_steps.takeFirst();
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("cannot run %1: %2").arg(m_program, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this, arguments](int exitCode, QProcess::ExitStatus exitStatus) {
                QProcess *process = std::exchange(m_process, nullptr);
                process->deleteLater();
                if (exitStatus != QProcess::NormalExit || exitCode != 0)
                    return fail(QStringLiteral("%1 %2 failed: %3")
                                        .arg(m_program, arguments.join(QLatin1Char(' ')),
                                             QString::fromLocal8Bit(process->readAll()).trimmed()));
                runNext();
            });
    m_process->start(m_program, arguments);
}

void SimCertificateAuthority::finish()
{
    m_caPem = readFile(m_dir->filePath(QStringLiteral("ca.crt")));
    const QByteArray serverPem = readFile(m_dir->filePath(QStringLiteral("server.crt")));
    const QSslKey key(readFile(m_dir->filePath(QStringLiteral("server.key"))), QSsl::Ec);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(m_caPem);
    const QList<QSslCertificate> server = QSslCertificate::fromData(serverPem);
    if (ca.isEmpty() || server.isEmpty() || key.isNull())
        return fail(QStringLiteral("openssl made no usable certificate or key"));
    m_server = QSslConfiguration::defaultConfiguration();
    m_server.setLocalCertificateChain({server.first(), ca.first()});
    m_server.setPrivateKey(key);
    m_server.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setProtocol(QSsl::TlsV1_2OrLater);
    m_dir.reset();
    m_ready = true;
    Q_EMIT ready();
}

void SimCertificateAuthority::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    m_dir.reset();
    // Report from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this] { Q_EMIT failed(m_error); });
}

} // namespace podnet::sim
