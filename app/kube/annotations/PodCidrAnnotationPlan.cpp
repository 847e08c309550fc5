// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace podnet {

namespace {

QJsonValue optionalValue(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString PodCidrAnnotationPlan::Entry::kubectlCommand() const
{
    if (proposed.isEmpty())
        return {};
    return QStringLiteral("kubectl annotate node/%1 \"%2=%3\" \"%4=%3\" --overwrite")
            .arg(node.name, PodCidrNode::podCidrKey(), proposed, PodCidrNode::podCidrsKey());
}

QString PodCidrAnnotationPlan::Entry::restartCommand() const
{
    if (kubeRouterPod.isEmpty())
        return {};
    return QStringLiteral("kubectl -n %1 delete pod %2").arg(kubeRouterNamespace, kubeRouterPod);
}

bool PodCidrAnnotationPlan::isApplicable() const
{
    return errors.isEmpty() && count(Action::Invalid) == 0;
}

int PodCidrAnnotationPlan::count(Action action) const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                          [action](const Entry &e) { return e.action == action; }));
}

QStringList PodCidrAnnotationPlan::problems() const
{
    QStringList result = errors;
    for (const Entry &entry : entries) {
        if (entry.action == Action::Invalid)
            result << entry.message;
    }
    return result;
}

QString PodCidrAnnotationPlan::summary() const
{
    return tr("%n node(s): %1 to set, %2 unchanged, %3 skipped, %4 invalid", nullptr,
              static_cast<int>(entries.size()))
            .arg(count(Action::Set))
            .arg(count(Action::Unchanged))
            .arg(count(Action::Skip))
            .arg(count(Action::Invalid));
}

QString PodCidrAnnotationPlan::actionText(Action action)
{
    switch (action) {
    case Action::Set:
        return tr("set");
    case Action::Unchanged:
        return tr("unchanged");
    case Action::Skip:
        return tr("skip");
    case Action::Invalid:
        break;
    }
    return tr("invalid");
}

QString PodCidrAnnotationPlan::actionKey(Action action)
{
    switch (action) {
    case Action::Set:
        return QStringLiteral("set");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QJsonObject PodCidrAnnotationPlan::toJson() const
{
    QJsonArray nodes;
    for (const Entry &entry : entries) {
        nodes.append(
                QJsonObject {{QStringLiteral("node"), entry.node.name},
                             {QStringLiteral("current"),
                              QJsonObject {{QStringLiteral("podCIDR"), entry.node.specPodCidr},
                                           {QStringLiteral("podCIDRs"),
                                            QJsonArray::fromStringList(entry.node.specPodCidrs)},
                                           {PodCidrNode::podCidrKey(),
                                            optionalValue(entry.node.annotations.podCidr)},
                                           {PodCidrNode::podCidrsKey(),
                                            optionalValue(entry.node.annotations.podCidrs)}}},
                             {QStringLiteral("proposed"), entry.proposed},
                             {QStringLiteral("action"), actionKey(entry.action)},
                             {QStringLiteral("requested"), entry.requested},
                             {QStringLiteral("message"), entry.message},
                             {QStringLiteral("kubectl"), entry.kubectlCommand()},
                             {QStringLiteral("kubeRouterPod"), entry.kubeRouterPod},
                             {QStringLiteral("kubeRouterRunning"), entry.kubeRouterRunning}});
    }
    return {{QStringLiteral("clusterCidr"), clusterCidr},
            {QStringLiteral("applicable"), isApplicable()},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("nodes"), nodes}};
}

} // namespace podnet
