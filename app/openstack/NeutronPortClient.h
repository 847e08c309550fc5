// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"
#include "openstack/PortFailure.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace podnet {

class KeystoneSession;

/// Reads and updates the ports of the session's project on Neutron. Always scoped with
/// project_id (admin credentials would otherwise list every project's ports) and trimmed with
/// fields=. A 401 makes the session authenticate once and the request go again; a second 401
/// fails. Results arrive through handlers, called only while their context object lives; the
/// client owns its replies and aborts them when destroyed.
class NeutronPortClient : public QObject
{
    Q_OBJECT
public:
    using PortsHandler = std::function<void(const QList<Port> &ports, const PortFailure &failure)>;
    using PortHandler = std::function<void(const Port &port, const PortFailure &failure)>;

    /// \a session is not owned and must outlive the client.
    explicit NeutronPortClient(KeystoneSession *session, QObject *parent = nullptr);
    ~NeutronPortClient() override;

    /// Ports per page when listing (limit=). Default 200.
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    /// The fields= values asked for.
    static QStringList fields();

    /// Lists every port of the project, following ports_links rel=next until there is no next
    /// link or a page is empty.
    void listPorts(QObject *context, PortsHandler handler);
    /// Reads one port.
    void getPort(const QString &portId, QObject *context, PortHandler handler);
    /// Replaces the port's allowed_address_pairs with \a pairs (and sends nothing else). With
    /// \a ifMatchRevision >= 0 sends If-Match: revision_number=N (412 on mismatch). The handler
    /// gets the port as Neutron stored it.
    void updateAllowedAddressPairs(const QString &portId, const QList<PortAddressPair> &pairs,
                                   qint64 ifMatchRevision, QObject *context, PortHandler handler);

    /// Requests on the wire now (not counting those waiting for a token).
    int requestsInFlight() const { return static_cast<int>(m_replies.size()); }

private:
    struct Call;
    struct Listing;

    void send(const std::shared_ptr<Call> &call);
    void waitForToken(const std::shared_ptr<Call> &call);
    void onFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    void fetchPage(const std::shared_ptr<Listing> &listing, const QString &marker);
    QUrl portUrl(const QString &portId) const;
    void failLater(const std::shared_ptr<Call> &call, const PortFailure &failure);

    KeystoneSession *m_session;
    int m_pageSize = 200;
    QSet<QNetworkReply *> m_replies;
    QList<std::shared_ptr<Call>> m_waiting;
};

} // namespace podnet
