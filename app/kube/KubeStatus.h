// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;

namespace podnet {

/// A Kubernetes `Status` object, as the API server sends it with errors (and in watch ERROR
/// events).
struct KubeStatus
{
    /// One entry of details.causes. For a server-side apply conflict (409, reason
    /// FieldManagerConflict) \a field is the contested field and \a manager the field manager
    /// that owns it.
    struct Cause
    {
        QString reason;
        QString message;
        QString field;
        QString manager;
    };

    QString status; ///< "Failure" or "Success"
    QString message;
    QString reason; ///< NotFound, AlreadyExists, Conflict, Invalid, Forbidden, Expired, …
    int code = 0;
    QString detailsKind;
    QString detailsName;
    QList<Cause> causes;

    /// Parses a Status JSON object; nothing if \a body is not one.
    static std::optional<KubeStatus> fromJson(const QByteArray &body);
    /// The same from an already parsed object (watch events).
    static std::optional<KubeStatus> fromObject(const QJsonObject &object);

    /// The causes that are field ownership conflicts.
    QList<Cause> conflicts() const;
    /// message plus one line per cause, untranslated, for HttpFailure's detail.
    QString summary() const;
};

} // namespace podnet
