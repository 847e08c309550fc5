// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SecretJob.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace podnet {

namespace {

// The D-Bus names of the keychains QtKeychain talks to on Linux.
bool namesKeychain(const QStringList &names)
{
    for (const QString &name : names) {
        if (name == QLatin1String("org.freedesktop.secrets")
            || name.startsWith(QLatin1String("org.kde.kwalletd")))
            return true;
    }
    return false;
}

QDBusMessage busCall(const char *method)
{
    return QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QLatin1String(method));
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &service, const QString &key,
                     const QString &secret, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(service)
    , m_key(key)
    , m_secret(secret)
{
    // Started from the event loop, so the caller can connect to finished() first even when
    // QtKeychain answers at once.
    QTimer::singleShot(0, this, &SecretJob::start);
}

void SecretJob::start()
{
    if (m_key.isEmpty()) {
        finish(Outcome::Failed, QStringLiteral("empty key"));
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Store: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_secret);
        m_secret.clear();
        job = write;
        break;
    }
    case Operation::Load:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // QtKeychain's own callbacks may still reach its job after we are gone, so it deletes itself
    // and is not our child; the context object below stops it from calling us.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, &SecretJob::keychainFinished);
    job->start();
}

void SecretJob::keychainFinished(QKeychain::Job *job)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (m_operation == Operation::Load)
            m_secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        finish(Outcome::Ok);
        return;
    case QKeychain::EntryNotFound:
        finish(Outcome::NotFound, detail);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(Outcome::NoKeychain, detail);
        return;
    case QKeychain::OtherError:
        // libsecret reports a missing Secret Service or session bus as a plain error, in words
        // that may be translated; ask the bus itself instead of reading them.
        probeForKeychain(detail);
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    finish(Outcome::Failed, detail);
}

void SecretJob::probeForKeychain(const QString &detail)
{
    // Connecting to the session bus is a local socket handshake that QtKeychain has just done.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(Outcome::NoKeychain, detail);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(busCall("ListNames")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, detail](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                if (reply.isError())
                    finish(Outcome::NoKeychain, detail);
                else if (namesKeychain(reply.value()))
                    finish(Outcome::Failed, detail);
                else
                    probeActivatable(detail);
            });
}

void SecretJob::probeActivatable(const QString &detail)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto *watcher
            = new QDBusPendingCallWatcher(bus.asyncCall(busCall("ListActivatableNames")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, detail](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                const bool keychain = !reply.isError() && namesKeychain(reply.value());
                finish(keychain ? Outcome::Failed : Outcome::NoKeychain, detail);
            });
}

void SecretJob::finish(Outcome outcome, const QString &detail)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    if (outcome != Outcome::Ok || m_operation != Operation::Load)
        m_secret.clear();
    m_message = messageFor(outcome);
    m_detail = detail;
    Q_EMIT finished(this);
    deleteLater();
}

QString SecretJob::messageFor(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Pending:
    case Outcome::Ok:
        return {};
    case Outcome::NotFound:
        return m_operation == Operation::Load
                ? tr("No secret is saved in the keychain for %1. Enter it.").arg(m_key)
                : tr("No secret was saved in the keychain for %1; there is nothing to remove.")
                          .arg(m_key);
    case Outcome::NoKeychain:
        return tr("No keychain (Secret Service or KWallet) is available, so the secret is kept in "
                  "memory only and must be entered again next time. Start your desktop's "
                  "keyring to have it remembered.");
    case Outcome::Failed:
        break;
    }
    switch (m_operation) {
    case Operation::Store:
        return tr("The keychain did not save the secret for %1; it is kept in memory only. "
                  "Unlock the keychain and try again.")
                .arg(m_key);
    case Operation::Load:
        return tr("The keychain did not give out the secret for %1. Unlock the keychain and try "
                  "again, or enter the secret.")
                .arg(m_key);
    case Operation::Remove:
        break;
    }
    return tr("The keychain did not remove the secret for %1. Remove it with your keychain "
              "application (service \"%2\").")
            .arg(m_key, m_service);
}

} // namespace podnet
