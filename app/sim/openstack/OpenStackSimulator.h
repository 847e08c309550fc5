// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenStackStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

namespace podnet::sim {

class HttpExchange;
class KeystoneService;
class NeutronService;
class NovaService;
class SimHttpServer;

/// A small OpenStack cloud on one 127.0.0.1 port (plain HTTP): Keystone v3 under /identity,
/// Neutron v2.0 under /network and Nova v2.1 under /compute, with a catalog that points at
/// them. Build its state through store() (or loadLab()), then point a client at authUrl().
/// For tests it injects faults and counts requests per method and path.
class OpenStackSimulator : public QObject
{
    Q_OBJECT
public:
    explicit OpenStackSimulator(QObject *parent = nullptr);
    ~OpenStackSimulator() override;

    /// Starts serving on 127.0.0.1:\a port (0: any free port). False on failure.
    bool start(quint16 port = 0);
    QString errorString() const;
    /// http://127.0.0.1:PORT
    QUrl baseUrl() const;
    /// http://127.0.0.1:PORT/identity/v3 (what OS_AUTH_URL should be).
    QUrl authUrl() const;
    /// The only region, "RegionOne".
    QString regionName() const { return QStringLiteral("RegionOne"); }

    OpenStackStore &store() { return m_store; }
    const OpenStackStore &store() const { return m_store; }
    /// Neutron's switches: extensions on/off, most pairs per port.
    NeutronService &neutron();

    /// Fills the store with the tutorial's lab (see OpenStackLab).
    void loadLab();

    /// How long new tokens live.
    void setTokenLifetime(std::chrono::seconds lifetime) { m_store.setTokenLifetime(lifetime); }
    /// Every token issued so far expires now; the next Neutron or Nova call gets 401.
    void expireTokensNow() { m_store.expireAllTokens(); }

    /// The next \a count requests whose method is \a method (empty: any) and whose path fully
    /// matches the regular expression \a pathPattern answer \a status with a generic body.
    void failNext(const QByteArray &method, const QString &pathPattern, int status, int count = 1);
    /// ... are dropped: the connection closes without an answer.
    void dropNext(const QByteArray &method, const QString &pathPattern, int count = 1);
    /// ... are answered normally after \a delay.
    void delayNext(const QByteArray &method, const QString &pathPattern,
                   std::chrono::milliseconds delay, int count = 1);
    void clearFaults() { m_faults.clear(); }

    /// Requests received so far whose method is \a method (empty: any) and whose path fully
    /// matches \a pathPattern (e.g. "/network/v2.0/ports/.*").
    int requestCount(const QByteArray &method, const QString &pathPattern) const;
    /// Every request so far as "METHOD /path?query", oldest first.
    QStringList requestLog() const { return m_log; }
    void resetCounters() { m_log.clear(); }

Q_SIGNALS:
    /// A request was answered (after any injected delay) with \a status.
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    enum class FaultKind { Status, Drop, Delay };
    struct Fault
    {
        QByteArray method;
        QRegularExpression path;
        FaultKind kind = FaultKind::Status;
        int status = 500;
        std::chrono::milliseconds delay {0};
        int remaining = 1;
    };

    void handle(HttpExchange *exchange);
    void answer(HttpExchange *exchange);
    void addFault(Fault fault);

    OpenStackStore m_store;
    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<KeystoneService> m_keystone;
    std::unique_ptr<NeutronService> m_neutron;
    std::unique_ptr<NovaService> m_nova;
    QList<Fault> m_faults;
    QStringList m_log;
    QList<QPair<QByteArray, QString>> m_counted;
};

} // namespace podnet::sim
