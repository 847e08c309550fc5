// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ExecCredential.h"

#include "net/TlsOptions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace podnet {

std::optional<ExecCredential> ExecCredential::parse(const QByteArray &json, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *why = QStringLiteral("output is not a JSON object (%1 bytes)").arg(json.size());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential")) {
        *why = QStringLiteral("output is not an ExecCredential (kind \"%1\")")
                       .arg(root.value(QLatin1String("kind")).toString().left(40));
        return std::nullopt;
    }
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    ExecCredential credential;
    credential.token = status.value(QLatin1String("token")).toString();
    const QString certData = status.value(QLatin1String("clientCertificateData")).toString();
    const QString keyData = status.value(QLatin1String("clientKeyData")).toString();
    if (!certData.isEmpty() || !keyData.isEmpty()) {
        if (certData.isEmpty() || keyData.isEmpty()) {
            *why = QStringLiteral("status has a client certificate or key without the other");
            return std::nullopt;
        }
        QString problem;
        const QList<QSslCertificate> certs = TlsOptions::readCertificates(
                certData.toUtf8(), QStringLiteral("status.clientCertificateData"), &problem);
        if (problem.isEmpty())
            credential.clientKey = TlsOptions::readPrivateKey(
                    keyData.toUtf8(), QStringLiteral("status.clientKeyData"), &problem);
        if (!problem.isEmpty()) {
            *why = QStringLiteral("status.clientCertificateData or clientKeyData is not PEM");
            return std::nullopt;
        }
        credential.clientCertificate = certs.first();
    }
    if (credential.token.isEmpty() && credential.clientCertificate.isNull()) {
        *why = QStringLiteral("status has neither a token nor a client certificate");
        return std::nullopt;
    }
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        credential.expiration = QDateTime::fromString(expiry, Qt::ISODate);
        if (!credential.expiration.isValid()) {
            *why = QStringLiteral("status.expirationTimestamp is not an RFC 3339 time");
            return std::nullopt;
        }
    }
    return credential;
}

} // namespace podnet
