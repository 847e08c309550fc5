// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QJsonArray;

namespace podnet {

/// The service catalog of a Keystone v3 token (token.catalog): which endpoint serves which
/// service type, through which interface, in which region.
class KeystoneCatalog
{
public:
    struct Endpoint
    {
        QString serviceType; ///< "network", "compute", "identity", …
        QString interface;   ///< "public", "internal" or "admin"
        QString region;      ///< region_id, or the legacy region
        QUrl url;
    };

    KeystoneCatalog() = default;
    /// Reads token.catalog; entries without a type or a valid URL are skipped.
    static KeystoneCatalog fromJson(const QJsonArray &catalog);

    bool isEmpty() const { return m_endpoints.isEmpty(); }
    QList<Endpoint> endpoints() const { return m_endpoints; }

    /// The first endpoint of \a serviceType through \a interface (empty: "public"; the v2 forms
    /// "publicURL" etc. match too) in \a region (empty: any region); an empty URL when none.
    QUrl endpoint(const QString &serviceType, const QString &interface,
                  const QString &region) const;
    /// The region of the endpoint endpoint() would choose; empty when none.
    QString endpointRegion(const QString &serviceType, const QString &interface,
                           const QString &region) const;
    /// Every region named by any endpoint, sorted, without duplicates.
    QStringList regions() const;
    /// Whether any endpoint lies in \a region.
    bool hasRegion(const QString &region) const;

    /// "public" for "", "public" and "publicURL"; lower case otherwise.
    static QString normalizedInterface(const QString &interface);

private:
    const Endpoint *find(const QString &serviceType, const QString &interface,
                         const QString &region) const;

    QList<Endpoint> m_endpoints;
};

} // namespace podnet
