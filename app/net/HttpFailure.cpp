// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "net/HttpFailure.h"

#include <QNetworkReply>
#include <QStringList>

namespace podnet {

namespace {

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError
            || error == QNetworkReply::UnknownNetworkError; // Qt reports some TLS alerts this way
}

} // namespace

HttpFailure HttpFailure::fromReply(QNetworkReply *reply, const QString &service)
{
    HttpFailure failure;
    failure.m_url = reply->url();
    failure.m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && failure.m_httpStatus < 400)
        return failure;
    // Qt's error text quotes the whole URL, query included; keep the query (which may carry a
    // token or a marker) out of anything a person sees.
    failure.m_qtError = reply->errorString().replace(
            failure.m_url.toString(),
            failure.m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const QString host = failure.m_url.host();

    if (failure.m_httpStatus >= 400) {
        failure.m_kind = Kind::Http;
        if (failure.m_httpStatus == 401)
            failure.m_message = tr("%1 did not accept the credentials (HTTP 401). Check the user, "
                                   "password or token and try again.")
                                        .arg(service);
        else if (failure.m_httpStatus == 403)
            failure.m_message = tr("%1 refused the request (HTTP 403): these credentials may not "
                                   "do this. Ask the cloud's administrator for the permission.")
                                        .arg(service);
        else if (failure.m_httpStatus == 404)
            failure.m_message = tr("%1 does not know this address (HTTP 404). Check the URL and "
                                   "that the object still exists.")
                                        .arg(service);
        else if (failure.m_httpStatus >= 500)
            failure.m_message = tr("%1 had an internal problem (HTTP %2). Try again in a moment; "
                                   "if it keeps happening, ask its administrator.")
                                        .arg(service)
                                        .arg(failure.m_httpStatus);
        else
            failure.m_message = tr("%1 rejected the request (HTTP %2). See the details for the "
                                   "server's explanation.")
                                        .arg(service)
                                        .arg(failure.m_httpStatus);
        return failure;
    }

    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply, which Qt 6.4 reports as "canceled".
        failure.m_kind = Kind::TimedOut;
        failure.m_message = tr("%1 at %2 did not answer in time. Check that the address is right "
                               "and the server is running, then try again.")
                                    .arg(service, host);
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        failure.m_kind = Kind::Unreachable;
        failure.m_message = tr("Cannot reach %1 at %2. Check the address, your network and that "
                               "the server is running.")
                                    .arg(service, host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        failure.m_kind = Kind::ConnectionLost;
        failure.m_message = tr("%1 at %2 closed the connection in the middle of an answer. Try "
                               "again; if it keeps happening, check the server's logs.")
                                    .arg(service, host);
        break;
    default:
        if (isTlsError(error)) {
            failure.m_kind = Kind::Tls;
            failure.m_message = tr("The secure connection to %1 at %2 could not be verified. Check "
                                   "the CA certificate in your configuration and that the address "
                                   "matches the server's certificate.")
                                        .arg(service, host);
        } else {
            failure.m_kind = Kind::Unreachable;
            failure.m_message = tr("The connection to %1 at %2 failed. Check the address and your "
                                   "network, then try again.")
                                        .arg(service, host);
        }
        break;
    }
    return failure;
}

HttpFailure HttpFailure::badResponse(const QUrl &url, const QString &service, const QString &why)
{
    HttpFailure failure;
    failure.m_kind = Kind::BadResponse;
    failure.m_url = url;
    failure.m_qtError = why;
    failure.m_message = tr("The answer from %1 at %2 is not what its API returns. Check that the "
                           "address points at %1 itself, not a web page or a proxy.")
                                .arg(service, url.host());
    return failure;
}

HttpFailure HttpFailure::cancelled(const QUrl &url)
{
    HttpFailure failure;
    failure.m_kind = Kind::Cancelled;
    failure.m_url = url;
    failure.m_message = tr("Cancelled.");
    return failure;
}

QString HttpFailure::detail() const
{
    QStringList lines;
    lines << m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_httpStatus > 0)
        lines << QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (!m_qtError.isEmpty())
        lines << m_qtError;
    if (!m_serverMessage.isEmpty())
        lines << m_serverMessage;
    return lines.join(QLatin1Char('\n'));
}

bool HttpFailure::isTransient() const
{
    switch (m_kind) {
    case Kind::TimedOut:
    case Kind::ConnectionLost:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 500 || m_httpStatus == 502
                || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

} // namespace podnet
