// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ValidationMessage.h"

#include <QStringList>

namespace podnet::test {

/// "E" for an error, "W" for a warning, in the order they were reported.
inline QString severities(const QList<ValidationMessage> &messages)
{
    QString out;
    for (const ValidationMessage &message : messages)
        out += message.isError() ? QLatin1Char('E') : QLatin1Char('W');
    return out;
}

/// One line per message, for failure output.
inline QString dump(const QList<ValidationMessage> &messages)
{
    QStringList lines;
    for (const ValidationMessage &message : messages) {
        lines << QStringLiteral("%1 [%2] %3")
                         .arg(message.isError() ? QStringLiteral("error")
                                                : QStringLiteral("warning"),
                              message.suggestion, message.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace podnet::test
