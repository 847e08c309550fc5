// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrUndoPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace podnet {

namespace {

// "key-" to remove, "key=value" to set; nothing when the key does not change.
void addArgument(QStringList *arguments, const QString &key, const std::optional<QString> &from,
                 const std::optional<QString> &to)
{
    if (from == to)
        return;
    if (to)
        *arguments << QStringLiteral("\"%1=%2\"").arg(key, *to);
    else
        *arguments << key + QLatin1Char('-');
}

} // namespace

QString PodCidrUndoPlan::Entry::kubectlCommand() const
{
    if (action != Action::Revert)
        return {};
    QStringList arguments;
    addArgument(&arguments, PodCidrNode::podCidrKey(), current.podCidr, before.podCidr);
    addArgument(&arguments, PodCidrNode::podCidrsKey(), current.podCidrs, before.podCidrs);
    if (arguments.isEmpty())
        return {};
    QString command = QStringLiteral("kubectl annotate node/%1 %2")
                              .arg(node, arguments.join(QLatin1Char(' ')));
    if (before.podCidr || before.podCidrs)
        command += QStringLiteral(" --overwrite");
    return command;
}

int PodCidrUndoPlan::count(Action action) const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                          [action](const Entry &e) { return e.action == action; }));
}

QString PodCidrUndoPlan::summary() const
{
    return tr("%n node(s): %1 to restore, %2 already restored, %3 changed since, %4 gone", nullptr,
              static_cast<int>(entries.size()))
            .arg(count(Action::Revert))
            .arg(count(Action::AlreadyReverted))
            .arg(count(Action::ChangedSince))
            .arg(count(Action::NodeGone));
}

QString PodCidrUndoPlan::actionText(Action action)
{
    switch (action) {
    case Action::Revert:
        return tr("restore");
    case Action::AlreadyReverted:
        return tr("already restored");
    case Action::ChangedSince:
        return tr("changed since, skip");
    case Action::NodeGone:
        break;
    }
    return tr("node gone, skip");
}

QString PodCidrUndoPlan::actionKey(Action action)
{
    switch (action) {
    case Action::Revert:
        return QStringLiteral("revert");
    case Action::AlreadyReverted:
        return QStringLiteral("alreadyReverted");
    case Action::ChangedSince:
        return QStringLiteral("changedSince");
    case Action::NodeGone:
        break;
    }
    return QStringLiteral("nodeGone");
}

QJsonObject PodCidrUndoPlan::toJson() const
{
    QJsonArray nodes;
    for (const Entry &entry : entries) {
        nodes.append(QJsonObject {{QStringLiteral("node"), entry.node},
                                  {QStringLiteral("set"), entry.set.toJson()},
                                  {QStringLiteral("before"), entry.before.toJson()},
                                  {QStringLiteral("current"), entry.current.toJson()},
                                  {QStringLiteral("action"), actionKey(entry.action)},
                                  {QStringLiteral("message"), entry.message},
                                  {QStringLiteral("kubectl"), entry.kubectlCommand()},
                                  {QStringLiteral("kubeRouterPod"), entry.kubeRouterPod},
                                  {QStringLiteral("kubeRouterRunning"), entry.kubeRouterRunning}});
    }
    return {{QStringLiteral("runId"), runId},
            {QStringLiteral("clusterCidr"), clusterCidr},
            {QStringLiteral("applicable"), isApplicable()},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("nodes"), nodes}};
}

} // namespace podnet
