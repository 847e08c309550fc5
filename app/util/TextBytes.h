// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace podnet {

/// True when \a bytes are UTF-8 text: valid UTF-8 and no NUL byte (which no text file has).
inline bool isUtf8Text(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    // decode() is lazy: only converting its result to a QString runs the decoder.
    [[maybe_unused]] const QString decoded = utf8.decode(bytes);
    return !utf8.hasError() && !bytes.contains('\0');
}

} // namespace podnet
