// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include "openstack/CloudCredentials.h"
#include "secrets/SecretJob.h"

#include <QCoreApplication>

namespace podnet {

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QCoreApplication::applicationName(), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

QString SecretStore::openStackKey(const CloudCredentials &credentials)
{
    return QLatin1String("openstack/") + credentials.identityKey();
}

SecretJob *SecretStore::store(const QString &key, const QString &secret)
{
    return new SecretJob(SecretJob::Operation::Store, m_service, key, secret, this);
}

SecretJob *SecretStore::load(const QString &key)
{
    return new SecretJob(SecretJob::Operation::Load, m_service, key, {}, this);
}

SecretJob *SecretStore::remove(const QString &key)
{
    return new SecretJob(SecretJob::Operation::Remove, m_service, key, {}, this);
}

} // namespace podnet
