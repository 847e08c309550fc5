// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace podnet {

/// Where `k8s` commands write. Text: results on stdout, one line each; notes, progress and
/// errors on stderr. JSON: the results collect into one document written to stdout at the end;
/// stderr stays the same.
class KubeCommandOutput
{
    Q_DECLARE_TR_FUNCTIONS(KubeCommand)
public:
    explicit KubeCommandOutput(bool json)
        : m_json(json)
    { }

    bool isJson() const { return m_json; }

    /// A result line (stdout, text mode only).
    void result(const QString &text) const;
    /// A note for the person (stderr, both modes).
    void note(const QString &text) const;
    /// "podnet-wizard: warning: …" (stderr); recorded in the JSON "warnings".
    void warning(const QString &text);
    /// "podnet-wizard: error: … (detail)" (stderr); recorded in the JSON "errors".
    void error(const QString &message, const QString &detail = {});

    /// The JSON document's fields, for the commands to fill in.
    QJsonObject &json() { return m_document; }
    /// Writes the JSON document with \a exitCode (JSON mode only). Once.
    void finish(int exitCode);

private:
    bool m_json;
    bool m_finished = false;
    QJsonObject m_document;
    QJsonArray m_warnings;
    QJsonArray m_errors;
};

} // namespace podnet
