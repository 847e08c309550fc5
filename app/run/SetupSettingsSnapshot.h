// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupRunRecord.h"

namespace podnet {

class SetupState;

/// The non-secret settings of \a state as a run record keeps them: who and where (never a
/// password, token, key or secret), the network values, the template and the port choice.
SetupRunRecord::Settings settingsSnapshot(const SetupState &state);

} // namespace podnet
