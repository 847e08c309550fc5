// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeCheckCommand.h"

#include "cli/ExitCode.h"
#include "cli/KubeCommandOptions.h"
#include "cli/KubeCommandOutput.h"
#include "kube/PreflightCheck.h"
#include "settings/NetworkSettings.h"

#include <QJsonArray>

namespace podnet {

namespace {

QString severityText(PreflightItem::Severity severity)
{
    switch (severity) {
    case PreflightItem::Severity::Ok:
        return KubeCheckCommand::tr("ok");
    case PreflightItem::Severity::Info:
        return KubeCheckCommand::tr("info");
    case PreflightItem::Severity::Warning:
        return KubeCheckCommand::tr("warning");
    case PreflightItem::Severity::Error:
        return KubeCheckCommand::tr("error");
    }
    return {};
}

} // namespace

QString KubeCheckCommand::severityKey(int severity)
{
    static const char *const keys[] = {"ok", "info", "warning", "error"};
    return severity >= 0 && severity < 4 ? QString::fromLatin1(keys[severity]) : QString();
}

void KubeCheckCommand::start()
{
    PreflightInput input;
    const RenderValues values = m_context.options->render().values();
    input.apiServerUrl = values.apiServerUrl;
    input.clusterCidr = values.clusterCidr;
    input.serviceCidr = NetworkSettings::defaultServiceCidr();
    input.manifest = m_context.manifest;
    auto *job = new PreflightCheck(m_context.client, input, this);
    connect(job, &PreflightCheck::finished, this, [this, job] {
        const QList<PreflightItem> items = job->items();
        print(items);
        finish(PreflightItem::anyError(items) ? ExitFailed : ExitOk);
    });
    job->start();
}

void KubeCheckCommand::print(const QList<PreflightItem> &items)
{
    KubeCommandOutput &output = *m_context.output;
    int counts[4] = {0, 0, 0, 0};
    QJsonArray json;
    for (const PreflightItem &item : items) {
        const int severity = static_cast<int>(item.severity);
        ++counts[severity];
        output.result(QStringLiteral("[%1] %2").arg(severityText(item.severity), item.title));
        if (!item.explanation.isEmpty()) {
            for (const QString &line : item.explanation.split(QLatin1Char('\n')))
                output.result(QStringLiteral("    ") + line);
        }
        for (const QString &command : item.commands)
            output.result(QStringLiteral("      $ ") + command);
        json.append(QJsonObject {
                {QStringLiteral("id"), item.id},
                {QStringLiteral("severity"), severityKey(severity)},
                {QStringLiteral("title"), item.title},
                {QStringLiteral("explanation"), item.explanation},
                {QStringLiteral("commands"), QJsonArray::fromStringList(item.commands)}});
    }
    output.result(tr("Pre-flight checks: %1 error(s), %2 warning(s), %3 note(s), %4 ok.")
                          .arg(counts[3])
                          .arg(counts[2])
                          .arg(counts[1])
                          .arg(counts[0]));
    if (counts[3] > 0)
        output.note(tr("Fix the errors above (the commands show how), then run podnet-wizard "
                       "k8s check again."));
    output.json().insert(QStringLiteral("preflight"), json);
}

} // namespace podnet
