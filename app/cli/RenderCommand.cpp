// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RenderCommand.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "manifest/ImagePin.h"
#include "manifest/ManifestRenderer.h"
#include "settings/NetworkSettings.h"
#include "util/AtomicFileWriter.h"

#include <QCommandLineParser>
#include <QDir>

namespace podnet {

namespace {

void report(const QString &kind, const QString &text)
{
    ConsoleOutput::writeMessage(QStringLiteral("podnet-wizard: %1: %2").arg(kind, text));
}

void reportError(const QString &text)
{
    report(RenderCommand::tr("error"), text);
}

void reportWarning(const QString &text)
{
    report(RenderCommand::tr("warning"), text);
}

// Compiler-style "FILE:LINE:COLUMN: error: message", so editors can jump to it.
void reportProblem(const QString &file, const ManifestProblem &problem)
{
    QString where = file;
    if (problem.line > 0)
        where += QLatin1Char(':') + QString::number(problem.line);
    if (problem.column > 0)
        where += QLatin1Char(':') + QString::number(problem.column);
    const QString kind
            = problem.isError() ? RenderCommand::tr("error") : RenderCommand::tr("warning");
    QString text = QStringLiteral("%1: %2: %3").arg(where, kind, problem.message);
    if (!problem.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(problem.detail);
    ConsoleOutput::writeMessage(text);
}

} // namespace

RenderCommand::RenderCommand(QObject *parent)
    : QObject(parent)
    , m_loader(&m_network, TemplateCache())
{
    m_loader.setFallBackToSavedCopy(true);
    connect(&m_loader, &TemplateLoader::loaded, this, &RenderCommand::onLoaded);
    connect(&m_loader, &TemplateLoader::failed, this, &RenderCommand::onFailed);
    connect(&m_loader, &TemplateLoader::notice, this,
            [](const QString &text) { reportWarning(text); });
}

void RenderCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Renders kube-router's manifest for your cluster, exactly as the tutorial's sed "
               "command does, and checks it.\n\nExit codes: 0 done, 1 failed (network, file "
               "system), 2 bad input (nothing was written)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("render"), tr("Render the manifest."));
    const QCommandLineOption apiServer(QStringLiteral("api-server"),
                                       tr("The Kubernetes API server URL as the nodes reach it, "
                                          "e.g. https://10.0.0.10:6443 (required)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption clusterCidr(
            QStringLiteral("cluster-cidr"),
            tr("The cluster (pod) CIDR. Default: %1.").arg(NetworkSettings::defaultClusterCidr()),
            QStringLiteral("CIDR"), NetworkSettings::defaultClusterCidr());
    const QCommandLineOption templateOption(
            QStringLiteral("template"),
            tr("Where the template comes from: a file, an https URL, or \"builtin\". Default: "
               "kube-router's upstream URL, then the copy saved by the last download."),
            QStringLiteral("FILE|URL|builtin"));
    const QCommandLineOption imageTag(QStringLiteral("image-tag"),
                                      tr("Pin kube-router's image to this tag or sha256 digest."),
                                      QStringLiteral("TAG"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the manifest to this file (atomically) instead of "
                                       "standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("download-timeout"),
                                     tr("Give up a download after this many seconds without "
                                        "data. Default: 20."),
                                     QStringLiteral("SECONDS"), QStringLiteral("20"));
    parser.addOptions({apiServer, clusterCidr, templateOption, imageTag, output, timeout});

    if (!parser.parse(arguments)) {
        reportError(parser.errorText() + QLatin1Char(' ') + tr("See podnet-wizard render --help."));
        return finish(ExitBadInput);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::writeData(parser.helpText().toUtf8());
        return finish(ExitOk);
    }
    if (parser.positionalArguments().size() > 1) {
        reportError(tr("Unexpected argument \"%1\". See podnet-wizard render --help.")
                            .arg(parser.positionalArguments().at(1)));
        return finish(ExitBadInput);
    }
    if (!parser.isSet(apiServer)) {
        reportError(tr("--api-server is required, for example --api-server "
                       "https://10.0.0.10:6443."));
        return finish(ExitBadInput);
    }

    NetworkSettings settings;
    settings.setApiServerUrl(parser.value(apiServer));
    settings.setClusterCidr(parser.value(clusterCidr));
    bool bad = false;
    for (auto field : {NetworkSettings::Field::ApiServerUrl, NetworkSettings::Field::ClusterCidr}) {
        const QString name = field == NetworkSettings::Field::ApiServerUrl
                ? QStringLiteral("--api-server")
                : QStringLiteral("--cluster-cidr");
        for (const ValidationMessage &message : settings.validate(field)) {
            message.isError() ? reportError(name + QStringLiteral(": ") + message.text)
                              : reportWarning(name + QStringLiteral(": ") + message.text);
            bad = bad || message.isError();
        }
    }
    if (parser.isSet(imageTag)) {
        for (const ValidationMessage &message : ImagePin::checkTag(parser.value(imageTag))) {
            reportError(QStringLiteral("--image-tag: ") + message.text);
            bad = true;
        }
    }
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0 || seconds > 600) {
        reportError(tr("--download-timeout must be a number of seconds between 0 and 600."));
        bad = true;
    }
    const TemplateSource source = parser.isSet(templateOption)
            ? TemplateSource::fromArgument(parser.value(templateOption))
            : TemplateSource {};
    // An address that can never be downloaded is bad input, not a network failure.
    if (const QString refused = TemplateDownloader::refusal(source.url());
        source.isDownload() && !refused.isEmpty()) {
        reportError(QStringLiteral("--template: ") + refused);
        bad = true;
    }
    if (bad)
        return finish(ExitBadInput);

    m_apiServer = settings.apiServerUrl();
    m_clusterCidr = settings.clusterCidr();
    m_imageTag = parser.value(imageTag);
    m_output = parser.value(output);
    m_loader.setDownloadTimeout(std::chrono::milliseconds(static_cast<qint64>(seconds * 1000)));
    m_source = source;
    m_loader.load(m_source);
}

void RenderCommand::onLoaded(const ManifestTemplate &manifestTemplate)
{
    const RenderedManifest rendered = ManifestRenderer::render(
            manifestTemplate.text, {m_apiServer, m_clusterCidr, m_imageTag});
    const QString shownName = manifestTemplate.source.kind == TemplateSource::Kind::File
            ? QDir::toNativeSeparators(manifestTemplate.source.location)
            : manifestTemplate.source.kind == TemplateSource::Kind::BuiltIn
            ? QStringLiteral("builtin")
            : manifestTemplate.source.url().toString();
    for (const ManifestProblem &problem : rendered.problems)
        reportProblem(shownName, problem);
    if (!rendered.ok())
        return finish(ExitBadInput);

    if (m_output.isEmpty()) {
        ConsoleOutput::writeData(rendered.text);
        return finish(ExitOk);
    }
    const QString error = AtomicFileWriter::write(m_output, rendered.text);
    if (!error.isEmpty()) {
        reportError(error);
        return finish(ExitFailed);
    }
    ConsoleOutput::writeMessage(
            tr("Wrote %n object(s) to %1.", nullptr, static_cast<int>(rendered.resources.size()))
                    .arg(QDir::toNativeSeparators(m_output)));
    finish(ExitOk);
}

void RenderCommand::onFailed(const TemplateLoadError &error)
{
    reportError(error.message
                + (error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail)));
    if (!m_source.isDownload())
        return finish(ExitBadInput);
    reportError(tr("To render without the network, add --template builtin."));
    finish(ExitFailed);
}

void RenderCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(exitCode);
}

} // namespace podnet
