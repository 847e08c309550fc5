// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace podnet::sim {

class HttpExchange;
struct HttpRequest;

/// Internal to SimHttpServer: one client connection. Parses requests one at a time and hands
/// each to the handler as an HttpExchange; the next request is read only once the previous
/// response is complete, so answers go out in order.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpExchange *exchange)>;

    /// Takes ownership of \a socket. Exchanges are parented to \a exchangeOwner.
    HttpConnection(QTcpSocket *socket, Handler handler, qsizetype maxRequestSize,
                   QObject *exchangeOwner, QObject *parent);
    ~HttpConnection() override;

    bool isConnected() const;
    /// Forgets the current exchange without telling it anything (server shutdown).
    void detach();

private:
    friend class HttpExchange;
    enum class Parse { Incomplete, Complete, Failed };

    void write(const QByteArray &bytes);
    void exchangeFinished(bool closeConnection);
    void drop();

    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    Parse parseRequest(HttpRequest &request);
    Parse readChunkedBody(qsizetype from, QByteArray &body, qsizetype &consumed);
    void fail(int status);

    QTcpSocket *m_socket = nullptr;
    Handler m_handler;
    qsizetype m_maxRequestSize;
    QPointer<QObject> m_exchangeOwner;
    QByteArray m_buffer;
    QPointer<HttpExchange> m_current;
    bool m_processing = false;
    bool m_closing = false;
    bool m_continueSent = false;
    bool m_http10 = false; ///< the last parsed request was HTTP/1.0
};

} // namespace podnet::sim
