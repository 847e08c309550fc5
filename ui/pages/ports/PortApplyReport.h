// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/PortApplyResult.h"

#include <QCoreApplication>
#include <QString>

namespace podnet {

/// The translated words for a finished apply (or undo) run: one summary line, and the exact
/// list of what was and was not changed, port by port.
class PortApplyReport
{
    Q_DECLARE_TR_FUNCTIONS(PortApplyReport)
public:
    static QString summary(const PortApplyResult &result, bool undo);
    static QString details(const PortApplyResult &result);
};

} // namespace podnet
