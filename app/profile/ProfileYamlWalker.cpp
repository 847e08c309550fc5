// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileYamlWalker.h"

#include <QSet>

#include <algorithm>

namespace podnet {

namespace {

QString joined(const QStringList &keys)
{
    return keys.join(QStringLiteral(", "));
}

} // namespace

ProfileYamlWalker::ProfileYamlWalker(const QString &file)
    : m_file(file)
{ }

// Keys a profile must never carry, whatever section they are in.
bool ProfileYamlWalker::looksSecret(const QString &key)
{
    const QString name = key.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const char *word : {"password", "passwd", "secret", "token", "credential", "key_data"}) {
        if (name.contains(QLatin1String(word)))
            return true;
    }
    return name == QLatin1String("key") || name.endsWith(QLatin1String("_key"));
}

void ProfileYamlWalker::error(const YAML::Mark &mark, const QString &message, const QString &detail)
{
    m_errors.append({m_file, mark.is_null() ? 0 : mark.line + 1,
                     mark.is_null() ? 0 : mark.column + 1, message, detail});
}

void ProfileYamlWalker::errorAtStart(const QString &message)
{
    m_errors.prepend({m_file, 1, 1, message, {}});
}

QList<ProfileProblem> ProfileYamlWalker::errors() const
{
    QList<ProfileProblem> sorted = m_errors;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ProfileProblem &a, const ProfileProblem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return sorted;
}

// A secret anywhere, even under a key we do not know, gets its own error.
void ProfileYamlWalker::scanSecrets(const YAML::Node &node)
{
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            scanSecrets(item);
    }
    if (!node.IsMap())
        return;
    for (const auto &entry : node) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (looksSecret(key)) {
            error(entry.first.Mark(),
                  tr("\"%1\" looks like a secret, and a profile never holds one: "
                     "remove this line. Passwords and tokens come from the "
                     "keychain, clouds.yaml or secure.yaml, the environment "
                     "or a prompt.")
                          .arg(key));
        } else {
            scanSecrets(entry.second);
        }
    }
}

bool ProfileYamlWalker::scalar(const QString &key, const YAML::Node &value,
                               const YAML::Mark &keyMark, QString *out)
{
    if (!value || value.IsNull()) {
        error(keyMark,
              tr("\"%1\" has no value. Give one after the colon, or remove "
                 "the line.")
                      .arg(key));
        return false;
    }
    if (!value.IsScalar()) {
        error(value.Mark(), tr("\"%1\" must be a single value, not a list or a mapping.").arg(key));
        scanSecrets(value);
        return false;
    }
    *out = QString::fromStdString(value.Scalar()).trimmed();
    if (out->isEmpty()) {
        error(value.Mark(), tr("\"%1\" is empty. Give a value, or remove the line.").arg(key));
        return false;
    }
    return true;
}

// Reads one top-level section: a mapping of known keys, or (with \a skip) the word "skip".
bool ProfileYamlWalker::section(const YAML::Node &value, const QString &name,
                                const QStringList &known, bool *skip, const Reader &read)
{
    if (skip && value.IsScalar() && value.Scalar() == "skip") {
        *skip = true;
        return true;
    }
    if (!value.IsMap()) {
        const QString hint = skip ? tr("Write its keys indented below it, or "
                                       "\"%1: skip\" to leave this side out.")
                                            .arg(name)
                                  : tr("Write its keys indented below it.");
        // A value left empty has no place of its own: point at its key.
        error(value.IsNull() ? m_marks.value(QStringLiteral("profile.") + name) : value.Mark(),
              tr("\"%1\" must be a mapping of keys. %2").arg(name, hint));
        if (!value.IsNull())
            scanSecrets(value);
        return false;
    }
    QSet<QString> seen;
    for (const auto &entry : value) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (looksSecret(key)) {
            error(entry.first.Mark(),
                  tr("\"%1\" looks like a secret, and a profile never holds one: "
                     "remove this line. Passwords and tokens come from the "
                     "keychain, clouds.yaml or secure.yaml, the environment "
                     "or a prompt.")
                          .arg(key));
            continue;
        }
        if (!known.contains(key)) {
            error(entry.first.Mark(),
                  tr("Unknown key \"%1\" in \"%2\". Check the spelling; the keys "
                     "here are: %3.")
                          .arg(key, name, joined(known)));
            scanSecrets(entry.second);
            continue;
        }
        if (seen.contains(key)) {
            error(entry.first.Mark(),
                  tr("\"%1\" is given twice in \"%2\". Keep one of them.").arg(key, name));
            continue;
        }
        seen.insert(key);
        m_marks.insert(name + QLatin1Char('.') + key, entry.first.Mark());
        read(key, entry.second, entry.first.Mark());
    }
    return true;
}

} // namespace podnet
