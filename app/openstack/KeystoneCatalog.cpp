// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/KeystoneCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace podnet {

KeystoneCatalog KeystoneCatalog::fromJson(const QJsonArray &catalog)
{
    KeystoneCatalog result;
    for (const QJsonValue &serviceValue : catalog) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            continue;
        const QJsonArray endpoints = service.value(QLatin1String("endpoints")).toArray();
        for (const QJsonValue &endpointValue : endpoints) {
            const QJsonObject object = endpointValue.toObject();
            Endpoint endpoint;
            endpoint.serviceType = type;
            endpoint.interface = normalizedInterface(
                    object.value(QLatin1String("interface")).toString());
            // region_id is the v3 field; "region" is its deprecated twin, still sent.
            endpoint.region = object.value(QLatin1String("region_id")).toString();
            if (endpoint.region.isEmpty())
                endpoint.region = object.value(QLatin1String("region")).toString();
            endpoint.url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
            if (!endpoint.url.isValid() || endpoint.url.scheme().isEmpty())
                continue;
            result.m_endpoints.append(endpoint);
        }
    }
    return result;
}

QString KeystoneCatalog::normalizedInterface(const QString &interface)
{
    QString name = interface.trimmed().toLower();
    if (name.endsWith(QLatin1String("url")))
        name.chop(3);
    return name.isEmpty() ? QStringLiteral("public") : name;
}

const KeystoneCatalog::Endpoint *KeystoneCatalog::find(const QString &serviceType,
                                                       const QString &interface,
                                                       const QString &region) const
{
    const QString wanted = normalizedInterface(interface);
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.serviceType == serviceType && endpoint.interface == wanted
            && (region.isEmpty() || endpoint.region == region))
            return &endpoint;
    }
    return nullptr;
}

QUrl KeystoneCatalog::endpoint(const QString &serviceType, const QString &interface,
                               const QString &region) const
{
    const Endpoint *found = find(serviceType, interface, region);
    return found ? found->url : QUrl();
}

QString KeystoneCatalog::endpointRegion(const QString &serviceType, const QString &interface,
                                        const QString &region) const
{
    const Endpoint *found = find(serviceType, interface, region);
    return found ? found->region : QString();
}

QStringList KeystoneCatalog::regions() const
{
    QStringList names;
    for (const Endpoint &endpoint : m_endpoints) {
        if (!endpoint.region.isEmpty() && !names.contains(endpoint.region))
            names.append(endpoint.region);
    }
    names.sort();
    return names;
}

bool KeystoneCatalog::hasRegion(const QString &region) const
{
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.region == region)
            return true;
    }
    return false;
}

} // namespace podnet
