// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace podnet {

QString AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return tr("No file name was given. Choose where to save the file.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder. Choose a file name inside it.")
                .arg(QDir::toNativeSeparators(path));
    if (!info.absoluteDir().exists()) {
        return tr("The folder %1 does not exist. Create it first or choose another place.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2. Choose a place where you may write.")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("Could not finish writing %1: %2. The previous file, if any, is unchanged.")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace podnet
