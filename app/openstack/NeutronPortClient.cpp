// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/NeutronPortClient.h"

#include "openstack/KeystoneSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

namespace podnet {

namespace {

const QString neutronName = QStringLiteral("Neutron");

} // namespace

struct NeutronPortClient::Call
{
    QByteArray verb; ///< "GET" or "PUT"
    QUrl url;
    QByteArray body;
    qint64 ifMatch = -1;
    bool retriedAfter401 = false;
    int tokenWaits = 0;
    QByteArray tokenUsed;         ///< compared, never shown
    bool needsProject = false;    ///< a list: refuse an unscoped token
    std::function<QUrl()> urlFor; ///< evaluated when sending: the catalog comes with the token
    QPointer<QObject> context;
    std::function<void(const QByteArray &body, const PortFailure &failure)> done;
};

struct NeutronPortClient::Listing
{
    QList<Port> ports;
    QSet<QString> markers;
    QPointer<QObject> context;
    PortsHandler handler;
};

NeutronPortClient::NeutronPortClient(KeystoneSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &KeystoneSession::authenticated, this, [this] {
        const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waiting, {});
        for (const std::shared_ptr<Call> &call : waiting)
            send(call);
    });
    connect(m_session, &KeystoneSession::authenticationFailed, this,
            [this](const HttpFailure &failure) {
                const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waiting, {});
                for (const std::shared_ptr<Call> &call : waiting) {
                    if (call->context)
                        call->done({}, PortFailure(failure));
                }
            });
}

NeutronPortClient::~NeutronPortClient()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QStringList NeutronPortClient::fields()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("device_id"),
            QStringLiteral("device_owner"),
            QStringLiteral("mac_address"),
            QStringLiteral("fixed_ips"),
            QStringLiteral("port_security_enabled"),
            QStringLiteral("allowed_address_pairs"),
            QStringLiteral("revision_number"),
            QStringLiteral("project_id"),
            QStringLiteral("network_id")};
}

void NeutronPortClient::failLater(const std::shared_ptr<Call> &call, const PortFailure &failure)
{
    // Reported after returning, like every other outcome.
    QMetaObject::invokeMethod(
            this,
            [call, failure] {
                if (call->context)
                    call->done({}, failure);
            },
            Qt::QueuedConnection);
}

void NeutronPortClient::waitForToken(const std::shared_ptr<Call> &call)
{
    if (++call->tokenWaits > 3) {
        // The session keeps saying "authenticated" without a usable token.
        HttpFailure failure = HttpFailure::badResponse(call->url, neutronName,
                                                       QStringLiteral("no usable token"));
        failure.setMessage(tr("Could not get a usable token from Keystone. Check the "
                              "credentials and try again."));
        failLater(call, PortFailure(failure));
        return;
    }
    m_waiting.append(call);
    if (!m_session->isAuthenticating())
        m_session->authenticate();
}

void NeutronPortClient::send(const std::shared_ptr<Call> &call)
{
    if (!call->context)
        return;
    if (!m_session->isAuthenticated()) {
        waitForToken(call);
        return;
    }
    if (call->needsProject && m_session->projectId().isEmpty()) {
        HttpFailure failure
                = HttpFailure::badResponse(m_session->endpoint(QStringLiteral("network")),
                                           neutronName, QStringLiteral("token without project"));
        failure.setMessage(tr("The token is not scoped to a project, so the ports to change are "
                              "unknown. Choose a project in the credentials."));
        failLater(call, PortFailure(failure));
        return;
    }
    call->url = call->urlFor();
    if (!call->url.isValid()) {
        HttpFailure failure = HttpFailure::badResponse(call->url, neutronName,
                                                       QStringLiteral("no network endpoint"));
        failure.setMessage(tr("The cloud's service catalog lists no network (Neutron) endpoint "
                              "for this region and interface. Check the region name."));
        failLater(call, PortFailure(failure));
        return;
    }
    QNetworkRequest request = m_session->authorizedRequest(call->url);
    if (call->ifMatch >= 0)
        request.setRawHeader("If-Match", "revision_number=" + QByteArray::number(call->ifMatch));
    call->tokenUsed = m_session->token();
    QNetworkReply *reply = nullptr;
    if (call->verb == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_session->network()->put(request, call->body);
    } else {
        reply = m_session->network()->get(request);
    }
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call] { onFinished(reply, call); });
}

void NeutronPortClient::onFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    m_replies.remove(reply);
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 && !call->retriedAfter401) {
        call->retriedAfter401 = true;
        // Another request may already have fetched a new token: then just go again.
        if (m_session->isAuthenticated() && m_session->token() != call->tokenUsed) {
            send(call);
            return;
        }
        m_session->invalidate();
        waitForToken(call);
        return;
    }
    PortFailure failure = PortFailure::fromReply(reply, body);
    if (status == 401) {
        failure.http().setMessage(
                tr("Neutron refused a token Keystone had just issued (HTTP 401). Check that the "
                   "user still has a role in project %1 and that Neutron trusts this Keystone.")
                        .arg(m_session->projectName()));
    }
    if (call->context)
        call->done(body, failure);
}

QUrl NeutronPortClient::portUrl(const QString &portId) const
{
    return m_session->serviceUrl(QStringLiteral("network"),
                                 QStringLiteral("/v2.0/ports/")
                                         + QString::fromLatin1(QUrl::toPercentEncoding(portId)));
}

namespace {

// {"port": {...}} into a Port; a failure when the body is not that.
Port readPort(const QByteArray &body, const QUrl &url, PortFailure *failure)
{
    const QJsonObject object
            = QJsonDocument::fromJson(body).object().value(QLatin1String("port")).toObject();
    if (object.value(QLatin1String("id")).toString().isEmpty()) {
        *failure = PortFailure(
                HttpFailure::badResponse(url, neutronName, QStringLiteral("no port object")));
        return {};
    }
    return Port::fromJson(object);
}

} // namespace

void NeutronPortClient::getPort(const QString &portId, QObject *context, PortHandler handler)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->context = context;
    call->urlFor = [this, portId] {
        QUrl url = portUrl(portId);
        if (url.isEmpty())
            return url;
        QUrlQuery query;
        const QStringList names = fields();
        for (const QString &field : names)
            query.addQueryItem(QStringLiteral("fields"), field);
        url.setQuery(query);
        return url;
    };
    // The handler must not own its call: a call holding itself would never be freed.
    call->done = [weak = std::weak_ptr<Call>(call), handler](const QByteArray &body,
                                                             const PortFailure &failure) {
        const std::shared_ptr<Call> self = weak.lock();
        if (!failure.isOk())
            return handler({}, failure);
        PortFailure bad;
        const Port port = readPort(body, self->url, &bad);
        handler(port, bad);
    };
    send(call);
}

void NeutronPortClient::updateAllowedAddressPairs(const QString &portId,
                                                  const QList<PortAddressPair> &pairs,
                                                  qint64 ifMatchRevision, QObject *context,
                                                  PortHandler handler)
{
    auto call = std::make_shared<Call>();
    call->verb = "PUT";
    call->context = context;
    call->ifMatch = ifMatchRevision;
    // Only this attribute: a PUT replaces what it names, and nothing else may change.
    const QJsonObject body {{QStringLiteral("port"),
                             QJsonObject {{QStringLiteral("allowed_address_pairs"),
                                           PortAddressPair::toJson(pairs)}}}};
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->urlFor = [this, portId] { return portUrl(portId); };
    call->done = [weak = std::weak_ptr<Call>(call), handler](const QByteArray &reply,
                                                             const PortFailure &failure) {
        const std::shared_ptr<Call> self = weak.lock();
        if (!failure.isOk())
            return handler({}, failure);
        PortFailure bad;
        const Port port = readPort(reply, self->url, &bad);
        handler(port, bad);
    };
    send(call);
}

void NeutronPortClient::listPorts(QObject *context, PortsHandler handler)
{
    auto listing = std::make_shared<Listing>();
    listing->context = context;
    listing->handler = std::move(handler);
    fetchPage(listing, {});
}

void NeutronPortClient::fetchPage(const std::shared_ptr<Listing> &listing, const QString &marker)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->context = listing->context;
    call->done = [this, listing, weak = std::weak_ptr<Call>(call)](const QByteArray &body,
                                                                   const PortFailure &failure) {
        const std::shared_ptr<Call> self = weak.lock();
        if (!failure.isOk()) {
            listing->handler({}, failure);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QJsonValue ports = object.value(QLatin1String("ports"));
        if (!ports.isArray()) {
            listing->handler({},
                             PortFailure(HttpFailure::badResponse(
                                     self->url, neutronName, QStringLiteral("no ports list"))));
            return;
        }
        const QJsonArray page = ports.toArray();
        for (const QJsonValue &value : page)
            listing->ports.append(Port::fromJson(value.toObject()));
        QString next;
        const QJsonArray links = object.value(QLatin1String("ports_links")).toArray();
        for (const QJsonValue &link : links) {
            const QJsonObject l = link.toObject();
            if (l.value(QLatin1String("rel")).toString() == QLatin1String("next")) {
                // Only the marker is taken: the href may name an internal host or drop our
                // project_id filter.
                const QUrl href(l.value(QLatin1String("href")).toString());
                next = QUrlQuery(href).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
            }
        }
        if (page.isEmpty() || next.isEmpty()) {
            listing->handler(listing->ports, {});
            return;
        }
        if (listing->markers.contains(next)) {
            listing->handler({},
                             PortFailure(HttpFailure::badResponse(
                                     self->url, neutronName,
                                     QStringLiteral("pagination repeats marker %1").arg(next))));
            return;
        }
        listing->markers.insert(next);
        fetchPage(listing, next);
    };

    // The URL is built when sending: before the first token there is no catalog yet.
    call->needsProject = true;
    call->urlFor = [this, marker] {
        QUrl url = m_session->serviceUrl(QStringLiteral("network"), QStringLiteral("/v2.0/ports"));
        if (url.isEmpty())
            return url;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project_id"), m_session->projectId());
        const QStringList names = fields();
        for (const QString &field : names)
            query.addQueryItem(QStringLiteral("fields"), field);
        if (m_pageSize > 0)
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        if (!marker.isEmpty())
            query.addQueryItem(QStringLiteral("marker"), marker);
        url.setQuery(query);
        return url;
    };
    send(call);
}

} // namespace podnet
