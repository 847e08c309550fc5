// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeCommand.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/KubeAnnotateCommand.h"
#include "cli/KubeApplyCommand.h"
#include "cli/KubeCheckCommand.h"
#include "cli/KubeDiffCommand.h"
#include "cli/KubeNodesCommand.h"
#include "cli/KubeUnannotateCommand.h"
#include "cli/KubeUninstallCommand.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeConnectionCheck.h"
#include "kube/LoginShellPath.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace podnet {

KubeCommand::KubeCommand(QObject *parent)
    : QObject(parent)
    , m_loader(&m_network, TemplateCache())
{
    connect(&m_loader, &TemplateLoader::loaded, this, &KubeCommand::onLoaded);
    connect(&m_loader, &TemplateLoader::failed, this, [this](const TemplateLoadError &error) {
        finish(m_options.render().reportLoadFailure(error));
    });
    connect(&m_loader, &TemplateLoader::notice, this,
            [this](const QString &text) { m_output->warning(text); });
}

KubeCommand::~KubeCommand() = default;

void KubeCommand::start(const QStringList &arguments)
{
    int exitCode = ExitBadInput;
    if (!m_options.parse(arguments, &exitCode))
        return finish(exitCode);
    m_output = std::make_unique<KubeCommandOutput>(m_options.format()
                                                   == KubeCommandOptions::Format::Json);
    m_output->json().insert(QStringLiteral("command"), m_options.verbName());
    if (!resolveConnection())
        return finish(ExitBadInput);
    if (!m_options.needsManifest())
        return checkConnection(); // nodes, annotate, unannotate: no template, no network to fetch
                                  // it
    m_options.render().configure(m_loader);
    m_loader.load(m_options.render().source());
}

void KubeCommand::reportConfigError(const KubeConfigError &error)
{
    if (error.file.isEmpty() || error.line <= 0) {
        m_output->error(error.message, error.detail);
        return;
    }
    // Compiler style, so editors can jump to the place.
    QString where
            = QDir::toNativeSeparators(error.file) + QLatin1Char(':') + QString::number(error.line);
    if (error.column > 0)
        where += QLatin1Char(':') + QString::number(error.column);
    QString text = QStringLiteral("%1: %2: %3").arg(where, tr("error"), error.message);
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.detail);
    ConsoleOutput::writeMessage(text);
    m_output->json().insert(QStringLiteral("kubeconfigError"),
                            QJsonObject {{QStringLiteral("file"), error.file},
                                         {QStringLiteral("line"), error.line},
                                         {QStringLiteral("column"), error.column},
                                         {QStringLiteral("message"), error.message},
                                         {QStringLiteral("detail"), error.detail}});
}

bool KubeCommand::resolveConnection()
{
    const QStringList files = m_options.kubeconfigFiles();
    KubeConfigError error;
    const std::optional<KubeConfig> config = KubeConfig::load(files, &error);
    if (!config) {
        reportConfigError(error);
        return false;
    }
    const QString shownFiles = QDir::toNativeSeparators(config->files().join(QLatin1Char(':')));
    const QStringList contexts = config->contextNames();
    const QString contextList
            = contexts.isEmpty() ? tr("(none)") : contexts.join(QStringLiteral(", "));
    QString contextName = m_options.context();
    if (contextName.isEmpty())
        contextName = config->defaultContext();
    if (contextName.isEmpty()) {
        m_output->error(tr("%1 has no current-context. Choose a context with --context; the "
                           "kubeconfig has: %2.")
                                .arg(shownFiles, contextList));
        return false;
    }
    if (!config->context(contextName)) {
        m_output->error(tr("The kubeconfig (%1) has no context named \"%2\". Choose one with "
                           "--context: %3.")
                                .arg(shownFiles, contextName, contextList));
        return false;
    }
    const std::optional<KubeConnection> connection = config->resolve(contextName, &error);
    if (!connection) {
        reportConfigError(error);
        return false;
    }
    m_connection = *connection;
    for (const QString &warning : m_connection.warnings)
        m_output->warning(warning);
    if (m_connection.tls.insecureSkipVerify)
        m_output->warning(tr("The kubeconfig turns off TLS verification "
                             "(insecure-skip-tls-verify) for context \"%1\": anyone on the way "
                             "could read and change what is sent, credentials included. Add "
                             "the cluster's CA (certificate-authority-data) instead.")
                                  .arg(contextName));
    const QString server = m_connection.server.toString();
    m_output->json().insert(QStringLiteral("context"), contextName);
    m_output->json().insert(QStringLiteral("server"), server);
    if (!m_options.needsManifest())
        return true;
    if (!m_options.render().hasApiServer()) {
        if (!m_options.render().setApiServer(server, tr("the kubeconfig's server"))) {
            m_output->error(tr("Give the API server address the nodes use with --api-server."));
            return false;
        }
        m_output->note(tr("podnet-wizard: note: --api-server not given, so kube-router gets the "
                          "kubeconfig's server %1. It must be the address the nodes reach the "
                          "API server at; if they use another one, give it with --api-server.")
                               .arg(m_options.render().values().apiServerUrl));
    }
    m_output->json().insert(QStringLiteral("apiServer"), m_options.render().values().apiServerUrl);
    return true;
}

void KubeCommand::onLoaded(const ManifestTemplate &manifestTemplate)
{
    const std::optional<RenderedManifest> rendered = m_options.render().render(manifestTemplate);
    if (!rendered)
        return finish(ExitBadInput);
    m_manifest = rendered->text;
    checkConnection();
}

void KubeCommand::checkConnection()
{
    m_path = LoginShellPath::fromEnvironment(this);
    m_client = new KubeClient(m_connection, &m_network, m_path, this);
    auto *check = new KubeConnectionCheck(m_client, this);
    m_check = check;
    connect(check, &KubeConnectionCheck::finished, this, &KubeCommand::onConnectionChecked);
    check->start();
}

void KubeCommand::onConnectionChecked()
{
    auto *check = qobject_cast<KubeConnectionCheck *>(m_check.data());
    if (!check)
        return finish(ExitFailed);
    const KubeConnectionCheckResult result = check->result();
    QJsonObject connection {{QStringLiteral("ok"), result.ok},
                            {QStringLiteral("version"), result.gitVersion},
                            {QStringLiteral("platform"), result.platform}};
    if (result.identityKnown) {
        connection.insert(QStringLiteral("user"), result.userName);
        connection.insert(QStringLiteral("groups"), QJsonArray::fromStringList(result.groups));
    }
    m_output->json().insert(QStringLiteral("connection"), connection);
    if (!result.ok) {
        m_output->error(result.errorMessage, result.errorDetail);
        m_output->note(tr("Could not connect to %1 (context \"%2\"). Check the kubeconfig and "
                          "try podnet-wizard k8s check.")
                               .arg(m_connection.server.toString(), m_connection.contextName));
        return finish(ExitBadInput);
    }
    const QString user = result.identityKnown ? result.userName : tr("(unknown user)");
    const QString line = tr("Connected to %1 (context \"%2\"): Kubernetes %3, as %4.")
                                 .arg(m_connection.server.toString(), m_connection.contextName,
                                      result.gitVersion, user);
    if (m_options.verb() == KubeCommandOptions::Verb::Check)
        m_output->result(line);
    else
        m_output->note(line);

    KubeVerbContext context;
    context.client = m_client;
    context.options = &m_options;
    context.output = m_output.get();
    context.manifest = m_manifest;
    context.resources = result.resources;
    context.defaultNamespace = m_connection.namespaceName.isEmpty() ? QStringLiteral("default")
                                                                    : m_connection.namespaceName;
    switch (m_options.verb()) {
    case KubeCommandOptions::Verb::Check:
        m_verb = new KubeCheckCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Diff:
        m_verb = new KubeDiffCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Apply:
        m_verb = new KubeApplyCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Uninstall:
        m_verb = new KubeUninstallCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Nodes:
        m_verb = new KubeNodesCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Annotate:
        m_verb = new KubeAnnotateCommand(context, this);
        break;
    case KubeCommandOptions::Verb::Unannotate:
        m_verb = new KubeUnannotateCommand(context, this);
        break;
    }
    connect(m_verb, &KubeVerbCommand::done, this, &KubeCommand::finish);
    m_verb->start();
}

void KubeCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_output)
        m_output->finish(exitCode);
    Q_EMIT done(exitCode);
}

} // namespace podnet
