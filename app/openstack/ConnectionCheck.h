// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpFailure.h"
#include "openstack/ConnectionCheckResult.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace podnet {

class KeystoneSession;

/// The "Test connection" job: signs in (when the session has no valid token), then asks Neutron
/// for its extensions. Reports once per start(): finished() or failed(). A 401 from Neutron
/// gets one fresh token and one retry. A Neutron without allowed-address-pairs is a failure.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    /// \a session is not owned and must outlive the check.
    explicit ConnectionCheck(KeystoneSession *session, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    /// Starts the check; a check still running is abandoned and reports nothing.
    void start();
    bool isRunning() const { return m_running; }
    /// What was found so far; complete after finished(), partial after failed().
    ConnectionCheckResult result() const { return m_result; }

Q_SIGNALS:
    void finished(const podnet::ConnectionCheckResult &result);
    void failed(const podnet::HttpFailure &failure);

private:
    void authenticate();
    void requestExtensions();
    void onExtensions(QNetworkReply *reply);
    void evaluate(const QUrl &url, const QByteArray &body);
    void fail(const HttpFailure &failure);
    void stopWaitingForSession();
    void abortReply();

    KeystoneSession *m_session;
    QPointer<QNetworkReply> m_reply;
    QMetaObject::Connection m_onAuthenticated;
    QMetaObject::Connection m_onAuthenticationFailed;
    ConnectionCheckResult m_result;
    bool m_running = false;
    bool m_reauthenticated = false;
};

} // namespace podnet
