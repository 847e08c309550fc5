// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

namespace podnet {

/// Which servers' compute ports a plan covers: all of them (the tutorial's choice), those whose
/// server name matches a glob (* and ?), or an explicit set of server ids (ticked rows).
class PortSelection
{
public:
    enum class Mode { All, NamePattern, ServerIds };

    PortSelection() = default;
    static PortSelection all() { return {}; }
    /// \a pattern is a glob matched against the whole server name, case-sensitively.
    static PortSelection byNamePattern(const QString &pattern);
    static PortSelection byServerIds(const QSet<QString> &serverIds);

    Mode mode() const { return m_mode; }
    QString pattern() const { return m_pattern; }
    QSet<QString> serverIds() const { return m_serverIds; }

    /// Whether the server \a serverId named \a serverName is selected.
    bool matches(const QString &serverId, const QString &serverName) const;

private:
    Mode m_mode = Mode::All;
    QString m_pattern;
    QSet<QString> m_serverIds;
};

} // namespace podnet
