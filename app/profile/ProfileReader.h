// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile/Profile.h"
#include "profile/ProfileProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace podnet {

/// Reads a profile file (schema version 1, docs/profile.md). Strict: unknown keys, wrong types,
/// bad values and anything that looks like a secret are errors with line and column, and every
/// error is reported, not only the first. Paths ("~", relative to the profile's folder) are
/// made absolute.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)
public:
    /// The outcome of one read: a profile, or the errors (never both).
    struct Result
    {
        std::optional<Profile> profile;
        QList<ProfileProblem> errors;

        bool ok() const { return profile.has_value(); }
        /// Every error as "FILE:LINE:COLUMN: message", one per line.
        QString errorText() const;
    };

    /// The only schema version this build reads and writes.
    static constexpr int schemaVersion = 1;
    /// Profiles are a few hundred bytes; anything this big is the wrong file.
    static constexpr qint64 maxFileSize = 256 * 1024;

    /// Reads the file at \a path.
    static Result readFile(const QString &path);
    /// Reads \a text; \a file names it in errors and anchors relative paths.
    static Result parse(const QByteArray &text, const QString &file);

    /// "~" and "~/…" become the home folder; a relative path becomes relative to \a baseDir.
    static QString expandPath(const QString &path, const QString &baseDir);
};

} // namespace podnet
