// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"
#include "settings/ValidationMessage.h"

#include <QList>

namespace podnet {

/// Sorts CredentialsValidator's findings by the part of the form they are about, so each can
/// be shown under its own field. Each part is checked alone, with valid stand-ins for the rest.
class CredentialsFeedback
{
public:
    enum class Part {
        AuthUrl,   ///< the identity URL
        Identity,  ///< user (name or id) and domain; with an application credential, its id/name
        Project,   ///< project (name or id) and domain
        Secret,    ///< password, application-credential secret or token
        Interface, ///< public, internal or admin
        Tls,       ///< CA file, client certificate and key
        Verify,    ///< TLS verification switched off by the imported settings
    };

    /// The validator's messages about \a part of \a credentials.
    static QList<ValidationMessage> messages(Part part, const CloudCredentials &credentials);
};

} // namespace podnet
