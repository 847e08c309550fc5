// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CloudConfig.h"

#include "openstack/CloudEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace podnet {

QStringList CloudConfig::defaultSearchDirs(const QProcessEnvironment &environment)
{
    QString configHome = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = environment.value(QStringLiteral("HOME")) + QLatin1String("/.config");
    return {QDir::currentPath(), configHome + QLatin1String("/openstack"),
            QStringLiteral("/etc/xdg/openstack"), QStringLiteral("/etc/openstack")};
}

CloudConfig::CloudConfig()
    : CloudConfig(QProcessEnvironment::systemEnvironment(),
                  defaultSearchDirs(QProcessEnvironment::systemEnvironment()))
{ }

CloudConfig::CloudConfig(const QProcessEnvironment &environment, const QStringList &searchDirs)
    : m_environment(environment)
    , m_searchDirs(searchDirs)
{ }

QString CloudConfig::findFile(const char *baseName, const char *overrideVariable) const
{
    QStringList candidates;
    const QString override = m_environment.value(QLatin1String(overrideVariable));
    if (!override.isEmpty())
        candidates << override;
    for (const QString &dir : m_searchDirs) {
        for (const char *suffix : {".yaml", ".yml", ".json"})
            candidates << dir + QLatin1Char('/') + QLatin1String(baseName) + QLatin1String(suffix);
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QString CloudConfig::configFile() const
{
    return findFile("clouds", "OS_CLIENT_CONFIG_FILE");
}

QString CloudConfig::secureFile() const
{
    return findFile("secure", "OS_CLIENT_SECURE_FILE");
}

CredentialsImport CloudConfig::load(const QString &cloudName) const
{
    const QString path = configFile();
    if (path.isEmpty()) {
        CredentialsImport result;
        CredentialsProblem problem;
        problem.message = tr("No clouds.yaml was found. Put it in ~/.config/openstack, set "
                             "OS_CLIENT_CONFIG_FILE, or choose the file yourself.");
        QStringList looked;
        const QString override = m_environment.value(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
        if (!override.isEmpty())
            looked << override;
        for (const QString &dir : m_searchDirs)
            looked << dir + QLatin1String("/clouds.yaml");
        problem.detail = looked.join(QLatin1Char('\n'));
        result.problems.append(problem);
        return result;
    }
    return loadFile(path, cloudName);
}

CredentialsImport CloudConfig::loadFile(const QString &path, const QString &cloudName) const
{
    QList<CredentialsProblem> problems;
    const auto readAll = [&problems](const QString &file) {
        QFile input(file);
        if (input.open(QIODevice::ReadOnly))
            return input.readAll();
        CredentialsProblem problem;
        problem.file = file;
        problem.message = tr("The file %1 cannot be read. Check that it exists and that you may "
                             "read it.")
                                  .arg(file);
        problem.detail = input.errorString();
        problems.append(problem);
        return QByteArray();
    };
    const QByteArray cloudsText = readAll(path);
    const QString secure = secureFile();
    const QByteArray secureText = secure.isEmpty() ? QByteArray() : readAll(secure);
    if (!problems.isEmpty()) {
        CredentialsImport result;
        result.configFile = path;
        result.problems = problems;
        return result;
    }
    const QString chosen
            = !cloudName.isEmpty() ? cloudName : m_environment.value(QStringLiteral("OS_CLOUD"));
    return read(cloudsText, path, secureText, secure, chosen);
}

CredentialsImport CloudConfig::read(const QByteArray &cloudsText, const QString &cloudsFile,
                                    const QByteArray &secureText, const QString &secureFile,
                                    const QString &cloudName)
{
    CredentialsImport result;
    result.configFile = cloudsFile;
    result.secureFile = secureFile;
    try {
        YAML::Node cloudsRoot;
        YAML::Node secureRoot;
        if (!CloudEntry::parse(cloudsText, cloudsFile, &cloudsRoot, &result.problems))
            return result;
        if (!secureFile.isEmpty()
            && !CloudEntry::parse(secureText, secureFile, &secureRoot, &result.problems))
            return result;

        const std::optional<YamlValue> secureClouds
                = CloudEntry::child(secureRoot, "clouds", secureFile);
        const std::optional<YamlValue> clouds = CloudEntry::child(cloudsRoot, "clouds", cloudsFile);
        for (const std::optional<YamlValue> &list : {clouds, secureClouds}) {
            if (!list || !list->node.IsMap())
                continue;
            for (const auto &entry : list->node) {
                const QString name = QString::fromStdString(entry.first.Scalar());
                if (!result.cloudNames.contains(name))
                    result.cloudNames.append(name);
            }
        }
        if (result.cloudNames.isEmpty()) {
            CredentialsProblem problem;
            problem.file = cloudsFile;
            problem.message = tr("%1 defines no clouds. It needs a \"clouds:\" mapping with at "
                                 "least one cloud; choose another file or enter the credentials "
                                 "by hand.")
                                      .arg(cloudsFile);
            result.problems.append(problem);
            return result;
        }

        QString chosen = cloudName;
        if (chosen.isEmpty()) {
            if (result.cloudNames.size() > 1) {
                result.needsCloudChoice = true;
                return result;
            }
            chosen = result.cloudNames.constFirst();
        }
        if (!result.cloudNames.contains(chosen)) {
            CredentialsProblem problem;
            problem.file = cloudsFile;
            problem.key = QStringLiteral("OS_CLOUD");
            problem.message
                    = tr("There is no cloud \"%1\" in %2. Choose one of: %3.")
                              .arg(chosen, cloudsFile, result.cloudNames.join(QLatin1String(", ")));
            result.problems.append(problem);
            return result;
        }

        const std::string key = chosen.toStdString();
        const std::optional<YamlValue> secureCloud = secureClouds
                ? CloudEntry::child(secureClouds->node, key, secureFile,
                                    CloudEntry::KeyMatch::Exact)
                : std::nullopt;
        const std::optional<YamlValue> cloud = clouds
                ? CloudEntry::child(clouds->node, key, cloudsFile, CloudEntry::KeyMatch::Exact)
                : std::nullopt;
        CloudEntry(chosen, secureCloud, cloud).readInto(&result);
    } catch (const YAML::Exception &error) {
        // Only a yaml-cpp defect gets here: every access above checks the node's type first.
        CredentialsProblem problem;
        problem.file = cloudsFile;
        problem.line = error.mark.is_null() ? 0 : error.mark.line + 1;
        problem.column = error.mark.is_null() ? 0 : error.mark.column + 1;
        problem.message
                = tr("%1 could not be read. Check that it is a clouds.yaml file.").arg(cloudsFile);
        problem.detail = QString::fromStdString(error.msg);
        result.problems.append(problem);
    }
    return result;
}

} // namespace podnet
