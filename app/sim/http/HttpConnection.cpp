// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpConnection.h"

#include "HttpExchange.h"
#include "HttpRequest.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace podnet::sim {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, qsizetype maxRequestSize,
                               QObject *exchangeOwner, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_maxRequestSize(maxRequestSize)
    , m_exchangeOwner(exchangeOwner)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Data may have arrived before we connected (TLS handshake, pending queue).
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool HttpConnection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::detach()
{
    m_current = nullptr;
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (isConnected())
        m_socket->write(bytes);
}

void HttpConnection::exchangeFinished(bool closeConnection)
{
    m_current = nullptr;
    if (closeConnection) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // Queued, so the next request's handler never runs inside the previous handler's call.
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::drop()
{
    m_closing = true;
    m_current = nullptr;
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    if (m_closing)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::onDisconnected()
{
    m_closing = true;
    if (HttpExchange *exchange = m_current) {
        m_current = nullptr;
        exchange->connectionLost();
    }
    deleteLater();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_current && !m_closing && isConnected()) {
        HttpRequest request;
        if (parseRequest(request) != Parse::Complete)
            break;
        // The server only asks for client certificates (QueryPeer) and never aborts on them:
        // the handshake errors say whether the certificate chains to one of its CAs.
        if (const auto *tls = qobject_cast<const QSslSocket *>(m_socket)) {
            request.peerCertificate = tls->peerCertificate();
            request.peerVerified
                    = !request.peerCertificate.isNull() && tls->sslHandshakeErrors().isEmpty();
        }
        auto *exchange = new HttpExchange(this, std::move(request), m_exchangeOwner);
        if (m_http10 && !exchange->request().header("connection").toLower().contains("keep-alive"))
            exchange->m_closeAfterResponse = true;
        m_current = exchange;
        m_handler(exchange);
    }
    m_processing = false;
}

void HttpConnection::fail(int status)
{
    m_closing = true;
    m_buffer.clear();
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' '
                    + HttpExchange::reasonPhrase(status)
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
}

HttpConnection::Parse HttpConnection::parseRequest(HttpRequest &request)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || headEnd > maxHeadSize) {
        if (m_buffer.size() > maxHeadSize) {
            fail(431);
            return Parse::Failed;
        }
        return Parse::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")
        || !requestLine.at(1).startsWith('/')) {
        fail(400);
        return Parse::Failed;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    m_http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return Parse::Failed;
        }
        request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headEnd + 4;
    qsizetype consumed = bodyStart;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        const Parse result = readChunkedBody(bodyStart, request.body, consumed);
        if (result != Parse::Complete) {
            if (result == Parse::Incomplete && !m_continueSent
                && request.header("expect").toLower() == "100-continue") {
                m_continueSent = true;
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return result;
        }
    } else if (const QByteArray lengthText = request.header("content-length");
               !lengthText.isEmpty()) {
        bool ok = false;
        const qlonglong length = lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400);
            return Parse::Failed;
        }
        if (length > m_maxRequestSize) {
            fail(413);
            return Parse::Failed;
        }
        if (m_buffer.size() - bodyStart < length) {
            if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
                m_continueSent = true;
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return Parse::Incomplete;
        }
        request.body = m_buffer.mid(bodyStart, static_cast<qsizetype>(length));
        consumed = bodyStart + static_cast<qsizetype>(length);
    }
    m_buffer.remove(0, consumed);
    m_continueSent = false;

    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(request.target.mid(question + 1)));
    return Parse::Complete;
}

HttpConnection::Parse HttpConnection::readChunkedBody(qsizetype from, QByteArray &body,
                                                      qsizetype &consumed)
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Parse::Incomplete;
        QByteArray sizeText = m_buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(400);
            return Parse::Failed;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Skip trailer fields up to the empty line.
            for (;;) {
                const qsizetype end = m_buffer.indexOf("\r\n", pos);
                if (end < 0)
                    return Parse::Incomplete;
                if (end == pos) {
                    consumed = end + 2;
                    return Parse::Complete;
                }
                pos = end + 2;
            }
        }
        if (body.size() + size > m_maxRequestSize) {
            fail(413);
            return Parse::Failed;
        }
        const auto chunkSize = static_cast<qsizetype>(size);
        if (m_buffer.size() < pos + chunkSize + 2)
            return Parse::Incomplete;
        if (m_buffer.mid(pos + chunkSize, 2) != "\r\n") {
            fail(400);
            return Parse::Failed;
        }
        body += m_buffer.mid(pos, chunkSize);
        pos += chunkSize + 2;
    }
}

} // namespace podnet::sim
