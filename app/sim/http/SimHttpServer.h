// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpExchange.h"
#include "HttpRequest.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace podnet::sim {

/// A small HTTP/1.1 server for the simulators, on 127.0.0.1 only. Every request becomes an
/// HttpExchange passed to the handler, which may answer at once or later (delays, streams).
/// Keep-alive connections answer their requests in order; `Connection: close` is honoured;
/// request bodies (Content-Length or chunked) larger than maxRequestSize() get 413.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpExchange *exchange)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    /// Serve https with \a config (certificate and key) instead of http. Call before listen().
    /// ALPN offers only http/1.1. With QSslSocket::QueryPeer and CA certificates in \a config,
    /// clients may present a certificate; see HttpRequest::peerCertificate.
    void setTlsConfiguration(const QSslConfiguration &config);
    /// Largest accepted request body in bytes (default 8 MiB). Call before listen().
    void setMaxRequestSize(qsizetype bytes) { m_maxRequestSize = bytes; }
    qsizetype maxRequestSize() const { return m_maxRequestSize; }

    /// Starts listening on 127.0.0.1:\a port (0: the system picks one). False on failure; see
    /// errorString().
    bool listen(quint16 port = 0);
    bool isListening() const;
    /// Stops accepting connections and closes the open ones.
    void close();
    quint16 port() const;
    /// http(s)://127.0.0.1:PORT
    QUrl baseUrl() const;
    QString errorString() const;

    /// Connections accepted so far.
    int connectionCount() const { return m_connectionCount; }

private:
    void onPendingConnection();
    void closeConnections();

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    qsizetype m_maxRequestSize = 8 * 1024 * 1024;
    int m_connectionCount = 0;
    QString m_error;
    /// Parent of every exchange, so that exchanges outlive their connection until deleteLater.
    QObject m_exchanges;
    /// Parent of every connection.
    QObject m_connections;
};

} // namespace podnet::sim
