// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetupState.h"
#include "manifest/TemplateCache.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QWizard>

class QMessageBox;

namespace podnet {

class LanguageManager;
class SetupApplyPage;

/// The wizard: owns the shared state and the pages. Branching lives in nextId() only.
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
        PlanPageId,
        ApplyPageId,
        NodeStatusPageId,
        FinishPageId,
    };
    Q_ENUM(PageId)

    /// When the pages after Welcome are built: at once (tests, tools), or right after the
    /// window's first frame (the application: the first page shows sooner).
    enum class PageBuilding { AllNow, AfterFirstPaint };

    explicit PodNetWizard(LanguageManager *languages, const TemplateCache &cache = TemplateCache(),
                          QWidget *parent = nullptr, PageBuilding building = PageBuilding::AllNow);

    SetupState *state() { return &m_state; }

    int nextId() const override;

Q_SIGNALS:
    /// With PageBuilding::AfterFirstPaint: the first frame is on screen and every page exists.
    void firstFrameShown();

public Q_SLOTS:
    /// Cancel, Escape and closing the window: during a run, asks first; stopping leaves a
    /// consistent, resumable state (the journals know what was done).
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLaterPages();
    void askBeforeClosing();
    void retranslateUi();

    QNetworkAccessManager m_network; // before m_state, which uses it
    SetupState m_state;
    TemplateCache m_cache;
    SetupApplyPage *m_applyPage = nullptr;
    bool m_laterPagesPending = false;
    QPointer<QMessageBox> m_closeQuestion;
    bool m_closeAfterRun = false;
};

} // namespace podnet
