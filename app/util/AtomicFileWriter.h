// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace podnet {

/// Writes a whole file or nothing: the old file stays as it was until the new one is complete.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)
public:
    /// Returns a translated error, or an empty string on success.
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace podnet
