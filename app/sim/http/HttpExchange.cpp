// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpExchange.h"

#include "HttpConnection.h"

#include <QDebug>

#include <utility>

namespace podnet::sim {

HttpExchange::HttpExchange(HttpConnection *connection, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
{
    const QByteArray connectionHeader = m_request.header("connection").toLower();
    m_closeAfterResponse = connectionHeader.contains("close");
}

HttpExchange::~HttpExchange() = default;

QByteArray HttpExchange::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 300:
        return QByteArrayLiteral("Multiple Choices");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool HttpExchange::isOpen() const
{
    return (m_state == State::Waiting || m_state == State::Streaming) && m_connection
            && m_connection->isConnected();
}

QByteArray HttpExchange::head(int status, const QByteArray &contentType,
                              const HttpHeaders &extra) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasContentType = false;
    for (const auto &field : extra) {
        if (field.first.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        out += field.first + ": " + field.second + "\r\n";
    }
    if (!hasContentType && !contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (m_closeAfterResponse)
        out += "Connection: close\r\n";
    return out;
}

void HttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                           const HttpHeaders &extra)
{
    if (m_state != State::Waiting) {
        if (m_state != State::Gone)
            qWarning("podnet::sim::HttpExchange: respond() after the response was started");
        return;
    }
    if (!isOpen()) {
        m_state = State::Gone;
        return;
    }
    QByteArray out = head(status, contentType, extra);
    const bool noBody = status == 204 || status == 304 || (status >= 100 && status < 200);
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (!noBody && m_request.method != "HEAD")
        out += body;
    m_connection->write(out);
    finish();
}

void HttpExchange::beginStream(int status, const QByteArray &contentType, const HttpHeaders &extra)
{
    if (m_state != State::Waiting || !isOpen())
        return;
    m_state = State::Streaming;
    m_connection->write(head(status, contentType, extra) + "Transfer-Encoding: chunked\r\n\r\n");
}

void HttpExchange::writeChunk(const QByteArray &data)
{
    if (m_state != State::Streaming || data.isEmpty() || !isOpen())
        return;
    m_connection->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpExchange::endStream()
{
    if (m_state != State::Streaming || !isOpen())
        return;
    m_connection->write(QByteArrayLiteral("0\r\n\r\n"));
    finish();
}

void HttpExchange::dropConnection()
{
    if (m_state == State::Done || m_state == State::Gone)
        return;
    m_state = State::Gone;
    if (m_connection)
        m_connection->drop();
    deleteLater();
}

void HttpExchange::finish()
{
    m_state = State::Done;
    if (m_connection)
        m_connection->exchangeFinished(m_closeAfterResponse);
    deleteLater();
}

void HttpExchange::connectionLost()
{
    if (m_state == State::Done || m_state == State::Gone)
        return;
    m_state = State::Gone;
    m_connection = nullptr;
    Q_EMIT closed();
    deleteLater();
}

} // namespace podnet::sim
