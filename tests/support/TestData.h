// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace podnet::test {

/// A file under tests/data.
inline QString dataPath(const QString &name)
{
    return QStringLiteral(PODNET_TEST_DATA "/") + name;
}

/// The upstream kube-router copy in ../shared (not part of the project; may be absent).
inline QString upstreamPath(const QString &name)
{
    return QStringLiteral(PODNET_UPSTREAM_DIR "/") + name;
}

/// The built-in template as committed (the binary embeds the same file).
inline QString builtInTemplatePath()
{
    return QStringLiteral(PODNET_BUILTIN_TEMPLATE);
}

/// The podnet-wizard executable under test.
inline QString binaryPath()
{
    return QStringLiteral(PODNET_BINARY);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace podnet::test
