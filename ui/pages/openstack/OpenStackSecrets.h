// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>

namespace podnet {

struct CloudCredentials;
class SecretJob;

/// The OpenStack page's use of the keychain: looks up a secret the import lacked, saves one that
/// passed the connection test, forgets it on request, and says in one translated line what
/// happened. Without a keychain the secret stays in memory only, and the line says so plainly.
class OpenStackSecrets : public QObject
{
    Q_OBJECT
public:
    explicit OpenStackSecrets(QObject *parent = nullptr);

    /// Looks up the secret saved for \a credentials; reports through loaded().
    void load(const CloudCredentials &credentials);
    /// Saves the secret of \a credentials (nothing happens without one).
    void store(const CloudCredentials &credentials);
    /// Removes the secret saved for \a credentials.
    void remove(const CloudCredentials &credentials);
    /// Ignores the answer of a lookup in flight (the values changed meanwhile).
    void abandonLoad();
    bool isLoading() const { return m_note == Note::Loading; }

    /// What happened last, translated now; empty when there is nothing to say.
    QString status() const;
    /// The keychain's own words about a failure; empty otherwise.
    QString statusDetail() const { return m_detail; }

Q_SIGNALS:
    /// The secret was found in the keychain.
    void loaded(const QString &secret);
    void statusChanged();

private:
    enum class Note { None, Loading, Loaded, NotFound, NoKeychain, Stored, Removed, Failed };

    void watch(SecretJob *job);
    void onFinished(SecretJob *job);
    void setNote(Note note, const QString &who = {}, const QString &message = {},
                 const QString &detail = {});

    SecretStore m_store;
    QString m_loadingKey; ///< the key being looked up; an answer for another one is stale
    Note m_note = Note::None;
    QString m_who;
    QString m_message;
    QString m_detail;
};

} // namespace podnet
