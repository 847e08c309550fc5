// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortApplyReport.h"

#include "openstack/PortPlanModel.h"

#include <QStringList>

namespace podnet {

namespace {

QString pairs(const QList<PortAddressPair> &list)
{
    QStringList texts;
    for (const PortAddressPair &pair : list)
        texts.append(pair.displayText());
    return texts.join(QStringLiteral(", "));
}

} // namespace

QString PortApplyReport::summary(const PortApplyResult &result, bool undo)
{
    const int changed = static_cast<int>(result.changed().size());
    const int unchanged = static_cast<int>(result.unchanged().size());
    const int failed = static_cast<int>(result.failed().size());
    const QString counts = tr("%n port(s) changed", "@info", changed) + QStringLiteral(" · ")
            + tr("%n left unchanged", "@info", unchanged) + QStringLiteral(" · ")
            + tr("%n failed", "@info", failed);
    QString head;
    if (result.cancelled)
        head = tr("Cancelled. Only the ports listed as changed below were changed; the others "
                  "were not touched. Plan again to see what is left.");
    else if (failed > 0)
        head = tr("Finished with problems. See the failed ports below, fix their cause, then "
                  "plan again: the new plan shows only what is left.");
    else if (undo)
        head = tr("Undo finished: the pairs that run added were removed.");
    else
        head = tr("Done: the selected ports now accept pod and service traffic.");
    QString text = head + QLatin1Char('\n') + counts;
    if (!result.journalError.isEmpty())
        text += QLatin1Char('\n') + result.journalError;
    return text;
}

QString PortApplyReport::details(const PortApplyResult &result)
{
    QStringList lines;
    for (const PortApplyResult::Item &item : result.items) {
        const QString port
                = tr("%1 (port %2)", "@item server (port id)").arg(item.serverName, item.portId);
        switch (item.state) {
        case PortApplyResult::State::Done: {
            QStringList what;
            if (!item.added.isEmpty())
                what.append(tr("added %1", "@item").arg(pairs(item.added)));
            if (!item.removed.isEmpty())
                what.append(tr("removed %1", "@item").arg(pairs(item.removed)));
            lines.append(
                    tr("✓ Changed: %1: %2", "@item").arg(port, what.join(QStringLiteral("; "))));
            break;
        }
        case PortApplyResult::State::Failed:
            lines.append(
                    tr("✗ Failed, not changed: %1: %2", "@item")
                            .arg(port,
                                 item.reason.isEmpty() ? item.failure.message() : item.reason));
            if (!item.failure.isOk())
                lines.append(QStringLiteral("    ") + item.failure.detail());
            break;
        default:
            lines.append(tr("○ Not changed: %1: %2", "@item")
                                 .arg(port,
                                      item.reason.isEmpty()
                                              ? PortPlanModel::applyStateText(item.state)
                                              : item.reason));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace podnet
