// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudCredentials.h"

#include <QStringList>

#include <optional>

namespace podnet::credentials {

/// The auth_type / OS_AUTH_TYPE names we understand, as keystoneauth spells them.
inline std::optional<CloudCredentials::AuthType> authTypeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower.isEmpty() || lower == QLatin1String("password")
        || lower == QLatin1String("v3password"))
        return CloudCredentials::AuthType::Password;
    if (lower == QLatin1String("v3applicationcredential"))
        return CloudCredentials::AuthType::ApplicationCredential;
    if (lower == QLatin1String("v3token") || lower == QLatin1String("token"))
        return CloudCredentials::AuthType::Token;
    return std::nullopt;
}

/// The auth types to offer in a message about an unknown one.
inline QString knownAuthTypes()
{
    return QStringLiteral("password, v3applicationcredential, v3token");
}

/// interface from the legacy endpoint_type / OS_ENDPOINT_TYPE spelling: "publicURL" -> "public".
inline QString interfaceFromEndpointType(const QString &value)
{
    QString interface = value.trimmed();
    if (interface.endsWith(QLatin1String("URL")))
        interface.chop(3);
    return interface;
}

/// A yes/no value as YAML 1.1 and the openstack client read it; nullopt when it is neither.
inline std::optional<bool> parseBool(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes")
        || lower == QLatin1String("on") || lower == QLatin1String("1"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("no")
        || lower == QLatin1String("off") || lower == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace podnet::credentials
