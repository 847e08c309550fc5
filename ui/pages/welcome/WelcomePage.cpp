// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "WelcomePage.h"

#include "WelcomeModeBox.h"
#include "WelcomeProfileBox.h"
#include "i18n/LanguageManager.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace podnet {

WelcomePage::WelcomePage(LanguageManager *languages, SetupState *state, DemoController *demo,
                         QWidget *parent)
    : QWizardPage(parent)
    , m_languages(languages)
    , m_intro(new QLabel(this))
    , m_mode(new WelcomeModeBox(demo, this))
    , m_profile(new WelcomeProfileBox(state, this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_mode->setObjectName(QStringLiteral("modeBox"));
    m_profile->setObjectName(QStringLiteral("profileBox"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Sized without measuring every item: "한국어" needs the CJK font, which is only loaded when
    // the list opens (or Korean is chosen), not for the first frame.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(10);
    for (const QString &code : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(m_languages->current()));
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_mode);
    layout->addWidget(m_profile);
    layout->addStretch(1);
    layout->addLayout(form);

    connect(m_mode, &WelcomeModeBox::completeChanged, this, &WelcomePage::completeChanged);
    connect(m_profile, &WelcomeProfileBox::profileLoaded, this,
            [this](bool openStackSkipped, bool kubeSkipped) {
                // The skip boxes belong to their pages; the wizard shares them as fields.
                if (wizard()) {
                    wizard()->setField(QStringLiteral("openStackSkipped"), openStackSkipped);
                    wizard()->setField(QStringLiteral("kubeSkipped"), kubeSkipped);
                }
            });

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_languages->setLanguage(m_language->itemData(index).toString());
        m_languages->remember();
    });
    retranslateUi();
}

bool WelcomePage::isComplete() const
{
    return m_mode->isComplete();
}

void WelcomePage::startDemo()
{
    m_mode->chooseDemo();
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Pod network routing"));
    setSubTitle(tr("Set up pod network routing for your Kubernetes cluster on OpenStack."));
    m_intro->setText(
            tr("<p>Pods on different nodes cannot talk to each other until the network routes "
               "their traffic. This wizard does the tutorial's \"Pod network routing\" chapter "
               "for you, step by step, and shows every change before it is made.</p>"
               "<ol><li>Sign in to OpenStack and to the Kubernetes API server (either side "
               "can be skipped).</li>"
               "<li>Enter the API server address and the cluster's CIDR ranges, and choose "
               "kube-router's manifest.</li>"
               "<li>Check the cluster, then preview the allowed address pairs for each port "
               "and the manifest.</li>"
               "<li>Apply both (and, if a node has no pod range, give it one), and undo if "
               "needed.</li>"
               "<li>Watch every node turn Ready, and see why one is not.</li></ol>"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The wizard switches language at once and remembers your choice."));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
