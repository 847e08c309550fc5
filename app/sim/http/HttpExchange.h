// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace podnet::sim {

class HttpConnection;

/// One request and its response. The server creates it, hands it to the handler and deletes it
/// (deleteLater) once the response is complete or the client went away. A handler that answers
/// later keeps a QPointer and listens to closed().
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    ~HttpExchange() override;

    /// The request being answered.
    const HttpRequest &request() const { return m_request; }

    /// Sends a complete response with Content-Length. Does nothing once a response was started
    /// or the client is gone.
    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"),
                 const HttpHeaders &extra = {});
    /// Starts a response sent with Transfer-Encoding: chunked; follow with writeChunk() and
    /// endStream().
    void beginStream(int status, const QByteArray &contentType, const HttpHeaders &extra = {});
    /// Sends one chunk of a streamed response (empty data sends nothing).
    void writeChunk(const QByteArray &data);
    /// Ends a streamed response; the connection moves on to the next request.
    void endStream();
    /// Closes the connection abruptly, whatever was sent so far (fault injection).
    void dropConnection();

    /// True while the client is connected and the response is not complete.
    bool isOpen() const;
    /// True once respond() or beginStream() was called.
    bool isResponseStarted() const { return m_state != State::Waiting; }

    /// The standard reason phrase for \a status ("Not Found"), or "Status".
    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    /// The client went away before the response was complete; stop streaming to it.
    void closed();

private:
    friend class HttpConnection;
    enum class State { Waiting, Streaming, Done, Gone };

    HttpExchange(HttpConnection *connection, HttpRequest request, QObject *parent);
    QByteArray head(int status, const QByteArray &contentType, const HttpHeaders &extra) const;
    /// Called by the connection when the client disconnected.
    void connectionLost();
    void finish();

    QPointer<HttpConnection> m_connection;
    HttpRequest m_request;
    State m_state = State::Waiting;
    bool m_closeAfterResponse = false;
};

} // namespace podnet::sim
