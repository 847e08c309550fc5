// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetupState.h"
#include "manifest/TemplateCache.h"

#include <QNetworkAccessManager>
#include <QWizard>

namespace podnet {

class LanguageManager;

/// The wizard: owns the shared state and the pages. Branching, if any, lives in nextId().
class PodNetWizard : public QWizard
{
    Q_OBJECT
public:
    /// The pages in the order a person meets them. A skipped side (OpenStack or Kubernetes)
    /// leaves out its own pages; nextId() is the only place that branches.
    enum PageId {
        WelcomePageId,
        OpenStackPageId,
        KubeConnectionPageId,
        NetworkPageId,
        ManifestSourcePageId,
        PreflightPageId,
        PreviewPageId,
        PortPlanPageId,
        PortApplyPageId,
        PodCidrAnnotationPageId,
        KubeApplyPageId,
        NodeStatusPageId,
    };
    Q_ENUM(PageId)

    explicit PodNetWizard(LanguageManager *languages, const TemplateCache &cache = TemplateCache(),
                          QWidget *parent = nullptr);

    SetupState *state() { return &m_state; }

    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QNetworkAccessManager m_network; // before m_state, which uses it
    SetupState m_state;
};

} // namespace podnet
