// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileConnector.h"

#include "SetupState.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/PortsCredentials.h"
#include "cli/PortsOptions.h"
#include "cli/PortsTerminal.h"
#include "kube/KubeConfig.h"
#include "kube/KubeConnectionCheck.h"
#include "manifest/TemplateLoader.h"
#include "openstack/ConnectionCheck.h"
#include "openstack/KeystoneSession.h"
#include "profile/ProfileStateMapper.h"

#include <QDir>

namespace podnet {

namespace {

void error(const QString &text)
{
    ConsoleOutput::writeMessage(ProfileConnector::tr("podnet-wizard: error: %1").arg(text));
}

void warning(const QString &text)
{
    ConsoleOutput::writeMessage(ProfileConnector::tr("podnet-wizard: warning: %1").arg(text));
}

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail);
}

} // namespace

ProfileConnector::ProfileConnector(const Profile &profile, SetupState *state,
                                   const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_state(state)
    , m_environment(environment)
{ }

ProfileConnector::~ProfileConnector() = default;

void ProfileConnector::start()
{
    if (m_profile.skipOpenStack && m_profile.skipKubernetes) {
        error(tr("The profile skips both OpenStack and Kubernetes, so there is nothing to do. "
                 "Remove one of the \"skip\" lines."));
        return fail(ExitBadInput);
    }
    ProfileStateMapper::apply(m_profile, m_state);
    // Everything read from files first, so bad input stops before any request.
    if (!m_profile.skipKubernetes && !resolveKube())
        return fail(ExitBadInput);
    m_pending = 1; // released at the end of start(), so nothing reports from inside it
    if (!m_profile.skipOpenStack && !resolveOpenStack())
        return fail(ExitBadInput);
    if (m_done)
        return;
    if (!m_profile.skipKubernetes) {
        checkKube();
        loadTemplate();
    }
    partDone();
}

bool ProfileConnector::resolveKube()
{
    std::optional<KubeConnection> connection;
    KubeConfigError configError;
    QStringList files;
    QString context = m_profile.context;
    if (!m_profile.server.isEmpty()) {
        connection = KubeConfig::manual(
                m_profile.server, m_environment.value(QStringLiteral("PODNET_KUBE_CA_FILE")),
                m_environment.value(QStringLiteral("PODNET_KUBE_TOKEN")), &configError);
    } else {
        files = !m_profile.kubeconfig.isEmpty()
                ? QStringList {m_profile.kubeconfig}
                : KubeConfig::defaultFiles(m_environment.value(QStringLiteral("KUBECONFIG")),
                                           QDir::homePath());
        const std::optional<KubeConfig> config = KubeConfig::load(files, &configError);
        if (config) {
            if (context.isEmpty())
                context = config->defaultContext();
            if (context.isEmpty() || !config->context(context)) {
                const QStringList names = config->contextNames();
                error(tr("The kubeconfig (%1) has no context \"%2\". Name one of these as "
                         "\"context\" in the profile: %3.")
                              .arg(QDir::toNativeSeparators(files.join(QLatin1Char(':'))), context,
                                   names.isEmpty() ? tr("(none)")
                                                   : names.join(QStringLiteral(", "))));
                return false;
            }
            connection = config->resolve(context, &configError);
        }
    }
    if (!connection) {
        error(withDetail(configError.message, configError.detail));
        return false;
    }
    for (const QString &text : std::as_const(connection->warnings))
        warning(text);
    m_state->kube()->setConnection(*connection, files, context);

    NetworkSettings *network = m_state->network();
    if (network->apiServerUrl().isEmpty()) {
        network->setApiServerUrl(connection->server.toString());
        ConsoleOutput::writeMessage(
                tr("podnet-wizard: note: the profile has no network.api_server_url, so "
                   "kube-router gets the kubeconfig's server %1. If the nodes reach the API "
                   "server at another address, put it in the profile.")
                        .arg(network->apiServerUrl()));
    }
    bool ok = true;
    for (auto field : {NetworkSettings::Field::ApiServerUrl, NetworkSettings::Field::ClusterCidr,
                       NetworkSettings::Field::ServiceCidr}) {
        for (const ValidationMessage &message : network->validate(field)) {
            message.isError() ? error(message.text) : warning(message.text);
            ok = ok && !message.isError();
        }
    }
    return ok;
}

bool ProfileConnector::resolveOpenStack()
{
    // The profile names the cloud; PortsCredentials finds it as `ports` does. An auth URL
    // becomes the OS_* environment, so the secret may come from OS_PASSWORD.
    PortsOptions options;
    options.cloud = m_profile.cloud;
    options.region = m_profile.regionName;
    QProcessEnvironment environment = m_environment;
    if (!m_profile.authUrl.isEmpty()) {
        const QString password = environment.value(QStringLiteral("OS_PASSWORD"));
        for (const QString &key : environment.keys()) {
            if (key.startsWith(QLatin1String("OS_"))
                && key != QLatin1String("OS_CLIENT_CONFIG_FILE")
                && key != QLatin1String("OS_CLIENT_SECURE_FILE"))
                environment.remove(key);
        }
        const QList<std::pair<const char *, QString>> values = {
                {"OS_AUTH_URL", m_profile.authUrl},
                {"OS_USERNAME", m_profile.userName},
                {"OS_USER_DOMAIN_NAME", m_profile.userDomain},
                {"OS_PROJECT_NAME", m_profile.projectName},
                {"OS_PROJECT_DOMAIN_NAME", m_profile.projectDomain},
                {"OS_REGION_NAME", m_profile.regionName},
                {"OS_PASSWORD", password},
        };
        for (const auto &[name, value] : values) {
            if (!value.isEmpty())
                environment.insert(QLatin1String(name), value);
        }
    }
    const PortsCredentials::Result loaded = PortsCredentials::load(options, environment);
    for (const QString &text : loaded.warnings)
        warning(text);
    for (const QString &text : loaded.errors)
        error(text);
    if (!loaded.errors.isEmpty())
        return false;
    if (!loaded.secretMissing) {
        checkOpenStack(loaded.credentials);
        return true;
    }
    if (!PortsTerminal::isInteractive()) {
        error(tr("%1 has no password for %2. Put it in secure.yaml or set OS_PASSWORD, or run "
                 "the command on a terminal to be asked for it.")
                      .arg(loaded.source, loaded.credentials.identityKey()));
        return false;
    }
    ++m_pending;
    m_terminal = std::make_unique<PortsTerminal>();
    const CloudCredentials credentials = loaded.credentials;
    connect(
            m_terminal.get(), &PortsTerminal::answered, this,
            [this, credentials](const QString &line, bool closed) {
                if (closed || line.isEmpty()) {
                    error(tr("No password was given; nothing was changed."));
                    return fail(ExitBadInput);
                }
                CloudCredentials withSecret = credentials;
                withSecret.secret = line;
                checkOpenStack(withSecret);
                partDone();
            },
            Qt::SingleShotConnection);
    m_terminal->ask(tr("Password for %1: ").arg(credentials.identityKey()), true);
    return true;
}

void ProfileConnector::checkOpenStack(const CloudCredentials &credentials)
{
    QStringList warnings;
    const QStringList errors = PortsCredentials::check(credentials, &warnings);
    for (const QString &text : std::as_const(warnings))
        warning(text);
    for (const QString &text : errors)
        error(text);
    if (!errors.isEmpty())
        return fail(ExitBadInput);

    OpenStackState *openStack = m_state->openStack();
    openStack->setCredentials(credentials);
    ++m_pending;
    m_openStackCheck = std::make_unique<ConnectionCheck>(openStack->session());
    connect(m_openStackCheck.get(), &ConnectionCheck::finished, this,
            [this](const ConnectionCheckResult &result) {
                m_state->openStack()->setCheckResult(result);
                partDone();
            });
    connect(m_openStackCheck.get(), &ConnectionCheck::failed, this,
            [this](const HttpFailure &failure) {
                const QUrl url = m_state->openStack()->credentials().authUrl;
                error(withDetail(
                        tr("Signing in to %1 failed: %2")
                                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                     failure.message()),
                        failure.detail()));
                fail(ExitBadInput);
            });
    m_openStackCheck->start();
}

void ProfileConnector::checkKube()
{
    ++m_pending;
    m_kubeCheck = new KubeConnectionCheck(m_state->kube()->client(), this);
    connect(m_kubeCheck, &KubeConnectionCheck::finished, this, [this] {
        const KubeConnectionCheckResult result = m_kubeCheck->result();
        if (!result.ok) {
            error(withDetail(result.errorMessage, result.errorDetail));
            error(tr("Could not connect to the cluster at %1. Check the profile's kubernetes "
                     "section and try podnet-wizard k8s check.")
                          .arg(m_state->kube()->connection()->server.toString()));
            return fail(ExitBadInput);
        }
        m_state->kube()->setCheckResult(result);
        partDone();
    });
    m_kubeCheck->start();
}

void ProfileConnector::loadTemplate()
{
    ++m_pending;
    const TemplateSource source = ProfileStateMapper::templateSource(m_profile);
    m_loader = std::make_unique<TemplateLoader>(m_state->networkAccess(), TemplateCache());
    m_loader->setFallBackToSavedCopy(true);
    connect(m_loader.get(), &TemplateLoader::notice, this,
            [](const QString &text) { warning(text); });
    connect(m_loader.get(), &TemplateLoader::failed, this,
            [this, source](const TemplateLoadError &loadError) {
                error(withDetail(loadError.message, loadError.detail));
                if (source.isDownload()) {
                    error(tr("To work without the network, write \"template: builtin\" in the "
                             "profile's manifest section."));
                }
                fail(source.isDownload() ? ExitFailed : ExitBadInput);
            });
    connect(m_loader.get(), &TemplateLoader::loaded, this,
            [this](const ManifestTemplate &manifestTemplate) {
                m_state->setManifestTemplate(manifestTemplate);
                const RenderedManifest rendered = m_state->render();
                for (const ManifestProblem &problem : rendered.problems) {
                    QString text = problem.message;
                    if (problem.line > 0)
                        text = tr("template line %1: %2").arg(problem.line).arg(text);
                    problem.isError() ? error(withDetail(text, problem.detail)) : warning(text);
                }
                if (!rendered.ok())
                    return fail(ExitBadInput);
                partDone();
            });
    m_loader->load(source);
}

void ProfileConnector::partDone()
{
    if (m_done || --m_pending > 0)
        return;
    m_done = true;
    Q_EMIT connected();
}

void ProfileConnector::fail(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_openStackCheck)
        m_openStackCheck->disconnect(this);
    if (m_kubeCheck)
        m_kubeCheck->disconnect(this);
    if (m_loader)
        m_loader->cancel();
    if (m_terminal)
        m_terminal->restore();
    Q_EMIT failed(exitCode);
}

} // namespace podnet
