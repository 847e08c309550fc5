// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupSettingsSnapshot.h"

#include "SetupState.h"

namespace podnet {

namespace {

QString templateArgument(const std::optional<ManifestTemplate> &manifestTemplate)
{
    if (!manifestTemplate)
        return {};
    const TemplateSource &source = manifestTemplate->source;
    switch (source.kind) {
    case TemplateSource::Kind::Upstream:
        return TemplateSource::upstreamUrl().toString();
    case TemplateSource::Kind::BuiltIn:
        return QStringLiteral("builtin");
    case TemplateSource::Kind::Url:
    case TemplateSource::Kind::File:
        break;
    }
    return source.location;
}

} // namespace

SetupRunRecord::Settings settingsSnapshot(const SetupState &state)
{
    SetupRunRecord::Settings settings;
    if (state.openStack()->isConnected()) {
        const CloudCredentials &credentials = state.openStack()->credentials();
        settings.cloudName = credentials.cloudName;
        settings.authUrl = credentials.authUrl.toString(QUrl::RemoveUserInfo);
        settings.userName
                = !credentials.username.isEmpty() ? credentials.username : credentials.userId;
        if (credentials.authType == CloudCredentials::AuthType::ApplicationCredential)
            settings.userName = !credentials.applicationCredentialName.isEmpty()
                    ? credentials.applicationCredentialName
                    : credentials.applicationCredentialId;
        settings.projectName = !credentials.projectName.isEmpty() ? credentials.projectName
                                                                  : credentials.projectId;
        settings.regionName = credentials.regionName;
        settings.portPattern = state.openStack()->portSelection().pattern();
    }
    if (const auto &connection = state.kube()->connection()) {
        settings.kubeconfigPath = state.kube()->kubeconfigFiles().join(QLatin1Char(':'));
        settings.kubeContext = state.kube()->contextName();
        settings.kubeServer = connection->server.toString(QUrl::RemoveUserInfo);
    }
    settings.apiServerUrl = state.network()->apiServerUrl();
    settings.clusterCidr = state.network()->clusterCidr();
    settings.serviceCidr = state.network()->serviceCidr();
    settings.templateSource = templateArgument(state.manifestTemplate());
    settings.imageTag = state.imageTag();
    settings.demo = state.isDemo();
    return settings;
}

} // namespace podnet
