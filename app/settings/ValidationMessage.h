// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace podnet {

/// One translated finding about a value the user entered, with an optional fix to offer.
struct ValidationMessage
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString text;       ///< translated; says what is wrong and what to do
    QString suggestion; ///< a corrected value the UI may offer to apply; empty if none

    bool isError() const { return severity == Severity::Error; }

    static bool anyError(const QList<ValidationMessage> &messages)
    {
        for (const ValidationMessage &message : messages) {
            if (message.isError())
                return true;
        }
        return false;
    }
};

/// An error finding, with an optional corrected value to offer.
inline ValidationMessage validationError(const QString &text, const QString &suggestion = {})
{
    return {ValidationMessage::Severity::Error, text, suggestion};
}

/// A warning finding.
inline ValidationMessage validationWarning(const QString &text)
{
    return {ValidationMessage::Severity::Warning, text, {}};
}

} // namespace podnet
