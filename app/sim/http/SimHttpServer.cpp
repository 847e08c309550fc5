// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SimHttpServer.h"

#include "HttpConnection.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

namespace podnet::sim {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

SimHttpServer::~SimHttpServer()
{
    if (m_server)
        m_server->close();
    closeConnections();
}

void SimHttpServer::setTlsConfiguration(const QSslConfiguration &config)
{
    m_tls = config;
    // No h2: Go clients and kubectl must fall back to HTTP/1.1, which is all we speak.
    m_tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_useTls = true;
}

bool SimHttpServer::listen(quint16 port)
{
    if (m_server && m_server->isListening()) {
        m_error = QStringLiteral("already listening");
        return false;
    }
    if (m_useTls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(m_tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &SimHttpServer::onPendingConnection);
    // 127.0.0.1 only: the simulators never accept traffic from other machines.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_error.clear();
    return true;
}

bool SimHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

void SimHttpServer::close()
{
    if (m_server)
        m_server->close();
    closeConnections();
}

void SimHttpServer::closeConnections()
{
    // Exchanges first and silently: their closed() handlers may touch objects being destroyed.
    const QList<HttpExchange *> exchanges
            = m_exchanges.findChildren<HttpExchange *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpExchange *exchange : exchanges) {
        exchange->disconnect();
        delete exchange;
    }
    const QList<HttpConnection *> connections
            = m_connections.findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        connection->detach();
        delete connection;
    }
}

quint16 SimHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SimHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_useTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SimHttpServer::errorString() const
{
    return m_error.isEmpty() && m_server ? m_server->errorString() : m_error;
}

void SimHttpServer::onPendingConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        new HttpConnection(socket, m_handler, m_maxRequestSize, &m_exchanges, &m_connections);
    }
}

} // namespace podnet::sim
