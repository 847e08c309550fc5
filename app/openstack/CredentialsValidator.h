// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"
#include "settings/ValidationMessage.h"

#include <QCoreApplication>

namespace podnet {

/// Checks CloudCredentials before they are used to authenticate: an http(s) identity URL, a user
/// and project scope for password auth, an application credential id (or name and user), a
/// known interface, readable CA / client certificate files, and a secret. Warns about plain http
/// and switched-off TLS verification.
class CredentialsValidator
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsValidator)
public:
    /// Translated findings, errors and warnings, in the order of the form's fields.
    static QList<ValidationMessage> validate(const CloudCredentials &credentials);
};

} // namespace podnet
