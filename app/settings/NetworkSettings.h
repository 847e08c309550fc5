// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ValidationMessage.h"

#include <QList>
#include <QObject>
#include <QString>

namespace podnet {

/// The cluster's network values: the API server URL as the nodes reach it, the cluster (pod)
/// CIDR and the service CIDR. Validation lives here so that the wizard and the command line
/// refuse the same values with the same words.
class NetworkSettings : public QObject
{
    Q_OBJECT
public:
    enum class Field { ApiServerUrl, ClusterCidr, ServiceCidr };
    Q_ENUM(Field)

    static QString defaultClusterCidr() { return QStringLiteral("10.200.0.0/16"); }
    static QString defaultServiceCidr() { return QStringLiteral("10.32.0.0/24"); }

    explicit NetworkSettings(QObject *parent = nullptr);

    QString apiServerUrl() const { return m_apiServerUrl; }
    QString clusterCidr() const { return m_clusterCidr; }
    QString serviceCidr() const { return m_serviceCidr; }
    QString value(Field field) const;

    void setApiServerUrl(const QString &url);
    void setClusterCidr(const QString &cidr);
    void setServiceCidr(const QString &cidr);
    void setValue(Field field, const QString &value);

    /// Translated findings for one field, in the current language, errors first.
    QList<ValidationMessage> validate(Field field) const;
    /// True when no field has an error (warnings are allowed).
    bool isValid() const;

Q_SIGNALS:
    /// Any value changed; validation results may have changed for every field.
    void changed();

private:
    QString m_apiServerUrl;
    QString m_clusterCidr = defaultClusterCidr();
    QString m_serviceCidr = defaultServiceCidr();
};

} // namespace podnet
