// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenStackSimulator.h"

#include "KeystoneService.h"
#include "NeutronService.h"
#include "NovaService.h"
#include "OpenStackLab.h"
#include "sim/http/SimHttpServer.h"

#include <QPointer>
#include <QTimer>

namespace podnet::sim {

OpenStackSimulator::OpenStackSimulator(QObject *parent)
    : QObject(parent)
    , m_server(
              std::make_unique<SimHttpServer>([this](HttpExchange *exchange) { handle(exchange); }))
    // Services exist before start() so tests can configure them; the URL is fixed in start().
    , m_keystone(std::make_unique<KeystoneService>(m_store, QUrl(), regionName()))
    , m_neutron(std::make_unique<NeutronService>(m_store, QUrl()))
    , m_nova(std::make_unique<NovaService>(m_store, QUrl()))
{ }

OpenStackSimulator::~OpenStackSimulator() = default;

bool OpenStackSimulator::start(quint16 port)
{
    if (!m_server->listen(port))
        return false;
    const QUrl base = m_server->baseUrl();
    m_keystone->setBaseUrl(base);
    m_neutron->setBaseUrl(base);
    m_nova->setBaseUrl(base);
    return true;
}

QString OpenStackSimulator::errorString() const
{
    return m_server->errorString();
}

QUrl OpenStackSimulator::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl OpenStackSimulator::authUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/identity/v3"));
    return url;
}

NeutronService &OpenStackSimulator::neutron()
{
    return *m_neutron;
}

void OpenStackSimulator::loadLab()
{
    OpenStackLab::populate(m_store);
}

void OpenStackSimulator::addFault(Fault fault)
{
    fault.path.setPattern(QRegularExpression::anchoredPattern(fault.path.pattern()));
    m_faults.append(fault);
}

void OpenStackSimulator::failNext(const QByteArray &method, const QString &pathPattern, int status,
                                  int count)
{
    addFault({method, QRegularExpression(pathPattern), FaultKind::Status, status, {}, count});
}

void OpenStackSimulator::dropNext(const QByteArray &method, const QString &pathPattern, int count)
{
    addFault({method, QRegularExpression(pathPattern), FaultKind::Drop, 0, {}, count});
}

void OpenStackSimulator::delayNext(const QByteArray &method, const QString &pathPattern,
                                   std::chrono::milliseconds delay, int count)
{
    addFault({method, QRegularExpression(pathPattern), FaultKind::Delay, 0, delay, count});
}

int OpenStackSimulator::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern));
    int count = 0;
    for (const auto &entry : m_counted) {
        if ((method.isEmpty() || entry.first == method) && pattern.match(entry.second).hasMatch())
            ++count;
    }
    return count;
}

void OpenStackSimulator::handle(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    m_counted.append({request.method, request.path});
    m_log.append(QString::fromLatin1(request.method) + QLatin1Char(' ')
                 + QString::fromUtf8(request.target));
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != request.method)
            || !fault.path.match(request.path).hasMatch())
            continue;
        const Fault hit = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        switch (hit.kind) {
        case FaultKind::Drop:
            exchange->dropConnection();
            return;
        case FaultKind::Status: {
            const QByteArray body = R"({"error":{"code":)" + QByteArray::number(hit.status)
                    + R"(,"message":"Injected fault"}})";
            Q_EMIT requestHandled(request.method, request.path, hit.status);
            exchange->respond(hit.status, body);
            return;
        }
        case FaultKind::Delay: {
            QPointer<HttpExchange> later(exchange);
            QTimer::singleShot(hit.delay, this, [this, later] {
                if (later && later->isOpen())
                    answer(later);
            });
            return;
        }
        }
    }
    answer(exchange);
}

void OpenStackSimulator::answer(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    const auto below = [&request](const QString &prefix) {
        return request.path == prefix || request.path.startsWith(prefix + QLatin1Char('/'));
    };
    OsResponse response;
    const bool root = request.method == "GET" && request.path.count(QLatin1Char('/')) <= 2
            && !request.path.contains(QLatin1String("/v"));
    if (below(QStringLiteral("/identity"))) {
        response = m_keystone->handle(request, request.path.mid(9));
    } else if (below(QStringLiteral("/network")) && root) {
        response = m_neutron->versions();
    } else if (below(QStringLiteral("/compute")) && root) {
        response = m_nova->versions();
    } else if (below(QStringLiteral("/network")) || below(QStringLiteral("/compute"))) {
        const OsToken *token = m_keystone->authenticate(request);
        if (!token)
            response = m_keystone->authenticationRequired();
        else if (below(QStringLiteral("/network")))
            response = m_neutron->handle(request, request.path.mid(8), *token);
        else
            response = m_nova->handle(request, request.path.mid(8), *token);
    } else {
        response = OsResponse::json(
                404,
                {{QStringLiteral("error"),
                  QJsonObject {{QStringLiteral("code"), 404},
                               {QStringLiteral("message"), QStringLiteral("Not Found")}}}});
    }
    Q_EMIT requestHandled(request.method, request.path, response.status);
    exchange->respond(response.status, response.body, response.contentType, response.headers);
}

} // namespace podnet::sim
