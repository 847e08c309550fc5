// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrPlanEditor.h"

#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "net/Cidr.h"

namespace podnet {

void PodCidrPlanEditor::setCluster(const QList<QJsonObject> &nodes,
                                   const QList<QJsonObject> &kubeRouterPods,
                                   const QString &clusterCidr)
{
    m_nodes = nodes;
    m_pods = kubeRouterPods;
    m_names.clear();
    for (const QJsonObject &node : nodes)
        m_names << PodCidrNode::fromJson(node).name;
    m_names.sort();
    m_hasCluster = true;
    m_suggested.clear();
    const PodCidrAnnotationPlan fresh = plan(clusterCidr);
    for (const PodCidrAnnotationPlan::Entry &entry : fresh.entries) {
        if (entry.action == PodCidrAnnotationPlan::Action::Set
            && !m_typed.contains(entry.node.name))
            m_suggested.insert(entry.node.name, entry.proposed);
    }
}

void PodCidrPlanEditor::clearCluster()
{
    m_nodes.clear();
    m_pods.clear();
    m_names.clear();
    m_suggested.clear();
    m_hasCluster = false;
}

void PodCidrPlanEditor::setTyped(const QString &node, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        m_typed.remove(node);
    else
        m_typed.insert(node, trimmed);
}

PodCidrAnnotationPlan PodCidrPlanEditor::plan(const QString &clusterCidr) const
{
    if (!m_hasCluster)
        return {};
    // Suggestions first: a typed range that collides with one gets the message in its own row.
    // A range typed for a node that has gone since is kept, but not asked for.
    PodCidrAnnotationPlanner::Request request;
    request.autoAssign = true;
    for (const QString &name : m_names) {
        if (!m_typed.contains(name) && m_suggested.contains(name))
            request.ranges.append({name, m_suggested.value(name)});
    }
    for (const QString &name : m_names) {
        if (m_typed.contains(name))
            request.ranges.append({name, m_typed.value(name)});
    }
    return PodCidrAnnotationPlanner::plan(m_nodes, m_pods, clusterCidr, request);
}

PodCidrPlanEditor::Correction PodCidrPlanEditor::correction(const PodCidrAnnotationPlan &plan,
                                                            int preferredRow) const
{
    QList<qsizetype> rows;
    if (preferredRow >= 0 && preferredRow < plan.entries.size())
        rows << preferredRow;
    for (qsizetype row = 0; row < plan.entries.size(); ++row)
        rows << row;
    for (qsizetype row : std::as_const(rows)) {
        const PodCidrAnnotationPlan::Entry &entry = plan.entries.at(row);
        if (entry.action != PodCidrAnnotationPlan::Action::Invalid
            || !m_typed.contains(entry.node.name))
            continue;
        const CidrParse parsed = Cidr::parse(m_typed.value(entry.node.name));
        if (parsed.error == Cidr::Error::HostBitsSet)
            return {entry.node.name, parsed.corrected.toString()};
    }
    return {};
}

} // namespace podnet
