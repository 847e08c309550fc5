// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodNetWizard.h"

#include "pages/annotations/PodCidrAnnotationPage.h"
#include "pages/kube/KubeApplyPage.h"
#include "pages/kube/KubeConnectionPage.h"
#include "pages/kube/PreflightPage.h"
#include "pages/manifest/ManifestSourcePage.h"
#include "pages/network/NetworkPage.h"
#include "pages/nodes/NodeStatusPage.h"
#include "pages/openstack/OpenStackPage.h"
#include "pages/ports/PortApplyPage.h"
#include "pages/ports/PortPlanPage.h"
#include "pages/preview/PreviewPage.h"
#include "pages/welcome/WelcomePage.h"

#include <QEvent>

namespace podnet {

PodNetWizard::PodNetWizard(LanguageManager *languages, const TemplateCache &cache, QWidget *parent)
    : QWizard(parent)
    , m_state(&m_network)
{
    setObjectName(QStringLiteral("podnetWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(WelcomePageId, new WelcomePage(languages, this));
    setPage(OpenStackPageId, new OpenStackPage(&m_state, this));
    setPage(KubeConnectionPageId, new KubeConnectionPage(&m_state, this));
    setPage(NetworkPageId, new NetworkPage(&m_state, this));
    setPage(ManifestSourcePageId, new ManifestSourcePage(&m_state, &m_network, cache, this));
    setPage(PreflightPageId, new PreflightPage(&m_state, this));
    setPage(PreviewPageId, new PreviewPage(&m_state, this));
    setPage(PortPlanPageId, new PortPlanPage(&m_state, this));
    setPage(PortApplyPageId, new PortApplyPage(&m_state, this));
    setPage(PodCidrAnnotationPageId, new PodCidrAnnotationPage(&m_state, this));
    setPage(KubeApplyPageId, new KubeApplyPage(&m_state, this));
    setPage(NodeStatusPageId, new NodeStatusPage(&m_state, this));
    setStartId(WelcomePageId);
    resize(960, 680);
    retranslateUi();
}

int PodNetWizard::nextId() const
{
    const bool openStackSkipped = field(QStringLiteral("openStackSkipped")).toBool();
    const bool kubeSkipped = field(QStringLiteral("kubeSkipped")).toBool();
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
        return kubeSkipped ? PreviewPageId : PreflightPageId;
    case PreflightPageId:
        return PreviewPageId;
    case PreviewPageId:
        if (!openStackSkipped)
            return PortPlanPageId;
        return kubeSkipped ? -1 : PodCidrAnnotationPageId;
    case PortPlanPageId:
        return PortApplyPageId;
    case PortApplyPageId:
        return kubeSkipped ? -1 : PodCidrAnnotationPageId;
    case PodCidrAnnotationPageId:
        return KubeApplyPageId;
    case KubeApplyPageId:
        return NodeStatusPageId;
    default:
        return -1;
    }
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
