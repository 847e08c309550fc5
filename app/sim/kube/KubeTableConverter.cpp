// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeTableConverter.h"

#include "KubeResourceCatalog.h"

#include <QStringList>

#include <algorithm>

namespace podnet::sim {

namespace {

QJsonObject column(const char *name, const char *type = "string", int priority = 0,
                   const char *format = "")
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("format"), QLatin1String(format)},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("priority"), priority}};
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString ageOf(const QJsonObject &object)
{
    const QDateTime created
            = QDateTime::fromString(object.value(QStringLiteral("metadata"))
                                            .toObject()
                                            .value(QStringLiteral("creationTimestamp"))
                                            .toString(),
                                    Qt::ISODate);
    return KubeTableConverter::age(created, QDateTime::currentDateTimeUtc());
}

QString nodeRoles(const QJsonObject &node)
{
    const QJsonObject labels = node.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("labels"))
                                       .toObject();
    QStringList roles;
    const QString prefix = QStringLiteral("node-role.kubernetes.io/");
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && it.key().size() > prefix.size())
            roles << it.key().mid(prefix.size());
        else if (it.key() == QLatin1String("kubernetes.io/role")
                 && !it.value().toString().isEmpty())
            roles << it.value().toString();
    }
    roles.sort();
    roles.removeDuplicates();
    return roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(','));
}

QString nodeAddress(const QJsonObject &node, const char *type)
{
    const QJsonArray addresses = node.value(QStringLiteral("status"))
                                         .toObject()
                                         .value(QStringLiteral("addresses"))
                                         .toArray();
    for (const QJsonValue &value : addresses) {
        if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String(type))
            return value.toObject().value(QStringLiteral("address")).toString();
    }
    return QStringLiteral("<none>");
}

QString selectorText(const QJsonObject &selector)
{
    QStringList parts;
    for (auto it = selector.constBegin(); it != selector.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(QLatin1Char(','));
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<none>") : value;
}

/// What kubectl shows for a pod: its STATUS word, ready containers and RESTARTS text.
struct PodSummary
{
    QString status;
    qsizetype readyContainers = 0;
    QString restarts;
    qsizetype readyGates = 0;
};

/// The STATUS of a container that ended: its reason, else the signal or exit code.
QString endedReason(const QJsonObject &terminated)
{
    if (!str(terminated, "reason").isEmpty())
        return str(terminated, "reason");
    const int signal = terminated.value(QStringLiteral("signal")).toInt();
    return signal != 0 ? QStringLiteral("Signal:%1").arg(signal)
                       : QStringLiteral("ExitCode:%1")
                                 .arg(terminated.value(QStringLiteral("exitCode")).toInt());
}

bool hasTrueCondition(const QJsonObject &status, const QString &type)
{
    const QJsonArray conditions = status.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &value : conditions) {
        if (str(value.toObject(), "type") == type)
            return str(value.toObject(), "status") == QLatin1String("True");
    }
    return false;
}

/// Pod printing as kube-apiserver's table printer does it: the phase (or status.reason),
/// overridden by an unfinished init container ("Init:…"), else by the last container that
/// waits or ended; restarts summed, with the age of the latest restart.
PodSummary summarize(const QJsonObject &pod)
{
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    PodSummary summary;
    summary.status = str(status, "reason").isEmpty() ? str(status, "phase") : str(status, "reason");
    qint64 restarts = 0;
    QDateTime lastRestart;
    auto noteRestarts = [&](const QJsonObject &container) {
        restarts += container.value(QStringLiteral("restartCount")).toInteger();
        const QDateTime finished
                = QDateTime::fromString(str(container.value(QStringLiteral("lastState"))
                                                    .toObject()
                                                    .value(QStringLiteral("terminated"))
                                                    .toObject(),
                                            "finishedAt"),
                                        Qt::ISODate);
        if (finished.isValid() && (!lastRestart.isValid() || finished > lastRestart))
            lastRestart = finished;
    };
    bool initializing = false;
    const QJsonArray inits = status.value(QStringLiteral("initContainerStatuses")).toArray();
    for (qsizetype i = 0; i < inits.size(); ++i) {
        const QJsonObject container = inits.at(i).toObject();
        const QJsonObject state = container.value(QStringLiteral("state")).toObject();
        const QJsonObject terminated = state.value(QStringLiteral("terminated")).toObject();
        const QString waiting = str(state.value(QStringLiteral("waiting")).toObject(), "reason");
        noteRestarts(container);
        if (!terminated.isEmpty() && terminated.value(QStringLiteral("exitCode")).toInt() == 0)
            continue;
        if (!terminated.isEmpty())
            summary.status = QStringLiteral("Init:") + endedReason(terminated);
        else if (!waiting.isEmpty() && waiting != QLatin1String("PodInitializing"))
            summary.status = QStringLiteral("Init:") + waiting;
        else
            summary.status = QStringLiteral("Init:%1/%2").arg(i).arg(inits.size());
        initializing = true;
        break;
    }
    if (!initializing) {
        restarts = 0;
        lastRestart = QDateTime();
        bool hasRunning = false;
        const QJsonArray containers = status.value(QStringLiteral("containerStatuses")).toArray();
        for (qsizetype i = containers.size() - 1; i >= 0; --i) {
            const QJsonObject container = containers.at(i).toObject();
            const QJsonObject state = container.value(QStringLiteral("state")).toObject();
            const QJsonObject terminated = state.value(QStringLiteral("terminated")).toObject();
            const QString waiting
                    = str(state.value(QStringLiteral("waiting")).toObject(), "reason");
            noteRestarts(container);
            if (!waiting.isEmpty()) {
                summary.status = waiting;
            } else if (!terminated.isEmpty()) {
                summary.status = endedReason(terminated);
            } else if (container.value(QStringLiteral("ready")).toBool()
                       && state.contains(QStringLiteral("running"))) {
                hasRunning = true;
                ++summary.readyContainers;
            }
        }
        if (summary.status == QLatin1String("Completed") && hasRunning)
            summary.status = hasTrueCondition(status, QStringLiteral("Ready"))
                    ? QStringLiteral("Running")
                    : QStringLiteral("NotReady");
    }
    if (metadata.contains(QStringLiteral("deletionTimestamp")))
        summary.status = str(status, "reason") == QLatin1String("NodeLost")
                ? QStringLiteral("Unknown")
                : QStringLiteral("Terminating");
    summary.restarts = QString::number(restarts);
    if (restarts != 0 && lastRestart.isValid())
        summary.restarts += QStringLiteral(" (%1 ago)")
                                    .arg(KubeTableConverter::age(lastRestart,
                                                                 QDateTime::currentDateTimeUtc()));
    const QJsonArray gates = pod.value(QStringLiteral("spec"))
                                     .toObject()
                                     .value(QStringLiteral("readinessGates"))
                                     .toArray();
    for (const QJsonValue &gate : gates) {
        const QString type = str(gate.toObject(), "conditionType");
        summary.readyGates += hasTrueCondition(status, type) ? 1 : 0;
    }
    return summary;
}

} // namespace

QString KubeTableConverter::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QStringLiteral("<unknown>");
    // Like HumanDuration: clocks may disagree by a second; further in the future is invalid.
    const qint64 difference = since.secsTo(now);
    if (difference < -1)
        return QStringLiteral("<invalid>");
    const qint64 seconds = std::max<qint64>(0, difference);
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    const qint64 years = days / 365;
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (minutes < 10)
        return seconds % 60 == 0 ? QStringLiteral("%1m").arg(minutes)
                                 : QStringLiteral("%1m%2s").arg(minutes).arg(seconds % 60);
    if (hours < 3)
        return QStringLiteral("%1m").arg(minutes);
    if (hours < 8)
        return minutes % 60 == 0 ? QStringLiteral("%1h").arg(hours)
                                 : QStringLiteral("%1h%2m").arg(hours).arg(minutes % 60);
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (days < 8)
        return hours % 24 == 0 ? QStringLiteral("%1d").arg(days)
                               : QStringLiteral("%1d%2h").arg(days).arg(hours % 24);
    if (years < 2)
        return QStringLiteral("%1d").arg(days);
    if (years < 8)
        return days % 365 == 0 ? QStringLiteral("%1y").arg(years)
                               : QStringLiteral("%1y%2d").arg(years).arg(days % 365);
    return QStringLiteral("%1y").arg(years);
}

QString KubeTableConverter::nodeStatus(const QJsonObject &node)
{
    QString status = QStringLiteral("Unknown");
    const QJsonArray conditions = node.value(QStringLiteral("status"))
                                          .toObject()
                                          .value(QStringLiteral("conditions"))
                                          .toArray();
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            status = condition.value(QStringLiteral("status")).toString() == QLatin1String("True")
                    ? QStringLiteral("Ready")
                    : QStringLiteral("NotReady");
    }
    if (node.value(QStringLiteral("spec"))
                .toObject()
                .value(QStringLiteral("unschedulable"))
                .toBool())
        status += QStringLiteral(",SchedulingDisabled");
    return status;
}

QJsonArray KubeTableConverter::columns(const KubeResourceType &type)
{
    QJsonArray result {column("Name", "string", 0, "name")};
    if (type.plural == QLatin1String("nodes")) {
        result << column("Status") << column("Roles") << column("Age") << column("Version")
               << column("Internal-IP", "string", 1) << column("External-IP", "string", 1)
               << column("OS-Image", "string", 1) << column("Kernel-Version", "string", 1)
               << column("Container-Runtime", "string", 1);
    } else if (type.plural == QLatin1String("pods")) {
        result << column("Ready") << column("Status") << column("Restarts", "string")
               << column("Age") << column("IP", "string", 1) << column("Node", "string", 1)
               << column("Nominated Node", "string", 1) << column("Readiness Gates", "string", 1);
    } else if (type.plural == QLatin1String("daemonsets")) {
        result << column("Desired", "integer") << column("Current", "integer")
               << column("Ready", "integer") << column("Up-to-date", "integer")
               << column("Available", "integer") << column("Node Selector") << column("Age");
    } else if (type.plural == QLatin1String("configmaps")) {
        result << column("Data", "integer") << column("Age");
    } else if (type.plural == QLatin1String("serviceaccounts")) {
        result << column("Secrets", "integer") << column("Age");
    } else if (type.plural == QLatin1String("namespaces")) {
        result << column("Status") << column("Age");
    } else {
        result << column("Created At", "date");
    }
    return result;
}

QJsonArray KubeTableConverter::cells(const KubeResourceType &type, const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = object.value(QStringLiteral("status")).toObject();
    QJsonArray result {str(metadata, "name")};
    if (type.plural == QLatin1String("nodes")) {
        const QJsonObject info = status.value(QStringLiteral("nodeInfo")).toObject();
        result << nodeStatus(object) << nodeRoles(object) << ageOf(object)
               << str(info, "kubeletVersion") << nodeAddress(object, "InternalIP")
               << nodeAddress(object, "ExternalIP") << str(info, "osImage")
               << str(info, "kernelVersion") << str(info, "containerRuntimeVersion");
    } else if (type.plural == QLatin1String("pods")) {
        const PodSummary pod = summarize(object);
        const QJsonArray gates = spec.value(QStringLiteral("readinessGates")).toArray();
        result << QStringLiteral("%1/%2")
                          .arg(pod.readyContainers)
                          .arg(spec.value(QStringLiteral("containers")).toArray().size())
               << pod.status << pod.restarts << ageOf(object) << orNone(str(status, "podIP"))
               << orNone(str(spec, "nodeName")) << orNone(str(status, "nominatedNodeName"))
               << (gates.isEmpty() ? QStringLiteral("<none>")
                                   : QStringLiteral("%1/%2").arg(pod.readyGates).arg(gates.size()));
    } else if (type.plural == QLatin1String("daemonsets")) {
        const QJsonObject selector = spec.value(QStringLiteral("template"))
                                             .toObject()
                                             .value(QStringLiteral("spec"))
                                             .toObject()
                                             .value(QStringLiteral("nodeSelector"))
                                             .toObject();
        result << status.value(QStringLiteral("desiredNumberScheduled")).toInteger()
               << status.value(QStringLiteral("currentNumberScheduled")).toInteger()
               << status.value(QStringLiteral("numberReady")).toInteger()
               << status.value(QStringLiteral("updatedNumberScheduled")).toInteger()
               << status.value(QStringLiteral("numberAvailable")).toInteger()
               << selectorText(selector) << ageOf(object);
    } else if (type.plural == QLatin1String("configmaps")) {
        result << object.value(QStringLiteral("data")).toObject().size()
                        + object.value(QStringLiteral("binaryData")).toObject().size()
               << ageOf(object);
    } else if (type.plural == QLatin1String("serviceaccounts")) {
        result << object.value(QStringLiteral("secrets")).toArray().size() << ageOf(object);
    } else if (type.plural == QLatin1String("namespaces")) {
        result << (status.contains(QStringLiteral("phase")) ? str(status, "phase")
                                                            : QStringLiteral("Active"))
               << ageOf(object);
    } else {
        result << str(metadata, "creationTimestamp");
    }
    return result;
}

QJsonObject KubeTableConverter::table(const KubeResourceType &type,
                                      const QList<QJsonObject> &objects,
                                      const QString &resourceVersion, Include include,
                                      bool withColumns)
{
    QJsonArray rows;
    for (const QJsonObject &object : objects) {
        QJsonObject row {{QStringLiteral("cells"), cells(type, object)}};
        if (include == Include::Object) {
            row.insert(QStringLiteral("object"), object);
        } else if (include == Include::Metadata) {
            QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
            metadata.remove(QStringLiteral("managedFields"));
            row.insert(
                    QStringLiteral("object"),
                    QJsonObject {{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                                 {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                                 {QStringLiteral("metadata"), metadata}});
        }
        rows.append(row);
    }
    QJsonObject table {{QStringLiteral("kind"), QStringLiteral("Table")},
                       {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                       {QStringLiteral("metadata"),
                        QJsonObject {{QStringLiteral("resourceVersion"), resourceVersion}}},
                       {QStringLiteral("rows"), rows}};
    table.insert(QStringLiteral("columnDefinitions"), withColumns ? columns(type) : QJsonArray());
    return table;
}

} // namespace podnet::sim
