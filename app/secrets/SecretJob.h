// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace podnet {

/// One store, load or remove of a secret in the OS keychain, made by SecretStore. Starts on its
/// own once control returns to the event loop, reports once through finished() and then deletes
/// itself. Nothing is ever written anywhere else: without a keychain the outcome is NoKeychain.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Store, Load, Remove };
    enum class Outcome {
        Pending,    ///< not finished yet
        Ok,         ///< stored, loaded (see secret()) or removed
        NotFound,   ///< nothing is stored under the key
        NoKeychain, ///< no Secret Service or KWallet runs: keep the secret in memory only
        Failed,     ///< the keychain refused or failed; see message() and detail()
    };
    Q_ENUM(Outcome)

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    Outcome outcome() const { return m_outcome; }
    /// The loaded secret (Load with outcome Ok); empty otherwise.
    QString secret() const { return m_secret; }
    /// Translated: what happened and what to do; empty when the outcome is Ok.
    QString message() const { return m_message; }
    /// The keychain's own words, for a details section; never contains the secret.
    QString detail() const { return m_detail; }

Q_SIGNALS:
    /// Emitted once; the job deletes itself afterwards.
    void finished(podnet::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString &service, const QString &key,
              const QString &secret, QObject *parent);

    void start();
    void keychainFinished(QKeychain::Job *job);
    void probeForKeychain(const QString &detail);
    void probeActivatable(const QString &detail);
    void finish(Outcome outcome, const QString &detail = {});
    QString messageFor(Outcome outcome) const;

    Operation m_operation;
    QString m_service;
    QString m_key;
    QString m_secret;
    Outcome m_outcome = Outcome::Pending;
    QString m_message;
    QString m_detail;
};

} // namespace podnet
