// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <string>

namespace podnet {

namespace {

// yaml-cpp throws for structure it cannot convert; this carries our own message out of the
// helpers below to the one place that catches.
struct StructureError
{
    QString message;
    YAML::Mark mark;
};

QString keyName(const char *key)
{
    return QString::fromLatin1(key);
}

[[noreturn]] void wrongType(const YAML::Node &node, const QString &what, const QString &expected)
{
    throw StructureError {KubeConfig::tr("\"%1\" must be %2. Fix this entry of the kubeconfig.")
                                  .arg(what, expected),
                          node.Mark()};
}

QString scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value || value.IsNull())
        return {};
    if (!value.IsScalar())
        wrongType(value, keyName(key), KubeConfig::tr("a single value"));
    return QString::fromStdString(value.Scalar());
}

bool boolean(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value || value.IsNull())
        return false;
    bool result = false;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
        wrongType(value, keyName(key), KubeConfig::tr("true or false"));
    return result;
}

YAML::Node mapAt(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (value && !value.IsNull() && !value.IsMap())
        wrongType(value, keyName(key), KubeConfig::tr("a mapping of keys and values"));
    return value;
}

// clusters, users, contexts: a list of {name, <item>: {...}}.
template<typename Handler>
void namedList(const YAML::Node &root, const char *listKey, const char *itemKey, Handler handler)
{
    const YAML::Node list = root[listKey];
    if (!list || list.IsNull())
        return;
    if (!list.IsSequence())
        wrongType(list, keyName(listKey), KubeConfig::tr("a list"));
    for (const YAML::Node &entry : list) {
        if (!entry.IsMap())
            wrongType(entry, keyName(listKey), KubeConfig::tr("a list of named entries"));
        const QString name = scalar(entry, "name");
        if (name.isEmpty()) {
            throw StructureError {KubeConfig::tr("An entry of \"%1\" has no name. Give every "
                                                 "entry a name.")
                                          .arg(keyName(listKey)),
                                  entry.Mark()};
        }
        YAML::Node item = mapAt(entry, itemKey);
        if (!item)
            item = YAML::Node(YAML::NodeType::Map);
        handler(name, item, entry.Mark().line + 1);
    }
}

std::optional<KubeExecConfig> readExec(const YAML::Node &user, const QString &folder)
{
    const YAML::Node exec = mapAt(user, "exec");
    if (!exec)
        return std::nullopt;
    KubeExecConfig config;
    config.command = scalar(exec, "command");
    config.apiVersion = scalar(exec, "apiVersion");
    config.installHint = scalar(exec, "installHint");
    config.interactiveMode = scalar(exec, "interactiveMode");
    config.workingDirectory = folder;
    if (const YAML::Node args = exec["args"]; args && !args.IsNull()) {
        if (!args.IsSequence())
            wrongType(args, QStringLiteral("exec.args"), KubeConfig::tr("a list"));
        for (const YAML::Node &arg : args) {
            if (!arg.IsScalar())
                wrongType(arg, QStringLiteral("exec.args"), KubeConfig::tr("a list of words"));
            config.args << QString::fromStdString(arg.Scalar());
        }
    }
    if (const YAML::Node env = exec["env"]; env && !env.IsNull()) {
        if (!env.IsSequence())
            wrongType(env, QStringLiteral("exec.env"), KubeConfig::tr("a list"));
        for (const YAML::Node &entry : env) {
            if (!entry.IsMap())
                wrongType(entry, QStringLiteral("exec.env"),
                          KubeConfig::tr("a list of name/value entries"));
            config.env.append({scalar(entry, "name"), scalar(entry, "value")});
        }
    }
    if (config.command.isEmpty()) {
        throw StructureError {KubeConfig::tr("The exec section has no command. Add the "
                                             "credential plugin's command or remove the section."),
                              exec.Mark()};
    }
    return config;
}

} // namespace

QStringList KubeConfig::defaultFiles(const QString &kubeconfigVariable, const QString &homeDir)
{
    QStringList files;
    for (const QString &entry : kubeconfigVariable.split(QDir::listSeparator())) {
        if (!entry.isEmpty() && !files.contains(entry))
            files << entry;
    }
    if (files.isEmpty() && !homeDir.isEmpty())
        files << QDir(homeDir).filePath(QStringLiteral(".kube/config"));
    return files;
}

std::optional<KubeConfig> KubeConfig::load(const QStringList &files, KubeConfigError *error)
{
    KubeConfig merged;
    for (const QString &file : files) {
        const bool single = files.size() == 1;
        if (!single && !QFileInfo::exists(file))
            continue;
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            *error = {tr("Cannot read the kubeconfig %1: %2. Check the path and its "
                         "permissions, or choose another file.")
                              .arg(file, input.errorString()),
                      {},
                      file,
                      0,
                      0};
            return std::nullopt;
        }
        const std::optional<KubeConfig> config = parse(input.readAll(), file, error);
        if (!config)
            return std::nullopt;
        merged.merge(*config);
    }
    if (merged.m_files.isEmpty()) {
        *error = {tr("No kubeconfig found (looked for %1). Choose a kubeconfig file or enter the "
                     "API server's address by hand.")
                          .arg(files.join(QStringLiteral(", "))),
                  {},
                  {},
                  0,
                  0};
        return std::nullopt;
    }
    return merged;
}

std::optional<KubeConfig> KubeConfig::parse(const QByteArray &text, const QString &file,
                                            KubeConfigError *error)
{
    const QString folder = QFileInfo(file).absolutePath();
    KubeConfig config;
    config.m_files << file;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (root && !root.IsNull() && !root.IsMap())
            wrongType(root, QFileInfo(file).fileName(), tr("a kubeconfig mapping"));
        if (!root || root.IsNull())
            return config; // an empty file adds nothing, as in kubectl
        config.m_currentContext = scalar(root, "current-context");
        namedList(root, "clusters", "cluster",
                  [&](const QString &name, const YAML::Node &c, int line) {
                      Cluster cluster;
                      cluster.name = name;
                      cluster.file = file;
                      cluster.line = line;
                      cluster.server = scalar(c, "server");
                      cluster.certificateAuthority = scalar(c, "certificate-authority");
                      cluster.certificateAuthorityData = scalar(c, "certificate-authority-data");
                      cluster.insecureSkipTlsVerify = boolean(c, "insecure-skip-tls-verify");
                      cluster.tlsServerName = scalar(c, "tls-server-name");
                      cluster.proxyUrl = scalar(c, "proxy-url");
                      config.m_clusters << cluster;
                  });
        namedList(root, "users", "user", [&](const QString &name, const YAML::Node &u, int line) {
            User user;
            user.name = name;
            user.file = file;
            user.line = line;
            user.clientCertificate = scalar(u, "client-certificate");
            user.clientCertificateData = scalar(u, "client-certificate-data");
            user.clientKey = scalar(u, "client-key");
            user.clientKeyData = scalar(u, "client-key-data");
            user.token = scalar(u, "token");
            user.tokenFile = scalar(u, "tokenFile");
            user.username = scalar(u, "username");
            user.password = scalar(u, "password");
            user.exec = readExec(u, folder);
            config.m_users << user;
        });
        namedList(root, "contexts", "context",
                  [&](const QString &name, const YAML::Node &c, int line) {
                      Context context;
                      context.name = name;
                      context.file = file;
                      context.line = line;
                      context.cluster = scalar(c, "cluster");
                      context.user = scalar(c, "user");
                      context.namespaceName = scalar(c, "namespace");
                      config.m_contexts << context;
                  });
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line + 1;
        const int column = e.mark.column + 1;
        *error = {tr("The kubeconfig %1 is not valid YAML at line %2, column %3. Check the "
                     "indentation, colons and quotes on that line and the one before it.")
                          .arg(file)
                          .arg(line)
                          .arg(column),
                  QString::fromStdString(e.msg), file, line, column};
        return std::nullopt;
    } catch (const StructureError &e) {
        const int line = e.mark.line + 1;
        const int column = e.mark.column + 1;
        *error = {tr("The kubeconfig %1 has a problem at line %2, column %3: %4")
                          .arg(file)
                          .arg(line)
                          .arg(column)
                          .arg(e.message),
                  {},
                  file,
                  line,
                  column};
        return std::nullopt;
    }
    return config;
}

void KubeConfig::merge(const KubeConfig &other)
{
    m_files << other.m_files;
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    for (const Cluster &entry : other.m_clusters) {
        if (!cluster(entry.name))
            m_clusters << entry;
    }
    for (const User &entry : other.m_users) {
        if (!user(entry.name))
            m_users << entry;
    }
    for (const Context &entry : other.m_contexts) {
        if (!context(entry.name))
            m_contexts << entry;
    }
}

QStringList KubeConfig::contextNames() const
{
    QStringList names;
    for (const Context &entry : m_contexts)
        names << entry.name;
    return names;
}

QString KubeConfig::defaultContext() const
{
    if (context(m_currentContext))
        return m_currentContext;
    return m_contexts.size() == 1 ? m_contexts.first().name : QString();
}

std::optional<KubeConfig::Context> KubeConfig::context(const QString &name) const
{
    for (const Context &entry : m_contexts) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

std::optional<KubeConfig::Cluster> KubeConfig::cluster(const QString &name) const
{
    for (const Cluster &entry : m_clusters) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

std::optional<KubeConfig::User> KubeConfig::user(const QString &name) const
{
    for (const User &entry : m_users) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

} // namespace podnet
