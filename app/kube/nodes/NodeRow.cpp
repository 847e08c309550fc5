// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeRow.h"

#include "kube/nodes/KubeAge.h"

#include <QStringList>

#include <limits>

namespace podnet {

namespace {

const QString kSeparator = QStringLiteral(" · ");
constexpr qsizetype kDisplayMessageLength = 120;

QString reasonAndMessage(const QString &reason, const QString &message, bool full)
{
    QString shown = message.simplified();
    if (!full && shown.size() > kDisplayMessageLength)
        shown = shown.left(kDisplayMessageLength - 1) + QChar(0x2026);
    if (reason.isEmpty())
        return shown;
    if (shown.isEmpty())
        return reason;
    return reason + QLatin1String(": ") + shown;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

NodeRow::NodeRow(NodeStatus node)
    : m_node(std::move(node))
    , m_nameKey(naturalSortKey(m_node.name))
{ }

void NodeRow::setNode(NodeStatus node)
{
    const bool renamed = node.name != m_node.name;
    m_node = std::move(node);
    if (renamed)
        m_nameKey = naturalSortKey(m_node.name);
}

NodeTableModel::RowState NodeRow::state() const
{
    using State = NodeReadyCondition::State;
    switch (m_node.ready.state) {
    case State::True:
        return NodeTableModel::RowState::Ready;
    case State::False:
        return NodeTableModel::RowState::NotReady;
    case State::Unknown:
        return NodeTableModel::RowState::Unknown;
    case State::Absent:
        break;
    }
    return NodeTableModel::RowState::NoReadyCondition;
}

QString NodeRow::displayText(int column, const QDateTime &now) const
{
    switch (column) {
    case NodeTableModel::NameColumn:
        return m_node.name;
    case NodeTableModel::StatusColumn:
        return m_node.statusText();
    case NodeTableModel::RolesColumn:
        return m_node.roles;
    case NodeTableModel::AgeColumn:
        return KubeAge::since(m_node.creationTimestamp, now);
    case NodeTableModel::VersionColumn:
        return m_node.kubeletVersion;
    case NodeTableModel::InternalIpColumn:
        return m_node.internalIpText();
    case NodeTableModel::PodCidrColumn:
        return podCidrText();
    case NodeTableModel::RouterPodColumn:
        return routerPodText();
    case NodeTableModel::WhyNotReadyColumn:
        return whyNotReadyText(now, false);
    default:
        break;
    }
    return {};
}

QString NodeRow::toolTip(int column, const QDateTime &now) const
{
    switch (column) {
    case NodeTableModel::NameColumn:
        return nameToolTip();
    case NodeTableModel::StatusColumn:
        return statusToolTip(now);
    case NodeTableModel::AgeColumn:
        if (!m_node.creationTimestamp.isValid())
            return tr("The node has no creation time.", "@info:tooltip");
        return tr("Created %1 (UTC).", "@info:tooltip").arg(utcText(m_node.creationTimestamp));
    case NodeTableModel::PodCidrColumn:
        return podCidrToolTip();
    case NodeTableModel::RouterPodColumn:
        return routerPodToolTip(now);
    case NodeTableModel::WhyNotReadyColumn:
        return whyNotReadyText(now, true);
    default:
        break;
    }
    return {};
}

QVariant NodeRow::sortValue(int column) const
{
    switch (column) {
    case NodeTableModel::NameColumn:
        return m_nameKey;
    case NodeTableModel::StatusColumn:
        return static_cast<int>(state()) * 2 + (m_node.unschedulable ? 1 : 0);
    case NodeTableModel::RolesColumn:
        return naturalSortKey(m_node.roles);
    case NodeTableModel::AgeColumn:
        // Younger nodes have later creation times; an unknown one goes last.
        return m_node.creationTimestamp.isValid() ? -m_node.creationTimestamp.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::max();
    case NodeTableModel::VersionColumn:
        return naturalSortKey(m_node.kubeletVersion);
    case NodeTableModel::InternalIpColumn:
        return naturalSortKey(m_node.internalIp);
    case NodeTableModel::PodCidrColumn:
        return naturalSortKey(m_node.effectivePodCidr());
    case NodeTableModel::RouterPodColumn:
        return m_pod ? naturalSortKey(m_pod->status + QLatin1Char(' ') + m_pod->readyText())
                     : QString();
    case NodeTableModel::WhyNotReadyColumn:
        return static_cast<int>(state());
    default:
        break;
    }
    return {};
}

QString NodeRow::naturalSortKey(const QString &text)
{
    constexpr qsizetype width = 20;
    QString key;
    key.reserve(text.size() + 2 * width);
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isDigit()) {
            key.append(text.at(i).toLower());
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - i < width)
            key.append(QString(width - (end - i), QLatin1Char('0')));
        key.append(QStringView(text).mid(i, end - i));
        i = end;
    }
    return key;
}

QString NodeRow::podCidrText() const
{
    switch (m_node.podCidrSource()) {
    case NodeStatus::PodCidrSource::PodCidrAnnotation:
    case NodeStatus::PodCidrSource::PodCidrsAnnotation:
        return tr("%1 (annotation)", "@item pod range from a node annotation")
                .arg(m_node.effectivePodCidr());
    case NodeStatus::PodCidrSource::Spec:
        return tr("%1 (spec.podCIDR)", "@item pod range from the node's spec")
                .arg(m_node.effectivePodCidr());
    case NodeStatus::PodCidrSource::None:
        break;
    }
    return tr("none — kube-router will crash-loop", "@item no pod range");
}

QString NodeRow::podCidrToolTip() const
{
    QStringList lines;
    if (m_node.podCidrAnnotation)
        lines << tr("Annotation kube-router.io/pod-cidr: %1", "@info:tooltip")
                         .arg(*m_node.podCidrAnnotation);
    if (m_node.podCidrsAnnotation)
        lines << tr("Annotation kube-router.io/pod-cidrs: %1", "@info:tooltip")
                         .arg(*m_node.podCidrsAnnotation);
    if (!m_node.specPodCidr.isEmpty())
        lines << tr("spec.podCIDR: %1", "@info:tooltip").arg(m_node.specPodCidr);
    if (m_node.podCidrSource() == NodeStatus::PodCidrSource::None) {
        lines << tr("This node has no pod range, so kube-router cannot start on it and "
                    "crash-loops. Add the kube-router.io/pod-cidr annotation to the node.",
                    "@info:tooltip");
    } else {
        lines << tr("kube-router uses %1. It reads the annotations only when its pod starts: "
                    "after changing them, delete the node's kube-router pod so it restarts.",
                    "@info:tooltip")
                         .arg(m_node.effectivePodCidr());
    }
    return lines.join(QLatin1Char('\n'));
}

QString NodeRow::routerPodText() const
{
    if (!m_pod)
        return tr("no pod yet", "@item kube-router pod");
    QString text = m_pod->status + QLatin1Char(' ') + m_pod->readyText();
    if (m_pod->restarts > 0) {
        text += kSeparator + tr("%n restart(s)", "@item kube-router pod", m_pod->restarts);
        if (const auto &last = m_pod->lastTermination) {
            text += kSeparator
                    + tr("last: %1 (exit %2)", "@item how the container last ended")
                              .arg(last->reason.isEmpty() ? QStringLiteral("?") : last->reason,
                                   QString::number(last->exitCode));
        }
    }
    return text;
}

QString NodeRow::routerPodToolTip(const QDateTime &now) const
{
    if (!m_pod)
        return tr("No kube-router pod runs on this node yet. Pods appear once the kube-router "
                  "DaemonSet is installed.",
                  "@info:tooltip");
    QStringList lines;
    lines << tr("Pod %1/%2", "@info:tooltip").arg(m_pod->namespaceName, m_pod->name);
    lines << tr("Status: %1 · ready %2 · %n restart(s)", "@info:tooltip", m_pod->restarts)
                     .arg(m_pod->status, m_pod->readyText());
    if (!m_pod->waitingReason.isEmpty())
        lines << tr("Waiting: %1", "@info:tooltip")
                         .arg(reasonAndMessage(m_pod->waitingReason, m_pod->waitingMessage, true));
    if (const auto &last = m_pod->lastTermination) {
        lines << tr("Last ended %1 ago: %2 (exit %3)", "@info:tooltip")
                         .arg(KubeAge::since(last->finishedAt, now),
                              reasonAndMessage(last->reason, last->message, true),
                              QString::number(last->exitCode));
    }
    if (m_pod->isCrashLooping())
        lines << tr("Read its log: kubectl -n %1 logs %2 --previous", "@info:tooltip")
                         .arg(m_pod->namespaceName, m_pod->name);
    if (m_pod->isTerminating())
        lines << tr("Being deleted since %1 ago.", "@info:tooltip")
                         .arg(KubeAge::since(m_pod->deletionTimestamp, now));
    return lines.join(QLatin1Char('\n'));
}

QString NodeRow::likelyCause() const
{
    if (m_pod && m_pod->isCrashLooping())
        return tr("likely cause: kube-router is crash-looping on this node (%1)",
                  "@item why a node is not Ready")
                .arg(m_pod->name);
    if (m_node.podCidrSource() == NodeStatus::PodCidrSource::None)
        return tr("likely cause: no pod CIDR for kube-router", "@item why a node is not Ready");
    return {};
}

QString NodeRow::whyNotReadyText(const QDateTime &now, bool full) const
{
    const NodeReadyCondition &ready = m_node.ready;
    QStringList parts;
    switch (ready.state) {
    case NodeReadyCondition::State::True:
        if (!full)
            return {};
        parts << tr("Ready since %1 ago", "@info:tooltip")
                         .arg(KubeAge::since(ready.lastTransitionTime, now));
        break;
    case NodeReadyCondition::State::False:
    case NodeReadyCondition::State::Unknown:
        parts << ready.stateText();
        if (!ready.reason.isEmpty() || !ready.message.isEmpty())
            parts << reasonAndMessage(ready.reason, ready.message, full);
        break;
    case NodeReadyCondition::State::Absent:
        parts << tr("no Ready condition: the kubelet has not reported",
                    "@item why a node is not Ready");
        break;
    }
    if (ready.lastHeartbeatTime.isValid())
        parts << tr("last heartbeat %1 ago", "@item why a node is not Ready")
                         .arg(KubeAge::since(ready.lastHeartbeatTime, now));
    if (ready.state != NodeReadyCondition::State::True) {
        const QString cause = likelyCause();
        if (!cause.isEmpty())
            parts << cause;
    }
    return parts.join(full ? QStringLiteral("\n") : kSeparator);
}

QString NodeRow::statusToolTip(const QDateTime &now) const
{
    QStringList lines;
    const NodeReadyCondition &ready = m_node.ready;
    if (ready.state == NodeReadyCondition::State::Absent)
        lines << tr("The node has no Ready condition: its kubelet has not reported yet.",
                    "@info:tooltip");
    else
        lines << tr("Ready condition: %1 for %2", "@info:tooltip")
                         .arg(ready.stateText(), KubeAge::since(ready.lastTransitionTime, now));
    if (m_node.unschedulable)
        lines << tr("Cordoned: no new pods are scheduled here (kubectl uncordon %1).",
                    "@info:tooltip")
                         .arg(m_node.name);
    QStringList taints;
    for (const NodeStatus::Taint &taint : m_node.taints)
        taints << (taint.value.isEmpty() ? taint.key : taint.key + QLatin1Char('=') + taint.value)
                        + QLatin1Char(':') + taint.effect;
    if (!taints.isEmpty())
        lines << tr("Taints: %1", "@info:tooltip").arg(taints.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString NodeRow::nameToolTip() const
{
    return tr("%1\nInternal IP: %2 · External IP: %3\nOS image: %4\nKernel: %5\n"
              "Container runtime: %6",
              "@info:tooltip kubectl's wide columns")
            .arg(m_node.name, m_node.internalIpText(), m_node.externalIpText(),
                 m_node.osImageText(), m_node.kernelVersionText(), m_node.containerRuntimeText());
}

QString NodeRow::problemText(const QDateTime &now) const
{
    const NodeReadyCondition &ready = m_node.ready;
    QString why = reasonAndMessage(ready.reason, ready.message, true);
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    QStringList sentences;
    switch (ready.state) {
    case NodeReadyCondition::State::True:
        return {};
    case NodeReadyCondition::State::False:
        sentences << (why.isEmpty()
                              ? tr("%1 is NotReady.", "@info problem").arg(m_node.name)
                              : tr("%1 is NotReady: %2.", "@info problem").arg(m_node.name, why));
        break;
    case NodeReadyCondition::State::Unknown:
        sentences << tr("%1 stopped reporting (Ready is Unknown: %2). Check that the node is "
                        "running and its kubelet can reach the API server.",
                        "@info problem")
                             .arg(m_node.name, why);
        break;
    case NodeReadyCondition::State::Absent:
        sentences << tr("%1 has no Ready condition: its kubelet has not reported yet. Check "
                        "that the kubelet runs on the node.",
                        "@info problem")
                             .arg(m_node.name);
        break;
    }
    if (ready.lastHeartbeatTime.isValid())
        sentences << tr("Its last heartbeat was %1 ago.", "@info problem")
                             .arg(KubeAge::since(ready.lastHeartbeatTime, now));
    if (m_pod && m_pod->isCrashLooping())
        sentences << tr("Its kube-router pod %1 is crash-looping (%n restart(s)): read its log "
                        "with kubectl -n %2 logs %1 --previous.",
                        "@info problem", m_pod->restarts)
                             .arg(m_pod->name, m_pod->namespaceName);
    if (m_node.podCidrSource() == NodeStatus::PodCidrSource::None)
        sentences << tr("It has no pod CIDR, so kube-router cannot start there: add the "
                        "kube-router.io/pod-cidr annotation.",
                        "@info problem");
    return sentences.join(QLatin1Char(' '));
}

} // namespace podnet
