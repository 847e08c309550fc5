// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortFailure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace podnet {

PortFailure PortFailure::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    PortFailure failure(HttpFailure::fromReply(reply, QStringLiteral("Neutron")));
    if (failure.isOk())
        return failure;
    const QJsonObject error = QJsonDocument::fromJson(body)
                                      .object()
                                      .value(QLatin1String("NeutronError"))
                                      .toObject();
    if (!error.isEmpty()) {
        failure.m_type = error.value(QLatin1String("type")).toString();
        QString text = error.value(QLatin1String("message")).toString();
        if (!failure.m_type.isEmpty())
            text = failure.m_type + QLatin1String(": ") + text;
        const QString detail = error.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            text += QLatin1String(" (") + detail + QLatin1Char(')');
        failure.m_http.setServerMessage(text);
    }
    if (failure.isPortSecurityOff()) {
        failure.m_http.setMessage(tr("Port security is off on this port, so Neutron accepts no "
                                     "address pairs for it (and does not filter its traffic). "
                                     "Nothing to do on it."));
    } else if (failure.isPairLimit()) {
        failure.m_http.setMessage(tr("This port would have more address pairs than Neutron "
                                     "allows. Remove pairs that are no longer needed, or ask the "
                                     "administrator to raise max_allowed_address_pair."));
    } else if (failure.isRevisionConflict()) {
        failure.m_http.setMessage(tr("Someone else changed this port at the same time. Check the "
                                     "plan again and retry."));
    } else if (failure.isNotAllowed()) {
        failure.m_http.setMessage(
                tr("Neutron does not let these credentials change this port (HTTP %1): it is "
                   "gone, belongs to another project, or is on a network you may not change. "
                   "Check the project, or ask the cloud's administrator.")
                        .arg(failure.httpStatus()));
    }
    return failure;
}

bool PortFailure::isPortSecurityOff() const
{
    return m_http.httpStatus() == 409
            && (m_type == QLatin1String("AddressPairAndPortSecurityRequired") || m_type.isEmpty());
}

bool PortFailure::isPairLimit() const
{
    return m_http.httpStatus() == 400 && m_type == QLatin1String("AllowedAddressPairExhausted");
}

bool PortFailure::isNotAllowed() const
{
    return m_http.httpStatus() == 403 || m_http.httpStatus() == 404;
}

} // namespace podnet
