// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

namespace podnet::test {

/// A small HTTP/1.1 server for tests, listening on 127.0.0.1 only, on a port the system
/// chooses. Each path answers as its route says: a status and body, late, slowly, never, or by
/// closing the connection. Unknown paths answer 404. Requests are counted and kept per path.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Action {
        Answer,      ///< send the response
        NeverAnswer, ///< read the request, then stay silent with the connection open
        Drop,        ///< close the connection as soon as the request is read
    };

    /// How one path answers. Meant for designated initializers: {.status = 404}.
    struct Route
    {
        int status = 200;
        QByteArray body {};
        Headers headers {}; ///< extra response headers; a Content-Type here replaces the default
        Action action = Action::Answer;
        std::chrono::milliseconds delay {0}; ///< waits this long before answering
        /// When > 0, sends the body with Transfer-Encoding: chunked in pieces of this size
        /// (no Content-Length), pausing chunkInterval between pieces.
        qsizetype chunkSize = 0;
        std::chrono::milliseconds chunkInterval {0};
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }

    /// http://127.0.0.1:PORT/path (\a path starts with a slash).
    QUrl url(const QString &path) const;

    void route(const QString &path, const Route &route);
    void route(const QString &path, int status, const QByteArray &body,
               const Headers &headers = {});

    /// Requests received for \a path so far (the query is not part of the path).
    int requestCount(const QString &path) const;
    /// Requests received for any path.
    int totalRequestCount() const { return m_totalRequests; }
    /// Connections accepted.
    int connectionCount() const { return m_connections; }
    /// The request heads (request line and headers) received for \a path, oldest first.
    QList<QByteArray> requestHeads(const QString &path) const { return m_requests.value(path); }

Q_SIGNALS:
    /// A complete request for \a path arrived (emitted before it is answered).
    void requestReceived(const QString &path);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; ///< a response is pending; later requests wait
        bool closeAfterResponse = false;
    };

    void onNewConnection();
    void readRequests(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Route &route);
    void writeChunks(QTcpSocket *socket, const QByteArray &rest, const Route &route);
    void finishResponse(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QString, QList<QByteArray>> m_requests;
    QHash<QTcpSocket *, Connection> m_connectionState;
    int m_totalRequests = 0;
    int m_connections = 0;
};

} // namespace podnet::test
