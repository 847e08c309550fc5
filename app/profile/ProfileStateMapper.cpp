// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileStateMapper.h"

#include "SetupState.h"
#include "manifest/TemplateLoader.h"
#include "openstack/CloudConfig.h"
#include "openstack/EnvironmentCredentials.h"

namespace podnet {

namespace {

bool isCloudsYamlCloud(const CloudCredentials &credentials, const QProcessEnvironment &environment)
{
    if (credentials.cloudName.isEmpty()
        || credentials.cloudName == EnvironmentCredentials::cloudName())
        return false;
    const CloudConfig config(environment, CloudConfig::defaultSearchDirs(environment));
    const CredentialsImport imported = config.load(credentials.cloudName);
    return imported.ok() && imported.credentials.cloudName == credentials.cloudName
            && imported.credentials.authUrl == credentials.authUrl;
}

} // namespace

Profile ProfileStateMapper::fromState(const SetupState &state, const QString &portPattern,
                                      const QProcessEnvironment &environment)
{
    Profile profile;

    const CloudCredentials &credentials = state.openStack()->credentials();
    profile.skipOpenStack = credentials.authUrl.isEmpty();
    if (!profile.skipOpenStack) {
        if (isCloudsYamlCloud(credentials, environment)) {
            profile.cloud = credentials.cloudName;
        } else {
            profile.authUrl = credentials.authUrl.toString();
            profile.userName = credentials.username;
            profile.userDomain = credentials.userDomainName;
            profile.projectName = credentials.projectName;
            profile.projectDomain = credentials.projectDomainName;
        }
        profile.regionName = credentials.regionName;
        profile.portPattern = portPattern;
    }

    const KubeState *kube = state.kube();
    profile.skipKubernetes = !kube->hasConnection();
    if (!profile.skipKubernetes) {
        if (!kube->kubeconfigFiles().isEmpty()) {
            profile.kubeconfig = kube->kubeconfigFiles().constFirst();
            profile.context = kube->contextName();
        } else {
            profile.server = kube->connection()->server.toString();
        }
    }

    profile.apiServerUrl = state.network()->apiServerUrl();
    profile.clusterCidr = state.network()->clusterCidr();
    profile.serviceCidr = state.network()->serviceCidr();
    if (state.manifestTemplate())
        profile.templateSource = templateValue(state.manifestTemplate()->source);
    profile.imageTag = state.imageTag();
    return profile;
}

void ProfileStateMapper::apply(const Profile &profile, SetupState *state)
{
    NetworkSettings *network = state->network();
    if (!profile.apiServerUrl.isEmpty())
        network->setApiServerUrl(profile.apiServerUrl);
    if (!profile.clusterCidr.isEmpty())
        network->setClusterCidr(profile.clusterCidr);
    if (!profile.serviceCidr.isEmpty())
        network->setServiceCidr(profile.serviceCidr);
    if (!profile.imageTag.isEmpty())
        state->setImageTag(profile.imageTag);

    if (!profile.templateSource.isEmpty()) {
        const TemplateSource source = templateSource(profile);
        if (source.kind == TemplateSource::Kind::BuiltIn)
            state->setManifestTemplate(TemplateLoader::builtIn());
        else if (state->manifestTemplate() && state->manifestTemplate()->source != source)
            state->setManifestTemplate(std::nullopt);
    }

    if (profile.skipOpenStack)
        state->openStack()->setCredentials({});
    if (profile.skipKubernetes)
        state->kube()->clearConnection();
}

TemplateSource ProfileStateMapper::templateSource(const Profile &profile)
{
    if (profile.templateSource.isEmpty() || profile.templateSource == QLatin1String("upstream"))
        return {};
    return TemplateSource::fromArgument(profile.templateSource);
}

QString ProfileStateMapper::templateValue(const TemplateSource &source)
{
    switch (source.kind) {
    case TemplateSource::Kind::Upstream:
        return QStringLiteral("upstream");
    case TemplateSource::Kind::BuiltIn:
        return QStringLiteral("builtin");
    case TemplateSource::Kind::Url:
    case TemplateSource::Kind::File:
        return source.location;
    }
    return {};
}

PortSelection ProfileStateMapper::portSelection(const Profile &profile)
{
    return profile.portPattern.isEmpty() ? PortSelection::all()
                                         : PortSelection::byNamePattern(profile.portPattern);
}

} // namespace podnet
