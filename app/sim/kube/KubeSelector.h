// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace podnet::sim {

/// A labelSelector plus a fieldSelector from a LIST or WATCH query.
/// Labels: `k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`.
/// Fields: `path=v`, `path==v`, `path!=v` for any dotted path (metadata.name, spec.nodeName).
class KubeSelector
{
public:
    /// Parses both selectors (either may be empty); nullopt and \a error on bad syntax.
    static std::optional<KubeSelector> parse(const QString &labelSelector,
                                             const QString &fieldSelector, QString *error);
    /// True when \a object satisfies every term.
    bool matches(const QJsonObject &object) const;
    bool isEmpty() const { return m_terms.isEmpty(); }

private:
    enum class Op { Equals, NotEquals, Exists, NotExists, In, NotIn };
    struct Term
    {
        bool field = false;
        QString key;
        Op op = Op::Equals;
        QStringList values;
    };
    static bool parseLabels(const QString &text, QList<Term> *terms);
    static bool parseFields(const QString &text, QList<Term> *terms);

    QList<Term> m_terms;
};

} // namespace podnet::sim
