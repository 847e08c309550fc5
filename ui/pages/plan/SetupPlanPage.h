// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupPlan.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTabWidget;

namespace podnet {

class ManifestPlanPanel;
class PodRangePanel;
class PortPlanPanel;
class RenderedManifestPanel;
class SetupState;

/// "Preview": everything the run will change, on both sides, on one page and in one vocabulary
/// ("+" add or create, "~" configure, "=" nothing to do, "!" problem), read from the live cloud
/// and cluster: the allowed address pairs per port, the pod ranges per node, and what applying
/// each kube-router object would change, with the rendered manifest beside them. The totals
/// line sums up both sides. Nothing is changed here; Next takes the plan to the apply page.
class SetupPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupPlanPage(SetupState *state, QWidget *parent = nullptr);

    void initializePage() override;
    /// Every side asked for was read and its plan can be applied.
    bool isComplete() const override;
    /// Stores the combined plan in the shared state.
    bool validatePage() override;

    /// The plan as the page shows it now.
    SetupPlan currentPlan() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshAll();
    void updateTotals();
    void retranslateUi();
    bool hasOpenStack() const;
    bool hasKubernetes() const;

    SetupState *m_state;
    QLabel *m_intro;
    QLabel *m_totals;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    PortPlanPanel *m_ports;
    PodRangePanel *m_podRanges;
    ManifestPlanPanel *m_manifest;
    RenderedManifestPanel *m_rendered;
};

} // namespace podnet
