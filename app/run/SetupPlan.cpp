// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace podnet {

namespace {

using DiffAction = ManifestDiffEntry::Action;

int countManifest(const QList<ManifestDiffEntry> &entries, DiffAction action)
{
    return static_cast<int>(
            std::count_if(entries.cbegin(), entries.cend(),
                          [action](const ManifestDiffEntry &e) { return e.action == action; }));
}

QString manifestActionKey(DiffAction action)
{
    switch (action) {
    case DiffAction::Create:
        return QStringLiteral("create");
    case DiffAction::Configure:
        return QStringLiteral("configure");
    case DiffAction::Unchanged:
        return QStringLiteral("unchanged");
    case DiffAction::Conflict:
        return QStringLiteral("conflict");
    case DiffAction::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString podRangeSymbol(PodCidrAnnotationPlan::Action action)
{
    switch (action) {
    case PodCidrAnnotationPlan::Action::Set:
        return QStringLiteral("+");
    case PodCidrAnnotationPlan::Action::Invalid:
        return QStringLiteral("!");
    case PodCidrAnnotationPlan::Action::Unchanged:
    case PodCidrAnnotationPlan::Action::Skip:
        break;
    }
    return QStringLiteral("=");
}

QString indented(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool SetupPlan::isApplicable() const
{
    if (ports && ports->totals().blocked > 0)
        return false;
    if (podRanges && !podRanges->isApplicable())
        return false;
    return countManifest(manifest, DiffAction::Failed) == 0;
}

QStringList SetupPlan::problems() const
{
    QStringList result;
    if (ports) {
        for (const PortPlan::Entry &entry : ports->entries) {
            if (entry.action != PortPlan::Action::Blocked)
                continue;
            result << tr("Port %1 (%2) cannot get its pairs: %3 Leave its server out of the "
                         "selection, or fix the port first.")
                              .arg(entry.port.id, entry.serverName, entry.reasonText());
        }
    }
    if (podRanges)
        result << podRanges->problems();
    for (const ManifestDiffEntry &entry : manifest) {
        if (entry.action == DiffAction::Failed)
            result << tr("%1: %2").arg(entry.item.kubectlName(), entry.message);
    }
    return result;
}

bool SetupPlan::isNoOp() const
{
    if (ports && ports->totals().portsToChange > 0)
        return false;
    if (podRanges && podRanges->count(PodCidrAnnotationPlan::Action::Set) > 0)
        return false;
    return countManifest(manifest, DiffAction::Unchanged) == manifest.size();
}

QString SetupPlan::totalsText() const
{
    QStringList parts;
    if (ports) {
        const PortPlan::Totals totals = ports->totals();
        if (totals.portsToChange > 0)
            parts << tr("%n port(s) get %1", "@info totals", totals.portsToChange)
                             .arg(tr("%n pair(s)", "@info totals", totals.pairsToAdd));
        else
            parts << tr("no port to change", "@info totals");
    }
    if (podRanges) {
        const int set = podRanges->count(PodCidrAnnotationPlan::Action::Set);
        if (set > 0)
            parts << tr("%n node(s) get a pod range", "@info totals", set);
        else
            parts << tr("no pod range to set", "@info totals");
    }
    if (hasKubernetes()) {
        QStringList objects;
        if (const int n = countManifest(manifest, DiffAction::Create))
            objects << tr("%n object(s) to create", "@info totals", n);
        if (const int n = countManifest(manifest, DiffAction::Configure))
            objects << tr("%n to configure", "@info totals", n);
        if (const int n = countManifest(manifest, DiffAction::Conflict))
            objects << tr("%n with a conflict", "@info totals", n);
        if (const int n = countManifest(manifest, DiffAction::Failed))
            objects << tr("%n with a problem", "@info totals", n);
        if (objects.isEmpty())
            objects << tr("kube-router's objects unchanged", "@info totals");
        parts << objects.join(QStringLiteral(", "));
    }
    if (parts.isEmpty())
        return tr("Nothing to change: neither side is part of this run.", "@info totals");
    return parts.join(QStringLiteral(" · "));
}

QString SetupPlan::toText() const
{
    QStringList blocks;
    if (ports) {
        blocks << tr("Allowed address pairs (OpenStack):") + QLatin1Char('\n')
                        + indented(ports->toText());
    } else {
        blocks << tr("Allowed address pairs (OpenStack): skipped.");
    }
    if (podRanges) {
        QStringList lines;
        for (const PodCidrAnnotationPlan::Entry &entry : podRanges->entries) {
            QString line = QStringLiteral("%1 node/%2")
                                   .arg(podRangeSymbol(entry.action), entry.node.name);
            if (!entry.proposed.isEmpty())
                line += QLatin1Char(' ') + entry.proposed;
            line += QStringLiteral(" (%1)").arg(PodCidrAnnotationPlan::actionText(entry.action));
            if (!entry.message.isEmpty())
                line += QStringLiteral(": ") + entry.message;
            lines << line;
        }
        for (const QString &error : podRanges->errors)
            lines << QStringLiteral("! ") + error;
        lines << podRanges->summary();
        blocks << tr("Pod ranges (Kubernetes):") + QLatin1Char('\n')
                        + indented(lines.join(QLatin1Char('\n')));
        QStringList objects;
        for (const ManifestDiffEntry &entry : manifest) {
            objects << QStringLiteral("%1 %2").arg(ManifestDiffEntry::symbol(entry.action),
                                                   entry.item.kubectlName());
            if (entry.action == DiffAction::Configure && !entry.diff.isEmpty())
                objects << indented(entry.diff);
            if (!entry.message.isEmpty())
                objects << indented(entry.message);
        }
        blocks << tr("kube-router objects (Kubernetes):") + QLatin1Char('\n')
                        + indented(objects.join(QLatin1Char('\n')));
    } else {
        blocks << tr("Pod ranges and kube-router objects (Kubernetes): skipped.");
    }
    for (const QString &warning : warnings)
        blocks << tr("Note: %1").arg(warning);
    blocks << tr("Total: %1").arg(totalsText());
    if (!isApplicable()) {
        blocks << tr("This plan cannot be applied:") + QLatin1Char('\n')
                        + indented(problems().join(QLatin1Char('\n')));
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QJsonObject SetupPlan::toJson() const
{
    QJsonArray objects;
    for (const ManifestDiffEntry &entry : manifest) {
        QJsonArray conflicts;
        for (const KubeStatus::Cause &cause : entry.conflicts) {
            conflicts.append(QJsonObject {{QStringLiteral("field"), cause.field},
                                          {QStringLiteral("manager"), cause.manager},
                                          {QStringLiteral("message"), cause.message}});
        }
        objects.append(QJsonObject {
                {QStringLiteral("object"), entry.item.kubectlName()},
                {QStringLiteral("kind"), entry.item.resource.kind},
                {QStringLiteral("name"), entry.item.resource.name},
                {QStringLiteral("namespace"), entry.item.resource.namespaceName},
                {QStringLiteral("action"), manifestActionKey(entry.action)},
                {QStringLiteral("symbol"), ManifestDiffEntry::symbol(entry.action)},
                {QStringLiteral("diff"), entry.diff},
                {QStringLiteral("message"), entry.message},
                {QStringLiteral("conflicts"), conflicts},
        });
    }
    return {{QStringLiteral("ports"), ports ? QJsonValue(ports->toJson()) : QJsonValue()},
            {QStringLiteral("podRanges"),
             podRanges ? QJsonValue(podRanges->toJson()) : QJsonValue()},
            {QStringLiteral("manifest"), objects},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("totals"), totalsText()},
            {QStringLiteral("noOp"), isNoOp()},
            {QStringLiteral("applicable"), isApplicable()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems())}};
}

} // namespace podnet
