// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeState.h"
#include "manifest/ManifestRenderer.h"
#include "manifest/ManifestTemplate.h"
#include "openstack/OpenStackState.h"
#include "run/SetupPlan.h"
#include "run/SetupRunRecord.h"
#include "settings/NetworkSettings.h"

#include <QObject>

#include <optional>

namespace podnet {

/// Everything the user has chosen so far, shared by the wizard's pages (which never talk to
/// each other) and owned by the wizard.
class SetupState : public QObject
{
    Q_OBJECT
public:
    /// \a network (not owned) carries every request the engine makes for the wizard.
    explicit SetupState(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *networkAccess() const { return m_networkAccess; }

    OpenStackState *openStack() { return &m_openStack; }
    const OpenStackState *openStack() const { return &m_openStack; }
    KubeState *kube() { return &m_kube; }
    const KubeState *kube() const { return &m_kube; }

    NetworkSettings *network() { return &m_network; }
    const NetworkSettings *network() const { return &m_network; }

    /// The loaded template, if any.
    const std::optional<ManifestTemplate> &manifestTemplate() const { return m_template; }
    void setManifestTemplate(const std::optional<ManifestTemplate> &manifestTemplate);

    /// The image tag to pin; empty means "leave upstream's unpinned image".
    QString imageTag() const { return m_imageTag; }
    void setImageTag(const QString &tag);

    /// The combined plan the user accepted on the preview page, for the apply page.
    const std::optional<SetupPlan> &plan() const { return m_plan; }
    void setPlan(const SetupPlan &plan);
    void clearPlan();

    /// What the last run did (complete once it finished), for the status and finish pages.
    const std::optional<SetupRunRecord> &runRecord() const { return m_record; }
    void setRunRecord(const SetupRunRecord &record);

    /// True while the wizard talks to the built-in demo cloud.
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo);

    RenderValues renderValues() const;
    /// Renders the loaded template with the current values (empty result without a template).
    RenderedManifest render() const;

Q_SIGNALS:
    void manifestInputsChanged();
    void planChanged();
    void runRecordChanged();
    void demoChanged();

private:
    QNetworkAccessManager *m_networkAccess;
    NetworkSettings m_network;
    OpenStackState m_openStack;
    KubeState m_kube;
    std::optional<ManifestTemplate> m_template;
    QString m_imageTag;
    std::optional<SetupPlan> m_plan;
    std::optional<SetupRunRecord> m_record;
    bool m_demo = false;
};

} // namespace podnet
