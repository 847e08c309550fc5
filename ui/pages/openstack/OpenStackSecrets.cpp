// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenStackSecrets.h"

#include "openstack/CloudCredentials.h"
#include "secrets/SecretJob.h"

namespace podnet {

OpenStackSecrets::OpenStackSecrets(QObject *parent)
    : QObject(parent)
{ }

void OpenStackSecrets::watch(SecretJob *job)
{
    connect(job, &SecretJob::finished, this, &OpenStackSecrets::onFinished);
}

void OpenStackSecrets::load(const CloudCredentials &credentials)
{
    m_loadingKey = SecretStore::openStackKey(credentials);
    setNote(Note::Loading, credentials.identityKey());
    watch(m_store.load(m_loadingKey));
}

void OpenStackSecrets::store(const CloudCredentials &credentials)
{
    if (credentials.hasSecret())
        watch(m_store.store(SecretStore::openStackKey(credentials), credentials.secret));
}

void OpenStackSecrets::remove(const CloudCredentials &credentials)
{
    watch(m_store.remove(SecretStore::openStackKey(credentials)));
}

void OpenStackSecrets::abandonLoad()
{
    m_loadingKey.clear();
    if (m_note == Note::Loading)
        setNote(Note::None);
}

void OpenStackSecrets::onFinished(SecretJob *job)
{
    const QString who = job->key().section(QLatin1Char('/'), 1);
    const SecretJob::Outcome outcome = job->outcome();
    const bool isLoad = job->operation() == SecretJob::Operation::Load;
    if (isLoad) {
        if (job->key() != m_loadingKey)
            return; // abandoned, or superseded by a later lookup
        m_loadingKey.clear();
    }
    switch (outcome) {
    case SecretJob::Outcome::Pending:
        return;
    case SecretJob::Outcome::NoKeychain:
        setNote(Note::NoKeychain);
        return;
    case SecretJob::Outcome::Failed:
        setNote(Note::Failed, who, job->message(), job->detail());
        return;
    case SecretJob::Outcome::NotFound:
        // Nothing to remove is no news; nothing to load means: type it in.
        setNote(isLoad ? Note::NotFound : Note::None, who);
        return;
    case SecretJob::Outcome::Ok:
        break;
    }
    switch (job->operation()) {
    case SecretJob::Operation::Load:
        setNote(Note::Loaded, who);
        Q_EMIT loaded(job->secret());
        return;
    case SecretJob::Operation::Store:
        setNote(Note::Stored, who);
        return;
    case SecretJob::Operation::Remove:
        setNote(Note::Removed, who);
        return;
    }
}

void OpenStackSecrets::setNote(Note note, const QString &who, const QString &message,
                               const QString &detail)
{
    m_note = note;
    m_who = who;
    m_message = message;
    m_detail = detail;
    Q_EMIT statusChanged();
}

QString OpenStackSecrets::status() const
{
    switch (m_note) {
    case Note::None:
        return {};
    case Note::Loading:
        return tr("The imported settings hold no secret; looking in the keychain for the one "
                  "saved for %1…",
                  "@info")
                .arg(m_who);
    case Note::Loaded:
        return tr("✔ The secret for %1 was taken from the keychain.", "@info").arg(m_who);
    case Note::NotFound:
        return tr("The imported settings hold no secret and none is saved in the keychain for "
                  "%1: enter it above.",
                  "@info")
                .arg(m_who);
    case Note::NoKeychain:
        return tr("No keychain is available: the secret is kept in memory only until you close "
                  "the wizard.",
                  "@info");
    case Note::Stored:
        return tr("✔ The secret for %1 is saved in the keychain.", "@info").arg(m_who);
    case Note::Removed:
        return tr("The secret for %1 was removed from the keychain.", "@info").arg(m_who);
    case Note::Failed:
        return m_message;
    }
    return {};
}

} // namespace podnet
