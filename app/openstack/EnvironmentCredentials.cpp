// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "EnvironmentCredentials.h"

#include "openstack/CredentialsNames.h"

#include <QHash>
#include <QUrl>

namespace podnet {

namespace {

using Variables = QHash<QString, OsVariable>;

QString valueOf(const Variables &variables, const char *name)
{
    return variables.value(QLatin1String(name)).value;
}

// The legacy OS_TENANT_* names count only when the new name is absent, as in the openstack client.
QString valueOf(const Variables &variables, const char *name, const char *legacyName)
{
    const QString value = valueOf(variables, name);
    return !value.isEmpty() ? value : valueOf(variables, legacyName);
}

CredentialsProblem problemAt(const Variables &variables, const QString &file, const QString &name,
                             CredentialsProblem::Severity severity, const QString &message)
{
    CredentialsProblem problem;
    problem.severity = severity;
    problem.file = file;
    problem.line = variables.value(name).line;
    problem.column = problem.line > 0 ? 1 : 0;
    problem.key = name;
    problem.message = message;
    return problem;
}

} // namespace

bool EnvironmentCredentials::hasCredentials(const QProcessEnvironment &environment)
{
    return !environment.value(QStringLiteral("OS_AUTH_URL")).isEmpty()
            || !environment.value(QStringLiteral("OS_CLOUD")).isEmpty();
}

CredentialsImport EnvironmentCredentials::fromEnvironment(const QProcessEnvironment &environment)
{
    QList<OsVariable> variables;
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("OS_")))
            variables.append({key, environment.value(key), 0});
    }
    return fromVariables(variables, cloudName());
}

CredentialsImport EnvironmentCredentials::fromVariables(const QList<OsVariable> &variableList,
                                                        const QString &cloudName,
                                                        const QString &file)
{
    Variables variables;
    for (const OsVariable &variable : variableList) {
        // "export OS_REGION_NAME=" and Horizon's "unset it if it was empty" mean the same.
        if (variable.value.isEmpty())
            variables.remove(variable.name);
        else
            variables.insert(variable.name, variable);
    }

    CredentialsImport result;
    result.configFile = file;
    result.referencedCloud = valueOf(variables, "OS_CLOUD");
    CloudCredentials &credentials = result.credentials;
    credentials.cloudName = cloudName;

    const QString authTypeName = valueOf(variables, "OS_AUTH_TYPE");
    if (const auto authType = credentials::authTypeFromName(authTypeName)) {
        credentials.authType = *authType;
    } else {
        result.problems.append(problemAt(
                variables, file, QStringLiteral("OS_AUTH_TYPE"),
                CredentialsProblem::Severity::Error,
                tr("OS_AUTH_TYPE is \"%1\", which this wizard cannot use. Use one of %2, or enter "
                   "the credentials by hand.")
                        .arg(authTypeName, credentials::knownAuthTypes())));
    }

    const QString authUrl = valueOf(variables, "OS_AUTH_URL");
    credentials.authUrl = QUrl(authUrl, QUrl::StrictMode);
    credentials.username = valueOf(variables, "OS_USERNAME");
    credentials.userId = valueOf(variables, "OS_USER_ID");
    credentials.userDomainName = valueOf(variables, "OS_USER_DOMAIN_NAME");
    credentials.userDomainId = valueOf(variables, "OS_USER_DOMAIN_ID");
    credentials.projectName = valueOf(variables, "OS_PROJECT_NAME", "OS_TENANT_NAME");
    credentials.projectId = valueOf(variables, "OS_PROJECT_ID", "OS_TENANT_ID");
    credentials.projectDomainName = valueOf(variables, "OS_PROJECT_DOMAIN_NAME");
    credentials.projectDomainId = valueOf(variables, "OS_PROJECT_DOMAIN_ID");
    credentials.applicationCredentialId = valueOf(variables, "OS_APPLICATION_CREDENTIAL_ID");
    credentials.applicationCredentialName = valueOf(variables, "OS_APPLICATION_CREDENTIAL_NAME");
    credentials.regionName = valueOf(variables, "OS_REGION_NAME");
    const QString interface = valueOf(variables, "OS_INTERFACE");
    const QString endpointType = valueOf(variables, "OS_ENDPOINT_TYPE");
    if (!interface.isEmpty())
        credentials.interface = interface;
    else if (!endpointType.isEmpty())
        credentials.interface = credentials::interfaceFromEndpointType(endpointType);
    credentials.caFile = valueOf(variables, "OS_CACERT");
    credentials.clientCertFile = valueOf(variables, "OS_CERT");
    credentials.clientKeyFile = valueOf(variables, "OS_KEY");

    const QString insecure = valueOf(variables, "OS_INSECURE");
    if (!insecure.isEmpty()) {
        if (const auto value = credentials::parseBool(insecure)) {
            credentials.verify = !*value;
        } else {
            result.problems.append(problemAt(
                    variables, file, QStringLiteral("OS_INSECURE"),
                    CredentialsProblem::Severity::Warning,
                    tr("OS_INSECURE is \"%1\", which is neither true nor false. TLS certificates "
                       "will be checked; set it to true or false to decide otherwise.")
                            .arg(insecure)));
        }
    }

    const QString apiVersion = valueOf(variables, "OS_IDENTITY_API_VERSION");
    if (!apiVersion.isEmpty() && apiVersion != QLatin1String("3")) {
        result.problems.append(problemAt(
                variables, file, QStringLiteral("OS_IDENTITY_API_VERSION"),
                CredentialsProblem::Severity::Warning,
                tr("OS_IDENTITY_API_VERSION is \"%1\", but this wizard speaks only Keystone v3. "
                   "Check that the identity URL offers v3.")
                        .arg(apiVersion)));
    }

    switch (credentials.authType) {
    case CloudCredentials::AuthType::Password:
        credentials.secret = valueOf(variables, "OS_PASSWORD");
        break;
    case CloudCredentials::AuthType::ApplicationCredential:
        credentials.secret = valueOf(variables, "OS_APPLICATION_CREDENTIAL_SECRET");
        break;
    case CloudCredentials::AuthType::Token:
        credentials.secret = valueOf(variables, "OS_TOKEN");
        break;
    }

    if (authUrl.isEmpty()) {
        const QString message = result.referencedCloud.isEmpty()
                ? tr("OS_AUTH_URL is not set, so the identity (Keystone) URL is unknown. Set it, "
                     "or enter the URL by hand.")
                : tr("Only OS_CLOUD is set (to \"%1\"): the credentials are in clouds.yaml. "
                     "Import clouds.yaml instead.")
                          .arg(result.referencedCloud);
        result.problems.append(problemAt(variables, file, QStringLiteral("OS_AUTH_URL"),
                                         CredentialsProblem::Severity::Error, message));
    } else if (!credentials.authUrl.isValid()) {
        CredentialsProblem problem = problemAt(
                variables, file, QStringLiteral("OS_AUTH_URL"), CredentialsProblem::Severity::Error,
                tr("OS_AUTH_URL \"%1\" is not a valid URL. Correct it, e.g. "
                   "https://keystone.example.com:5000/v3.")
                        .arg(authUrl));
        problem.detail = credentials.authUrl.errorString();
        result.problems.append(problem);
    }
    return result;
}

} // namespace podnet
