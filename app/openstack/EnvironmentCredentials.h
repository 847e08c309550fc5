// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CredentialsImport.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>

namespace podnet {

/// One OS_* variable and where it was set.
struct OsVariable
{
    QString name;  ///< e.g. "OS_AUTH_URL"
    QString value; ///< an empty value counts as unset
    int line = 0;  ///< 1-based line in an openrc file; 0 for the environment
};

/// Reads credentials from OS_* variables, as the openstack client does: from the current
/// environment (the cloud "envvars") or from variables an openrc file sets (see OpenRcReader).
/// Maps OS_AUTH_URL, OS_USERNAME, OS_USER_ID, OS_PASSWORD, OS_PROJECT_NAME (OS_TENANT_NAME),
/// OS_PROJECT_ID (OS_TENANT_ID), OS_USER_DOMAIN_NAME/ID, OS_PROJECT_DOMAIN_NAME/ID,
/// OS_REGION_NAME, OS_INTERFACE (OS_ENDPOINT_TYPE), OS_AUTH_TYPE,
/// OS_APPLICATION_CREDENTIAL_ID/NAME/SECRET, OS_TOKEN, OS_CACERT, OS_CERT, OS_KEY, OS_INSECURE;
/// OS_CLOUD is reported as CredentialsImport::referencedCloud.
class EnvironmentCredentials
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCredentials)
public:
    /// The name openstacksdk gives the cloud formed by the environment.
    static QString cloudName() { return QStringLiteral("envvars"); }

    /// True when \a environment sets OS_AUTH_URL or OS_CLOUD (worth offering an import).
    static bool hasCredentials(const QProcessEnvironment &environment);

    /// The OS_* variables of \a environment as the cloud "envvars".
    static CredentialsImport fromEnvironment(const QProcessEnvironment &environment);

    /// Maps \a variables (later entries win) to credentials named \a cloudName; problems name
    /// \a file and the variable's line.
    static CredentialsImport fromVariables(const QList<OsVariable> &variables,
                                           const QString &cloudName, const QString &file = {});
};

} // namespace podnet
