// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrAnnotationPlanner.h"

#include "kube/annotations/PodCidrSuggester.h"
#include "kube/annotations/PodCidrValidator.h"
#include "net/Cidr.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace podnet {

namespace {

using Entry = PodCidrAnnotationPlan::Entry;
using Action = PodCidrAnnotationPlan::Action;

// Ranges as Cidr; a range with host bits counts as the network around it, garbage not at all.
QList<Cidr> parseAll(const QStringList &texts)
{
    QList<Cidr> result;
    for (const QString &text : texts) {
        const CidrParse parsed = Cidr::parse(text);
        if (parsed.ok())
            result << parsed.cidr;
        else if (parsed.error == Cidr::Error::HostBitsSet)
            result << parsed.corrected;
    }
    return result;
}

QStringList specRanges(const PodCidrNode &node)
{
    QStringList result = node.specPodCidrs;
    if (!node.specPodCidr.isEmpty())
        result.prepend(node.specPodCidr);
    return result;
}

void attachPod(Entry *entry, const QList<QJsonObject> &pods)
{
    for (const QJsonObject &pod : pods) {
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        const QString nodeName = pod.value(QStringLiteral("spec"))
                                         .toObject()
                                         .value(QStringLiteral("nodeName"))
                                         .toString();
        const QString app = metadata.value(QStringLiteral("labels"))
                                    .toObject()
                                    .value(QStringLiteral("k8s-app"))
                                    .toString();
        if (nodeName != entry->node.name || app != QLatin1String("kube-router"))
            continue;
        const bool running = PodCidrAnnotationPlanner::isRunning(pod);
        // Prefer the running pod when a replacement is on its way.
        if (entry->kubeRouterPod.isEmpty() || (running && !entry->kubeRouterRunning)) {
            entry->kubeRouterNamespace = metadata.value(QStringLiteral("namespace")).toString();
            entry->kubeRouterPod = metadata.value(QStringLiteral("name")).toString();
            entry->kubeRouterRunning = running;
        }
    }
}

} // namespace

bool PodCidrAnnotationPlanner::isRunning(const QJsonObject &pod)
{
    const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    return !metadata.contains(QStringLiteral("deletionTimestamp"))
            && pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase"))
            == QLatin1String("Running");
}

PodCidrAnnotationPlan PodCidrAnnotationPlanner::plan(const QList<QJsonObject> &nodes,
                                                     const QList<QJsonObject> &kubeRouterPods,
                                                     const QString &clusterCidr,
                                                     const Request &request)
{
    PodCidrAnnotationPlan plan;
    plan.clusterCidr = clusterCidr;
    for (const QJsonObject &object : nodes) {
        Entry entry;
        entry.node = PodCidrNode::fromJson(object);
        attachPod(&entry, kubeRouterPods);
        plan.entries << entry;
    }
    std::sort(plan.entries.begin(), plan.entries.end(),
              [](const Entry &a, const Entry &b) { return a.node.name < b.node.name; });
    QHash<QString, qsizetype> index;
    QStringList names;
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        index.insert(plan.entries.at(i).node.name, i);
        names << plan.entries.at(i).node.name;
    }

    const CidrParse cluster = Cidr::parse(clusterCidr);
    if (!cluster.ok())
        plan.errors << tr("The cluster CIDR \"%1\" is not usable. %2")
                               .arg(clusterCidr, Cidr::describe(cluster.error, clusterCidr));
    if (!request.autoAssign && request.ranges.isEmpty())
        plan.errors << tr("Nothing was asked for: ask for suggested ranges for the nodes without "
                          "one, or name nodes with the range each should get.");

    // Which named nodes are real, and named once.
    QHash<QString, QString> named;
    QSet<QString> reportedTwice;
    for (const auto &[name, range] : request.ranges) {
        if (!index.contains(name)) {
            const QStringList shown = names.mid(0, 10);
            plan.errors << tr("There is no node named \"%1\" in the cluster. Check the name; the "
                              "nodes are: %2%3.")
                                   .arg(name,
                                        shown.isEmpty() ? tr("(none)")
                                                        : shown.join(QStringLiteral(", ")),
                                        names.size() > shown.size() ? QStringLiteral(", …")
                                                                    : QString());
        } else if (named.contains(name)) {
            if (!reportedTwice.contains(name))
                plan.errors << tr("Node %1 is named more than once. Give each node one range.")
                                       .arg(name);
            reportedTwice.insert(name);
        } else {
            named.insert(name, range);
        }
    }

    // Ranges in use: every spec range, and the annotations of nodes that keep theirs.
    QList<PodCidrValidator::Taken> taken;
    for (const Entry &entry : std::as_const(plan.entries)) {
        const QStringList texts
                = named.contains(entry.node.name) ? specRanges(entry.node) : entry.node.allRanges();
        for (const Cidr &range : parseAll(texts))
            taken.append({entry.node.name, range, false});
    }

    for (const auto &[name, text] : request.ranges) {
        if (!named.contains(name) || named.value(name) != text || !index.contains(name))
            continue;
        Entry &entry = plan.entries[index.value(name)];
        if (entry.requested)
            continue; // the same NAME=CIDR twice: reported above
        entry.requested = true;
        entry.proposed = text;
        if (!cluster.ok()) {
            entry.action = Action::Invalid;
            entry.message = tr("The range for node %1 cannot be checked without a valid cluster "
                               "CIDR.")
                                    .arg(name);
            continue;
        }
        const PodCidrValidator::Result result
                = PodCidrValidator::check(name, text, cluster.cidr, taken);
        if (!result.ok()) {
            entry.action = Action::Invalid;
            entry.message = result.message;
            continue;
        }
        entry.proposed = result.range.toString();
        taken.append({name, result.range, true});
        if (entry.node.annotations == PodCidrNode::Annotations::both(entry.proposed)) {
            entry.action = Action::Unchanged;
            entry.message
                    = tr("Node %1 already has %2 in both annotations.").arg(name, entry.proposed);
            continue;
        }
        entry.action = Action::Set;
        if (!entry.node.specPodCidr.isEmpty() && entry.node.specPodCidr != entry.proposed)
            entry.message = tr("For kube-router the annotation overrides spec.podCIDR %1.")
                                    .arg(entry.node.specPodCidr);
    }

    // Every node not named: unchanged when our annotations are in place, a suggestion when it
    // has no range and suggestions were asked for, otherwise left alone.
    QStringList needing;
    for (Entry &entry : plan.entries) {
        if (named.contains(entry.node.name))
            continue;
        const PodCidrNode &node = entry.node;
        const QString single = node.annotations.podCidr.value_or(QString());
        if (!single.isEmpty() && node.annotations == PodCidrNode::Annotations::both(single)) {
            entry.action = Action::Unchanged;
            entry.proposed = single;
            entry.message
                    = tr("Node %1 already has %2 in both annotations.").arg(node.name, single);
        } else if (node.hasRange()) {
            entry.action = Action::Skip;
            const QStringList ranges = node.ranges();
            const bool readable = parseAll(ranges).size() == ranges.size();
            entry.message = readable
                    ? tr("Node %1 already has a pod range (%2); it stays as it is.")
                              .arg(node.name, node.currentText())
                    : tr("Node %1 has a pod range that is not valid CIDR (%2), so kube-router "
                         "cannot start there. Name the node with a correct range to replace it.")
                              .arg(node.name, node.currentText());
        } else if (request.autoAssign) {
            needing << node.name;
        } else {
            entry.action = Action::Skip;
            entry.message = tr("Node %1 has no pod range and is not part of this request: "
                               "kube-router crash-loops there until it gets one.")
                                    .arg(node.name);
        }
    }
    if (needing.isEmpty())
        return plan;

    QList<Cidr> inUse;
    inUse.reserve(taken.size());
    for (const PodCidrValidator::Taken &range : std::as_const(taken))
        inUse << range.range;
    const QList<PodCidrSuggester::Suggestion> suggestions
            = PodCidrSuggester::suggest(cluster.ok() ? cluster.cidr : Cidr(), inUse, needing);
    for (const PodCidrSuggester::Suggestion &suggestion : suggestions) {
        Entry &entry = plan.entries[index.value(suggestion.node)];
        if (!suggestion.ok()) {
            entry.action = Action::Invalid;
            entry.message = suggestion.message;
            continue;
        }
        entry.action = Action::Set;
        entry.proposed = suggestion.range.toString();
    }
    return plan;
}

} // namespace podnet
