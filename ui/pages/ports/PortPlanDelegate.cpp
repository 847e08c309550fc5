// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortPlanDelegate.h"

#include "openstack/PortApplyResult.h"
#include "openstack/PortPlan.h"
#include "openstack/PortPlanModel.h"

#include <QColor>
#include <QPalette>

namespace podnet {

void PortPlanDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto action
            = static_cast<PortPlan::Action>(index.data(PortPlanModel::ActionRole).toInt());
    if (action == PortPlan::Action::NotSelected) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        return;
    }
    QColor colour;
    if (index.column() == PortPlanModel::SymbolColumn) {
        switch (action) {
        case PortPlan::Action::Change:
            colour = QColor(0x1a, 0x73, 0x2e);
            break;
        case PortPlan::Action::Blocked:
            colour = QColor(0xb0, 0x1c, 0x1c);
            break;
        case PortPlan::Action::Skip:
            colour = QColor(0x8a, 0x6d, 0x00);
            break;
        default:
            break;
        }
        option->font.setBold(true);
    } else if (index.column() == PortPlanModel::ApplyStateColumn) {
        using State = PortApplyResult::State;
        switch (static_cast<State>(index.data(PortPlanModel::ApplyStateRole).toInt())) {
        case State::Done:
            colour = QColor(0x1a, 0x73, 0x2e);
            break;
        case State::Failed:
            colour = QColor(0xb0, 0x1c, 0x1c);
            break;
        default:
            break;
        }
    }
    if (colour.isValid())
        option->palette.setColor(QPalette::Text, colour);
}

} // namespace podnet
