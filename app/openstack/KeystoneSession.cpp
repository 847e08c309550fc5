// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/KeystoneSession.h"

#include "openstack/KeystoneAuthRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QStringList>

#include <algorithm>

namespace podnet {

namespace {

const QString keystone = QStringLiteral("Keystone");

QString errorMessageOf(const QByteArray &body)
{
    const QJsonObject error
            = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("message")).toString();
}

bool isHtml(QNetworkReply *reply, const QByteArray &body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.contains(QLatin1String("html"), Qt::CaseInsensitive)
            || body.trimmed().startsWith('<');
}

} // namespace

KeystoneSession::KeystoneSession(QNetworkAccessManager *network,
                                 const CloudCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
{
    m_tls.insecureSkipVerify = !credentials.verify;
    QStringList problems;
    QString error;
    if (!credentials.caFile.isEmpty()) {
        const QByteArray pem = TlsOptions::readFile(credentials.caFile, &error);
        if (error.isEmpty())
            m_tls.caCertificates = TlsOptions::readCertificates(pem, credentials.caFile, &error);
        if (!error.isEmpty())
            problems << error;
    }
    if (!credentials.clientCertFile.isEmpty()) {
        error.clear();
        const QByteArray pem = TlsOptions::readFile(credentials.clientCertFile, &error);
        QList<QSslCertificate> certificates;
        if (error.isEmpty())
            certificates = TlsOptions::readCertificates(pem, credentials.clientCertFile, &error);
        if (!error.isEmpty())
            problems << error;
        else
            m_tls.clientCertificate = certificates.constFirst();
        // The key is often inside the certificate file itself.
        const QString keyFile = !credentials.clientKeyFile.isEmpty() ? credentials.clientKeyFile
                                                                     : credentials.clientCertFile;
        error.clear();
        const QByteArray keyPem = TlsOptions::readFile(keyFile, &error);
        if (error.isEmpty())
            m_tls.clientKey = TlsOptions::readPrivateKey(keyPem, keyFile, &error);
        if (!error.isEmpty())
            problems << error;
    }
    m_tlsProblem = problems.join(QLatin1Char(' '));
}

KeystoneSession::~KeystoneSession()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool KeystoneSession::isAuthenticated() const
{
    if (m_token.isEmpty())
        return false;
    // A token about to expire is as good as gone: the request it goes with would fail midway.
    // The margin is a quarter of the token's life, at most a minute, so that clouds with very
    // short tokens still get to use them.
    return !m_expiresAt.isValid()
            || QDateTime::currentDateTimeUtc().addSecs(m_renewMargin) < m_expiresAt;
}

void KeystoneSession::invalidate()
{
    m_token.clear();
}

QString KeystoneSession::regionName() const
{
    return !m_credentials.regionName.isEmpty() ? m_credentials.regionName : m_networkRegion;
}

QUrl KeystoneSession::endpoint(const QString &serviceType) const
{
    return m_catalog.endpoint(serviceType, m_credentials.interface, m_credentials.regionName);
}

QUrl KeystoneSession::serviceUrl(const QString &serviceType, const QString &path) const
{
    QUrl url = endpoint(serviceType);
    if (url.isEmpty())
        return {};
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rest = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    const qsizetype secondSlash = rest.indexOf(QLatin1Char('/'), 1);
    const QString firstSegment = secondSlash < 0 ? rest : rest.left(secondSlash);
    if (firstSegment.size() > 1 && base.endsWith(firstSegment))
        rest = rest.mid(firstSegment.size());
    url.setPath(base + rest);
    return url;
}

QNetworkRequest KeystoneSession::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("X-Auth-Token"), m_token);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            QStringLiteral("podnet-wizard/%1").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    m_tls.applyTo(request);
    return request;
}

void KeystoneSession::authenticate()
{
    if (m_reply || m_failurePending)
        return; // joins the request in flight; its report answers every caller
    m_followedVersionDocument = false;
    QString problem = m_tlsProblem;
    if (problem.isEmpty())
        problem = KeystoneAuthRequest::problem(m_credentials);
    if (!problem.isEmpty()) {
        HttpFailure failure
                = HttpFailure::badResponse(m_credentials.authUrl, keystone,
                                           QStringLiteral("not sent: incomplete credentials"));
        failure.setMessage(problem);
        return failLater(failure);
    }
    send(KeystoneAuthRequest::tokensUrl(m_credentials.authUrl));
}

void KeystoneSession::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(
            QNetworkRequest::UserAgentHeader,
            QStringLiteral("podnet-wizard/%1").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // The body holds the secret: it goes only where the user pointed, never after a redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_tls.applyTo(request);

    QNetworkReply *reply = m_network->post(request, KeystoneAuthRequest::body(m_credentials));
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        reply->setProperty("podnetSslErrors", texts);
        bool hostMismatch = false;
        for (const QSslError &error : errors)
            hostMismatch = hostMismatch || error.error() == QSslError::HostNameMismatch;
        reply->setProperty("podnetHostMismatch", hostMismatch);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void KeystoneSession::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status >= 400)
        return fail(rejection(reply, body));
    if (reply->error() != QNetworkReply::NoError) {
        HttpFailure failure = HttpFailure::fromReply(reply, keystone);
        const QStringList sslErrors = reply->property("podnetSslErrors").toStringList();
        if (failure.kind() == HttpFailure::Kind::Tls || !sslErrors.isEmpty()) {
            failure.setServerMessage(sslErrors.join(QLatin1Char('\n')));
            if (reply->property("podnetHostMismatch").toBool())
                failure.setMessage(tr("The certificate of Keystone at %1 was issued for another "
                                      "name. Use the address the certificate names in the auth "
                                      "URL, or ask the cloud's administrator for a matching one.")
                                           .arg(reply->url().host()));
            else
                failure.setMessage(tr("The certificate of Keystone at %1 is not signed by a CA "
                                      "this computer trusts. Add the cloud's CA certificate "
                                      "(cacert in clouds.yaml, OS_CACERT) and try again.")
                                           .arg(reply->url().host()));
        }
        return fail(failure);
    }
    if (status == 300 && !m_followedVersionDocument) {
        // A version document: the auth URL points above the API. Follow its v3 entry once.
        const QJsonArray versions = QJsonDocument::fromJson(body)
                                            .object()
                                            .value(QLatin1String("versions"))
                                            .toObject()
                                            .value(QLatin1String("values"))
                                            .toArray();
        for (const QJsonValue &version : versions) {
            if (!version.toObject()
                         .value(QLatin1String("id"))
                         .toString()
                         .startsWith(QLatin1String("v3")))
                continue;
            const QJsonArray links = version.toObject().value(QLatin1String("links")).toArray();
            for (const QJsonValue &link : links) {
                if (link.toObject().value(QLatin1String("rel")).toString() != QLatin1String("self"))
                    continue;
                const QUrl next = reply->url().resolved(
                        QUrl(link.toObject().value(QLatin1String("href")).toString()));
                if (next.scheme() != reply->url().scheme() || next.host() != reply->url().host())
                    break; // the password goes only to the server the user named
                m_followedVersionDocument = true;
                return send(KeystoneAuthRequest::tokensUrl(next));
            }
        }
    }
    if (status >= 300) {
        const QString where = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
        HttpFailure failure
                = notKeystone(reply->url(), QStringLiteral("HTTP %1 %2").arg(status).arg(where));
        if (!where.isEmpty())
            failure.setMessage(tr("Keystone at %1 sends visitors on to %2. Check the auth URL; "
                                  "if the new address is right, use it instead.")
                                       .arg(reply->url().host(), where));
        return fail(failure);
    }
    succeed(reply, body);
}

void KeystoneSession::succeed(QNetworkReply *reply, const QByteArray &body)
{
    const QUrl url = reply->url();
    if (isHtml(reply, body))
        return fail(notKeystone(url, QStringLiteral("the answer is a web page (HTML)")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(notKeystone(url, QStringLiteral("not JSON: %1").arg(parseError.errorString())));
    const QJsonObject token = document.object().value(QLatin1String("token")).toObject();
    const QByteArray subjectToken = reply->rawHeader(QByteArrayLiteral("X-Subject-Token"));
    if (token.isEmpty() || subjectToken.isEmpty())
        return fail(notKeystone(url, QStringLiteral("no token or no X-Subject-Token header")));

    const QString expires = token.value(QLatin1String("expires_at")).toString();
    QDateTime expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!expires.isEmpty() && !expiresAt.isValid())
        return fail(notKeystone(url, QStringLiteral("unreadable expires_at: %1").arg(expires)));
    const QJsonObject user = token.value(QLatin1String("user")).toObject();
    const QJsonObject project = token.value(QLatin1String("project")).toObject();
    const KeystoneCatalog catalog
            = KeystoneCatalog::fromJson(token.value(QLatin1String("catalog")).toArray());

    const QString region = m_credentials.regionName;
    const QString interface = KeystoneCatalog::normalizedInterface(m_credentials.interface);
    if (!region.isEmpty() && !catalog.isEmpty() && !catalog.hasRegion(region)) {
        HttpFailure failure = HttpFailure::badResponse(
                url, keystone, QStringLiteral("region %1 not in the catalog").arg(region));
        failure.setMessage(tr("The cloud has no region \"%1\". Choose one of: %2.")
                                   .arg(region, catalog.regions().join(QLatin1String(", "))));
        return fail(failure);
    }
    if (catalog.endpoint(QStringLiteral("network"), interface, region).isEmpty()) {
        HttpFailure failure = HttpFailure::badResponse(
                url, keystone,
                QStringLiteral("no network endpoint (interface %1, region %2)")
                        .arg(interface, region.isEmpty() ? QStringLiteral("any") : region));
        if (catalog.isEmpty())
            failure.setMessage(tr("Keystone accepted the credentials but listed no services: the "
                                  "token is not scoped to a project. Enter the project name (or "
                                  "project ID) and try again."));
        else if (region.isEmpty())
            failure.setMessage(tr("The cloud offers no network service (Neutron) through the "
                                  "\"%1\" interface. Check the interface setting (public, "
                                  "internal or admin); PodNet needs Neutron.")
                                       .arg(interface));
        else
            failure.setMessage(tr("The cloud offers no network service (Neutron) through the "
                                  "\"%1\" interface in region \"%2\". Check the interface and "
                                  "region settings; PodNet needs Neutron.")
                                       .arg(interface, region));
        return fail(failure);
    }

    m_token = subjectToken;
    m_expiresAt = expiresAt;
    m_renewMargin = expiresAt.isValid()
            ? std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(expiresAt) / 4, 0, 60)
            : 0;
    m_catalog = catalog;
    m_userName = user.value(QLatin1String("name")).toString();
    m_userId = user.value(QLatin1String("id")).toString();
    m_projectName = project.value(QLatin1String("name")).toString();
    m_projectId = project.value(QLatin1String("id")).toString();
    m_networkRegion = catalog.endpointRegion(QStringLiteral("network"), interface, region);
    Q_EMIT authenticated();
}

HttpFailure KeystoneSession::rejection(QNetworkReply *reply, const QByteArray &body) const
{
    HttpFailure failure = HttpFailure::fromReply(reply, keystone);
    const QString serverMessage = scrubbed(errorMessageOf(body));
    failure.setServerMessage(serverMessage);
    const CloudCredentials &c = m_credentials;
    const QString project = !c.projectName.isEmpty() ? c.projectName : c.projectId;
    const bool aboutProject = serverMessage.contains(QLatin1String("project"), Qt::CaseInsensitive);
    const int status = failure.httpStatus();

    if ((status == 401 || status == 404) && aboutProject && !project.isEmpty()) {
        failure.setMessage(tr("Keystone does not let %1 into the project \"%2\": the project does "
                              "not exist or the user has no role in it. Check the project name "
                              "(or ID) and its domain.")
                                   .arg(c.username.isEmpty() ? c.userId : c.username, project));
    } else if (status == 401) {
        switch (c.authType) {
        case CloudCredentials::AuthType::Password:
            failure.setMessage(
                    tr("Keystone did not accept the user name or password for %1. Check both, "
                       "and the user's domain, then try again. (An unknown project is reported "
                       "the same way: check it too.)")
                            .arg(c.username.isEmpty() ? c.userId : c.username));
            break;
        case CloudCredentials::AuthType::ApplicationCredential:
            failure.setMessage(tr("Keystone did not accept the application credential %1. Check "
                                  "its ID (or name and user) and secret, and that it has not "
                                  "expired or been deleted.")
                                       .arg(!c.applicationCredentialId.isEmpty()
                                                    ? c.applicationCredentialId
                                                    : c.applicationCredentialName));
            break;
        case CloudCredentials::AuthType::Token:
            failure.setMessage(tr("Keystone did not accept the token; it may have expired or been "
                                  "revoked. Get a new token, or sign in with a password or an "
                                  "application credential."));
            break;
        }
    } else if (status == 404 || status == 405) {
        failure.setMessage(tr("There is no Keystone v3 API at %1. Check the auth URL, for "
                              "example https://cloud.example.com:5000/v3.")
                                   .arg(c.authUrl.toString(QUrl::RemoveUserInfo)));
    } else if (status == 400 && !serverMessage.isEmpty()) {
        failure.setMessage(tr("Keystone rejected the sign-in request: %1 Check the user, domain "
                              "and project settings.")
                                   .arg(serverMessage));
    }
    return failure;
}

HttpFailure KeystoneSession::notKeystone(const QUrl &url, const QString &why) const
{
    HttpFailure failure = HttpFailure::badResponse(url, keystone, why);
    failure.setMessage(tr("The address %1 is not a Keystone API: its answer is not a Keystone "
                          "token. Check the auth URL; it usually ends in :5000/v3 or /identity/v3, "
                          "not the dashboard's address.")
                               .arg(m_credentials.authUrl.toString(QUrl::RemoveUserInfo)));
    return failure;
}

QString KeystoneSession::scrubbed(const QString &text) const
{
    QString result = text;
    if (!m_credentials.secret.isEmpty())
        result.replace(m_credentials.secret, QStringLiteral("***"));
    return result;
}

void KeystoneSession::fail(HttpFailure failure)
{
    m_token.clear();
    Q_EMIT authenticationFailed(failure);
}

void KeystoneSession::failLater(HttpFailure failure)
{
    m_failurePending = true;
    QMetaObject::invokeMethod(
            this,
            [this, failure] {
                m_failurePending = false;
                fail(failure);
            },
            Qt::QueuedConnection);
}

} // namespace podnet
