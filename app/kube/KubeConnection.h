// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeExecConfig.h"
#include "net/TlsOptions.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace podnet {

/// Everything needed to talk to one Kubernetes API server, resolved from a kubeconfig context
/// or typed in by hand. Holds secrets in memory only: never log or store it as a whole.
struct KubeConnection
{
    enum class Auth { None, Token, Basic, ClientCertificate, Exec };

    QString contextName;   ///< empty for a manual entry
    QString namespaceName; ///< the context's namespace; empty means "default"
    QUrl server;
    TlsOptions tls;    ///< CA, insecure switch, tls-server-name, client certificate
    QUrl proxyUrl;     ///< as the kubeconfig names it; see warnings
    QString token;     ///< bearer token (from token or tokenFile); secret
    QString tokenFile; ///< where the token came from, if it came from a file
    QString username;
    QString password; ///< secret
    std::optional<KubeExecConfig> exec;
    QStringList warnings; ///< translated notes for the person (e.g. proxy-url is not used)
    QString sourceFile;   ///< the kubeconfig that defined the context

    /// How requests authenticate; an exec plugin wins over static credentials, as in client-go.
    Auth auth() const
    {
        if (exec)
            return Auth::Exec;
        if (!token.isEmpty())
            return Auth::Token;
        if (!username.isEmpty() || !password.isEmpty())
            return Auth::Basic;
        if (!tls.clientCertificate.isNull())
            return Auth::ClientCertificate;
        return Auth::None;
    }
};

} // namespace podnet
