// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CredentialsFeedback.h"

#include "openstack/CredentialsValidator.h"

namespace podnet {

QList<ValidationMessage> CredentialsFeedback::messages(Part part, const CloudCredentials &actual)
{
    // Stand-ins the validator accepts for every auth type, so that only the part under test
    // can produce a message; the validator stays the one place that knows the rules.
    CloudCredentials probe;
    probe.authType = actual.authType;
    probe.authUrl = QUrl(QStringLiteral("https://keystone.invalid/v3"));
    probe.username = QStringLiteral("user");
    probe.userDomainName = QStringLiteral("Default");
    probe.projectName = QStringLiteral("project");
    probe.projectDomainName = QStringLiteral("Default");
    probe.applicationCredentialId = QStringLiteral("credential");
    probe.secret = QStringLiteral("secret");

    switch (part) {
    case Part::AuthUrl:
        probe.authUrl = actual.authUrl;
        break;
    case Part::Identity:
        probe.username = actual.username;
        probe.userId = actual.userId;
        probe.userDomainName = actual.userDomainName;
        probe.userDomainId = actual.userDomainId;
        probe.applicationCredentialId = actual.applicationCredentialId;
        probe.applicationCredentialName = actual.applicationCredentialName;
        break;
    case Part::Project:
        probe.projectName = actual.projectName;
        probe.projectId = actual.projectId;
        probe.projectDomainName = actual.projectDomainName;
        probe.projectDomainId = actual.projectDomainId;
        break;
    case Part::Secret:
        probe.secret = actual.secret;
        break;
    case Part::Interface:
        probe.interface = actual.interface;
        break;
    case Part::Tls:
        probe.caFile = actual.caFile;
        probe.clientCertFile = actual.clientCertFile;
        probe.clientKeyFile = actual.clientKeyFile;
        break;
    case Part::Verify:
        probe.verify = actual.verify;
        break;
    }
    return CredentialsValidator::validate(probe);
}

} // namespace podnet
