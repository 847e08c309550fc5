// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profile/ProfileProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace podnet {

/// The schema-independent half of reading a profile: walks yaml-cpp nodes, refuses unknown,
/// repeated and secret-looking keys and non-scalar values, remembers where each key was, and
/// collects every problem with its 1-based line and column. ProfileReader adds the schema.
class ProfileYamlWalker
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)
public:
    /// Called for each known key of a section with its value and where the key starts.
    using Reader = std::function<void(const QString &key, const YAML::Node &value,
                                      const YAML::Mark &keyMark)>;

    /// \a file names the profile in every problem.
    explicit ProfileYamlWalker(const QString &file);

    /// Whether \a key looks like it holds a secret (password, token, secret, …_key).
    static bool looksSecret(const QString &key);

    /// Records a problem at \a mark (a null mark: not about one place).
    void error(const YAML::Mark &mark, const QString &message, const QString &detail = {});
    /// Records a problem at line 1, column 1 (e.g. something missing from the file).
    void errorAtStart(const QString &message);
    /// Records an error for every secret-looking key anywhere below \a node.
    void scanSecrets(const YAML::Node &node);
    /// Reads the section \a name: a mapping whose keys must be in \a known (each handed to
    /// \a read), or with \a skip the word "skip". False when it is neither.
    bool section(const YAML::Node &value, const QString &name, const QStringList &known, bool *skip,
                 const Reader &read);
    /// Reads a single non-empty value into \a out; false (recorded) when it is not one.
    bool scalar(const QString &key, const YAML::Node &value, const YAML::Mark &keyMark,
                QString *out);

    /// Where "section.key" was seen (sections themselves are "profile.NAME").
    bool has(const QString &path) const { return m_marks.contains(path); }
    YAML::Mark mark(const QString &path) const { return m_marks.value(path); }
    void setMark(const QString &path, const YAML::Mark &mark) { m_marks.insert(path, mark); }

    qsizetype errorCount() const { return m_errors.size(); }
    /// Every problem, in file order.
    QList<ProfileProblem> errors() const;

private:
    QString m_file;
    QList<ProfileProblem> m_errors;
    QHash<QString, YAML::Mark> m_marks;
};

} // namespace podnet
