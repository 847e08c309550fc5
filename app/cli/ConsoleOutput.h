// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace podnet {

/// Where headless commands write: data to stdout as raw bytes, messages to stderr as UTF-8.
namespace ConsoleOutput {
void writeData(const QByteArray &bytes);
void writeMessage(const QString &line);
} // namespace ConsoleOutput

} // namespace podnet
