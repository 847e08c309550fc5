// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileReader.h"

#include "manifest/ImagePin.h"
#include "manifest/TemplateDownloader.h"
#include "net/ApiServerUrl.h"
#include "net/Cidr.h"
#include "profile/ProfileYamlWalker.h"
#include "settings/NetworkSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <functional>

namespace podnet {

namespace {

bool isHttpUrl(const QString &text, bool httpsOnly)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool schemeOk
            = scheme == QLatin1String("https") || (!httpsOnly && scheme == QLatin1String("http"));
    return url.isValid() && schemeOk && !url.host().isEmpty() && url.userInfo().isEmpty();
}

// One read: walks the document once and collects every problem on the way.
class Parser
{
public:
    explicit Parser(const QString &file)
        : m_walker(file)
        , m_baseDir(file.isEmpty() ? QString() : QFileInfo(file).absolutePath())
    { }

    ProfileReader::Result run(const QByteArray &text);

private:
    void readOpenStack(const YAML::Node &value);
    void readKubernetes(const YAML::Node &value);
    void readNetwork(const YAML::Node &value);
    void readManifest(const YAML::Node &value);
    void checkCidr(NetworkSettings::Field field, const QString &value, const QString &cluster,
                   const QString &key);

    ProfileYamlWalker m_walker;
    QString m_baseDir;
    Profile m_profile;
};

void Parser::readOpenStack(const YAML::Node &value)
{
    static const QStringList known = {
            QStringLiteral("cloud"),        QStringLiteral("auth_url"),
            QStringLiteral("username"),     QStringLiteral("user_domain_name"),
            QStringLiteral("project_name"), QStringLiteral("project_domain_name"),
            QStringLiteral("region_name"),  QStringLiteral("ports"),
    };
    const QHash<QString, QString *> slots = {
            {known[0], &m_profile.cloud},       {known[1], &m_profile.authUrl},
            {known[2], &m_profile.userName},    {known[3], &m_profile.userDomain},
            {known[4], &m_profile.projectName}, {known[5], &m_profile.projectDomain},
            {known[6], &m_profile.regionName},  {known[7], &m_profile.portPattern},
    };
    const qsizetype before = m_walker.errorCount();
    m_walker.section(
            value, QStringLiteral("openstack"), known, &m_profile.skipOpenStack,
            [&](const QString &key, const YAML::Node &node, const YAML::Mark &keyMark) {
                QString text;
                if (!m_walker.scalar(key, node, keyMark, &text))
                    return;
                if (key == QLatin1String("auth_url") && !isHttpUrl(text, false)) {
                    m_walker.error(
                            node.Mark(),
                            ProfileReader::tr("\"%1\" is not a Keystone URL. Write it as in your "
                                              "openrc or clouds.yaml, for example "
                                              "https://keystone.example.com:5000/v3.")
                                    .arg(text));
                    return;
                }
                *slots.value(key) = text;
            });
    if (m_profile.skipOpenStack || m_walker.errorCount() != before)
        return;
    // Which cloud: a clouds.yaml name, or an auth URL with the user and project; never half
    // of each (the values would silently fight).
    const auto mark = [this](const char *key) {
        return m_walker.mark(QStringLiteral("openstack.") + QLatin1String(key));
    };
    if (!m_profile.cloud.isEmpty()) {
        for (const char *key :
             {"auth_url", "username", "user_domain_name", "project_name", "project_domain_name"}) {
            if (m_walker.has(QStringLiteral("openstack.") + QLatin1String(key))) {
                m_walker.error(
                        mark(key),
                        ProfileReader::tr("\"%1\" cannot be used together with \"cloud\": the "
                                          "cloud's values come from clouds.yaml. Remove one of "
                                          "the two.")
                                .arg(QLatin1String(key)));
            }
        }
        return;
    }
    if (m_profile.authUrl.isEmpty()) {
        for (const char *key :
             {"username", "user_domain_name", "project_name", "project_domain_name"}) {
            if (m_walker.has(QStringLiteral("openstack.") + QLatin1String(key))) {
                m_walker.error(
                        mark(key),
                        ProfileReader::tr("\"%1\" needs \"auth_url\" (the Keystone address). Add "
                                          "auth_url, or name a clouds.yaml cloud with \"cloud\" "
                                          "instead.")
                                .arg(QLatin1String(key)));
            }
        }
        return;
    }
    for (const char *key : {"username", "project_name"}) {
        if (!m_walker.has(QStringLiteral("openstack.") + QLatin1String(key))) {
            m_walker.error(
                    mark("auth_url"),
                    ProfileReader::tr("With \"auth_url\", \"%1\" is needed too. Add it to the "
                                      "openstack section.")
                            .arg(QLatin1String(key)));
        }
    }
}

void Parser::readKubernetes(const YAML::Node &value)
{
    static const QStringList known
            = {QStringLiteral("kubeconfig"), QStringLiteral("context"), QStringLiteral("server")};
    m_walker.section(
            value, QStringLiteral("kubernetes"), known, &m_profile.skipKubernetes,
            [&](const QString &key, const YAML::Node &node, const YAML::Mark &keyMark) {
                QString text;
                if (!m_walker.scalar(key, node, keyMark, &text))
                    return;
                if (key == QLatin1String("kubeconfig")) {
                    m_profile.kubeconfig = ProfileReader::expandPath(text, m_baseDir);
                } else if (key == QLatin1String("context")) {
                    m_profile.context = text;
                } else if (!isHttpUrl(text, true)) {
                    m_walker.error(
                            node.Mark(),
                            ProfileReader::tr("\"%1\" is not an https URL. Give the API server's "
                                              "address, for example https://10.0.0.10:6443.")
                                    .arg(text));
                } else {
                    m_profile.server = text;
                }
            });
    if (!m_profile.server.isEmpty()) {
        for (const char *key : {"kubeconfig", "context"}) {
            if (m_walker.has(QStringLiteral("kubernetes.") + QLatin1String(key))) {
                m_walker.error(
                        m_walker.mark(QStringLiteral("kubernetes.") + QLatin1String(key)),
                        ProfileReader::tr("\"%1\" cannot be used together with \"server\": "
                                          "connect either through a kubeconfig or to a server "
                                          "typed in. Remove one of the two.")
                                .arg(QLatin1String(key)));
            }
        }
    }
}

void Parser::checkCidr(NetworkSettings::Field field, const QString &value, const QString &cluster,
                       const QString &key)
{
    NetworkSettings settings;
    settings.setClusterCidr(cluster);
    settings.setValue(field, value);
    for (const ValidationMessage &message : settings.validate(field)) {
        if (!message.isError())
            continue;
        const QString text = message.suggestion.isEmpty()
                ? message.text
                : ProfileReader::tr("%1 Did you mean %2?").arg(message.text, message.suggestion);
        m_walker.error(m_walker.mark(QStringLiteral("network.") + key), text);
    }
}

void Parser::readNetwork(const YAML::Node &value)
{
    static const QStringList known
            = {QStringLiteral("api_server_url"), QStringLiteral("cluster_cidr"),
               QStringLiteral("service_cidr")};
    QHash<QString, YAML::Mark> valueMarks;
    m_walker.section(value, QStringLiteral("network"), known, nullptr,
                     [&](const QString &key, const YAML::Node &node, const YAML::Mark &keyMark) {
                         QString text;
                         if (!m_walker.scalar(key, node, keyMark, &text))
                             return;
                         valueMarks.insert(key, node.Mark());
                         if (key == QLatin1String("api_server_url")) {
                             for (const ValidationMessage &message : ApiServerUrl::check(text)) {
                                 if (message.isError())
                                     m_walker.error(node.Mark(), message.text);
                             }
                             m_profile.apiServerUrl = text;
                         } else if (key == QLatin1String("cluster_cidr")) {
                             m_profile.clusterCidr = text;
                         } else {
                             m_profile.serviceCidr = text;
                         }
                     });
    // The CIDR findings point at the value; the overlap check needs both values.
    for (const QString &key : valueMarks.keys())
        m_walker.setMark(QStringLiteral("network.") + key, valueMarks.value(key));
    const QString cluster = m_profile.clusterCidr.isEmpty() ? NetworkSettings::defaultClusterCidr()
                                                            : m_profile.clusterCidr;
    if (!m_profile.clusterCidr.isEmpty())
        checkCidr(NetworkSettings::Field::ClusterCidr, cluster, cluster,
                  QStringLiteral("cluster_cidr"));
    if (!m_profile.serviceCidr.isEmpty() && Cidr::parse(cluster).ok())
        checkCidr(NetworkSettings::Field::ServiceCidr, m_profile.serviceCidr, cluster,
                  QStringLiteral("service_cidr"));
}

void Parser::readManifest(const YAML::Node &value)
{
    static const QStringList known = {QStringLiteral("template"), QStringLiteral("image_tag")};
    m_walker.section(
            value, QStringLiteral("manifest"), known, nullptr,
            [&](const QString &key, const YAML::Node &node, const YAML::Mark &keyMark) {
                QString text;
                if (!m_walker.scalar(key, node, keyMark, &text))
                    return;
                if (key == QLatin1String("image_tag")) {
                    for (const ValidationMessage &message : ImagePin::checkTag(text))
                        m_walker.error(node.Mark(), message.text);
                    m_profile.imageTag = text;
                    return;
                }
                if (text == QLatin1String("upstream") || text == QLatin1String("builtin")) {
                    m_profile.templateSource = text;
                } else if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                           || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
                    const QString refused = TemplateDownloader::refusal(QUrl(text));
                    if (!refused.isEmpty())
                        m_walker.error(node.Mark(), refused);
                    m_profile.templateSource = text;
                } else {
                    m_profile.templateSource = ProfileReader::expandPath(text, m_baseDir);
                }
            });
}

ProfileReader::Result Parser::run(const QByteArray &text)
{
    static const QStringList known
            = {QStringLiteral("version"), QStringLiteral("openstack"), QStringLiteral("kubernetes"),
               QStringLiteral("network"), QStringLiteral("manifest")};
    ProfileReader::Result result;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        m_walker.error(
                e.mark,
                ProfileReader::tr("This is not valid YAML. Check the indentation, colons and "
                                  "quotes on this line and the one before it."),
                QString::fromStdString(e.msg));
        result.errors = m_walker.errors();
        return result;
    }
    if (!root.IsMap()) {
        m_walker.error(
                root.IsNull() ? YAML::Mark::null_mark() : root.Mark(),
                ProfileReader::tr("A profile is a mapping that starts with \"version: 1\". See "
                                  "the sample profile for its shape."));
        result.errors = m_walker.errors();
        return result;
    }
    m_walker.section(
            root, QStringLiteral("profile"), known, nullptr,
            [&](const QString &key, const YAML::Node &node, const YAML::Mark &keyMark) {
                if (key == QLatin1String("version")) {
                    QString version;
                    if (m_walker.scalar(key, node, keyMark, &version)
                        && version != QString::number(ProfileReader::schemaVersion)) {
                        m_walker.error(
                                node.Mark(),
                                ProfileReader::tr("This build reads profiles of version %1, not "
                                                  "\"%2\". Write \"version: %1\" and check the "
                                                  "keys against the documentation.")
                                        .arg(ProfileReader::schemaVersion)
                                        .arg(version));
                    }
                } else if (key == QLatin1String("openstack")) {
                    readOpenStack(node);
                } else if (key == QLatin1String("kubernetes")) {
                    readKubernetes(node);
                } else if (key == QLatin1String("network")) {
                    readNetwork(node);
                } else {
                    readManifest(node);
                }
            });
    if (!m_walker.has(QStringLiteral("profile.version"))) {
        m_walker.errorAtStart(ProfileReader::tr("The profile has no \"version\". Add "
                                                "\"version: %1\" as its first line.")
                                      .arg(ProfileReader::schemaVersion));
    }
    result.errors = m_walker.errors();
    if (result.errors.isEmpty())
        result.profile = m_profile;
    return result;
}

} // namespace

QString ProfileReader::Result::errorText() const
{
    QStringList lines;
    for (const ProfileProblem &problem : errors)
        lines.append(problem.toText());
    return lines.join(QLatin1Char('\n'));
}

ProfileReader::Result ProfileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt,
                {{path, 0, 0,
                  tr("Cannot read the profile %1. Check the path and that you may read it.")
                          .arg(QDir::toNativeSeparators(path)),
                  file.errorString()}}};
    }
    if (file.size() > maxFileSize) {
        return {std::nullopt,
                {{path,
                  0,
                  0,
                  tr("%1 is too big to be a profile. Check that you gave the right file.")
                          .arg(QDir::toNativeSeparators(path)),
                  {}}}};
    }
    return parse(file.readAll(), path);
}

ProfileReader::Result ProfileReader::parse(const QByteArray &text, const QString &file)
{
    return Parser(file).run(text);
}

QString ProfileReader::expandPath(const QString &path, const QString &baseDir)
{
    QString expanded = path;
    if (path == QLatin1String("~"))
        expanded = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + path.mid(1);
    if (QFileInfo(expanded).isRelative() && !baseDir.isEmpty())
        expanded = QDir(baseDir).filePath(expanded);
    return QDir::cleanPath(expanded);
}

} // namespace podnet
