// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace podnet {

/// Exit codes of every headless subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,   ///< the operation failed: network, server, file system
    ExitBadInput = 2, ///< bad arguments, values or template; nothing was changed or written
};

} // namespace podnet
