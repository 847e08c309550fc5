// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace podnet {

/// Writes a Profile as a short, commented YAML file that ProfileReader reads back to the same
/// Profile. Only the fields that are set are written; a skipped side is written as "skip".
class ProfileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileWriter)
public:
    /// The file's text.
    static QByteArray toYaml(const Profile &profile);
    /// Writes \a profile to \a path atomically (QSaveFile: the old file stays whole if
    /// anything fails). On failure returns false and sets \a error (translated, says what to
    /// do) when given.
    static bool write(const Profile &profile, const QString &path, QString *error = nullptr);
};

} // namespace podnet
