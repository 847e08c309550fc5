// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

class QNetworkRequest;

namespace podnet {

/// How one server's TLS is verified, and the client certificate to present, as the user's own
/// configuration (kubeconfig, clouds.yaml) says. Verification is on unless that file explicitly
/// turns it off; nothing here ever ignores errors wholesale.
struct TlsOptions
{
    Q_DECLARE_TR_FUNCTIONS(TlsOptions)
public:
    /// Trusted CAs. Empty: the system's CAs. Not empty: only these (as client-go and requests do).
    QList<QSslCertificate> caCertificates;
    /// Only when the user's file says so (insecure-skip-tls-verify, verify: false).
    bool insecureSkipVerify = false;
    /// The name to verify the server certificate against instead of the URL's host.
    QString serverName;
    QSslCertificate clientCertificate;
    QSslKey clientKey;

    /// Sets the request's TLS configuration (and peer verify name) from these options.
    void applyTo(QNetworkRequest &request) const;

    /// Reads PEM certificates from \a pem. On failure returns an empty list and sets \a error to a
    /// translated sentence naming \a origin (a file name, or "certificate-authority-data").
    static QList<QSslCertificate> readCertificates(const QByteArray &pem, const QString &origin,
                                                   QString *error);
    /// Reads a PEM private key (RSA, EC; PKCS#1, SEC1 or PKCS#8). Same error convention.
    static QSslKey readPrivateKey(const QByteArray &pem, const QString &origin, QString *error);
    /// Reads a file for the two functions above; sets \a error when it cannot be read.
    static QByteArray readFile(const QString &path, QString *error);
};

} // namespace podnet
