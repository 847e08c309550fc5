// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet {

struct SetupRunRecord;

/// "Export as commands": a bash script that does what a run did with the real `openstack` and
/// `kubectl` clients, so a student can connect the wizard's buttons to the lab text. It adds
/// each planned pair unless the port already has it, annotates the nodes with --overwrite,
/// applies the rendered manifest server-side and waits for the rollout and for Ready nodes.
/// It holds no secret: the clients read OS_* / OS_CLOUD and KUBECONFIG from the environment,
/// and the script checks they are there first. Comments are in English on purpose: scripts
/// are shared with everyone.
class CommandScript
{
public:
    /// The script for \a record (starts with a shebang and `set -euo pipefail`).
    static QString shellScript(const SetupRunRecord &record);
    /// \a value as one shell word: bare when it holds only safe characters
    /// ([A-Za-z0-9_@%+=:,./-]), otherwise in single quotes ('' for an empty value).
    static QString shellQuote(const QString &value);
};

} // namespace podnet
