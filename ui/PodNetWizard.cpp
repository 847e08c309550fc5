// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodNetWizard.h"

#include "demo/DemoBanner.h"
#include "demo/DemoController.h"
#include "pages/apply/SetupApplyPage.h"
#include "pages/finish/FinishPage.h"
#include "pages/kube/KubeConnectionPage.h"
#include "pages/kube/PreflightPage.h"
#include "pages/manifest/ManifestSourcePage.h"
#include "pages/network/NetworkPage.h"
#include "pages/nodes/NodeStatusPage.h"
#include "pages/openstack/OpenStackPage.h"
#include "pages/plan/SetupPlanPage.h"
#include "pages/welcome/WelcomePage.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace podnet {

PodNetWizard::PodNetWizard(LanguageManager *languages, const TemplateCache &cache, QWidget *parent,
                           PageBuilding building)
    : QWizard(parent)
    , m_state(&m_network)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("podnetWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    auto *demo = new DemoController(&m_state, this);
    demo->setObjectName(QStringLiteral("demoController"));
    setPage(WelcomePageId, new WelcomePage(languages, &m_state, demo, this));
    setSideWidget(new DemoBanner(demo, this));
    setStartId(WelcomePageId);
    resize(1040, 720);
    retranslateUi();
    if (building == PageBuilding::AllNow)
        buildLaterPages();
    else
        m_laterPagesPending = true;
}

bool PodNetWizard::event(QEvent *event)
{
    // The first frame shows only the Welcome page; the other pages are built right after it,
    // long before anyone can press Next.
    if (event->type() == QEvent::Paint && m_laterPagesPending) {
        m_laterPagesPending = false;
        QTimer::singleShot(0, this, [this] {
            buildLaterPages();
            Q_EMIT firstFrameShown();
        });
    }
    return QWizard::event(event);
}

void PodNetWizard::buildLaterPages()
{
    if (page(OpenStackPageId))
        return;
    setPage(OpenStackPageId, new OpenStackPage(&m_state, this));
    setPage(KubeConnectionPageId, new KubeConnectionPage(&m_state, this));
    setPage(NetworkPageId, new NetworkPage(&m_state, this));
    setPage(ManifestSourcePageId, new ManifestSourcePage(&m_state, &m_network, m_cache, this));
    setPage(PreflightPageId, new PreflightPage(&m_state, this));
    setPage(PlanPageId, new SetupPlanPage(&m_state, this));
    m_applyPage = new SetupApplyPage(&m_state, this);
    setPage(ApplyPageId, m_applyPage);
    setPage(NodeStatusPageId, new NodeStatusPage(&m_state, this));
    auto *finish = new FinishPage(&m_state, this);
    setPage(FinishPageId, finish);
    connect(&m_state, &SetupState::runRecordChanged, finish, [this, finish] {
        if (const auto &record = m_state.runRecord())
            finish->setRecord(*record);
    });
    connect(m_applyPage, &SetupApplyPage::runFinished, this, [this] {
        if (m_closeAfterRun)
            QWizard::reject();
    });
}

int PodNetWizard::nextId() const
{
    // The field exists once the Kubernetes page does (see PageBuilding).
    const auto kubeSkipped = [this] { return field(QStringLiteral("kubeSkipped")).toBool(); };
    switch (currentId()) {
    case WelcomePageId:
        return OpenStackPageId;
    case OpenStackPageId:
        return KubeConnectionPageId;
    case KubeConnectionPageId:
        return NetworkPageId;
    case NetworkPageId:
        return ManifestSourcePageId;
    case ManifestSourcePageId:
        return kubeSkipped() ? PlanPageId : PreflightPageId;
    case PreflightPageId:
        return PlanPageId;
    case PlanPageId:
        return ApplyPageId;
    case ApplyPageId:
        return kubeSkipped() ? FinishPageId : NodeStatusPageId;
    case NodeStatusPageId:
        return FinishPageId;
    default:
        return -1;
    }
}

void PodNetWizard::reject()
{
    if (m_applyPage && m_applyPage->isRunning()) {
        askBeforeClosing();
        return;
    }
    QWizard::reject();
}

void PodNetWizard::askBeforeClosing()
{
    if (m_closeQuestion)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("A run is going on"),
                                tr("The wizard is changing your cloud and cluster right now. Stop "
                                   "after the changes under way and close? Everything done so "
                                   "far is journaled: start the wizard again to resume or undo "
                                   "it."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeDuringRunQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("&Stop and close"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopAndCloseButton"));
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, [this] {
        m_closeAfterRun = true;
        if (m_applyPage->isRunning())
            m_applyPage->cancelRun();
        else
            QWizard::reject();
    });
    m_closeQuestion = box;
    box->open();
}

void PodNetWizard::retranslateUi()
{
    setWindowTitle(tr("PodNet Wizard"));
    // QWizard keeps the button texts it set at construction; ask for Qt's current wording.
    setButtonText(QWizard::BackButton, QWizard::tr("< &Back"));
    setButtonText(QWizard::NextButton, QWizard::tr("&Next >"));
    setButtonText(QWizard::CancelButton, QWizard::tr("Cancel"));
    setButtonText(QWizard::FinishButton, QWizard::tr("&Finish"));
}

void PodNetWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace podnet
