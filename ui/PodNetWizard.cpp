// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodNetWizard.h"

#include "pages/manifest/ManifestSourcePage.h"
#include "pages/network/NetworkPage.h"
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
    setPage(NetworkPageId, new NetworkPage(&m_state, this));
    setPage(ManifestSourcePageId, new ManifestSourcePage(&m_state, &m_network, cache, this));
    setPage(PreviewPageId, new PreviewPage(&m_state, this));
    setStartId(WelcomePageId);
    resize(960, 680);
    retranslateUi();
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
