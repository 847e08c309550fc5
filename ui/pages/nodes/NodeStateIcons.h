// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/nodes/NodeTableModel.h"

#include <QColor>
#include <QIcon>

namespace podnet {

/// How a node's state looks: an icon whose shape already tells the state (a tick, a cross, a
/// question mark, a dash), so it reads without colour, and a text colour that is legible on the
/// palette's base colour.
class NodeStateIcons
{
public:
    static QIcon icon(NodeTableModel::RowState state);
    static QColor textColor(NodeTableModel::RowState state);
};

} // namespace podnet
