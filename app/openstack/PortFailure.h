// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpFailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QNetworkReply;

namespace podnet {

/// A failed Neutron port request: the HTTP failure plus Neutron's own error type
/// (NeutronError.type, e.g. "RevisionNumberConstraintFailed", "AllowedAddressPairExhausted",
/// "AddressPairAndPortSecurityRequired", "PortNotFound"), when the body had one.
class PortFailure
{
    Q_DECLARE_TR_FUNCTIONS(PortFailure)
public:
    PortFailure() = default;
    explicit PortFailure(const HttpFailure &http, const QString &neutronType = {})
        : m_http(http)
        , m_type(neutronType)
    { }

    /// Classifies a finished \a reply whose body was \a body: reads
    /// {"NeutronError":{"type","message","detail"}} into the server message and the type, and
    /// gives the known types a message that says what to do.
    static PortFailure fromReply(QNetworkReply *reply, const QByteArray &body);

    bool isOk() const { return m_http.isOk(); }
    const HttpFailure &http() const { return m_http; }
    HttpFailure &http() { return m_http; }
    /// NeutronError.type, or empty.
    QString neutronType() const { return m_type; }
    int httpStatus() const { return m_http.httpStatus(); }
    QString message() const { return m_http.message(); }
    QString detail() const { return m_http.detail(); }
    bool isTransient() const { return m_http.isTransient(); }

    /// 412: the port changed since the revision sent in If-Match.
    bool isRevisionConflict() const { return m_http.httpStatus() == 412; }
    /// 409 AddressPairAndPortSecurityRequired: port security is off.
    bool isPortSecurityOff() const;
    /// 400 AllowedAddressPairExhausted.
    bool isPairLimit() const;
    /// 403, or 404 (unknown port, or another project's).
    bool isNotAllowed() const;

private:
    HttpFailure m_http;
    QString m_type;
};

} // namespace podnet
