// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestDiffYaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace podnet {

namespace {

const QLatin1String kMetadata("metadata");

QString pad(int indent)
{
    return QString(indent, QLatin1Char(' '));
}

bool isMultiLine(const QJsonValue &value)
{
    return value.isString() && value.toString().contains(QLatin1Char('\n'));
}

// A plain scalar would read back as something else (a number, a boolean, null) or break the
// line's syntax: quote it, JSON-style.
bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return true;
    static const QRegularExpression special(
            QStringLiteral(
                    R"(^([-?:,\[\]{}#&*!|>'"%@`]|(true|false|yes|no|on|off|null|~)$|[-+.]?[0-9]))"),
            QRegularExpression::CaseInsensitiveOption);
    if (special.match(text).hasMatch())
        return true;
    return text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #"))
            || text.endsWith(QLatin1Char(':')) || text.contains(QLatin1Char('\t'));
}

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (!needsQuotes(text))
            return text;
        // A one-element array gives JSON's own string escaping.
        const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::Array:
        return QStringLiteral("[]");
    case QJsonValue::Object:
        return QStringLiteral("{}");
    }
    return {};
}

void emitBlock(const QString &text, int indent, QStringList &out)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    for (const QString &line : std::as_const(lines))
        out << (line.isEmpty() ? QString() : pad(indent) + line);
}

void emitObject(const QJsonObject &object, int indent, QStringList &out);

void emitArray(const QJsonArray &array, int indent, QStringList &out)
{
    for (const QJsonValue &item : array) {
        if (item.isObject() && !item.toObject().isEmpty()) {
            QStringList lines;
            emitObject(item.toObject(), indent + 2, lines);
            lines[0] = pad(indent) + QStringLiteral("- ") + lines.at(0).mid(indent + 2);
            out << lines;
        } else if (item.isArray() && !item.toArray().isEmpty()) {
            out << pad(indent) + QLatin1Char('-');
            emitArray(item.toArray(), indent + 2, out);
        } else if (isMultiLine(item)) {
            const QString text = item.toString();
            out << pad(indent)
                            + (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("- |")
                                                                : QStringLiteral("- |-"));
            emitBlock(text, indent + 2, out);
        } else {
            out << pad(indent) + QStringLiteral("- ") + scalar(item);
        }
    }
}

void emitObject(const QJsonObject &object, int indent, QStringList &out)
{
    // QJsonObject iterates in key order, which makes the text stable.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = needsQuotes(it.key()) ? scalar(QJsonValue(it.key())) : it.key();
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            out << pad(indent) + key + QLatin1Char(':');
            emitObject(value.toObject(), indent + 2, out);
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            out << pad(indent) + key + QLatin1Char(':');
            emitArray(value.toArray(), indent, out);
        } else if (isMultiLine(value)) {
            const QString text = value.toString();
            out << pad(indent) + key
                            + (text.endsWith(QLatin1Char('\n')) ? QStringLiteral(": |")
                                                                : QStringLiteral(": |-"));
            emitBlock(text, indent + 2, out);
        } else {
            out << pad(indent) + key + QStringLiteral(": ") + scalar(value);
        }
    }
}

} // namespace

QJsonObject ManifestDiffYaml::comparable(const QJsonObject &object)
{
    QJsonObject result = object;
    result.remove(QStringLiteral("status"));
    QJsonObject metadata = result.value(kMetadata).toObject();
    const QStringList hidden {QStringLiteral("managedFields"), QStringLiteral("resourceVersion"),
                              QStringLiteral("uid"), QStringLiteral("generation"),
                              QStringLiteral("selfLink")};
    for (const QString &key : hidden)
        metadata.remove(key);
    const QStringList keys = metadata.keys();
    for (const QString &key : keys) {
        if (key.endsWith(QLatin1String("Timestamp")))
            metadata.remove(key);
    }
    if (result.contains(kMetadata))
        result.insert(kMetadata, metadata);
    return result;
}

QString ManifestDiffYaml::toText(const QJsonObject &object)
{
    QStringList lines;
    emitObject(object, 0, lines);
    if (lines.isEmpty())
        return {};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace podnet
