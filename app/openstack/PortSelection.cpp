// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortSelection.h"

#include <QRegularExpression>

namespace podnet {

PortSelection PortSelection::byNamePattern(const QString &pattern)
{
    PortSelection selection;
    selection.m_mode = Mode::NamePattern;
    selection.m_pattern = pattern;
    return selection;
}

PortSelection PortSelection::byServerIds(const QSet<QString> &serverIds)
{
    PortSelection selection;
    selection.m_mode = Mode::ServerIds;
    selection.m_serverIds = serverIds;
    return selection;
}

bool PortSelection::matches(const QString &serverId, const QString &serverName) const
{
    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::ServerIds:
        return m_serverIds.contains(serverId);
    case Mode::NamePattern:
        break;
    }
    // Only * and ? are special: everything else, brackets included, is literal.
    QString expression;
    for (const QChar c : m_pattern) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression glob(QRegularExpression::anchoredPattern(expression),
                                  QRegularExpression::DotMatchesEverythingOption);
    return glob.match(serverName).hasMatch();
}

} // namespace podnet
