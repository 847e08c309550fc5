// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// KubeConfig's second job: turning a context into a connection (files, base64, certificates).
#include "kube/KubeConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace podnet {

namespace {

QString absolutePath(const QString &path, const QString &kubeconfigFile)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::home().filePath(path.mid(2));
    return QFileInfo(kubeconfigFile).absoluteDir().filePath(path);
}

// -data fields are standard base64; Go's decoder skips line breaks, so do we.
std::optional<QByteArray> decodeBase64(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString compact = text;
    compact.remove(whitespace);
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(
            compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return std::nullopt;
    return result.decoded;
}

} // namespace

std::optional<KubeConnection> KubeConfig::resolve(const QString &contextName,
                                                  KubeConfigError *error) const
{
    const std::optional<Context> ctx = context(contextName);
    if (!ctx) {
        *error = {tr("The kubeconfig has no context named \"%1\". Choose one of the contexts "
                     "it lists.")
                          .arg(contextName),
                  m_files.join(QStringLiteral(", ")), m_files.value(0), 0, 0};
        return std::nullopt;
    }
    auto fail = [&](const QString &message, const QString &file, int line,
                    const QString &detail = {}) {
        *error = {message, detail, file, line, 0};
        return std::nullopt;
    };
    const std::optional<Cluster> cl = cluster(ctx->cluster);
    if (!cl) {
        return fail(tr("Context \"%1\" refers to cluster \"%2\", which no kubeconfig file "
                       "defines. Fix the context or add the cluster.")
                            .arg(ctx->name, ctx->cluster),
                    ctx->file, ctx->line);
    }
    std::optional<User> us;
    if (!ctx->user.isEmpty()) {
        us = user(ctx->user);
        if (!us) {
            return fail(tr("Context \"%1\" refers to user \"%2\", which no kubeconfig file "
                           "defines. Fix the context or add the user.")
                                .arg(ctx->name, ctx->user),
                        ctx->file, ctx->line);
        }
    }

    KubeConnection connection;
    connection.contextName = ctx->name;
    connection.namespaceName = ctx->namespaceName;
    connection.sourceFile = ctx->file;

    connection.server = QUrl(cl->server, QUrl::StrictMode);
    const QString scheme = connection.server.scheme();
    if (cl->server.isEmpty() || !connection.server.isValid() || connection.server.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return fail(tr("Cluster \"%1\" has no usable server address (\"%2\"). Set server to the "
                       "API server's https URL.")
                            .arg(cl->name, cl->server),
                    cl->file, cl->line);
    }

    QString problem;
    const bool hasCa
            = !cl->certificateAuthorityData.isEmpty() || !cl->certificateAuthority.isEmpty();
    if (hasCa && cl->insecureSkipTlsVerify) {
        return fail(tr("Cluster \"%1\" sets both a CA certificate and insecure-skip-tls-verify, "
                       "which kubectl refuses too. Remove insecure-skip-tls-verify (recommended) "
                       "or the CA.")
                            .arg(cl->name),
                    cl->file, cl->line);
    }
    if (!cl->certificateAuthorityData.isEmpty()) {
        const std::optional<QByteArray> pem = decodeBase64(cl->certificateAuthorityData);
        if (!pem) {
            return fail(tr("certificate-authority-data of cluster \"%1\" is not valid base64. "
                           "Copy the value again from the cluster's admin kubeconfig.")
                                .arg(cl->name),
                        cl->file, cl->line);
        }
        connection.tls.caCertificates = TlsOptions::readCertificates(
                *pem, QStringLiteral("certificate-authority-data"), &problem);
    } else if (!cl->certificateAuthority.isEmpty()) {
        const QString path = absolutePath(cl->certificateAuthority, cl->file);
        const QByteArray pem = TlsOptions::readFile(path, &problem);
        if (problem.isEmpty())
            connection.tls.caCertificates = TlsOptions::readCertificates(pem, path, &problem);
    }
    if (!problem.isEmpty())
        return fail(problem, cl->file, cl->line);
    connection.tls.insecureSkipVerify = cl->insecureSkipTlsVerify;
    connection.tls.serverName = cl->tlsServerName;
    if (!cl->proxyUrl.isEmpty()) {
        connection.proxyUrl = QUrl(cl->proxyUrl);
        connection.warnings << tr("Cluster \"%1\" names the proxy %2. The wizard connects through "
                                  "the system's proxy settings instead; if the API server is "
                                  "reachable only through that proxy, set it as the system proxy.")
                                       .arg(cl->name,
                                            connection.proxyUrl.toString(QUrl::RemoveUserInfo));
    }
    if (!us)
        return connection;

    // Client certificate and key: -data wins over the path.
    QByteArray certPem, keyPem;
    QString certOrigin, keyOrigin;
    if (!us->clientCertificateData.isEmpty()) {
        const std::optional<QByteArray> pem = decodeBase64(us->clientCertificateData);
        if (!pem) {
            return fail(tr("client-certificate-data of user \"%1\" is not valid base64. Copy the "
                           "value again from the cluster's admin kubeconfig.")
                                .arg(us->name),
                        us->file, us->line);
        }
        certPem = *pem;
        certOrigin = QStringLiteral("client-certificate-data");
    } else if (!us->clientCertificate.isEmpty()) {
        certOrigin = absolutePath(us->clientCertificate, us->file);
        certPem = TlsOptions::readFile(certOrigin, &problem);
    }
    if (problem.isEmpty() && !us->clientKeyData.isEmpty()) {
        const std::optional<QByteArray> pem = decodeBase64(us->clientKeyData);
        if (!pem) {
            return fail(tr("client-key-data of user \"%1\" is not valid base64. Copy the value "
                           "again from the cluster's admin kubeconfig.")
                                .arg(us->name),
                        us->file, us->line);
        }
        keyPem = *pem;
        keyOrigin = QStringLiteral("client-key-data");
    } else if (problem.isEmpty() && !us->clientKey.isEmpty()) {
        keyOrigin = absolutePath(us->clientKey, us->file);
        keyPem = TlsOptions::readFile(keyOrigin, &problem);
    }
    if (!problem.isEmpty())
        return fail(problem, us->file, us->line);
    if (certOrigin.isEmpty() != keyOrigin.isEmpty()) {
        return fail(tr("User \"%1\" has a client certificate without its key, or a key without "
                       "its certificate. Add the missing one.")
                            .arg(us->name),
                    us->file, us->line);
    }
    if (!certOrigin.isEmpty()) {
        const QList<QSslCertificate> certs
                = TlsOptions::readCertificates(certPem, certOrigin, &problem);
        if (problem.isEmpty())
            connection.tls.clientKey = TlsOptions::readPrivateKey(keyPem, keyOrigin, &problem);
        if (!problem.isEmpty())
            return fail(problem, us->file, us->line);
        connection.tls.clientCertificate = certs.first();
    }

    connection.token = us->token;
    if (connection.token.isEmpty() && !us->tokenFile.isEmpty()) {
        connection.tokenFile = absolutePath(us->tokenFile, us->file);
        const QByteArray token = TlsOptions::readFile(connection.tokenFile, &problem);
        if (!problem.isEmpty())
            return fail(problem, us->file, us->line);
        connection.token = QString::fromUtf8(token).trimmed();
    }
    connection.username = us->username;
    connection.password = us->password;
    if (!connection.token.isEmpty() && !connection.username.isEmpty()) {
        return fail(tr("User \"%1\" has both a token and a username/password, which kubectl "
                       "refuses too. Keep only one of them.")
                            .arg(us->name),
                    us->file, us->line);
    }
    if (us->exec) {
        if (us->exec->interactiveMode == QLatin1String("Always")) {
            return fail(tr("The credential plugin \"%1\" of user \"%2\" always needs a terminal "
                           "(interactiveMode: Always). Log in with it in a terminal first, or "
                           "use a kubeconfig with a token or certificate.")
                                .arg(us->exec->command, us->name),
                        us->file, us->line);
        }
        connection.exec = us->exec;
    }
    return connection;
}

std::optional<KubeConnection> KubeConfig::manual(const QString &server, const QString &caFile,
                                                 const QString &token, KubeConfigError *error)
{
    KubeConnection connection;
    connection.server = QUrl(server.trimmed(), QUrl::StrictMode);
    if (connection.server.scheme() != QLatin1String("https")
        || connection.server.host().isEmpty()) {
        *error = {tr("\"%1\" is not an https address. Enter the API server's URL, for example "
                     "https://203.0.113.10:6443.")
                          .arg(server),
                  {},
                  {},
                  0,
                  0};
        return std::nullopt;
    }
    QString problem;
    if (!caFile.isEmpty()) {
        const QByteArray pem = TlsOptions::readFile(caFile, &problem);
        if (problem.isEmpty())
            connection.tls.caCertificates = TlsOptions::readCertificates(pem, caFile, &problem);
    }
    if (!problem.isEmpty()) {
        *error = {problem, {}, caFile, 0, 0};
        return std::nullopt;
    }
    connection.token = token.trimmed();
    return connection;
}

} // namespace podnet
