// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace podnet::sim {

/// A client certificate issued by SimCertificateAuthority: CN is the user, each O a group, as a
/// Kubernetes API server reads them.
struct SimClientCertificate
{
    QString commonName;
    QStringList groups;
    QByteArray certificatePem; ///< empty when issuing failed
    QByteArray keyPem;         ///< the unencrypted private key; secret
    QString errorString;       ///< why issuing failed; empty on success

    bool isValid() const { return errorString.isEmpty() && !certificatePem.isEmpty(); }
};

} // namespace podnet::sim
