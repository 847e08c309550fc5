// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/http/HttpRequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace podnet::sim {

/// What a simulated service answers to one request.
struct OsResponse
{
    int status = 200;
    QByteArray body;
    HttpHeaders headers;
    QByteArray contentType = QByteArrayLiteral("application/json");

    /// A JSON response.
    static OsResponse json(int status, const QJsonObject &object, const HttpHeaders &headers = {})
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), headers,
                QByteArrayLiteral("application/json")};
    }
};

} // namespace podnet::sim
