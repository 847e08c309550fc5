// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace podnet {

/// Sets the application's name, organisation and version, which QSettings and
/// QStandardPaths use for their folders. Call once, right after creating the application.
void applyAppIdentity();

} // namespace podnet
