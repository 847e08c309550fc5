// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/NovaServerNamesJob.h"

#include "openstack/KeystoneSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace podnet {

namespace {

const QString nova = QStringLiteral("Nova");
// Guards against a server whose next link never ends (500 × 1000 servers is far beyond a project).
constexpr int maxPages = 1000;

} // namespace

NovaServerNamesJob::NovaServerNamesJob(KeystoneSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

NovaServerNamesJob::~NovaServerNamesJob()
{
    abortReply();
}

void NovaServerNamesJob::abortReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply.clear();
}

void NovaServerNamesJob::start()
{
    abortReply();
    ++m_run;
    m_names.clear();
    m_lastFailure = {};
    m_pages = 0;
    m_reportPending = false;
    m_baseUrl = m_session->serviceUrl(QStringLiteral("compute"), QStringLiteral("/servers/detail"));
    if (m_baseUrl.isEmpty()) {
        // No Nova in the catalog: a normal outcome, reported after returning like every other.
        m_reportPending = true;
        const quint64 run = m_run;
        QMetaObject::invokeMethod(
                this,
                [this, run] {
                    if (run != m_run)
                        return;
                    m_reportPending = false;
                    Q_EMIT finished({});
                },
                Qt::QueuedConnection);
        return;
    }
    requestPage({});
}

void NovaServerNamesJob::requestPage(const QString &marker)
{
    QUrl url = m_baseUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    url.setQuery(query);
    ++m_pages;
    QNetworkReply *reply = m_session->network()->get(m_session->authorizedRequest(url));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

void NovaServerNamesJob::onPage(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const HttpFailure failure = HttpFailure::fromReply(reply, nova);
    if (!failure.isOk())
        return finish(failure);
    const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonValue servers = page.value(QLatin1String("servers"));
    if (!servers.isArray())
        return finish(HttpFailure::badResponse(reply->url(), nova,
                                               QStringLiteral("no \"servers\" list")));

    QString lastId;
    for (const QJsonValue &value : servers.toArray()) {
        const QJsonObject server = value.toObject();
        lastId = server.value(QLatin1String("id")).toString();
        if (!lastId.isEmpty())
            m_names.insert(lastId, server.value(QLatin1String("name")).toString());
    }
    bool hasNext = false;
    QString marker;
    for (const QJsonValue &link : page.value(QLatin1String("servers_links")).toArray()) {
        if (link.toObject().value(QLatin1String("rel")).toString() != QLatin1String("next"))
            continue;
        hasNext = true;
        // Only the marker is taken: the link's host is what Nova believes, which behind a proxy
        // may not be reachable from here.
        const QUrl next(link.toObject().value(QLatin1String("href")).toString());
        marker = QUrlQuery(next).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    }
    if (marker.isEmpty())
        marker = lastId;
    if (!hasNext || lastId.isEmpty() || m_pages >= maxPages)
        return finish({});
    requestPage(marker);
}

void NovaServerNamesJob::finish(const HttpFailure &failure)
{
    m_lastFailure = failure;
    if (!failure.isOk())
        m_names.clear();
    Q_EMIT finished(m_names);
}

} // namespace podnet
