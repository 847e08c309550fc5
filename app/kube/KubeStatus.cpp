// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace podnet {

std::optional<KubeStatus> KubeStatus::fromJson(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    return fromObject(document.object());
}

std::optional<KubeStatus> KubeStatus::fromObject(const QJsonObject &object)
{
    if (object.value(QLatin1String("kind")).toString() != QLatin1String("Status"))
        return std::nullopt;
    // 'conflict with "kubectl-client-side-apply" using apps/v1': the manager is the quoted name.
    static const QRegularExpression managerName(QStringLiteral("conflict with \"([^\"]*)\""));
    KubeStatus status;
    status.status = object.value(QLatin1String("status")).toString();
    status.message = object.value(QLatin1String("message")).toString();
    status.reason = object.value(QLatin1String("reason")).toString();
    status.code = object.value(QLatin1String("code")).toInt();
    const QJsonObject details = object.value(QLatin1String("details")).toObject();
    status.detailsKind = details.value(QLatin1String("kind")).toString();
    status.detailsName = details.value(QLatin1String("name")).toString();
    for (const QJsonValue &value : details.value(QLatin1String("causes")).toArray()) {
        const QJsonObject cause = value.toObject();
        Cause entry;
        entry.reason = cause.value(QLatin1String("reason")).toString();
        entry.message = cause.value(QLatin1String("message")).toString();
        entry.field = cause.value(QLatin1String("field")).toString();
        if (const QRegularExpressionMatch match = managerName.match(entry.message);
            match.hasMatch())
            entry.manager = match.captured(1);
        status.causes << entry;
    }
    return status;
}

QList<KubeStatus::Cause> KubeStatus::conflicts() const
{
    QList<Cause> result;
    for (const Cause &cause : causes) {
        if (cause.reason == QLatin1String("FieldManagerConflict"))
            result << cause;
    }
    return result;
}

QString KubeStatus::summary() const
{
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    else if (!reason.isEmpty())
        lines << reason;
    for (const Cause &cause : causes) {
        QString line = cause.field.isEmpty()
                ? cause.message
                : QStringLiteral("%1: %2").arg(cause.field, cause.message);
        lines << QStringLiteral("- ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace podnet
