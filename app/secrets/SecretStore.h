// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace podnet {

struct CloudCredentials;
class SecretJob;

/// Keeps secrets (passwords, application-credential secrets, tokens) in the OS keychain through
/// QtKeychain, under one service name and generic keys such as "openstack/<cloud>/<user>" or
/// "kube/<context>/<user>". Every call returns a SecretJob that reports once; there is never a
/// plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    /// Uses the application name as the service (see applyAppIdentity(): "podnet-wizard").
    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    /// The key for an OpenStack secret: "openstack/" + CloudCredentials::identityKey().
    static QString openStackKey(const CloudCredentials &credentials);

    /// Saves \a secret under \a key, replacing what was there.
    SecretJob *store(const QString &key, const QString &secret);
    /// Reads the secret under \a key (SecretJob::secret()).
    SecretJob *load(const QString &key);
    /// Removes the secret under \a key.
    SecretJob *remove(const QString &key);

private:
    QString m_service;
};

} // namespace podnet
