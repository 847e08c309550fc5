// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CloudEntry.h"

#include "openstack/CredentialsNames.h"

namespace podnet {

namespace {

// openstacksdk accepts "auth-url" for "auth_url" everywhere.
std::string normalizedKey(std::string key)
{
    for (char &c : key) {
        if (c == '-')
            c = '_';
    }
    return key;
}

CredentialsProblem problemAt(const std::optional<YamlValue> &where, const QString &key,
                             const QString &message)
{
    CredentialsProblem problem;
    problem.key = key;
    problem.message = message;
    if (where) {
        problem.file = where->file;
        problem.line = where->mark.line + 1;
        problem.column = where->mark.column + 1;
    }
    return problem;
}

} // namespace

std::optional<YamlValue> CloudEntry::child(const YAML::Node &map, const std::string &key,
                                           const QString &file, KeyMatch match)
{
    if (!map.IsDefined() || !map.IsMap())
        return std::nullopt;
    for (const auto &entry : map) {
        if (!entry.first.IsScalar())
            continue;
        const std::string &name = entry.first.Scalar();
        if ((match == KeyMatch::Exact ? name : normalizedKey(name)) == key)
            return YamlValue {entry.second, entry.first.Mark(), file};
    }
    return std::nullopt;
}

bool CloudEntry::parse(const QByteArray &text, const QString &file, YAML::Node *root,
                       QList<CredentialsProblem> *problems)
{
    try {
        *root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &error) {
        CredentialsProblem problem;
        problem.file = file;
        problem.line = error.mark.line + 1;
        problem.column = error.mark.column + 1;
        problem.message = tr("%1 is not valid YAML at line %2, column %3. Check the indentation, "
                             "colons and quotes on that line and the one before it.")
                                  .arg(file)
                                  .arg(problem.line)
                                  .arg(problem.column);
        problem.detail = QString::fromStdString(error.msg);
        problems->append(problem);
        return false;
    }
    if (!root->IsNull() && !root->IsMap()) {
        CredentialsProblem problem;
        problem.file = file;
        problem.message = tr("%1 does not hold a \"clouds:\" mapping. Choose a clouds.yaml file.")
                                  .arg(file);
        problems->append(problem);
        return false;
    }
    return true;
}

CloudEntry::CloudEntry(const QString &name, const std::optional<YamlValue> &secure,
                       const std::optional<YamlValue> &clouds)
    : m_name(name)
    , m_secure(secure)
    , m_clouds(clouds)
{ }

std::optional<YamlValue> CloudEntry::find(const char *key, const char *subKey) const
{
    for (const std::optional<YamlValue> *source : {&m_secure, &m_clouds}) {
        if (!*source)
            continue;
        const std::optional<YamlValue> found = child((*source)->node, key, (*source)->file);
        if (!found)
            continue;
        if (!subKey)
            return found;
        if (std::optional<YamlValue> inner = child(found->node, subKey, (*source)->file))
            return inner;
    }
    return std::nullopt;
}

// Auth values belong under "auth:", but openstacksdk also takes them at the cloud's top level.
std::optional<YamlValue> CloudEntry::findAuth(const char *key) const
{
    if (std::optional<YamlValue> found = find("auth", key))
        return found;
    return find(key);
}

QString CloudEntry::text(const std::optional<YamlValue> &found, const QString &key,
                         QList<CredentialsProblem> *problems) const
{
    if (!found || found->node.IsNull())
        return {};
    if (found->node.IsScalar())
        return QString::fromStdString(found->node.Scalar());
    problems->append(problemAt(found, key,
                               tr("In cloud \"%1\", %2 (line %3 of %4) must be a single value, "
                                  "not a list or mapping. Correct the file.")
                                       .arg(m_name, key)
                                       .arg(found->mark.line + 1)
                                       .arg(found->file)));
    return {};
}

QString CloudEntry::authText(const char *key, QList<CredentialsProblem> *problems) const
{
    return text(findAuth(key), QLatin1String("auth.") + QLatin1String(key), problems);
}

QString CloudEntry::region(QList<CredentialsProblem> *problems) const
{
    const QString name = text(find("region_name"), QStringLiteral("region_name"), problems);
    if (!name.isEmpty())
        return name;
    // "regions:" lists names or {name: ...} entries; openstacksdk uses the first by default.
    const std::optional<YamlValue> regions = find("regions");
    if (!regions || !regions->node.IsSequence() || regions->node.size() == 0)
        return {};
    const YAML::Node first = regions->node[0];
    if (first.IsScalar())
        return QString::fromStdString(first.Scalar());
    return text(child(first, "name", regions->file), QStringLiteral("regions"), problems);
}

void CloudEntry::readDomains(CloudCredentials *credentials,
                             QList<CredentialsProblem> *problems) const
{
    credentials->userDomainName = authText("user_domain_name", problems);
    credentials->userDomainId = authText("user_domain_id", problems);
    credentials->projectDomainName = authText("project_domain_name", problems);
    credentials->projectDomainId = authText("project_domain_id", problems);
    // openstacksdk lets domain_name / domain_id stand for both domains when those are not set.
    const QString domainName = authText("domain_name", problems);
    const QString domainId = authText("domain_id", problems);
    if (credentials->userDomainName.isEmpty() && credentials->userDomainId.isEmpty()) {
        credentials->userDomainName = domainName;
        credentials->userDomainId = domainId;
    }
    if (credentials->projectDomainName.isEmpty() && credentials->projectDomainId.isEmpty()) {
        credentials->projectDomainName = domainName;
        credentials->projectDomainId = domainId;
    }
}

void CloudEntry::readTls(CloudCredentials *credentials, QList<CredentialsProblem> *problems) const
{
    credentials->caFile = text(find("cacert"), QStringLiteral("cacert"), problems);
    credentials->clientCertFile = text(find("cert"), QStringLiteral("cert"), problems);
    credentials->clientKeyFile = text(find("key"), QStringLiteral("key"), problems);

    for (const char *key : {"verify", "insecure"}) {
        const std::optional<YamlValue> found = find(key);
        const QString keyName = QLatin1String(key);
        const QString value = text(found, keyName, problems);
        if (value.isEmpty())
            continue;
        const std::optional<bool> flag = credentials::parseBool(value);
        if (!flag) {
            problems->append(problemAt(found, keyName,
                                       tr("%1 is \"%2\" in cloud \"%3\"; it must be true or "
                                          "false. Correct the file.")
                                               .arg(keyName, value, m_name)));
            continue;
        }
        credentials->verify = keyName == QLatin1String("verify") ? *flag : !*flag;
        break; // verify wins over the legacy insecure
    }
}

void CloudEntry::readAuthUrl(CloudCredentials *credentials,
                             QList<CredentialsProblem> *problems) const
{
    const std::optional<YamlValue> found = findAuth("auth_url");
    const QString authUrl = text(found, QStringLiteral("auth.auth_url"), problems);
    if (authUrl.isEmpty()) {
        const bool profile = find("profile") || find("cloud");
        const std::optional<YamlValue> &cloud = m_clouds ? m_clouds : m_secure;
        problems->append(problemAt(
                found ? found : cloud, QStringLiteral("auth.auth_url"),
                profile ? tr("Cloud \"%1\" takes its settings from a vendor profile, which this "
                             "wizard cannot read. Add auth.auth_url to the cloud in the file, or "
                             "enter it by hand.")
                                  .arg(m_name)
                        : tr("Cloud \"%1\" has no auth.auth_url, so the identity (Keystone) URL "
                             "is unknown. Add it to the file, or enter it by hand.")
                                  .arg(m_name)));
        return;
    }
    credentials->authUrl = QUrl(authUrl, QUrl::StrictMode);
    if (!credentials->authUrl.isValid()) {
        CredentialsProblem problem = problemAt(
                found, QStringLiteral("auth.auth_url"),
                tr("auth_url \"%1\" of cloud \"%2\" is not a valid URL. Correct it, e.g. "
                   "https://keystone.example.com:5000/v3.")
                        .arg(authUrl, m_name));
        problem.detail = credentials->authUrl.errorString();
        problems->append(problem);
    }
}

void CloudEntry::readInto(CredentialsImport *result) const
{
    QList<CredentialsProblem> *problems = &result->problems;
    CloudCredentials &credentials = result->credentials;
    credentials.cloudName = m_name;

    const std::optional<YamlValue> authTypeNode = find("auth_type");
    const QString authTypeName = text(authTypeNode, QStringLiteral("auth_type"), problems);
    if (const auto authType = credentials::authTypeFromName(authTypeName)) {
        credentials.authType = *authType;
    } else {
        problems->append(
                problemAt(authTypeNode, QStringLiteral("auth_type"),
                          tr("Cloud \"%1\" uses auth_type \"%2\", which this wizard "
                             "cannot use. Use one of %3, or enter the credentials by "
                             "hand.")
                                  .arg(m_name, authTypeName, credentials::knownAuthTypes())));
    }

    credentials.username = authText("username", problems);
    credentials.userId = authText("user_id", problems);
    credentials.projectName = authText("project_name", problems);
    if (credentials.projectName.isEmpty())
        credentials.projectName = authText("tenant_name", problems);
    credentials.projectId = authText("project_id", problems);
    if (credentials.projectId.isEmpty())
        credentials.projectId = authText("tenant_id", problems);
    readDomains(&credentials, problems);
    credentials.applicationCredentialId = authText("application_credential_id", problems);
    credentials.applicationCredentialName = authText("application_credential_name", problems);

    switch (credentials.authType) {
    case CloudCredentials::AuthType::Password:
        credentials.secret = authText("password", problems);
        break;
    case CloudCredentials::AuthType::ApplicationCredential:
        credentials.secret = authText("application_credential_secret", problems);
        break;
    case CloudCredentials::AuthType::Token:
        credentials.secret = authText("token", problems);
        break;
    }

    credentials.regionName = region(problems);
    const QString interface = text(find("interface"), QStringLiteral("interface"), problems);
    const QString endpointType
            = text(find("endpoint_type"), QStringLiteral("endpoint_type"), problems);
    if (!interface.isEmpty())
        credentials.interface = interface;
    else if (!endpointType.isEmpty())
        credentials.interface = credentials::interfaceFromEndpointType(endpointType);

    readTls(&credentials, problems);
    readAuthUrl(&credentials, problems);
}

} // namespace podnet
