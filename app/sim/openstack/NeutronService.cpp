// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NeutronService.h"

#include "NeutronPortCreate.h"
#include "NeutronPortUpdate.h"
#include "OpenStackStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace podnet::sim {

namespace {

QString neutronTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

struct Extension
{
    const char *alias;
    const char *name;
    const char *description;
};

// The three the wizard depends on first (each can be turned off), then a few standard ones.
constexpr Extension knownExtensions[] = {
        {"allowed-address-pairs", "Allowed Address Pairs", "Provides allowed address pairs"},
        {"port-security", "Port Security", "Provides port security"},
        {"revision-if-match", "If-Match constraints based on revision_number",
         "Extension indicating that If-Match based on revision_number is supported."},
        {"standard-attr-revisions", "Resource revision numbers",
         "This extension will display the revision number of neutron resources."},
        {"standard-attr-timestamp", "Resource timestamps",
         "Adds created_at and updated_at fields to all Neutron resources that have Neutron "
         "standard attributes."},
        {"standard-attr-description", "standard-attr-description",
         "Extension to add descriptions to standard attributes"},
        {"project-id", "project_id field enabled",
         "Extension that indicates that project_id field is enabled."},
        {"binding", "Port Binding",
         "Expose port bindings of a virtual port to external application"},
        {"security-group", "security-group", "The security groups extension."},
        {"external-net", "Neutron external network",
         "Adds external network attribute to network resource."},
};

const QStringList portFilters = {QStringLiteral("id"),
                                 QStringLiteral("name"),
                                 QStringLiteral("network_id"),
                                 QStringLiteral("tenant_id"),
                                 QStringLiteral("project_id"),
                                 QStringLiteral("mac_address"),
                                 QStringLiteral("admin_state_up"),
                                 QStringLiteral("status"),
                                 QStringLiteral("device_id"),
                                 QStringLiteral("device_owner"),
                                 QStringLiteral("fixed_ips"),
                                 QStringLiteral("description"),
                                 QStringLiteral("revision_number"),
                                 QStringLiteral("binding:host_id")};
const QStringList paginationKeys
        = {QStringLiteral("fields"),       QStringLiteral("limit"),    QStringLiteral("marker"),
           QStringLiteral("page_reverse"), QStringLiteral("sort_key"), QStringLiteral("sort_dir")};

QString filterText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// One filter key against one resource: exact match, any value (OR).
bool matches(const QJsonObject &resource, const QString &key, const QStringList &values)
{
    if (key == QStringLiteral("fixed_ips")) {
        const QJsonArray ips = resource.value(key).toArray();
        for (const QString &wanted : values) {
            const QString field = wanted.section(QLatin1Char('='), 0, 0);
            const QString expected = wanted.section(QLatin1Char('='), 1);
            for (const QJsonValue &ip : ips) {
                if (ip.toObject().value(field).toString() == expected)
                    return true;
            }
        }
        return false;
    }
    const QString actual = filterText(resource.value(key));
    for (const QString &wanted : values) {
        if (actual.compare(wanted,
                           resource.value(key).isBool() ? Qt::CaseInsensitive : Qt::CaseSensitive)
            == 0)
            return true;
    }
    return false;
}

QJsonObject onlyFields(const QJsonObject &object, const QStringList &fields)
{
    if (fields.isEmpty())
        return object;
    QJsonObject result;
    for (const QString &field : fields) {
        if (object.contains(field))
            result.insert(field, object.value(field));
    }
    return result;
}

} // namespace

NeutronService::NeutronService(OpenStackStore &store, const QUrl &baseUrl)
    : m_store(store)
    , m_baseUrl(baseUrl)
{ }

void NeutronService::setExtensionEnabled(const QString &alias, bool enabled)
{
    if (enabled)
        m_disabled.remove(alias);
    else
        m_disabled.insert(alias);
}

OsResponse NeutronService::error(int status, const QString &type, const QString &message)
{
    return OsResponse::json(status,
                            {{QStringLiteral("NeutronError"),
                              QJsonObject {{QStringLiteral("type"), type},
                                           {QStringLiteral("message"), message},
                                           {QStringLiteral("detail"), QString()}}}});
}

bool NeutronService::canSee(const OsToken &token, const OsPort &port)
{
    return token.isAdmin() || port.projectId == token.projectId;
}

bool NeutronService::canUse(const OsToken &token, const OsNetwork &network)
{
    return token.isAdmin() || network.projectId == token.projectId || network.shared
            || network.external;
}

QUrl NeutronService::networkUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/network") + path);
    return url;
}

OsResponse NeutronService::versions() const
{
    const QJsonObject version {
            {QStringLiteral("id"), QStringLiteral("v2.0")},
            {QStringLiteral("status"), QStringLiteral("CURRENT")},
            {QStringLiteral("links"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("href"), networkUrl(QStringLiteral("/v2.0/")).toString()},
                     {QStringLiteral("rel"), QStringLiteral("self")}}}}};
    return OsResponse::json(200, {{QStringLiteral("versions"), QJsonArray {version}}});
}

OsResponse NeutronService::handle(const HttpRequest &request, const QString &subPath,
                                  const OsToken &token)
{
    QString path = subPath;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QStringLiteral(".json")))
        path.chop(5);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    const OsResponse notFound = error(404, QStringLiteral("HTTPNotFound"),
                                      QStringLiteral("The resource could not be found."));
    if (parts.value(0) != QStringLiteral("v2.0"))
        return notFound;
    const QString collection = parts.value(1);
    if (parts.size() == 1 && method == "GET") {
        QJsonArray resources;
        for (const QString &name : {QStringLiteral("network"), QStringLiteral("port")}) {
            resources.append(QJsonObject {
                    {QStringLiteral("name"), name},
                    {QStringLiteral("collection"), QString(name + QLatin1Char('s'))},
                    {QStringLiteral("links"),
                     QJsonArray {QJsonObject {{QStringLiteral("href"),
                                               networkUrl(QString(QStringLiteral("/v2.0/") + name
                                                                  + QLatin1Char('s')))
                                                       .toString()},
                                              {QStringLiteral("rel"), QStringLiteral("self")}}}}});
        }
        return OsResponse::json(200, {{QStringLiteral("resources"), resources}});
    }
    if (collection == QStringLiteral("extensions") && method == "GET" && parts.size() <= 3)
        return extensions(parts.value(2));
    if (collection == QStringLiteral("networks") && method == "GET") {
        if (parts.size() == 2)
            return listNetworks(request, token);
        if (parts.size() == 3)
            return showNetwork(parts.at(2), token);
    }
    if (collection == QStringLiteral("ports")) {
        if (parts.size() == 2 && method == "GET")
            return listPorts(request, token);
        if (parts.size() == 2 && method == "POST")
            return NeutronPortCreate(m_store, *this).apply(request, token);
        if (parts.size() == 3 && method == "GET")
            return showPort(request, parts.at(2), token);
        if (parts.size() == 3 && method == "PUT")
            return NeutronPortUpdate(m_store, *this).apply(request, parts.at(2), token);
        if (parts.size() == 3 && method == "DELETE")
            return deletePort(parts.at(2), token);
        if (parts.size() <= 3)
            return error(405, QStringLiteral("HTTPMethodNotAllowed"),
                         QStringLiteral("The method is not allowed for this resource."));
    }
    return notFound;
}

OsResponse NeutronService::extensions(const QString &alias) const
{
    QJsonArray list;
    for (const Extension &extension : knownExtensions) {
        const QString name = QLatin1String(extension.alias);
        if (!isExtensionEnabled(name))
            continue;
        const QJsonObject object {
                {QStringLiteral("alias"), name},
                {QStringLiteral("name"), QLatin1String(extension.name)},
                {QStringLiteral("description"), QLatin1String(extension.description)},
                {QStringLiteral("updated"), QStringLiteral("2013-01-01T10:00:00-00:00")},
                {QStringLiteral("links"), QJsonArray()}};
        if (alias == name)
            return OsResponse::json(200, {{QStringLiteral("extension"), object}});
        list.append(object);
    }
    if (!alias.isEmpty()) {
        return error(404, QStringLiteral("HTTPNotFound"),
                     QStringLiteral("Extension with alias %1 does not exist").arg(alias));
    }
    return OsResponse::json(200, {{QStringLiteral("extensions"), list}});
}

QJsonObject NeutronService::networkJson(const OsNetwork &network) const
{
    QJsonObject object {
            {QStringLiteral("id"), network.id},
            {QStringLiteral("name"), network.name},
            {QStringLiteral("tenant_id"), network.projectId},
            {QStringLiteral("project_id"), network.projectId},
            {QStringLiteral("shared"), network.shared},
            {QStringLiteral("router:external"), network.external},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("admin_state_up"), true},
            {QStringLiteral("mtu"), 1450},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("revision_number"), 1},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("availability_zones"), QJsonArray {QStringLiteral("nova")}},
            {QStringLiteral("subnets"),
             network.subnetId.isEmpty() ? QJsonArray() : QJsonArray {network.subnetId}}};
    if (isExtensionEnabled(QStringLiteral("port-security")))
        object.insert(QStringLiteral("port_security_enabled"), network.portSecurityEnabled);
    return object;
}

OsResponse NeutronService::listNetworks(const HttpRequest &request, const OsToken &token) const
{
    QJsonArray result;
    const QStringList fields = request.queryValues(QStringLiteral("fields"));
    for (const OsNetwork &network : m_store.networks()) {
        if (!canUse(token, network))
            continue;
        const QJsonObject object = networkJson(network);
        bool keep = true;
        for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
            if (!paginationKeys.contains(item.first) && object.contains(item.first))
                keep = keep && matches(object, item.first, request.queryValues(item.first));
        }
        if (keep)
            result.append(onlyFields(object, fields));
    }
    return OsResponse::json(200, {{QStringLiteral("networks"), result}});
}

OsResponse NeutronService::showNetwork(const QString &id, const OsToken &token) const
{
    const OsNetwork *network = m_store.network(id);
    if (!network || !canUse(token, *network)) {
        return error(404, QStringLiteral("NetworkNotFound"),
                     QStringLiteral("Network %1 could not be found.").arg(id));
    }
    return OsResponse::json(200, {{QStringLiteral("network"), networkJson(*network)}});
}

QJsonObject NeutronService::portJson(const OsPort &port) const
{
    QJsonArray fixedIps;
    for (const OsPort::FixedIp &ip : port.fixedIps) {
        fixedIps.append(QJsonObject {{QStringLiteral("subnet_id"), ip.subnetId},
                                     {QStringLiteral("ip_address"), ip.ipAddress}});
    }
    QJsonObject object {{QStringLiteral("id"), port.id},
                        {QStringLiteral("name"), port.name},
                        {QStringLiteral("network_id"), port.networkId},
                        {QStringLiteral("tenant_id"), port.projectId},
                        {QStringLiteral("project_id"), port.projectId},
                        {QStringLiteral("mac_address"), port.macAddress},
                        {QStringLiteral("admin_state_up"), port.adminStateUp},
                        {QStringLiteral("status"), port.status},
                        {QStringLiteral("device_id"), port.deviceId},
                        {QStringLiteral("device_owner"), port.deviceOwner},
                        {QStringLiteral("fixed_ips"), fixedIps},
                        {QStringLiteral("description"), port.description},
                        {QStringLiteral("extra_dhcp_opts"), QJsonArray()},
                        {QStringLiteral("security_groups"), QJsonArray()},
                        {QStringLiteral("binding:vnic_type"), QStringLiteral("normal")},
                        {QStringLiteral("binding:host_id"), port.hostId},
                        {QStringLiteral("ip_allocation"), QStringLiteral("immediate")},
                        {QStringLiteral("tags"), QJsonArray()},
                        {QStringLiteral("revision_number"), port.revisionNumber},
                        {QStringLiteral("created_at"), neutronTime(port.createdAt)},
                        {QStringLiteral("updated_at"), neutronTime(port.updatedAt)}};
    if (isExtensionEnabled(QStringLiteral("port-security")))
        object.insert(QStringLiteral("port_security_enabled"), port.portSecurityEnabled);
    if (isExtensionEnabled(QStringLiteral("allowed-address-pairs"))) {
        QJsonArray pairs;
        for (const OsPort::AddressPair &pair : port.allowedAddressPairs) {
            pairs.append(QJsonObject {{QStringLiteral("ip_address"), pair.ipAddress},
                                      {QStringLiteral("mac_address"), pair.macAddress}});
        }
        object.insert(QStringLiteral("allowed_address_pairs"), pairs);
    }
    return object;
}

OsResponse NeutronService::listPorts(const HttpRequest &request, const OsToken &token) const
{
    const QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
    QStringList filterKeys;
    for (const auto &item : items) {
        if (paginationKeys.contains(item.first))
            continue;
        if (!portFilters.contains(item.first)) {
            return error(400, QStringLiteral("HTTPBadRequest"),
                         QStringLiteral("[%1] is invalid attribute for filtering").arg(item.first));
        }
        if (!filterKeys.contains(item.first))
            filterKeys.append(item.first);
    }
    QList<OsPort> visible;
    for (const OsPort &port : m_store.ports()) {
        if (canSee(token, port))
            visible.append(port);
    }
    // A stable order, so that markers mean the same on every page (Neutron pages by id).
    std::sort(visible.begin(), visible.end(),
              [](const OsPort &a, const OsPort &b) { return a.id < b.id; });

    const QString marker
            = request.query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    bool limitOk = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    const bool paged = limitOk && limit > 0;
    if (request.query.hasQueryItem(QStringLiteral("limit")) && (!limitOk || limit < 0)) {
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Bad limit request: Limit must be an integer 0 or greater "
                                    "and not '%1'.")
                             .arg(request.query.queryItemValue(QStringLiteral("limit"))));
    }
    const QStringList fields = request.queryValues(QStringLiteral("fields"));
    bool started = marker.isEmpty();
    QJsonArray page;
    QString lastId;
    for (const OsPort &port : visible) {
        if (!started) {
            started = port.id == marker;
            continue;
        }
        const QJsonObject object = portJson(port);
        bool keep = true;
        for (const QString &key : filterKeys)
            keep = keep && matches(object, key, request.queryValues(key));
        if (!keep)
            continue;
        if (paged && page.size() == limit)
            break;
        page.append(onlyFields(object, fields));
        lastId = port.id;
    }
    QJsonObject body {{QStringLiteral("ports"), page}};
    if (paged && page.size() == limit) {
        // Neutron offers "next" whenever a page is full, hence the extra empty page.
        QUrlQuery next;
        for (const auto &item : items) {
            if (item.first != QStringLiteral("marker") && item.first != QStringLiteral("limit"))
                next.addQueryItem(item.first, item.second);
        }
        next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        next.addQueryItem(QStringLiteral("marker"), lastId);
        QUrl url = networkUrl(QStringLiteral("/v2.0/ports"));
        url.setQuery(next);
        body.insert(QStringLiteral("ports_links"),
                    QJsonArray {QJsonObject {{QStringLiteral("href"), url.toString()},
                                             {QStringLiteral("rel"), QStringLiteral("next")}}});
    }
    return OsResponse::json(200, body);
}

OsResponse NeutronService::showPort(const HttpRequest &request, const QString &id,
                                    const OsToken &token) const
{
    const OsPort *port = m_store.port(id);
    if (!port || !canSee(token, *port)) {
        return error(404, QStringLiteral("PortNotFound"),
                     QStringLiteral("Port %1 could not be found.").arg(id));
    }
    return OsResponse::json(
            200,
            {{QStringLiteral("port"),
              onlyFields(portJson(*port), request.queryValues(QStringLiteral("fields")))}});
}

OsResponse NeutronService::deletePort(const QString &id, const OsToken &token)
{
    const OsPort *port = m_store.port(id);
    if (!port || !canSee(token, *port)) {
        return error(404, QStringLiteral("PortNotFound"),
                     QStringLiteral("Port %1 could not be found.").arg(id));
    }
    m_store.removePort(id);
    return {204, {}, {}, {}};
}

} // namespace podnet::sim
