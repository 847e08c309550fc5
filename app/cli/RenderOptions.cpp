// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RenderOptions.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "manifest/ImagePin.h"
#include "settings/NetworkSettings.h"

#include <QCommandLineParser>
#include <QDir>

namespace podnet {

namespace {

void report(const QString &kind, const QString &text)
{
    ConsoleOutput::writeMessage(QStringLiteral("podnet-wizard: %1: %2").arg(kind, text));
}

// Compiler-style "FILE:LINE:COLUMN: error: message", so editors can jump to it.
void reportProblem(const QString &file, const ManifestProblem &problem, const QString &error,
                   const QString &warning)
{
    QString where = file;
    if (problem.line > 0)
        where += QLatin1Char(':') + QString::number(problem.line);
    if (problem.column > 0)
        where += QLatin1Char(':') + QString::number(problem.column);
    QString text = QStringLiteral("%1: %2: %3")
                           .arg(where, problem.isError() ? error : warning, problem.message);
    if (!problem.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(problem.detail);
    ConsoleOutput::writeMessage(text);
}

} // namespace

RenderOptions::RenderOptions(bool apiServerRequired)
    : m_apiServerRequired(apiServerRequired)
    , m_apiServer(QStringLiteral("api-server"),
                  apiServerRequired
                          ? tr("The Kubernetes API server URL as the nodes reach it, "
                               "e.g. https://10.0.0.10:6443 (required).")
                          : tr("The Kubernetes API server URL as the nodes reach it, e.g. "
                               "https://10.0.0.10:6443. Default: the kubeconfig's server."),
                  QStringLiteral("URL"))
    , m_clusterCidr(
              QStringLiteral("cluster-cidr"),
              tr("The cluster (pod) CIDR. Default: %1.").arg(NetworkSettings::defaultClusterCidr()),
              QStringLiteral("CIDR"), NetworkSettings::defaultClusterCidr())
    , m_template(QStringLiteral("template"),
                 tr("Where the template comes from: a file, an https URL, or \"builtin\". "
                    "Default: kube-router's upstream URL, then the copy saved by the last "
                    "download."),
                 QStringLiteral("FILE|URL|builtin"))
    , m_imageTag(QStringLiteral("image-tag"),
                 tr("Pin kube-router's image to this tag or sha256 digest."), QStringLiteral("TAG"))
    , m_timeout(QStringLiteral("download-timeout"),
                tr("Give up a download after this many seconds without data. Default: 20."),
                QStringLiteral("SECONDS"), QStringLiteral("20"))
{ }

void RenderOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_apiServer, m_clusterCidr, m_template, m_imageTag, m_timeout});
}

void RenderOptions::reportError(const QString &text)
{
    report(tr("error"), text);
}

void RenderOptions::reportWarning(const QString &text)
{
    report(tr("warning"), text);
}

bool RenderOptions::checkApiServer(const QString &name)
{
    NetworkSettings settings;
    settings.setApiServerUrl(m_values.apiServerUrl);
    bool bad = false;
    for (const ValidationMessage &message :
         settings.validate(NetworkSettings::Field::ApiServerUrl)) {
        message.isError() ? reportError(name + QStringLiteral(": ") + message.text)
                          : reportWarning(name + QStringLiteral(": ") + message.text);
        bad = bad || message.isError();
    }
    m_values.apiServerUrl = settings.apiServerUrl();
    return !bad;
}

bool RenderOptions::setApiServer(const QString &url, const QString &origin)
{
    m_values.apiServerUrl = url;
    return checkApiServer(origin);
}

bool RenderOptions::read(const QCommandLineParser &parser)
{
    if (m_apiServerRequired && !parser.isSet(m_apiServer)) {
        reportError(tr("--api-server is required, for example --api-server "
                       "https://10.0.0.10:6443."));
        return false;
    }
    bool bad = false;
    if (parser.isSet(m_apiServer)) {
        m_values.apiServerUrl = parser.value(m_apiServer);
        bad = !checkApiServer(QStringLiteral("--api-server"));
    }
    NetworkSettings settings;
    settings.setClusterCidr(parser.value(m_clusterCidr));
    for (const ValidationMessage &message :
         settings.validate(NetworkSettings::Field::ClusterCidr)) {
        message.isError() ? reportError(QStringLiteral("--cluster-cidr: ") + message.text)
                          : reportWarning(QStringLiteral("--cluster-cidr: ") + message.text);
        bad = bad || message.isError();
    }
    m_values.clusterCidr = settings.clusterCidr();
    if (parser.isSet(m_imageTag)) {
        for (const ValidationMessage &message : ImagePin::checkTag(parser.value(m_imageTag))) {
            reportError(QStringLiteral("--image-tag: ") + message.text);
            bad = true;
        }
    }
    m_values.imageTag = parser.value(m_imageTag);
    bool timeoutOk = false;
    const double seconds = parser.value(m_timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0 || seconds > 600) {
        reportError(tr("--download-timeout must be a number of seconds between 0 and 600."));
        bad = true;
    } else {
        m_downloadTimeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    }
    m_source = parser.isSet(m_template) ? TemplateSource::fromArgument(parser.value(m_template))
                                        : TemplateSource {};
    // An address that can never be downloaded is bad input, not a network failure.
    if (const QString refused = TemplateDownloader::refusal(m_source.url());
        m_source.isDownload() && !refused.isEmpty()) {
        reportError(QStringLiteral("--template: ") + refused);
        bad = true;
    }
    return !bad;
}

void RenderOptions::configure(TemplateLoader &loader) const
{
    loader.setFallBackToSavedCopy(true);
    loader.setDownloadTimeout(m_downloadTimeout);
}

std::optional<RenderedManifest> RenderOptions::render(
        const ManifestTemplate &manifestTemplate) const
{
    const RenderedManifest rendered = ManifestRenderer::render(manifestTemplate.text, m_values);
    const QString shownName = manifestTemplate.source.kind == TemplateSource::Kind::File
            ? QDir::toNativeSeparators(manifestTemplate.source.location)
            : manifestTemplate.source.kind == TemplateSource::Kind::BuiltIn
            ? QStringLiteral("builtin")
            : manifestTemplate.source.url().toString();
    for (const ManifestProblem &problem : rendered.problems)
        reportProblem(shownName, problem, tr("error"), tr("warning"));
    if (!rendered.ok())
        return std::nullopt;
    return rendered;
}

int RenderOptions::reportLoadFailure(const TemplateLoadError &error) const
{
    reportError(error.message
                + (error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail)));
    if (!m_source.isDownload())
        return ExitBadInput;
    reportError(tr("To render without the network, add --template builtin."));
    return ExitFailed;
}

} // namespace podnet
