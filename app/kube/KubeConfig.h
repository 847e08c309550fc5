// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConfigError.h"
#include "kube/KubeConnection.h"
#include "kube/KubeExecConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet {

/// One or more kubeconfig files merged as kubectl merges them: for clusters, users and contexts
/// the first file to define a name wins, and so does the first current-context. The files are
/// only read, never written. Secrets stay in memory.
class KubeConfig
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfig)
public:
    /// A `clusters[]` entry as written. \a file and \a line tell where it came from.
    struct Cluster
    {
        QString name, file;
        int line = 0;
        QString server, certificateAuthority, certificateAuthorityData;
        bool insecureSkipTlsVerify = false;
        QString tlsServerName, proxyUrl;
    };
    /// A `users[]` entry as written.
    struct User
    {
        QString name, file;
        int line = 0;
        QString clientCertificate, clientCertificateData, clientKey, clientKeyData;
        QString token, tokenFile, username, password;
        std::optional<KubeExecConfig> exec;
    };
    /// A `contexts[]` entry as written.
    struct Context
    {
        QString name, file;
        int line = 0;
        QString cluster, user, namespaceName;
    };

    /// The files kubectl would read: the entries of \a kubeconfigVariable (the value of
    /// KUBECONFIG, ':'-separated, empty entries skipped) or else HOME/.kube/config.
    static QStringList defaultFiles(const QString &kubeconfigVariable, const QString &homeDir);

    /// Reads and merges \a files in order. Files of a list that do not exist are skipped, as
    /// kubectl skips them; a single named file must exist. On failure returns nothing and sets
    /// \a error (malformed YAML with file, line and column; unreadable file; wrong structure).
    static std::optional<KubeConfig> load(const QStringList &files, KubeConfigError *error);
    /// Parses one kubeconfig text; \a file names it in errors and anchors relative paths.
    static std::optional<KubeConfig> parse(const QByteArray &text, const QString &file,
                                           KubeConfigError *error);

    /// The files that were read, in merge order.
    QStringList files() const { return m_files; }
    /// Context names in the order the files list them (for a picker).
    QStringList contextNames() const;
    /// The merged current-context; may be empty or name a context that does not exist.
    QString currentContext() const { return m_currentContext; }
    /// currentContext() if it exists, else the only context, else empty.
    QString defaultContext() const;

    std::optional<Context> context(const QString &name) const;
    std::optional<Cluster> cluster(const QString &name) const;
    std::optional<User> user(const QString &name) const;

    /// Resolves \a contextName into a connection: reads certificate and token files (relative to
    /// the kubeconfig's folder), decodes the -data fields (which win over paths) and checks the
    /// certificates and keys. Sets \a error on any problem.
    std::optional<KubeConnection> resolve(const QString &contextName, KubeConfigError *error) const;

    /// A connection typed in by hand: https server URL, optional CA file, optional token.
    static std::optional<KubeConnection> manual(const QString &server, const QString &caFile,
                                                const QString &token, KubeConfigError *error);

private:
    void merge(const KubeConfig &other);

    QStringList m_files;
    QList<Cluster> m_clusters;
    QList<User> m_users;
    QList<Context> m_contexts;
    QString m_currentContext;
};

} // namespace podnet
