// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortPlan.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace podnet {

namespace {

QStringList displayTexts(const QList<PortAddressPair> &pairs)
{
    QStringList texts;
    for (const PortAddressPair &pair : pairs)
        texts.append(pair.displayText());
    return texts;
}

// The CLI's --allowed-address value: ip-address=X[,mac-address=M].
QString cliPair(const PortAddressPair &pair)
{
    QString text = QStringLiteral("ip-address=%1").arg(pair.ipAddress());
    if (!pair.macAddress().isEmpty())
        text += QStringLiteral(",mac-address=%1").arg(pair.macAddress());
    return text;
}

} // namespace

QList<PortAddressPair> PortPlan::Entry::pairsAfter() const
{
    QList<PortAddressPair> after;
    for (const PortAddressPair &pair : port.allowedAddressPairs) {
        if (!toRemove.contains(pair))
            after.append(pair);
    }
    after.append(toAdd);
    return after;
}

QString PortPlan::Entry::symbol() const
{
    switch (action) {
    case Action::Change:
        return toAdd.isEmpty() ? QStringLiteral("-") : QStringLiteral("+");
    case Action::Complete:
        return QStringLiteral("=");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Blocked:
        return QStringLiteral("!");
    case Action::NotSelected:
        break;
    }
    return {};
}

QString PortPlan::Entry::reasonText() const
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::PortSecurityDisabled:
        return tr("Port security is off on this port, so Neutron accepts no address pairs and "
                  "does not filter its traffic. Nothing to do.");
    case Reason::PairLimit:
        return tr("This port would have %1 address pairs, more than the limit of %2. Remove "
                  "pairs that are no longer needed, or ask the administrator to raise "
                  "max_allowed_address_pair.")
                .arg(port.allowedAddressPairs.size() - toRemove.size() + toAdd.size())
                .arg(pairLimit);
    case Reason::NotAllowed:
        return tr("Neutron refused to change this port earlier (not allowed or not found). "
                  "Check that it belongs to project %1 and that you may change it.")
                .arg(port.projectId);
    case Reason::PortGone:
        return tr("This port no longer exists; there is nothing to undo on it.");
    case Reason::NotCompute:
        return tr("Not a server's port (owner %1); such ports take no address pairs.")
                .arg(port.deviceOwner.isEmpty() ? tr("none") : port.deviceOwner);
    case Reason::NotChosen:
        return tr("Not selected.");
    }
    return {};
}

QString PortPlan::Entry::teachingCommand() const
{
    if (action != Action::Change)
        return {};
    QStringList lines;
    if (!toAdd.isEmpty()) {
        QString line = QStringLiteral("openstack port set %1").arg(port.id);
        for (const PortAddressPair &pair : toAdd)
            line += QStringLiteral(" --allowed-address ") + cliPair(pair);
        lines.append(line);
    }
    if (!toRemove.isEmpty()) {
        QString line = QStringLiteral("openstack port unset %1").arg(port.id);
        for (const PortAddressPair &pair : toRemove)
            line += QStringLiteral(" --allowed-address ") + cliPair(pair);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

PortPlan::Totals PortPlan::totals() const
{
    Totals totals;
    for (const Entry &e : entries) {
        switch (e.action) {
        case Action::Change:
            ++totals.portsToChange;
            totals.pairsToAdd += static_cast<int>(e.toAdd.size());
            totals.pairsToRemove += static_cast<int>(e.toRemove.size());
            break;
        case Action::Complete:
            ++totals.complete;
            break;
        case Action::Skip:
            ++totals.skipped;
            break;
        case Action::Blocked:
            ++totals.blocked;
            break;
        case Action::NotSelected:
            ++totals.notSelected;
            break;
        }
    }
    return totals;
}

const PortPlan::Entry *PortPlan::entry(const QString &portId) const
{
    for (const Entry &e : entries) {
        if (e.port.id == portId)
            return &e;
    }
    return nullptr;
}

bool PortPlan::isStale(const QList<Port> &livePorts) const
{
    QSet<QString> planned;
    for (const Entry &e : entries)
        planned.insert(e.port.id);
    for (const Port &live : livePorts) {
        if (!planned.contains(live.id) && live.isCompute())
            return true;
    }
    for (const Entry &e : entries) {
        if (e.action == Action::NotSelected || e.reason == Reason::PortGone)
            continue;
        const auto found = std::find_if(livePorts.cbegin(), livePorts.cend(),
                                        [&e](const Port &p) { return p.id == e.port.id; });
        if (found == livePorts.cend())
            return true;
        if (found->revisionNumber != e.port.revisionNumber)
            return true;
        if (found->revisionNumber < 0
            && (found->allowedAddressPairs != e.port.allowedAddressPairs
                || found->portSecurityEnabled != e.port.portSecurityEnabled))
            return true;
    }
    return false;
}

QString PortPlan::actionName(Action action)
{
    switch (action) {
    case Action::Change:
        return QStringLiteral("change");
    case Action::Complete:
        return QStringLiteral("complete");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Blocked:
        return QStringLiteral("blocked");
    case Action::NotSelected:
        break;
    }
    return QStringLiteral("not-selected");
}

QString PortPlan::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::PortSecurityDisabled:
        return QStringLiteral("port-security-disabled");
    case Reason::PairLimit:
        return QStringLiteral("pair-limit");
    case Reason::NotAllowed:
        return QStringLiteral("not-allowed");
    case Reason::PortGone:
        return QStringLiteral("port-gone");
    case Reason::NotCompute:
        return QStringLiteral("not-compute");
    case Reason::NotChosen:
        return QStringLiteral("not-chosen");
    }
    return {};
}

QJsonObject PortPlan::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject object {
                {QStringLiteral("port_id"), e.port.id},
                {QStringLiteral("port_name"), e.port.name},
                {QStringLiteral("server_id"), e.serverId},
                {QStringLiteral("server_name"), e.serverName},
                {QStringLiteral("device_owner"), e.port.deviceOwner},
                {QStringLiteral("action"), actionName(e.action)},
                {QStringLiteral("symbol"), e.symbol()},
                {QStringLiteral("revision_number"), e.port.revisionNumber},
                {QStringLiteral("pairs_before"),
                 PortAddressPair::toJson(e.port.allowedAddressPairs)},
                {QStringLiteral("add"), PortAddressPair::toJson(e.toAdd)},
                {QStringLiteral("remove"), PortAddressPair::toJson(e.toRemove)},
        };
        if (e.reason != Reason::None) {
            object.insert(QStringLiteral("reason"), reasonName(e.reason));
            object.insert(QStringLiteral("reason_text"), e.reasonText());
        }
        if (e.action == Action::Change) {
            object.insert(QStringLiteral("pairs_after"), PortAddressPair::toJson(e.pairsAfter()));
            object.insert(QStringLiteral("command"), e.teachingCommand());
        }
        list.append(object);
    }
    const Totals t = totals();
    QJsonObject result {
            {QStringLiteral("kind"),
             kind == Kind::Add ? QStringLiteral("add") : QStringLiteral("undo")},
            {QStringLiteral("computed_at"), computedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("ports"), list},
            {QStringLiteral("totals"),
             QJsonObject {
                     {QStringLiteral("ports_to_change"), t.portsToChange},
                     {QStringLiteral("pairs_to_add"), t.pairsToAdd},
                     {QStringLiteral("pairs_to_remove"), t.pairsToRemove},
                     {QStringLiteral("complete"), t.complete},
                     {QStringLiteral("skipped"), t.skipped},
                     {QStringLiteral("blocked"), t.blocked},
                     {QStringLiteral("not_selected"), t.notSelected},
             }},
    };
    result.insert(QStringLiteral("cidrs"), QJsonArray::fromStringList(cidrs));
    if (!undoOfRunId.isEmpty())
        result.insert(QStringLiteral("undo_of"), undoOfRunId);
    return result;
}

QString PortPlan::totalsText() const
{
    const Totals t = totals();
    if (kind == Kind::Undo) {
        return tr("%1 ports to change, %2 pairs to remove, %3 already without them, %4 blocked.")
                .arg(t.portsToChange)
                .arg(t.pairsToRemove)
                .arg(t.complete)
                .arg(t.blocked);
    }
    return tr("%1 ports to change, %2 pairs to add, %3 complete, %4 skipped, %5 blocked.")
            .arg(t.portsToChange)
            .arg(t.pairsToAdd)
            .arg(t.complete)
            .arg(t.skipped)
            .arg(t.blocked);
}

QString PortPlan::toText() const
{
    QStringList lines;
    for (const Entry &e : entries) {
        const QString server = e.serverName.isEmpty() ? tr("(no name)") : e.serverName;
        switch (e.action) {
        case Action::Change:
            if (!e.toAdd.isEmpty())
                lines.append(tr("+ %1  %2  add %3")
                                     .arg(server, e.port.id,
                                          displayTexts(e.toAdd).join(QStringLiteral(", "))));
            if (!e.toRemove.isEmpty())
                lines.append(tr("- %1  %2  remove %3")
                                     .arg(server, e.port.id,
                                          displayTexts(e.toRemove).join(QStringLiteral(", "))));
            break;
        case Action::Complete:
            lines.append(tr("= %1  %2  complete").arg(server, e.port.id));
            break;
        case Action::Skip:
            lines.append(tr("skip %1  %2  %3").arg(server, e.port.id, e.reasonText()));
            break;
        case Action::Blocked:
            lines.append(tr("! %1  %2  %3").arg(server, e.port.id, e.reasonText()));
            break;
        case Action::NotSelected:
            lines.append(tr("  %1  %2  not selected: %3").arg(server, e.port.id, e.reasonText()));
            break;
        }
    }
    lines.append(totalsText());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace podnet
