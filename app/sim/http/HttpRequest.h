// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace podnet::sim {

/// HTTP header fields in the order they arrived (or are to be sent).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One parsed HTTP/1.1 request as the simulators see it.
struct HttpRequest
{
    QByteArray method;   ///< "GET", "PATCH", ...
    QString path;        ///< percent-decoded path, without the query
    QUrlQuery query;     ///< the raw query; read values with QUrl::FullyDecoded
    HttpHeaders headers; ///< names lower-cased, values trimmed
    QByteArray body;     ///< de-chunked when the client sent Transfer-Encoding: chunked
    QByteArray target;   ///< the request target exactly as sent (path and query, still encoded)
    /// The client certificate the connection presented during the TLS handshake, or null.
    QSslCertificate peerCertificate;
    /// True when peerCertificate chains to a CA of the server's TLS configuration (the handshake
    /// reported no verification error).
    bool peerVerified = false;

    /// The first header named \a lowerCaseName, or an empty array.
    QByteArray header(const QByteArray &lowerCaseName) const;
    /// Every value of the query item \a key, fully decoded ('+' is not turned into a space).
    QStringList queryValues(const QString &key) const;
};

} // namespace podnet::sim
