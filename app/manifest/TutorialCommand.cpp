// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "TutorialCommand.h"

namespace podnet {

namespace {

QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString substitution(const QString &placeholder, const QString &value)
{
    return QStringLiteral("-e ")
            + singleQuoted(QStringLiteral("s;%1;%2;g").arg(placeholder, value));
}

} // namespace

QString TutorialCommand::renderAndApply(const TemplateSource &source, const RenderValues &values)
{
    const QString sed
            = QStringLiteral("sed %1 %2")
                      .arg(substitution(QStringLiteral("%APISERVER%"), values.apiServerUrl),
                           substitution(QStringLiteral("%CLUSTERCIDR%"), values.clusterCidr));
    QString fetchAndSed;
    if (source.kind == TemplateSource::Kind::File) {
        fetchAndSed = sed + QLatin1Char(' ') + singleQuoted(source.location);
    } else {
        const QUrl url = source.kind == TemplateSource::Kind::Url ? QUrl(source.location)
                                                                  : TemplateSource::upstreamUrl();
        fetchAndSed = QStringLiteral("curl -fsSL %1 | %2").arg(singleQuoted(url.toString()), sed);
    }
    return fetchAndSed + QStringLiteral(" | kubectl apply -f -");
}

} // namespace podnet
