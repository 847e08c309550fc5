// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoopbackHttpServer.h"

#include "openstack/CloudCredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Keystone answers for the OpenStack tests: a token body with a catalog that points back at the
// loopback server, and credentials aimed at it.
namespace podnet::test::keystone {

inline const QString password = QStringLiteral("s3cr3t-Pa55word!");
inline const QByteArray subjectToken = QByteArrayLiteral("gAAAAAB-test-token");
inline const QString tokensPath = QStringLiteral("/v3/auth/tokens");

inline QJsonObject endpoint(const LoopbackHttpServer &server, const QString &interface,
                            const QString &region, const QString &path)
{
    return {{QStringLiteral("id"), QString(path + interface)},
            {QStringLiteral("interface"), interface},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("region"), region},
            {QStringLiteral("url"), server.url(path).toString()}};
}

inline QJsonObject service(const QString &type, const QJsonArray &endpoints)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("name"), type},
            {QStringLiteral("endpoints"), endpoints}};
}

/// network: public+internal in RegionOne, public in RegionTwo; compute: public in RegionOne.
inline QJsonArray standardCatalog(const LoopbackHttpServer &server)
{
    return {
            service(QStringLiteral("identity"),
                    {endpoint(server, QStringLiteral("public"), QStringLiteral("RegionOne"),
                              QStringLiteral("/v3"))}),
            service(QStringLiteral("network"),
                    {endpoint(server, QStringLiteral("public"), QStringLiteral("RegionOne"),
                              QStringLiteral("/network")),
                     endpoint(server, QStringLiteral("internal"), QStringLiteral("RegionOne"),
                              QStringLiteral("/network-internal")),
                     endpoint(server, QStringLiteral("public"), QStringLiteral("RegionTwo"),
                              QStringLiteral("/network-two"))}),
            service(QStringLiteral("compute"),
                    {endpoint(server, QStringLiteral("public"), QStringLiteral("RegionOne"),
                              QStringLiteral("/compute/v2.1"))}),
    };
}

inline QByteArray tokenBody(const QJsonArray &catalog,
                            const QString &expiresAt
                            = QStringLiteral("2099-01-02T03:04:05.123456Z"))
{
    const QJsonObject domain {{QStringLiteral("id"), QStringLiteral("default")},
                              {QStringLiteral("name"), QStringLiteral("Default")}};
    const QJsonObject token {
            {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
            {QStringLiteral("expires_at"), expiresAt},
            {QStringLiteral("issued_at"), QStringLiteral("2026-01-01T00:00:00.000000Z")},
            {QStringLiteral("user"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("u-1234")},
                          {QStringLiteral("name"), QStringLiteral("demo")},
                          {QStringLiteral("domain"), domain}}},
            {QStringLiteral("project"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("p-5678")},
                          {QStringLiteral("name"), QStringLiteral("k8s")},
                          {QStringLiteral("domain"), domain}}},
            {QStringLiteral("catalog"), catalog},
    };
    return QJsonDocument(QJsonObject {{QStringLiteral("token"), token}}).toJson();
}

inline LoopbackHttpServer::Route tokenRoute(const QByteArray &body)
{
    return {.status = 201,
            .body = body,
            .headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("X-Subject-Token"), subjectToken}}};
}

inline void routeToken(LoopbackHttpServer &server)
{
    server.route(tokensPath, tokenRoute(tokenBody(standardCatalog(server))));
}

inline CloudCredentials credentials(const LoopbackHttpServer &server)
{
    CloudCredentials c;
    c.authUrl = server.url(QStringLiteral("/v3"));
    c.username = QStringLiteral("demo");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("k8s");
    c.projectDomainName = QStringLiteral("Default");
    c.regionName = QStringLiteral("RegionOne");
    c.secret = password;
    return c;
}

} // namespace podnet::test::keystone
