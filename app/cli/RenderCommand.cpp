// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RenderCommand.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "util/AtomicFileWriter.h"

#include <QCommandLineParser>
#include <QDir>

namespace podnet {

RenderCommand::RenderCommand(QObject *parent)
    : QObject(parent)
    , m_loader(&m_network, TemplateCache())
{
    connect(&m_loader, &TemplateLoader::loaded, this, &RenderCommand::onLoaded);
    connect(&m_loader, &TemplateLoader::failed, this, &RenderCommand::onFailed);
    connect(&m_loader, &TemplateLoader::notice, this,
            [](const QString &text) { RenderOptions::reportWarning(text); });
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
    m_options.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the manifest to this file (atomically) instead of "
                                       "standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);

    if (!parser.parse(arguments)) {
        RenderOptions::reportError(parser.errorText() + QLatin1Char(' ')
                                   + tr("See podnet-wizard render --help."));
        return finish(ExitBadInput);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::writeData(parser.helpText().toUtf8());
        return finish(ExitOk);
    }
    if (parser.positionalArguments().size() > 1) {
        RenderOptions::reportError(
                tr("Unexpected argument \"%1\". See podnet-wizard render --help.")
                        .arg(parser.positionalArguments().at(1)));
        return finish(ExitBadInput);
    }
    if (!m_options.read(parser))
        return finish(ExitBadInput);

    m_output = parser.value(output);
    m_options.configure(m_loader);
    m_loader.load(m_options.source());
}

void RenderCommand::onLoaded(const ManifestTemplate &manifestTemplate)
{
    const std::optional<RenderedManifest> rendered = m_options.render(manifestTemplate);
    if (!rendered)
        return finish(ExitBadInput);

    if (m_output.isEmpty()) {
        ConsoleOutput::writeData(rendered->text);
        return finish(ExitOk);
    }
    const QString error = AtomicFileWriter::write(m_output, rendered->text);
    if (!error.isEmpty()) {
        RenderOptions::reportError(error);
        return finish(ExitFailed);
    }
    ConsoleOutput::writeMessage(
            tr("Wrote %n object(s) to %1.", nullptr, static_cast<int>(rendered->resources.size()))
                    .arg(QDir::toNativeSeparators(m_output)));
    finish(ExitOk);
}

void RenderCommand::onFailed(const TemplateLoadError &error)
{
    finish(m_options.reportLoadFailure(error));
}

void RenderCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(exitCode);
}

} // namespace podnet
