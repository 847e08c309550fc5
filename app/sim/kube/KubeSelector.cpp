// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeSelector.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace podnet::sim {

namespace {

/// Splits at commas outside parentheses.
QStringList splitTerms(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

std::optional<QString> fieldValue(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (const QString &key : keys)
        value = value.toObject().value(key);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return std::nullopt;
}

} // namespace

bool KubeSelector::parseLabels(const QString &text, QList<Term> *terms)
{
    static const QRegularExpression setTerm(
            QStringLiteral("^([^\\s!=,()]+)\\s+(in|notin)\\s+\\(([^)]*)\\)$"));
    static const QRegularExpression compare(
            QStringLiteral("^([^\\s!=,()]+)\\s*(==|=|!=)\\s*([^\\s!=,()]*)$"));
    static const QRegularExpression exists(QStringLiteral("^(!?)\\s*([^\\s!=,()]+)$"));
    const QStringList parts = splitTerms(text);
    for (const QString &part : parts) {
        Term term;
        if (const auto match = setTerm.match(part); match.hasMatch()) {
            term.key = match.captured(1);
            term.op = match.captured(2) == QLatin1String("in") ? Op::In : Op::NotIn;
            const QStringList values = match.captured(3).split(QLatin1Char(','));
            for (const QString &value : values)
                term.values << value.trimmed();
        } else if (const auto cmp = compare.match(part); cmp.hasMatch()) {
            term.key = cmp.captured(1);
            term.op = cmp.captured(2) == QLatin1String("!=") ? Op::NotEquals : Op::Equals;
            term.values << cmp.captured(3);
        } else if (const auto ex = exists.match(part); ex.hasMatch()) {
            term.key = ex.captured(2);
            term.op = ex.captured(1).isEmpty() ? Op::Exists : Op::NotExists;
        } else {
            return false;
        }
        *terms << term;
    }
    return true;
}

bool KubeSelector::parseFields(const QString &text, QList<Term> *terms)
{
    static const QRegularExpression compare(QStringLiteral("^([^\\s!=,]+)\\s*(==|=|!=)\\s*(.*)$"));
    const QStringList parts = splitTerms(text);
    for (const QString &part : parts) {
        const auto match = compare.match(part);
        if (!match.hasMatch())
            return false;
        Term term;
        term.field = true;
        term.key = match.captured(1);
        term.op = match.captured(2) == QLatin1String("!=") ? Op::NotEquals : Op::Equals;
        term.values << match.captured(3).trimmed();
        *terms << term;
    }
    return true;
}

std::optional<KubeSelector> KubeSelector::parse(const QString &labelSelector,
                                                const QString &fieldSelector, QString *error)
{
    KubeSelector selector;
    if (!parseLabels(labelSelector, &selector.m_terms)) {
        if (error)
            *error = QStringLiteral("unable to parse requirement: %1").arg(labelSelector);
        return std::nullopt;
    }
    if (!parseFields(fieldSelector, &selector.m_terms)) {
        if (error)
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%1'")
                             .arg(fieldSelector);
        return std::nullopt;
    }
    return selector;
}

bool KubeSelector::matches(const QJsonObject &object) const
{
    const QJsonObject labels = object.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("labels"))
                                       .toObject();
    for (const Term &term : m_terms) {
        std::optional<QString> value;
        if (term.field) {
            value = fieldValue(object, term.key);
            // An unset field compares as the empty string, like the API server.
            if (!value)
                value = QString();
        } else if (labels.contains(term.key)) {
            value = labels.value(term.key).toString();
        }
        bool ok = false;
        switch (term.op) {
        case Op::Equals:
            ok = value && *value == term.values.value(0);
            break;
        case Op::NotEquals:
            ok = !value || *value != term.values.value(0);
            break;
        case Op::Exists:
            ok = value.has_value();
            break;
        case Op::NotExists:
            ok = !value;
            break;
        case Op::In:
            ok = value && term.values.contains(*value);
            break;
        case Op::NotIn:
            ok = !value || !term.values.contains(*value);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace podnet::sim
