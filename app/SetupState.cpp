// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"

namespace podnet {

SetupState::SetupState(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_networkAccess(network)
    , m_openStack(network)
    , m_kube(network)
{
    connect(&m_network, &NetworkSettings::changed, this, &SetupState::manifestInputsChanged);
}

void SetupState::setManifestTemplate(const std::optional<ManifestTemplate> &manifestTemplate)
{
    m_template = manifestTemplate;
    Q_EMIT manifestInputsChanged();
}

void SetupState::setImageTag(const QString &tag)
{
    if (tag == m_imageTag)
        return;
    m_imageTag = tag;
    Q_EMIT manifestInputsChanged();
}

void SetupState::setPlan(const SetupPlan &plan)
{
    m_plan = plan;
    Q_EMIT planChanged();
}

void SetupState::clearPlan()
{
    if (!m_plan)
        return;
    m_plan.reset();
    Q_EMIT planChanged();
}

void SetupState::setRunRecord(const SetupRunRecord &record)
{
    m_record = record;
    Q_EMIT runRecordChanged();
}

void SetupState::setDemo(bool demo)
{
    if (demo == m_demo)
        return;
    m_demo = demo;
    Q_EMIT demoChanged();
}

RenderValues SetupState::renderValues() const
{
    return {m_network.apiServerUrl(), m_network.clusterCidr(), m_imageTag};
}

RenderedManifest SetupState::render() const
{
    if (!m_template)
        return {};
    return ManifestRenderer::render(m_template->text, renderValues());
}

} // namespace podnet
