// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// PreflightChecks: the nodes' pod ranges.

#include "kube/PreflightChecks.h"

#include "net/Cidr.h"

#include <QHostAddress>
#include <QJsonArray>

namespace podnet {

namespace {

const QLatin1String kPodCidrAnnotation("kube-router.io/pod-cidr");
const QLatin1String kPodCidrsAnnotation("kube-router.io/pod-cidrs");

struct NodeRange
{
    QString node;
    QString text;
    Cidr cidr;
};

// Free /24 ranges of an IPv4 cluster CIDR that overlap none of \a used, to suggest for nodes
// without one (as the tutorial's kubectl annotate step does by hand).
QStringList freeRanges(const Cidr &cluster, const QList<NodeRange> &used, qsizetype count)
{
    QStringList free;
    if (cluster.isNull() || cluster.isIPv6() || cluster.prefixLength() > 24)
        return free;
    const quint32 base = cluster.network().toIPv4Address();
    const quint64 blocks = quint64(1) << (24 - cluster.prefixLength());
    for (quint64 block = 0; block < blocks && free.size() < count; ++block) {
        const QHostAddress address(static_cast<quint32>(base + block * 256));
        const QString text = QStringLiteral("%1/24").arg(address.toString());
        const CidrParse candidate = Cidr::parse(text);
        if (!candidate.ok())
            continue;
        bool taken = false;
        for (const NodeRange &range : used)
            taken = taken || range.cidr.overlaps(candidate.cidr);
        if (!taken)
            free << text;
    }
    return free;
}

} // namespace

QStringList PreflightChecks::podRanges(const QJsonObject &node)
{
    const QJsonObject metadata = node.value(QStringLiteral("metadata")).toObject();
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    const QJsonObject spec = node.value(QStringLiteral("spec")).toObject();
    QStringList ranges;
    // kube-router: the annotation wins over spec.podCIDR; the plural keys add more ranges.
    const QString single = annotations.value(kPodCidrAnnotation).toString().trimmed();
    if (!single.isEmpty())
        ranges << single;
    else if (!spec.value(QStringLiteral("podCIDR")).toString().isEmpty())
        ranges << spec.value(QStringLiteral("podCIDR")).toString();
    QStringList more;
    const QString plural = annotations.value(kPodCidrsAnnotation).toString();
    if (!plural.isEmpty()) {
        for (const QString &part : plural.split(QLatin1Char(','), Qt::SkipEmptyParts))
            more << part.trimmed();
    } else {
        for (const QJsonValue &value : spec.value(QStringLiteral("podCIDRs")).toArray())
            more << value.toString();
    }
    for (const QString &range : std::as_const(more)) {
        if (!range.isEmpty() && !ranges.contains(range))
            ranges << range;
    }
    return ranges;
}

QList<PreflightItem> PreflightChecks::nodePodRanges(const QList<QJsonObject> &nodes,
                                                    const QString &clusterCidr)
{
    QList<PreflightItem> items;
    const CidrParse cluster = Cidr::parse(clusterCidr);
    QStringList missing;
    QList<NodeRange> ranges;
    for (const QJsonObject &node : nodes) {
        const QString name = node.value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
        const QStringList texts = podRanges(node);
        if (texts.isEmpty())
            missing << name;
        for (const QString &text : texts) {
            const CidrParse parsed = Cidr::parse(text);
            if (!parsed.ok()) {
                items << PreflightItem {
                        QStringLiteral("node-pod-range-invalid"),
                        PreflightItem::Severity::Error,
                        tr("Node %1 has an unreadable pod range").arg(name),
                        tr("The pod range \"%1\" of node %2 is not a network in CIDR notation, so "
                           "kube-router cannot start there. %3 Set a correct one with the "
                           "command below.")
                                .arg(text, name, Cidr::describe(parsed.error, text)),
                        {QStringLiteral("kubectl annotate node %1 %2=POD_CIDR --overwrite")
                                 .arg(shellQuote(name), kPodCidrAnnotation)}};
                continue;
            }
            ranges << NodeRange {name, text, parsed.cidr};
        }
    }

    const QStringList suggestions
            = freeRanges(cluster.ok() ? cluster.cidr : Cidr(), ranges, missing.size());
    if (!missing.isEmpty()) {
        QStringList commands;
        for (qsizetype i = 0; i < missing.size(); ++i) {
            const QString range
                    = i < suggestions.size() ? suggestions.at(i) : QStringLiteral("POD_CIDR");
            commands << QStringLiteral("kubectl annotate node %1 %2=%3")
                                .arg(shellQuote(missing.at(i)), kPodCidrAnnotation, range);
        }
        items << PreflightItem {
                QStringLiteral("node-without-pod-range"), PreflightItem::Severity::Error,
                tr("%n node(s) have no pod range", nullptr, static_cast<int>(missing.size())),
                tr("%1: neither spec.podCIDR nor the annotation kube-router.io/pod-cidr is set, "
                   "so kube-router would crash-loop there. Give each node its own range inside "
                   "the cluster CIDR %2 that overlaps no other node's, for example with the "
                   "commands below (or let kube-controller-manager allocate them with "
                   "--allocate-node-cidrs). In the wizard, the preview suggests a free range for "
                   "each node and the apply sets it.")
                        .arg(missing.join(QStringLiteral(", ")), clusterCidr),
                commands};
    }

    for (const NodeRange &range : std::as_const(ranges)) {
        if (!cluster.ok() || range.cidr.isIPv6() != cluster.cidr.isIPv6()
            || cluster.cidr.contains(range.cidr))
            continue;
        items << PreflightItem {
                QStringLiteral("node-pod-range-outside"),
                PreflightItem::Severity::Error,
                tr("The pod range of node %1 lies outside the cluster CIDR").arg(range.node),
                tr("Node %1 uses %2, which is not inside the cluster CIDR %3: kube-router would "
                   "route pods the rest of the cluster (and OpenStack's allowed address pairs) "
                   "do not expect. If %3 is not the cluster CIDR of this cluster (see "
                   "kube-controller-manager's --cluster-cidr), correct it; otherwise give the "
                   "node a range inside it.")
                        .arg(range.node, range.text, clusterCidr),
                {}};
    }

    for (qsizetype i = 0; i < ranges.size(); ++i) {
        for (qsizetype j = i + 1; j < ranges.size(); ++j) {
            const NodeRange &a = ranges.at(i);
            const NodeRange &b = ranges.at(j);
            if (a.node == b.node || !a.cidr.overlaps(b.cidr))
                continue;
            items << PreflightItem {
                    QStringLiteral("node-pod-range-overlap"),
                    PreflightItem::Severity::Error,
                    tr("Nodes %1 and %2 have overlapping pod ranges").arg(a.node, b.node),
                    tr("%1 uses %2 and %3 uses %4; the ranges overlap, so pods on both nodes "
                       "could get the same address. Give one of them another range (annotation "
                       "kube-router.io/pod-cidr, with --overwrite), then restart its kube-router "
                       "pod.")
                            .arg(a.node, a.text, b.node, b.text),
                    {}};
        }
    }

    if (items.isEmpty()) {
        items << PreflightItem {QStringLiteral("node-pod-ranges"),
                                PreflightItem::Severity::Ok,
                                tr("Every node has its own pod range"),
                                tr("All %n node(s) have a pod range inside %1, and none overlap.",
                                   nullptr, static_cast<int>(nodes.size()))
                                        .arg(clusterCidr),
                                {}};
    }
    return items;
}

} // namespace podnet
