// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoopbackHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace podnet::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool hasHeader(const LoopbackHttpServer::Headers &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
    // 127.0.0.1 only: tests never accept traffic from, or send it to, other machines.
    m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    m_server.close();
    // Deleted here, while the state their signals touch still exists.
    const QList<QTcpSocket *> sockets = m_connectionState.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackHttpServer::route(const QString &path, const Route &route)
{
    m_routes.insert(path, route);
}

void LoopbackHttpServer::route(const QString &path, int status, const QByteArray &body,
                               const Headers &headers)
{
    route(path, Route {.status = status, .body = body, .headers = headers});
}

int LoopbackHttpServer::requestCount(const QString &path) const
{
    return static_cast<int>(m_requests.value(path).size());
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_connectionState.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connectionState.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::readRequests(QTcpSocket *socket)
{
    const auto state = m_connectionState.find(socket);
    if (state == m_connectionState.end())
        return;
    state->buffer += socket->readAll();
    if (state->busy)
        return;

    const qsizetype headEnd = state->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = state->buffer.left(headEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    qsizetype contentLength = 0;
    bool close = requestLine.value(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "connection")
            close = value.contains("close");
    }
    if (state->buffer.size() < headEnd + 4 + contentLength)
        return; // the request body is still on its way
    state->buffer.remove(0, headEnd + 4 + contentLength);
    state->busy = true;
    state->closeAfterResponse = close;

    const QString path = QUrl::fromEncoded(requestLine.value(1)).path();
    ++m_totalRequests;
    m_requests[path].append(head);
    Q_EMIT requestReceived(path);

    const Route route = m_routes.value(
            path, Route {.status = 404, .body = QByteArrayLiteral("no route for this path\n")});
    if (route.action == Action::NeverAnswer)
        return;
    if (route.action == Action::Drop) {
        socket->disconnectFromHost();
        return;
    }
    if (route.delay.count() > 0)
        QTimer::singleShot(route.delay, socket, [this, socket, route] { answer(socket, route); });
    else
        answer(socket, route);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Route &route)
{
    const auto state = m_connectionState.constFind(socket);
    if (state == m_connectionState.constEnd())
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' '
            + reasonPhrase(route.status) + "\r\n";
    if (!hasHeader(route.headers, QByteArrayLiteral("Content-Type")))
        head += "Content-Type: text/plain; charset=utf-8\r\n";
    if (route.chunkSize > 0)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
    head += state->closeAfterResponse ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &header : route.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    socket->write(head);

    if (route.chunkSize > 0)
        return writeChunks(socket, route.body, route);
    socket->write(route.body);
    finishResponse(socket);
}

void LoopbackHttpServer::writeChunks(QTcpSocket *socket, const QByteArray &rest, const Route &route)
{
    if (rest.isEmpty()) {
        socket->write("0\r\n\r\n");
        return finishResponse(socket);
    }
    const QByteArray piece = rest.left(route.chunkSize);
    socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    const QByteArray remaining = rest.mid(piece.size());
    QTimer::singleShot(route.chunkInterval, socket,
                       [this, socket, remaining, route] { writeChunks(socket, remaining, route); });
}

void LoopbackHttpServer::finishResponse(QTcpSocket *socket)
{
    const auto state = m_connectionState.find(socket);
    if (state == m_connectionState.end())
        return;
    state->busy = false;
    if (state->closeAfterResponse) {
        socket->disconnectFromHost(); // after the written bytes are sent
        return;
    }
    if (!state->buffer.isEmpty())
        readRequests(socket);
}

} // namespace podnet::test
