// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace podnet {

/// The Keystone v3 sign-in request for a set of credentials: where it goes and what it says.
class KeystoneAuthRequest
{
    Q_DECLARE_TR_FUNCTIONS(KeystoneAuthRequest)
public:
    /// {auth_url}/v3/auth/tokens, whether auth_url ends in /v3 or not (or in a slash, or in an
    /// old /v2.0, which is replaced).
    static QUrl tokensUrl(const QUrl &authUrl);
    /// The JSON body asking for a token: password (user by id, or name + domain, "default" when
    /// no domain is given; project scope by id, or name + domain), application credential (by
    /// id, or name + user; never scoped) or token (project scope). Holds the secret.
    static QByteArray body(const CloudCredentials &credentials);
    /// Translated: what is missing from \a credentials before a request can be sent; empty when
    /// nothing is.
    static QString problem(const CloudCredentials &credentials);
};

} // namespace podnet
