// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CredentialsValidator.h"

#include <QFileInfo>

namespace podnet {

namespace {

bool readableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isReadable();
}

} // namespace

QList<ValidationMessage> CredentialsValidator::validate(const CloudCredentials &credentials)
{
    QList<ValidationMessage> messages;
    using AuthType = CloudCredentials::AuthType;

    const QUrl &url = credentials.authUrl;
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty()) {
        messages << validationError(tr("Enter the identity (Keystone) URL, e.g. "
                                       "https://keystone.example.com:5000/v3."));
    } else if (!url.isValid() || url.host().isEmpty()
               || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        messages << validationError(
                tr("The identity URL \"%1\" is not an http or https URL with a host. "
                   "Enter it like https://keystone.example.com:5000/v3.")
                        .arg(url.toString()));
    } else if (scheme == QLatin1String("http")) {
        messages << validationWarning(
                tr("The identity URL uses plain http, so the password travels "
                   "unencrypted. Use https if the cloud offers it."));
    }

    const bool hasUser = !credentials.username.isEmpty() || !credentials.userId.isEmpty();
    const bool userNeedsDomain = credentials.userId.isEmpty() && !credentials.username.isEmpty()
            && credentials.userDomainName.isEmpty() && credentials.userDomainId.isEmpty();
    const QString defaultDomain = QStringLiteral("Default");

    switch (credentials.authType) {
    case AuthType::Password:
        if (!hasUser)
            messages << validationError(tr("Enter the user name (or user id) to log in with."));
        else if (userNeedsDomain)
            messages << validationError(tr("Enter the user's domain; it is usually \"Default\"."),
                                        defaultDomain);
        if (credentials.projectName.isEmpty() && credentials.projectId.isEmpty()) {
            messages << validationError(
                    tr("Enter the project name (or project id) whose ports the wizard "
                       "may change."));
        } else if (credentials.projectId.isEmpty() && credentials.projectDomainName.isEmpty()
                   && credentials.projectDomainId.isEmpty()) {
            messages << validationError(
                    tr("Enter the project's domain; it is usually \"Default\"."), defaultDomain);
        }
        if (!credentials.hasSecret())
            messages << validationError(tr("Enter the password."));
        break;
    case AuthType::ApplicationCredential:
        if (credentials.applicationCredentialId.isEmpty()) {
            if (credentials.applicationCredentialName.isEmpty() || !hasUser)
                messages << validationError(
                        tr("Enter the application credential id, or its name together "
                           "with the user who owns it."));
            else if (userNeedsDomain)
                messages << validationError(
                        tr("Enter the user's domain; it is usually \"Default\"."), defaultDomain);
        }
        if (!credentials.hasSecret())
            messages << validationError(tr("Enter the application credential secret."));
        break;
    case AuthType::Token:
        if (!credentials.hasSecret())
            messages << validationError(tr("Enter the token."));
        break;
    }

    const QString interface = credentials.interface;
    if (interface != QLatin1String("public") && interface != QLatin1String("internal")
        && interface != QLatin1String("admin")) {
        const QString lower = interface.trimmed().toLower();
        const bool fixable = lower == QLatin1String("public") || lower == QLatin1String("internal")
                || lower == QLatin1String("admin");
        messages << validationError(
                tr("The interface \"%1\" is unknown. Choose public, internal or admin "
                   "(public unless your cloud's operator says otherwise).")
                        .arg(interface),
                fixable ? lower : QStringLiteral("public"));
    }

    if (!credentials.caFile.isEmpty() && !readableFile(credentials.caFile)) {
        messages << validationError(
                tr("The CA certificate file %1 cannot be read. Choose an existing PEM "
                   "file, or clear the field to use the system's CAs.")
                        .arg(credentials.caFile));
    }
    if (!credentials.clientCertFile.isEmpty() && !readableFile(credentials.clientCertFile)) {
        messages << validationError(
                tr("The client certificate file %1 cannot be read. Choose an existing "
                   "PEM file, or clear the field.")
                        .arg(credentials.clientCertFile));
    }
    if (!credentials.clientKeyFile.isEmpty() && !readableFile(credentials.clientKeyFile)) {
        messages << validationError(
                tr("The client key file %1 cannot be read. Choose an existing PEM "
                   "file, or clear the field.")
                        .arg(credentials.clientKeyFile));
    }
    if (!credentials.clientKeyFile.isEmpty() && credentials.clientCertFile.isEmpty())
        messages << validationError(
                tr("A client key is set without a client certificate. Choose the "
                   "certificate too, or clear the key."));
    if (!credentials.verify) {
        messages << validationWarning(
                tr("TLS certificate checks are off, as the imported settings ask. "
                   "Anyone on the network path could read the password; turn "
                   "verification on if you can."));
    }
    return messages;
}

} // namespace podnet
