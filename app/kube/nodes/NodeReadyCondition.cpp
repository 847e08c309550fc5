// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/NodeReadyCondition.h"

#include "kube/nodes/KubeAge.h"

#include <QJsonArray>

namespace podnet {

NodeReadyCondition NodeReadyCondition::fromJson(const QJsonObject &node)
{
    return fromConditions(node.value(QLatin1String("status"))
                                  .toObject()
                                  .value(QLatin1String("conditions"))
                                  .toArray());
}

NodeReadyCondition NodeReadyCondition::fromConditions(const QJsonArray &conditions)
{
    // kubectl keeps the last Ready entry when a (broken) object lists several; kubelets put
    // Ready last, so searching backwards usually stops at once.
    for (qsizetype i = conditions.size() - 1; i >= 0; --i) {
        const QJsonObject condition = conditions.at(i).toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return fromCondition(condition);
    }
    return {};
}

NodeReadyCondition NodeReadyCondition::fromCondition(const QJsonObject &condition)
{
    NodeReadyCondition result;
    const QString status = condition.value(QLatin1String("status")).toString();
    // Anything but True or False is not knowable: kubectl prints NotReady, we say Unknown.
    if (status == QLatin1String("True"))
        result.state = State::True;
    else if (status == QLatin1String("False"))
        result.state = State::False;
    else
        result.state = State::Unknown;
    result.reason = condition.value(QLatin1String("reason")).toString();
    result.message = condition.value(QLatin1String("message")).toString();
    result.lastHeartbeatTime = KubeAge::parseTimestamp(
            condition.value(QLatin1String("lastHeartbeatTime")).toString());
    result.lastTransitionTime = KubeAge::parseTimestamp(
            condition.value(QLatin1String("lastTransitionTime")).toString());
    return result;
}

QString NodeReadyCondition::stateText() const
{
    switch (state) {
    case State::True:
        return QStringLiteral("True");
    case State::False:
        return QStringLiteral("False");
    case State::Unknown:
        return QStringLiteral("Unknown");
    case State::Absent:
        break;
    }
    return {};
}

} // namespace podnet
