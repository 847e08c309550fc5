// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/ConnectionCheck.h"

#include "openstack/KeystoneSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace podnet {

namespace {

const QString neutron = QStringLiteral("Neutron");

} // namespace

ConnectionCheck::ConnectionCheck(KeystoneSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

ConnectionCheck::~ConnectionCheck()
{
    stopWaitingForSession();
    abortReply();
}

void ConnectionCheck::abortReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply.clear();
}

void ConnectionCheck::stopWaitingForSession()
{
    disconnect(m_onAuthenticated);
    disconnect(m_onAuthenticationFailed);
}

void ConnectionCheck::start()
{
    stopWaitingForSession();
    abortReply();
    m_result = {};
    m_running = true;
    m_reauthenticated = false;
    if (m_session->isAuthenticated() && !m_session->isAuthenticating())
        requestExtensions();
    else
        authenticate();
}

void ConnectionCheck::authenticate()
{
    stopWaitingForSession();
    m_onAuthenticated = connect(m_session, &KeystoneSession::authenticated, this, [this] {
        stopWaitingForSession();
        requestExtensions();
    });
    m_onAuthenticationFailed = connect(m_session, &KeystoneSession::authenticationFailed, this,
                                       [this](const HttpFailure &failure) {
                                           stopWaitingForSession();
                                           fail(failure);
                                       });
    m_session->authenticate();
}

void ConnectionCheck::requestExtensions()
{
    m_result.userName = m_session->userName();
    m_result.userId = m_session->userId();
    m_result.projectName = m_session->projectName();
    m_result.projectId = m_session->projectId();
    m_result.regionName = m_session->regionName();
    m_result.networkEndpoint = m_session->endpoint(QStringLiteral("network"));
    m_result.computeEndpoint = m_session->endpoint(QStringLiteral("compute"));

    const QUrl url
            = m_session->serviceUrl(QStringLiteral("network"), QStringLiteral("/v2.0/extensions"));
    QNetworkReply *reply = m_session->network()->get(m_session->authorizedRequest(url));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onExtensions(reply); });
}

void ConnectionCheck::onExtensions(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    HttpFailure failure = HttpFailure::fromReply(reply, neutron);
    if (failure.httpStatus() == 401 && !m_reauthenticated) {
        // The token may have been revoked or expired early: one fresh token, one retry.
        m_reauthenticated = true;
        m_session->invalidate();
        return authenticate();
    }
    if (!failure.isOk()) {
        const QJsonObject error = QJsonDocument::fromJson(body)
                                          .object()
                                          .value(QLatin1String("NeutronError"))
                                          .toObject();
        failure.setServerMessage(error.value(QLatin1String("message")).toString());
        if (failure.httpStatus() == 401)
            failure.setMessage(tr("Neutron did not accept a fresh token from Keystone either. "
                                  "Check that Neutron and Keystone belong to the same cloud and "
                                  "that the user has a role in the project."));
        else if (failure.httpStatus() == 404)
            failure.setMessage(tr("The network endpoint %1 from the catalog does not answer like "
                                  "Neutron (HTTP 404). Ask the cloud's administrator to check "
                                  "the catalog.")
                                       .arg(m_result.networkEndpoint.toString()));
        return fail(failure);
    }
    evaluate(reply->url(), body);
}

void ConnectionCheck::evaluate(const QUrl &url, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue extensions = document.object().value(QLatin1String("extensions"));
    if (!extensions.isArray()) {
        HttpFailure failure = HttpFailure::badResponse(
                url, neutron, QStringLiteral("no \"extensions\" list in the answer"));
        failure.setMessage(tr("The network endpoint %1 does not answer like Neutron. Ask the "
                              "cloud's administrator to check the catalog.")
                                   .arg(m_result.networkEndpoint.toString()));
        return fail(failure);
    }
    QStringList aliases;
    for (const QJsonValue &extension : extensions.toArray())
        aliases << extension.toObject().value(QLatin1String("alias")).toString();
    aliases.removeAll(QString());
    aliases.sort();
    m_result.extensionAliases = aliases;
    m_result.allowedAddressPairs = aliases.contains(QLatin1String("allowed-address-pairs"));
    m_result.portSecurity = aliases.contains(QLatin1String("port-security"));
    m_result.revisionIfMatch = aliases.contains(QLatin1String("revision-if-match"));
    // Neutron's API does not publish max_allowed_address_pair; its default is what we assume.
    m_result.pairLimit = ConnectionCheckResult::defaultPairLimit;
    m_result.pairLimitKnown = false;

    if (!m_result.allowedAddressPairs) {
        HttpFailure failure = HttpFailure::badResponse(
                url, neutron, QStringLiteral("extension allowed-address-pairs not listed"));
        failure.setMessage(tr("This cloud's Neutron does not offer allowed address pairs "
                              "(extension allowed-address-pairs), which PodNet needs to let pod "
                              "traffic through. Ask the cloud's administrator to enable it."));
        return fail(failure);
    }
    m_running = false;
    Q_EMIT finished(m_result);
}

void ConnectionCheck::fail(const HttpFailure &failure)
{
    m_running = false;
    Q_EMIT failed(failure);
}

} // namespace podnet
