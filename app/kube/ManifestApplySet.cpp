// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestApplySet.h"
#include "kube/ManifestApplyPreparation.h"

#include "kube/KubeDiscoveryJob.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace podnet {

namespace {

const QLatin1String kMetadata("metadata");

QJsonValue plainScalar(const QString &text)
{
    static const QRegularExpression nullValue(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression trueValue(
            QStringLiteral("^(true|True|TRUE|yes|Yes|YES|on|On|ON)$"));
    static const QRegularExpression falseValue(
            QStringLiteral("^(false|False|FALSE|no|No|NO|off|Off|OFF)$"));
    static const QRegularExpression decimal(QStringLiteral(
            R"(^[-+]?(0|[1-9][0-9_]*)$|^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$)"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octal(QStringLiteral("^0[0-7]+$"));
    if (nullValue.match(text).hasMatch())
        return QJsonValue::Null;
    if (trueValue.match(text).hasMatch())
        return true;
    if (falseValue.match(text).hasMatch())
        return false;
    bool ok = false;
    if (decimal.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        const double number = digits.toDouble(&ok);
        if (ok)
            return number;
    }
    if (hex.match(text).hasMatch()) {
        const qlonglong number = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return static_cast<double>(number);
    }
    if (octal.match(text).hasMatch()) {
        const qlonglong number = text.mid(1).toLongLong(&ok, 8);
        if (ok)
            return static_cast<double>(number);
    }
    return text;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // "?" is a plain scalar; "!" a quoted or block one, which is always text.
        if (node.Tag() == "?")
            return plainScalar(text);
        if (node.Tag() == "tag:yaml.org,2002:int" || node.Tag() == "tag:yaml.org,2002:float"
            || node.Tag() == "tag:yaml.org,2002:bool")
            return plainScalar(text);
        return text;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.Scalar()), toJson(entry.second));
        return object;
    }
    }
    return QJsonValue::Null;
}

} // namespace

std::optional<QList<QJsonObject>> ManifestApplySet::parseDocuments(const QByteArray &text,
                                                                   QString *error)
{
    QList<QJsonObject> documents;
    try {
        const std::vector<YAML::Node> nodes = YAML::LoadAll(text.toStdString());
        for (const YAML::Node &node : nodes) {
            if (node.IsNull())
                continue;
            if (!node.IsMap()) {
                if (error)
                    *error = tr("Document %1 of the manifest is not an object (line %2). Check "
                                "the manifest text, or render it again.")
                                     .arg(documents.size() + 1)
                                     .arg(node.Mark().line + 1);
                return std::nullopt;
            }
            documents << toJson(node).toObject();
        }
    } catch (const YAML::Exception &exception) {
        if (error)
            *error = tr("The manifest is not valid YAML at line %1, column %2: %3. Correct the "
                        "template, or render it again.")
                             .arg(exception.mark.line + 1)
                             .arg(exception.mark.column + 1)
                             .arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
    return documents;
}

int ManifestApplySet::dependencyRank(const QString &kind)
{
    static const QStringList order {
            QStringLiteral("Namespace"),   QStringLiteral("ServiceAccount"),
            QStringLiteral("ClusterRole"), QStringLiteral("ClusterRoleBinding"),
            QStringLiteral("ConfigMap"),   QStringLiteral("DaemonSet")};
    const qsizetype rank = order.indexOf(kind);
    return rank < 0 ? static_cast<int>(order.size()) : static_cast<int>(rank);
}

std::optional<ManifestApplySet> ManifestApplySet::build(const QByteArray &text,
                                                        const KubeResourceMap &map,
                                                        const QString &defaultNamespace,
                                                        QString *error)
{
    const std::optional<QList<QJsonObject>> documents = parseDocuments(text, error);
    if (!documents)
        return std::nullopt;
    ManifestApplySet set;
    for (qsizetype index = 0; index < documents->size(); ++index) {
        QJsonObject document = documents->at(index);
        QJsonObject metadata = document.value(kMetadata).toObject();
        ManifestApplyItem item;
        item.resource.apiVersion = document.value(QStringLiteral("apiVersion")).toString();
        item.resource.kind = document.value(QStringLiteral("kind")).toString();
        item.resource.name = metadata.value(QStringLiteral("name")).toString();
        item.resource.namespaceName = metadata.value(QStringLiteral("namespace")).toString();
        item.fileIndex = static_cast<int>(index);
        if (item.resource.apiVersion.isEmpty() || item.resource.kind.isEmpty()
            || item.resource.name.isEmpty()) {
            if (error)
                *error = tr("Document %1 of the manifest lacks apiVersion, kind or metadata.name. "
                            "Correct the template, or render it again.")
                                 .arg(index + 1);
            return std::nullopt;
        }
        const std::optional<KubeResourceMap::Resource> resource
                = map.find(item.resource.apiVersion, item.resource.kind);
        QString pathError;
        const std::optional<QString> path
                = map.objectPath(item.resource.apiVersion, item.resource.kind, item.resource.name,
                                 item.resource.namespaceName, defaultNamespace, &pathError);
        if (!resource || !path) {
            if (error)
                *error = pathError;
            return std::nullopt;
        }
        item.namespaced = resource->namespaced;
        item.path = *path;
        if (item.namespaced && item.resource.namespaceName.isEmpty()) {
            metadata.insert(QStringLiteral("namespace"), defaultNamespace);
            document.insert(kMetadata, metadata);
        } else if (!item.namespaced && metadata.contains(QStringLiteral("namespace"))) {
            // The server ignores it for cluster-scoped kinds; sending it only confuses.
            metadata.remove(QStringLiteral("namespace"));
            document.insert(kMetadata, metadata);
        }
        item.document = document;
        set.m_items << item;
    }
    std::stable_sort(set.m_items.begin(), set.m_items.end(),
                     [](const ManifestApplyItem &a, const ManifestApplyItem &b) {
                         return dependencyRank(a.resource.kind) < dependencyRank(b.resource.kind);
                     });
    return set;
}

void ManifestApplySet::prepare(KubeClient *client, const KubeResourceMap &map,
                               const QByteArray &text, const QString &defaultNamespace,
                               QObject *context,
                               std::function<void(const ManifestApplyPreparation &)> done)
{
    auto finish = [text, defaultNamespace, done](const KubeResourceMap &found,
                                                 const QString &message, const QString &detail) {
        ManifestApplyPreparation prepared;
        prepared.map = found;
        prepared.message = message;
        prepared.detail = detail;
        if (!found.isEmpty())
            prepared.set = build(text, found, defaultNamespace, &prepared.message);
        done(prepared);
    };
    if (!map.isEmpty()) {
        // Never call back from inside the call: the caller may not be ready for it yet.
        QMetaObject::invokeMethod(
                context, [map, finish] { finish(map, QString(), QString()); },
                Qt::QueuedConnection);
        return;
    }
    auto *job = new KubeDiscoveryJob(client, context);
    QObject::connect(job, &KubeDiscoveryJob::finished, context, [job, finish] {
        if (job->isOk())
            finish(job->resourceMap(), QString(), QString());
        else
            finish(KubeResourceMap(), job->errorMessage(), job->errorDetail());
    });
    job->start();
}

QList<ManifestApplyItem> ManifestApplySet::removalOrder() const
{
    QList<ManifestApplyItem> reversed = m_items;
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace podnet
