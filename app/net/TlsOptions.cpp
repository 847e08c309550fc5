// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "net/TlsOptions.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace podnet {

void TlsOptions::applyTo(QNetworkRequest &request) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty())
        config.setCaCertificates(caCertificates);
    if (insecureSkipVerify)
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!clientCertificate.isNull()) {
        config.setLocalCertificate(clientCertificate);
        config.setPrivateKey(clientKey);
    }
    request.setSslConfiguration(config);
    if (!serverName.isEmpty())
        request.setPeerVerifyName(serverName);
}

QList<QSslCertificate> TlsOptions::readCertificates(const QByteArray &pem, const QString &origin,
                                                    QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        if (error)
            *error = tr("%1 holds no PEM certificate. Check that it is a CA or client certificate "
                        "in PEM form (\"-----BEGIN CERTIFICATE-----\").")
                             .arg(origin);
        return {};
    }
    return certificates;
}

QSslKey TlsOptions::readPrivateKey(const QByteArray &pem, const QString &origin, QString *error)
{
    // QSslKey needs the algorithm up front; a PKCS#8 "PRIVATE KEY" may hold any of them.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    if (error)
        *error = tr("%1 holds no usable private key. Use an unencrypted RSA or EC key in PEM form.")
                         .arg(origin);
    return {};
}

QByteArray TlsOptions::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2. Check the path and its permissions.")
                             .arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace podnet
