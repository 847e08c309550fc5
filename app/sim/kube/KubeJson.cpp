// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace podnet::sim {

namespace {

QJsonValue plainScalar(const std::string &text)
{
    const QString value = QString::fromStdString(text);
    // The YAML 1.2 core schema, which is what Kubernetes (sigs.k8s.io/yaml) resolves.
    if (value == QLatin1String("true") || value == QLatin1String("True")
        || value == QLatin1String("TRUE"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("False")
        || value == QLatin1String("FALSE"))
        return false;
    if (value.isEmpty() || value == QLatin1String("~") || value == QLatin1String("null")
        || value == QLatin1String("Null") || value == QLatin1String("NULL"))
        return QJsonValue::Null;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    if (integer.match(value).hasMatch()) {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
    }
    static const QRegularExpression floating(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (floating.match(value).hasMatch())
        return value.toDouble();
    return value;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>()),
                          toJson(item.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        // A quoted or tagged scalar is a string; a plain one is resolved.
        if (node.Tag() == "?")
            return plainScalar(node.Scalar());
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

std::optional<QJsonObject> KubeJson::parseObject(const QByteArray &body, QString *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            return document.object();
    }
    try {
        const YAML::Node root = YAML::Load(body.toStdString());
        const QJsonValue value = toJson(root);
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("the body is not an object");
            return std::nullopt;
        }
        return value.toObject();
    } catch (const YAML::Exception &exception) {
        if (error)
            *error = QStringLiteral("yaml: line %1, column %2: %3")
                             .arg(exception.mark.line + 1)
                             .arg(exception.mark.column + 1)
                             .arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
}

QJsonValue KubeJson::mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.constBegin(); it != patchObject.constEnd(); ++it) {
        // Strategic merge patch directives have no meaning for the fields we patch.
        if (it.key().startsWith(QLatin1Char('$')))
            continue;
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

QJsonObject KubeJson::deepMerge(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = base;
    for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
        const QJsonValue current = result.value(it.key());
        if (current.isObject() && it.value().isObject())
            result.insert(it.key(), deepMerge(current.toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QList<KubeFieldPath> KubeJson::leafPaths(const QJsonObject &object)
{
    QList<KubeFieldPath> paths;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            const QList<KubeFieldPath> children = leafPaths(it.value().toObject());
            for (const KubeFieldPath &child : children)
                paths << (KubeFieldPath {it.key()} + child);
        } else {
            paths << KubeFieldPath {it.key()};
        }
    }
    return paths;
}

QJsonValue KubeJson::valueAt(const QJsonObject &object, const KubeFieldPath &path)
{
    QJsonValue current = object;
    for (const QString &key : path) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

QJsonObject KubeJson::removeAt(const QJsonObject &object, const KubeFieldPath &path)
{
    if (path.isEmpty())
        return object;
    QJsonObject result = object;
    if (path.size() == 1) {
        result.remove(path.first());
        return result;
    }
    const QJsonValue child = result.value(path.first());
    if (!child.isObject())
        return result;
    result.insert(path.first(), removeAt(child.toObject(), path.mid(1)));
    return result;
}

QString KubeJson::pathText(const KubeFieldPath &path)
{
    return QLatin1Char('.') + path.join(QLatin1Char('.'));
}

bool KubeJson::overlaps(const KubeFieldPath &a, const KubeFieldPath &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return false;
    }
    return true;
}

QString KubeJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString KubeJson::now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

QByteArray KubeJson::bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace podnet::sim
