// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeRoute.h"

#include "KubeResourceCatalog.h"

#include <QStringList>

namespace podnet::sim {

std::optional<KubeRoute> KubeRoute::parse(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (segments.size() >= 2 && segments.first() == QLatin1String("api")) {
        version = segments.at(1);
        segments = segments.mid(2);
    } else if (segments.size() >= 3 && segments.first() == QLatin1String("apis")) {
        group = segments.at(1);
        version = segments.at(2);
        segments = segments.mid(3);
    } else {
        return std::nullopt;
    }
    if (segments.isEmpty())
        return std::nullopt;

    KubeRoute route;
    // /namespaces/NS/<plural>/... is a namespaced resource; /namespaces[/NAME] is the
    // Namespace object itself.
    if (segments.first() == QLatin1String("namespaces") && segments.size() >= 3
        && segments.at(2) != QLatin1String("status")
        && segments.at(2) != QLatin1String("finalize")) {
        route.ns = segments.at(1);
        segments = segments.mid(2);
        route.type = KubeResourceCatalog::find(group, version, segments.first());
        if (!route.type || !route.type->namespaced)
            return std::nullopt;
    } else {
        route.type = KubeResourceCatalog::find(group, version, segments.first());
        if (!route.type)
            return std::nullopt;
        // A namespaced type by name needs its namespace in the URL.
        if (route.type->namespaced && segments.size() > 1)
            return std::nullopt;
    }
    if (segments.size() > 3)
        return std::nullopt;
    route.name = segments.value(1);
    route.subresource = segments.value(2);
    if (!route.subresource.isEmpty() && route.subresource != QLatin1String("status"))
        return std::nullopt;
    return route;
}

} // namespace podnet::sim
