// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NetworkSettings.h"

#include "net/ApiServerUrl.h"
#include "net/Cidr.h"

namespace podnet {

namespace {

QList<ValidationMessage> cidrMessages(const QString &text, const CidrParse &parsed)
{
    if (parsed.ok())
        return {};
    return {{ValidationMessage::Severity::Error, Cidr::describe(parsed.error, text),
             parsed.corrected.toString()}};
}

} // namespace

NetworkSettings::NetworkSettings(QObject *parent)
    : QObject(parent)
{ }

QString NetworkSettings::value(Field field) const
{
    switch (field) {
    case Field::ApiServerUrl:
        return m_apiServerUrl;
    case Field::ClusterCidr:
        return m_clusterCidr;
    case Field::ServiceCidr:
        return m_serviceCidr;
    }
    return {};
}

void NetworkSettings::setApiServerUrl(const QString &url)
{
    setValue(Field::ApiServerUrl, url);
}

void NetworkSettings::setClusterCidr(const QString &cidr)
{
    setValue(Field::ClusterCidr, cidr);
}

void NetworkSettings::setServiceCidr(const QString &cidr)
{
    setValue(Field::ServiceCidr, cidr);
}

void NetworkSettings::setValue(Field field, const QString &value)
{
    QString *slot = field == Field::ApiServerUrl ? &m_apiServerUrl
            : field == Field::ClusterCidr        ? &m_clusterCidr
                                                 : &m_serviceCidr;
    if (*slot == value)
        return;
    *slot = value;
    Q_EMIT changed();
}

QList<ValidationMessage> NetworkSettings::validate(Field field) const
{
    if (field == Field::ApiServerUrl)
        return ApiServerUrl::check(m_apiServerUrl);

    const CidrParse cluster = Cidr::parse(m_clusterCidr);
    if (field == Field::ClusterCidr)
        return cidrMessages(m_clusterCidr, cluster);

    const CidrParse service = Cidr::parse(m_serviceCidr);
    QList<ValidationMessage> messages = cidrMessages(m_serviceCidr, service);
    if (!messages.isEmpty() || !cluster.ok())
        return messages;
    // The overlap belongs to the service field: the cluster CIDR is the one the tutorial fixes.
    if (cluster.cidr.overlaps(service.cidr)) {
        messages.append({ValidationMessage::Severity::Error,
                         tr("The service CIDR %1 overlaps the cluster CIDR %2. Choose two ranges "
                            "that share no address, for example %3 and %4.")
                                 .arg(service.cidr.toString(), cluster.cidr.toString(),
                                      defaultClusterCidr(), defaultServiceCidr()),
                         {}});
    } else if (cluster.cidr.isIPv6() != service.cidr.isIPv6()) {
        messages.append({ValidationMessage::Severity::Warning,
                         tr("The cluster CIDR and the service CIDR are of different IP families. "
                            "A single-stack cluster uses the same family for both."),
                         {}});
    }
    return messages;
}

bool NetworkSettings::isValid() const
{
    for (Field field : {Field::ApiServerUrl, Field::ClusterCidr, Field::ServiceCidr}) {
        if (ValidationMessage::anyError(validate(field)))
            return false;
    }
    return true;
}

} // namespace podnet
