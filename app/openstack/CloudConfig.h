// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CredentialsImport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace podnet {

/// Imports a cloud from clouds.yaml with openstacksdk's rules: the first clouds.yaml found
/// (OS_CLIENT_CONFIG_FILE, then clouds.yaml/.yml/.json in each search folder) wins; secure.yaml
/// (OS_CLIENT_SECURE_FILE, then the same folders) is deep-merged over it; the cloud is the one
/// asked for, else OS_CLOUD, else the only one. Where both are given, `*_name` is used and
/// `*_id` is kept alongside (username over user_id, project_name over project_id, and so on);
/// `interface` wins over the legacy `endpoint_type`, `verify` over the legacy `insecure`.
/// Paths (cacert, cert, key) are kept as written. A missing password is not an error:
/// CredentialsImport::secretMissing() tells the UI to ask for it.
class CloudConfig
{
    Q_DECLARE_TR_FUNCTIONS(CloudConfig)
public:
    /// openstacksdk's search folders: the current folder, $XDG_CONFIG_HOME/openstack (default
    /// ~/.config/openstack), /etc/xdg/openstack and /etc/openstack, read from \a environment.
    static QStringList defaultSearchDirs(const QProcessEnvironment &environment);

    /// Looks where openstacksdk looks, with the process environment.
    CloudConfig();
    /// Looks in \a searchDirs, with OS_CLIENT_CONFIG_FILE, OS_CLIENT_SECURE_FILE and OS_CLOUD
    /// from \a environment.
    CloudConfig(const QProcessEnvironment &environment, const QStringList &searchDirs);

    /// The clouds file that would be read; empty when there is none.
    QString configFile() const;
    /// The secure file that would be merged over it; empty when there is none.
    QString secureFile() const;

    /// Reads the files and picks \a cloudName, else OS_CLOUD, else the only cloud.
    CredentialsImport load(const QString &cloudName = {}) const;
    /// Same with a clouds file the user chose (secure.yaml is still searched for).
    CredentialsImport loadFile(const QString &path, const QString &cloudName = {}) const;

    /// Picks \a cloudName (or the only cloud) from the texts of a clouds file and a secure file
    /// (\a secureText may be empty). The file names are only used in messages.
    static CredentialsImport read(const QByteArray &cloudsText, const QString &cloudsFile,
                                  const QByteArray &secureText, const QString &secureFile,
                                  const QString &cloudName);

private:
    QString findFile(const char *baseName, const char *overrideVariable) const;

    QProcessEnvironment m_environment;
    QStringList m_searchDirs;
};

} // namespace podnet
