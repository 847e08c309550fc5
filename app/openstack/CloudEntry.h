// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CredentialsImport.h"

#include <QByteArray>
#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace podnet {

/// A value found in clouds.yaml or secure.yaml, with where its key is. Used by CloudConfig.
struct YamlValue
{
    YAML::Node node;
    YAML::Mark mark; ///< of the key
    QString file;

    // Assigning a YAML::Node rewrites the document it refers to, so never assign a YamlValue;
    // construct a new one.
    YamlValue &operator=(const YamlValue &) = delete;
};

/// One cloud of clouds.yaml with secure.yaml deep-merged over it, read into credentials.
/// Each value is looked up in secure.yaml first, which gives the same answer as merging and
/// keeps the file and line of every value. An engine detail of CloudConfig; keep yaml-cpp out
/// of ui/.
class CloudEntry
{
    Q_DECLARE_TR_FUNCTIONS(CloudEntry)
public:
    enum class KeyMatch { Exact, DashesAsUnderscores };

    /// The value of \a key in \a map; with DashesAsUnderscores (settings) "auth-url" matches
    /// "auth_url", cloud names match exactly. nullopt if \a map is no mapping or lacks the key.
    static std::optional<YamlValue> child(const YAML::Node &map, const std::string &key,
                                          const QString &file,
                                          KeyMatch match = KeyMatch::DashesAsUnderscores);

    /// Parses \a text into \a root; a YAML error becomes a problem with 1-based line and column.
    static bool parse(const QByteArray &text, const QString &file, YAML::Node *root,
                      QList<CredentialsProblem> *problems);

    /// \a secure and \a clouds are the cloud's mappings in either file (either may be absent).
    CloudEntry(const QString &name, const std::optional<YamlValue> &secure,
               const std::optional<YamlValue> &clouds);

    /// Fills result->credentials and adds problems (unknown auth_type, no auth_url, ...).
    void readInto(CredentialsImport *result) const;

private:
    std::optional<YamlValue> find(const char *key, const char *subKey = nullptr) const;
    std::optional<YamlValue> findAuth(const char *key) const;
    QString text(const std::optional<YamlValue> &found, const QString &key,
                 QList<CredentialsProblem> *problems) const;
    QString authText(const char *key, QList<CredentialsProblem> *problems) const;
    QString region(QList<CredentialsProblem> *problems) const;
    void readDomains(CloudCredentials *credentials, QList<CredentialsProblem> *problems) const;
    void readTls(CloudCredentials *credentials, QList<CredentialsProblem> *problems) const;
    void readAuthUrl(CloudCredentials *credentials, QList<CredentialsProblem> *problems) const;

    QString m_name;
    std::optional<YamlValue> m_secure;
    std::optional<YamlValue> m_clouds;
};

} // namespace podnet
