// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace podnet {

/// What went wrong with one HTTP exchange, sorted into kinds before anyone decides to retry,
/// with a translated message that says what to do and the technical detail one click away.
class HttpFailure
{
    Q_DECLARE_TR_FUNCTIONS(HttpFailure)
public:
    enum class Kind {
        None,           ///< no failure
        Unreachable,    ///< refused, unknown host, no route
        TimedOut,       ///< no bytes within the transfer timeout
        ConnectionLost, ///< reset or closed mid-exchange
        Tls,            ///< certificate not trusted, wrong host name, handshake failed
        Http,           ///< the server answered with a 4xx/5xx status
        BadResponse,    ///< the body was not what the API returns (HTML, garbage, truncated)
        Cancelled,      ///< we aborted it on purpose
    };

    HttpFailure() = default;

    /// Classifies a finished \a reply. \a service names the server for the message ("Keystone",
    /// "Neutron", "the Kubernetes API server"). Sets the HTTP status when there is one. A reply
    /// without error gives Kind::None.
    static HttpFailure fromReply(QNetworkReply *reply, const QString &service);
    /// The body of \a url could not be understood: \a why is technical detail.
    static HttpFailure badResponse(const QUrl &url, const QString &service, const QString &why);
    static HttpFailure cancelled(const QUrl &url);

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QUrl url() const { return m_url; }

    /// Translated: what went wrong and what to do.
    QString message() const { return m_message; }
    /// URL, status, Qt's error text and the server's own message, untranslated.
    QString detail() const;

    /// The server's own explanation (NeutronError.message, Kubernetes Status.message), which
    /// the client sets after reading the body; it is shown in the detail.
    void setServerMessage(const QString &text) { m_serverMessage = text; }
    QString serverMessage() const { return m_serverMessage; }
    /// Replaces the translated message, for clients that know better (e.g. "wrong password").
    void setMessage(const QString &message) { m_message = message; }

    /// Worth trying again unchanged: timeouts, lost connections, 500/502/503/504, 429.
    bool isTransient() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QUrl m_url;
    QString m_message;
    QString m_qtError;
    QString m_serverMessage;
};

} // namespace podnet
