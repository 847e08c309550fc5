// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeSimulator.h"

#include "KubeApiHandler.h"
#include "KubeDiscovery.h"
#include "KubeFaultInjector.h"
#include "KubeJson.h"
#include "KubeObjectStore.h"
#include "KubeRoute.h"
#include "KubeSelector.h"
#include "KubeStatus.h"
#include "KubeWatchStream.h"
#include "SimCertificateAuthority.h"
#include "sim/http/HttpRequest.h"
#include "sim/http/SimHttpServer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace podnet::sim {

namespace {

QString randomToken()
{
    QByteArray bytes(32, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

/// Who \a request authenticates as, as kube-apiserver decides: a client certificate that chains
/// to the CA (user = CN, groups = O entries) first, then the bearer \a token of \a userName.
std::optional<KubeApiHandler::User> authenticate(const HttpRequest &request, const QString &token,
                                                 const QString &userName)
{
    const QString authenticated = QStringLiteral("system:authenticated");
    const QSslCertificate &certificate = request.peerCertificate;
    if (request.peerVerified) {
        const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
        if (!names.isEmpty() && !names.first().isEmpty()) {
            // subjectInfo() comes from a QMultiMap, last entry first: restore the certificate's
            // order, as kube-apiserver keeps it.
            QStringList groups = certificate.subjectInfo(QSslCertificate::Organization);
            std::reverse(groups.begin(), groups.end());
            return KubeApiHandler::User {names.first(), groups << authenticated};
        }
    }
    if (request.header(QByteArrayLiteral("authorization"))
        == QByteArrayLiteral("Bearer ") + token.toLatin1())
        return KubeApiHandler::User {userName, {QStringLiteral("system:masters"), authenticated}};
    return std::nullopt;
}

bool writePrivateFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(content);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

KubeSimulator::Options KubeSimulator::demoOptions()
{
    Options options;
    options.nodes = KubeNodeSpec::labPresetWithPodRanges();
    options.nodes.last().podCIDR.clear();
    // The workers' addresses are their ports' fixed IPs in the OpenStack lab (OpenStackLab), so
    // that demo mode can join nodes and ports as on a real cloud.
    for (qsizetype i = 0; i < options.nodes.size(); ++i)
        options.nodes[i].internalIP = QStringLiteral("10.240.0.%1").arg(20 + i);
    options.timing.podStartMs = 800;
    options.timing.nodeReadyStepMs = 1000;
    options.timing.heartbeatMs = 10000;
    options.timing.crashBackoffMs = 5000; // half the kubelet's, like the rest of the demo
    return options;
}

KubeSimulator::KubeSimulator(QObject *parent)
    : KubeSimulator(Options(), parent)
{ }

KubeSimulator::KubeSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_token(randomToken())
    , m_store(std::make_unique<KubeObjectStore>(m_options.historyLimit))
    , m_faults(std::make_unique<KubeFaultInjector>())
    , m_handler(std::make_unique<KubeApiHandler>(*m_store))
    , m_log(qEnvironmentVariableIsSet("PODNET_KUBE_SIM_LOG"))
{
    m_cluster = new KubeClusterController(*m_store, this);
    m_cluster->setTiming(m_options.timing);
    m_cluster->seed(m_options.nodes);
    m_authority = new SimCertificateAuthority(this);
    connect(m_authority, &SimCertificateAuthority::ready, this,
            &KubeSimulator::onCertificatesReady);
    connect(m_authority, &SimCertificateAuthority::failed, this,
            [this](const QString &message) { Q_EMIT failed(message); });
    connect(m_authority, &SimCertificateAuthority::clientCertificateIssued, this,
            &KubeSimulator::clientCertificateIssued);
}

KubeSimulator::~KubeSimulator()
{
    // Watches and the cluster use the store: they go before it does.
    for (const QPointer<KubeWatchStream> &watch : std::as_const(m_watches))
        delete watch.data();
    delete m_server;
    delete m_cluster;
}

void KubeSimulator::start()
{
    m_authority->start(); // does nothing the second time
}

void KubeSimulator::onCertificatesReady()
{
    m_server = new SimHttpServer([this](HttpExchange *exchange) { onExchange(exchange); }, this);
    // Ask for a client certificate without requiring one (bearer tokens keep working); one that
    // does not chain to our CA shows up as handshake errors, and the request is not
    // authenticated by it.
    QSslConfiguration tls = m_authority->serverConfiguration();
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setCaCertificates(QSslCertificate::fromData(m_authority->caCertificatePem()));
    m_server->setTlsConfiguration(tls);
    if (!m_server->listen(m_options.port)) {
        const QString message = m_server->errorString();
        QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
        return;
    }
    m_ready = true;
    Q_EMIT ready();
}

QUrl KubeSimulator::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QByteArray KubeSimulator::caCertificatePem() const
{
    return m_authority->caCertificatePem();
}

QSslConfiguration KubeSimulator::clientSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromData(caCertificatePem()));
    return config;
}

QByteArray KubeSimulator::kubeconfigWith(const QByteArray &user) const
{
    return QByteArrayLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: podnet-sim\n"
                             "  cluster:\n    server: ")
            + baseUrl().toString().toUtf8()
            + QByteArrayLiteral("\n    certificate-authority-data: ")
            + caCertificatePem().toBase64()
            + QByteArrayLiteral("\nusers:\n- name: podnet-sim\n  user:\n") + user
            + QByteArrayLiteral("contexts:\n- name: podnet-sim\n  context:\n"
                                "    cluster: podnet-sim\n    user: podnet-sim\n"
                                "current-context: podnet-sim\n");
}

QByteArray KubeSimulator::kubeconfig() const
{
    return kubeconfigWith(QByteArrayLiteral("    token: ") + m_token.toLatin1() + '\n');
}

QByteArray KubeSimulator::kubeconfig(const SimClientCertificate &certificate) const
{
    return kubeconfigWith(QByteArrayLiteral("    client-certificate-data: ")
                          + certificate.certificatePem.toBase64()
                          + QByteArrayLiteral("\n    client-key-data: ")
                          + certificate.keyPem.toBase64() + '\n');
}

bool KubeSimulator::writeKubeconfig(const QString &path, QString *error) const
{
    return writePrivateFile(path, kubeconfig(), error);
}

bool KubeSimulator::writeKubeconfig(const QString &path, const SimClientCertificate &certificate,
                                    QString *error) const
{
    return writePrivateFile(path, kubeconfig(certificate), error);
}

int KubeSimulator::issueClientCertificate(const QString &commonName, const QStringList &groups)
{
    return m_authority->issueClientCertificate(commonName, groups);
}

void KubeSimulator::dropWatches()
{
    const QList<QPointer<KubeWatchStream>> watches = m_watches;
    for (const QPointer<KubeWatchStream> &watch : watches) {
        if (watch)
            watch->drop();
    }
}

void KubeSimulator::endWatches()
{
    const QList<QPointer<KubeWatchStream>> watches = m_watches;
    for (const QPointer<KubeWatchStream> &watch : watches) {
        if (watch)
            watch->finish();
    }
}

void KubeSimulator::injectWatchBytes(const QByteArray &bytes)
{
    const QList<QPointer<KubeWatchStream>> watches = m_watches;
    for (const QPointer<KubeWatchStream> &watch : watches) {
        if (watch)
            watch->writeRaw(bytes);
    }
}

void KubeSimulator::expireNextWatch()
{
    m_faults->expireNextWatch();
}

int KubeSimulator::openWatchCount() const
{
    int count = 0;
    for (const QPointer<KubeWatchStream> &watch : m_watches)
        count += watch ? 1 : 0;
    return count;
}

int KubeSimulator::touchNodes(int events)
{
    return m_cluster->touchNodes(events);
}

void KubeSimulator::holdWatches(bool held)
{
    m_watchesHeld = held;
    const QList<QPointer<KubeWatchStream>> watches = m_watches;
    for (const QPointer<KubeWatchStream> &watch : watches) {
        if (watch)
            watch->setHeld(held);
    }
}

void KubeSimulator::onExchange(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    if (m_log)
        qInfo("kube-sim: %s %s accept=%s ct=%s", request.method.constData(),
              request.target.constData(), request.header(QByteArrayLiteral("accept")).constData(),
              request.header(QByteArrayLiteral("content-type")).constData());
    const std::optional<KubeFaultInjector::Fault> fault
            = m_faults->take(request.method, request.path);
    if (!fault)
        return process(exchange);
    switch (fault->action) {
    case KubeFaultInjector::Action::Drop:
        exchange->dropConnection();
        return;
    case KubeFaultInjector::Action::Fail:
        send(exchange,
             KubeStatus::failure(fault->status, QStringLiteral("InternalError"),
                                 QStringLiteral("injected fault: HTTP %1").arg(fault->status)));
        return;
    case KubeFaultInjector::Action::Delay: {
        const QPointer<HttpExchange> guard(exchange);
        QTimer::singleShot(fault->delayMs, this, [this, guard] {
            if (guard && guard->isOpen())
                process(guard.data());
        });
        return;
    }
    }
}

void KubeSimulator::process(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    const std::optional<KubeApiHandler::User> user
            = authenticate(request, m_token, m_options.userName);
    if (!user && !KubeDiscovery::isPublic(request.path))
        return send(exchange, KubeStatus::unauthorized());
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_server ? m_server->port() : 0);
    if (const std::optional<KubeReply> reply = KubeDiscovery::answer(request.path, address))
        return send(exchange, *reply);
    const std::optional<KubeRoute> route = KubeRoute::parse(request.path);
    if (!route)
        return send(exchange, KubeStatus::noRoute());
    const QString watch = request.query.queryItemValue(QStringLiteral("watch"));
    if (request.method == "GET" && (watch == QLatin1String("1") || watch == QLatin1String("true")))
        return startWatch(exchange, *route);
    // Public paths are all discovery, answered above: a route needs a user.
    send(exchange, m_handler->handle(request, *route, user.value_or(KubeApiHandler::User())));
}

void KubeSimulator::startWatch(HttpExchange *exchange, const KubeRoute &route)
{
    const HttpRequest &request = exchange->request();
    auto value = [&request](const char *key) {
        return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    QString error;
    std::optional<KubeSelector> selector
            = KubeSelector::parse(value("labelSelector"), value("fieldSelector"), &error);
    if (!selector)
        return send(exchange, KubeStatus::badRequest(error));
    // A watch by name (kubectl get NAME -w) arrives as fieldSelector=metadata.name=NAME.
    KubeWatchStream::Options options;
    const QString version = value("resourceVersion");
    options.hasVersion = !version.isEmpty() && version != QLatin1String("0");
    options.fromVersion = version.toLongLong();
    options.bookmarks = value("allowWatchBookmarks") == QLatin1String("true");
    options.bookmarkIntervalMs = m_options.bookmarkIntervalMs;
    bool ok = false;
    const int timeout = value("timeoutSeconds").toInt(&ok);
    options.timeoutSeconds = ok && timeout > 0 ? timeout : m_options.defaultWatchTimeoutSeconds;
    options.asTable = KubeApiHandler::wantsTable(request);
    const QString include = value("includeObject");
    options.include = include == QLatin1String("Object") ? KubeTableConverter::Include::Object
            : include == QLatin1String("None")           ? KubeTableConverter::Include::None
                                                         : KubeTableConverter::Include::Metadata;
    options.sendInitialEvents = value("sendInitialEvents") == QLatin1String("true");
    options.forceGone = m_faults->takeWatchExpiry();
    auto *stream = new KubeWatchStream(exchange, *m_store, route, *selector, options, this);
    m_watches.removeAll(QPointer<KubeWatchStream>());
    m_watches << stream;
    stream->setHeld(m_watchesHeld);
    stream->start();
}

void KubeSimulator::send(HttpExchange *exchange, const KubeReply &reply)
{
    const HttpRequest &request = exchange->request();
    if (m_log)
        qInfo("kube-sim:   -> %d", reply.status);
    exchange->respond(reply.status, reply.raw.isEmpty() ? KubeJson::bytes(reply.body) : reply.raw,
                      reply.contentType);
    Q_EMIT requestHandled(request.method, request.path, reply.status);
}

} // namespace podnet::sim
