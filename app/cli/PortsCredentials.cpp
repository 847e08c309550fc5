// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsCredentials.h"

#include "cli/PortsOptions.h"
#include "openstack/CloudConfig.h"
#include "openstack/CredentialsValidator.h"
#include "openstack/EnvironmentCredentials.h"
#include "openstack/OpenRcReader.h"

#include <QDir>

namespace podnet {

namespace {

QString problemText(const CredentialsProblem &problem)
{
    QString where = QDir::toNativeSeparators(problem.file);
    if (!where.isEmpty() && problem.line > 0)
        where += QLatin1Char(':') + QString::number(problem.line);
    if (!where.isEmpty() && problem.column > 0)
        where += QLatin1Char(':') + QString::number(problem.column);
    QString text
            = where.isEmpty() ? problem.message : where + QStringLiteral(": ") + problem.message;
    if (!problem.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(problem.detail);
    return text;
}

} // namespace

PortsCredentials::Result PortsCredentials::load(const PortsOptions &options,
                                                const QProcessEnvironment &environment)
{
    Result result;
    CredentialsImport imported;
    const QString cloud = !options.cloud.isEmpty() ? options.cloud
                                                   : environment.value(QStringLiteral("OS_CLOUD"));
    if (!options.openRcFile.isEmpty()) {
        imported = OpenRcReader::readFile(options.openRcFile);
        result.source = QDir::toNativeSeparators(options.openRcFile);
    } else if (!cloud.isEmpty() || !environment.contains(QStringLiteral("OS_AUTH_URL"))) {
        const CloudConfig config(environment, CloudConfig::defaultSearchDirs(environment));
        imported = config.load(cloud);
        result.source = QDir::toNativeSeparators(imported.configFile);
        if (imported.needsCloudChoice) {
            result.errors.append(
                    tr("%1 defines several clouds: %2. Choose one with --os-cloud "
                       "NAME or OS_CLOUD.")
                            .arg(result.source, imported.cloudNames.join(QStringLiteral(", "))));
        }
    } else {
        imported = EnvironmentCredentials::fromEnvironment(environment);
        result.source = tr("the OS_* environment variables");
    }

    for (const CredentialsProblem &problem : imported.problems)
        (problem.isError() ? result.errors : result.warnings).append(problemText(problem));
    if (!result.errors.isEmpty())
        return result;

    result.credentials = imported.credentials;
    if (!options.region.isEmpty())
        result.credentials.regionName = options.region;
    if (!options.interface.isEmpty())
        result.credentials.interface = options.interface;
    // An openrc that asks for the password when sourced expects it in OS_PASSWORD.
    if (!result.credentials.hasSecret() && !options.openRcFile.isEmpty()
        && result.credentials.authType == CloudCredentials::AuthType::Password) {
        result.credentials.secret = environment.value(QStringLiteral("OS_PASSWORD"));
    }
    result.secretMissing = !result.credentials.hasSecret();
    return result;
}

QStringList PortsCredentials::check(const CloudCredentials &credentials, QStringList *warnings)
{
    QStringList errors;
    for (const ValidationMessage &message : CredentialsValidator::validate(credentials))
        (message.isError() ? errors : *warnings).append(message.text);
    return errors;
}

} // namespace podnet
