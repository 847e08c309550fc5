// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet {

/// Why an exec credential plugin gave no credential. Never holds the plugin's stdout.
struct ExecCredentialError
{
    enum class Kind {
        None,
        CommandNotFound, ///< the command is not on PATH (message includes the installHint)
        Failed,          ///< could not start, crashed or exited non-zero
        TimedOut,        ///< did not finish in time (it may be waiting for a login)
        BadOutput,       ///< stdout was not an ExecCredential
    };

    Kind kind = Kind::None;
    QString message; ///< translated: what went wrong and what to do
    QString detail;  ///< exit code, a short stderr excerpt when it looks safe

    bool isError() const { return kind != Kind::None; }
};

} // namespace podnet
