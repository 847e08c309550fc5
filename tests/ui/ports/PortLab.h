// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetupState.h"
#include "openstack/CloudCredentials.h"
#include "openstack/ConnectionCheckResult.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QAbstractItemModel>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace podnet::test {

/// Untranslated %n plurals read "2 port(s)"; the English .ts makes them "2 ports". Compare the
/// meaning either way: "1 x(s)" → "1 x", "n x(s)" → "n xs".
inline QString englishPlurals(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("\\b1 (\\w+)\\(s\\)")), QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

/// The tutorial's lab in the OpenStack simulator, logged in as its demo user, with the shared
/// state the port pages read (credentials, a connection check that found revision-if-match).
struct PortLab
{
    sim::OpenStackSimulator sim;
    QNetworkAccessManager network;
    SetupState state {&network};
    QTemporaryDir journalDir;

    bool start()
    {
        if (!sim.start() || !journalDir.isValid())
            return false;
        sim.loadLab();
        CloudCredentials credentials;
        credentials.authUrl = sim.authUrl();
        credentials.username = sim::OpenStackLab::userName;
        credentials.userDomainName = QStringLiteral("Default");
        credentials.projectName = sim::OpenStackLab::projectName;
        credentials.projectDomainName = QStringLiteral("Default");
        credentials.secret = sim::OpenStackLab::password;
        state.openStack()->setCredentials(credentials);
        ConnectionCheckResult check;
        check.allowedAddressPairs = true;
        check.portSecurity = true;
        check.revisionIfMatch = true;
        check.computeEndpoint = QUrl(sim.baseUrl().toString() + QStringLiteral("/compute/v2.1"));
        state.openStack()->setCheckResult(check);
        return true;
    }

    /// The id of the (first) port of the server named \a name.
    QString portOf(const QString &serverName) const
    {
        QString server;
        for (const sim::OsServer &s : sim.store().servers()) {
            if (s.name == serverName)
                server = s.id;
        }
        for (const sim::OsPort &port : sim.store().ports()) {
            if (!server.isEmpty() && port.deviceId == server)
                return port.id;
        }
        return {};
    }

    QStringList pairsOf(const QString &portId) const
    {
        QStringList list;
        if (const sim::OsPort *port = sim.store().port(portId)) {
            for (const auto &pair : port->allowedAddressPairs)
                list.append(pair.ipAddress);
        }
        list.sort();
        return list;
    }

    /// Every lab port's pairs, by port id.
    QHash<QString, QStringList> allPairs() const
    {
        QHash<QString, QStringList> all;
        for (const sim::OsPort &port : sim.store().ports())
            all.insert(port.id, pairsOf(port.id));
        return all;
    }

    /// Gives port \a portId the pair \a cidr, as someone else would (a new revision).
    void addPairBehindOurBack(const QString &portId, const QString &cidr)
    {
        sim::OsPort *port = sim.store().mutablePort(portId);
        port->allowedAddressPairs.append({cidr, port->macAddress});
        ++port->revisionNumber;
    }

    int puts() const { return sim.requestCount("PUT", QStringLiteral("/network/v2.0/ports/.*")); }

    /// The row of \a model whose column \a column shows \a text, or -1.
    static int rowWith(const QAbstractItemModel *model, int column, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }
};

} // namespace podnet::test
