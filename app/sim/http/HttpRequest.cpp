// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "HttpRequest.h"

#include <QStringList>

namespace podnet::sim {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &field : headers) {
        if (field.first == lowerCaseName)
            return field.second;
    }
    return {};
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

} // namespace podnet::sim
