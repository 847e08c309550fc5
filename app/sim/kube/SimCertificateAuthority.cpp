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

/// Arguments of `openssl req` for a new unencrypted EC P-256 key.
QStringList keyArguments()
{
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
}

/// Arguments of `openssl x509` that sign NAME.csr with the CA into NAME.crt, with NAME.ext.
QStringList signArguments(const QString &name)
{
    return {QStringLiteral("x509"),
            QStringLiteral("-req"),
            QStringLiteral("-in"),
            name + QStringLiteral(".csr"),
            QStringLiteral("-CA"),
            QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"),
            QStringLiteral("ca.key"),
            QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"),
            name + QStringLiteral(".crt"),
            QStringLiteral("-days"),
            QStringLiteral("30"),
            QStringLiteral("-extfile"),
            name + QStringLiteral(".ext")};
}

/// One RDN value for `openssl req -subj`, with '/' and '\\' escaped.
QString subjectValue(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('/'), QStringLiteral("\\/"));
    return value;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
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
    if (!writeFile(m_dir->filePath(QStringLiteral("server.ext")),
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                   "basicConstraints=critical,CA:FALSE\n"
                   "keyUsage=critical,digitalSignature,keyEncipherment\n"
                   "extendedKeyUsage=serverAuth\n"))
        return fail(QStringLiteral("cannot write %1")
                            .arg(m_dir->filePath(QStringLiteral("server.ext"))));
    const QStringList ec = keyArguments();
    const QList<QStringList> runs {
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
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
            signArguments(QStringLiteral("server"))};
    for (qsizetype i = 0; i < runs.size(); ++i)
        m_steps << Step {runs.at(i), 0, i == runs.size() - 1};
    runNext();
}

int SimCertificateAuthority::issueClientCertificate(const QString &commonName,
                                                    const QStringList &groups)
{
    const int request = ++m_lastRequest;
    SimClientCertificate certificate;
    certificate.commonName = commonName;
    certificate.groups = groups;
    const QString name = QStringLiteral("client-%1").arg(request);
    if (commonName.isEmpty())
        certificate.errorString = QStringLiteral("a client certificate needs a common name");
    else if (!m_error.isEmpty())
        certificate.errorString = m_error;
    else if (!m_started)
        certificate.errorString = QStringLiteral("the certificate authority was not started");
    else if (!writeFile(m_dir->filePath(name + QStringLiteral(".ext")),
                        "basicConstraints=critical,CA:FALSE\n"
                        "keyUsage=critical,digitalSignature\n"
                        "extendedKeyUsage=clientAuth\n"))
        certificate.errorString = QStringLiteral("cannot write ") + name + QStringLiteral(".ext");
    if (!certificate.errorString.isEmpty()) {
        answer(request, certificate);
        return request;
    }
    m_pending.insert(request, certificate);
    QString subject;
    for (const QString &group : groups)
        subject += QStringLiteral("/O=") + subjectValue(group);
    subject += QStringLiteral("/CN=") + subjectValue(commonName);
    m_steps << Step {QStringList {QStringLiteral("req"), QStringLiteral("-new"),
                                  QStringLiteral("-utf8")}
                             + keyArguments()
                             + QStringList {QStringLiteral("-keyout"),
                                            name + QStringLiteral(".key"), QStringLiteral("-out"),
                                            name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                                            subject},
                     request, false}
            << Step {signArguments(name), request, true};
    // Runs now when idle; otherwise after the steps before it (the CA's first).
    runNext();
    return request;
}

void SimCertificateAuthority::runNext()
{
    if (m_steps.isEmpty() || m_process)
        return;
    const Step step = m_steps.takeFirst();
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this, step](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        QProcess *process = std::exchange(m_process, nullptr);
        process->disconnect(this);
        process->deleteLater();
        stepFailed(step,
                   QStringLiteral("cannot run %1: %2").arg(m_program, process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this, step](int exitCode, QProcess::ExitStatus exitStatus) {
                QProcess *process = std::exchange(m_process, nullptr);
                process->deleteLater();
                if (exitStatus != QProcess::NormalExit || exitCode != 0)
                    return stepFailed(
                            step,
                            QStringLiteral("%1 %2 failed: %3")
                                    .arg(m_program, step.arguments.join(QLatin1Char(' ')),
                                         QString::fromLocal8Bit(process->readAll()).trimmed()));
                stepDone(step);
            });
    m_process->start(m_program, step.arguments);
}

void SimCertificateAuthority::stepDone(const Step &step)
{
    if (step.last) {
        if (step.request == 0)
            finish();
        else
            deliver(step.request);
    }
    runNext();
}

void SimCertificateAuthority::stepFailed(const Step &step, const QString &message)
{
    if (step.request == 0)
        return fail(message);
    m_steps.removeIf([&step](const Step &other) { return other.request == step.request; });
    SimClientCertificate certificate = m_pending.take(step.request);
    certificate.errorString = message;
    answer(step.request, certificate);
    runNext();
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
    m_ready = true;
    Q_EMIT ready();
}

void SimCertificateAuthority::deliver(int request)
{
    SimClientCertificate certificate = m_pending.take(request);
    const QString name = QStringLiteral("client-%1").arg(request);
    certificate.certificatePem = readFile(m_dir->filePath(name + QStringLiteral(".crt")));
    certificate.keyPem = readFile(m_dir->filePath(name + QStringLiteral(".key")));
    for (const QString &suffix : {QStringLiteral(".key"), QStringLiteral(".csr"),
                                  QStringLiteral(".crt"), QStringLiteral(".ext")})
        QFile::remove(m_dir->filePath(name + suffix));
    if (QSslCertificate::fromData(certificate.certificatePem).isEmpty()
        || QSslKey(certificate.keyPem, QSsl::Ec).isNull()) {
        certificate.certificatePem.clear();
        certificate.keyPem.clear();
        certificate.errorString
                = QStringLiteral("openssl made no usable client certificate or key");
    }
    answer(request, certificate);
}

void SimCertificateAuthority::answer(int request, const SimClientCertificate &certificate)
{
    QTimer::singleShot(0, this, [this, request, certificate] {
        Q_EMIT clientCertificateIssued(request, certificate);
    });
}

void SimCertificateAuthority::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    m_steps.clear();
    m_dir.reset();
    // Requests waiting for the CA cannot be answered any more.
    const QList<int> requests = m_pending.keys();
    for (const int request : requests) {
        SimClientCertificate certificate = m_pending.take(request);
        certificate.errorString = message;
        answer(request, certificate);
    }
    // Report from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this] { Q_EMIT failed(m_error); });
}

} // namespace podnet::sim
