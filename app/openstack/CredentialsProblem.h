// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace podnet {

/// Something found while importing credentials from clouds.yaml, secure.yaml, an openrc file
/// or the environment. Errors stop the import; warnings say what was left out.
struct CredentialsProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;    ///< the file the problem is in; empty for the environment
    int line = 0;    ///< 1-based; 0 when the problem is about the whole source
    int column = 0;  ///< 1-based; 0 when unknown
    QString key;     ///< the setting concerned, e.g. "auth.auth_url" or "OS_PASSWORD"; may be empty
    QString message; ///< translated: what is wrong and what to do
    QString detail;  ///< technical detail (a parser's own words, paths looked at); may be empty

    bool isError() const { return severity == Severity::Error; }

    static bool anyError(const QList<CredentialsProblem> &problems)
    {
        for (const CredentialsProblem &problem : problems) {
            if (problem.isError())
                return true;
        }
        return false;
    }
};

} // namespace podnet
