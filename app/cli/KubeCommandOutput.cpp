// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeCommandOutput.h"

#include "cli/ConsoleOutput.h"

#include <QJsonDocument>

namespace podnet {

void KubeCommandOutput::result(const QString &text) const
{
    if (!m_json)
        ConsoleOutput::writeData(text.toUtf8() + '\n');
}

void KubeCommandOutput::note(const QString &text) const
{
    ConsoleOutput::writeMessage(text);
}

void KubeCommandOutput::warning(const QString &text)
{
    ConsoleOutput::writeMessage(QStringLiteral("podnet-wizard: %1: %2").arg(tr("warning"), text));
    m_warnings.append(text);
}

void KubeCommandOutput::error(const QString &message, const QString &detail)
{
    QString text = QStringLiteral("podnet-wizard: %1: %2").arg(tr("error"), message);
    if (!detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(detail);
    ConsoleOutput::writeMessage(text);
    m_errors.append(
            QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("detail"), detail}});
}

void KubeCommandOutput::finish(int exitCode)
{
    if (!m_json || m_finished)
        return;
    m_finished = true;
    QJsonObject document = m_document;
    document.insert(QStringLiteral("exitCode"), exitCode);
    document.insert(QStringLiteral("warnings"), m_warnings);
    document.insert(QStringLiteral("errors"), m_errors);
    ConsoleOutput::writeData(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace podnet
