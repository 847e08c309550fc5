// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace podnet {

/// The credential an exec plugin printed (an ExecCredential's status). Secret: memory only.
struct ExecCredential
{
    QString token;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QDateTime expiration; ///< invalid: does not expire (cached until a 401)

    /// True when the credential is still good at \a now.
    bool isValidAt(const QDateTime &now) const { return !expiration.isValid() || now < expiration; }

    /// Parses an ExecCredential JSON document. On failure returns nothing and sets \a why to a
    /// technical reason that never quotes the input (it may hold a token).
    static std::optional<ExecCredential> parse(const QByteArray &json, QString *why);
};

} // namespace podnet
