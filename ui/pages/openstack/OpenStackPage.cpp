// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "OpenStackPage.h"

#include "CloudSourceChooser.h"
#include "ConnectionResultPanel.h"
#include "CredentialsForm.h"
#include "OpenStackSecrets.h"
#include "SetupState.h"
#include "openstack/ConnectionCheck.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace podnet {

namespace {

// Whether to use the keychain is a preference, not a secret: it may live in QSettings.
const QString rememberKey = QStringLiteral("openStack/rememberSecrets");

bool sameCredentials(const CloudCredentials &a, const CloudCredentials &b)
{
    return a.cloudName == b.cloudName && a.authType == b.authType && a.authUrl == b.authUrl
            && a.username == b.username && a.userId == b.userId
            && a.userDomainName == b.userDomainName && a.userDomainId == b.userDomainId
            && a.projectName == b.projectName && a.projectId == b.projectId
            && a.projectDomainName == b.projectDomainName && a.projectDomainId == b.projectDomainId
            && a.applicationCredentialId == b.applicationCredentialId
            && a.applicationCredentialName == b.applicationCredentialName
            && a.regionName == b.regionName && a.interface == b.interface && a.caFile == b.caFile
            && a.secret == b.secret;
}

} // namespace

OpenStackPage::OpenStackPage(SetupState *state, QWidget *parent)
    : OpenStackPage(state, OpenStackSources::system(), parent)
{ }

OpenStackPage::OpenStackPage(SetupState *state, const OpenStackSources &sources, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_secrets(new OpenStackSecrets(this))
    , m_intro(new QLabel(this))
    , m_sourceBox(new QGroupBox(this))
    , m_chooser(new CloudSourceChooser(sources, this))
    , m_credentialsBox(new QGroupBox(this))
    , m_form(new CredentialsForm(this))
    , m_remember(new QCheckBox(this))
    , m_keychainStatus(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_result(new ConnectionResultPanel(this))
    , m_skip(new QCheckBox(this))
{
    buildUi();
    registerField(QStringLiteral("openStackSkipped"), m_skip);

    connect(m_chooser, &CloudSourceChooser::imported, this, &OpenStackPage::onImported);
    connect(m_chooser, &CloudSourceChooser::typeInChosen, m_form,
            &CredentialsForm::detachFromImport);
    connect(m_form, &CredentialsForm::edited, this, &OpenStackPage::onEdited);
    connect(m_remember, &QCheckBox::toggled, this, &OpenStackPage::onRememberToggled);
    connect(m_secrets, &OpenStackSecrets::loaded, this, &OpenStackPage::onSecretLoaded);
    connect(m_secrets, &OpenStackSecrets::statusChanged, this,
            &OpenStackPage::refreshKeychainStatus);
    connect(m_testButton, &QPushButton::clicked, this, &OpenStackPage::startTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &OpenStackPage::cancelTest);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool skipped) {
        Q_EMIT skippedChanged(skipped);
        Q_EMIT completeChanged();
    });
    OpenStackState *openStack = m_state->openStack();
    connect(openStack, &OpenStackState::credentialsChanged, this, &OpenStackPage::dropCheck);
    connect(openStack, &OpenStackState::connectionChanged, this, [this] {
        refreshButtons();
        Q_EMIT completeChanged();
    });

    retranslateUi();
    if (!openStack->credentials().authUrl.isEmpty()) {
        // Credentials set before the page existed (e.g. demo mode): show them as typed in.
        m_chooser->setTypeIn();
        m_form->setCredentials(openStack->credentials());
    } else {
        m_chooser->chooseDefault();
    }
    refreshButtons();
}

OpenStackPage::~OpenStackPage() = default;

void OpenStackPage::buildUi()
{
    m_intro->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("rememberSecretsCheck"));
    m_remember->setChecked(QSettings().value(rememberKey, false).toBool());
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setTextFormat(Qt::PlainText);
    m_keychainStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_testButton->sizeHint().height());
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_skip->setObjectName(QStringLiteral("skipCheck"));
    m_chooser->setObjectName(QStringLiteral("sourceChooser"));
    m_form->setObjectName(QStringLiteral("credentialsForm"));

    auto *sourceLayout = new QVBoxLayout(m_sourceBox);
    sourceLayout->addWidget(m_chooser);
    auto *credentialsLayout = new QVBoxLayout(m_credentialsBox);
    credentialsLayout->addWidget(m_form);
    credentialsLayout->addWidget(m_remember);
    credentialsLayout->addWidget(m_keychainStatus);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_progress, 1);
    testRow->addWidget(m_cancelButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_sourceBox);
    left->addWidget(m_credentialsBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addWidget(m_skip);
    right->addStretch(1);

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("openStackScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only a container: Tab goes to the fields inside, and the area scrolls to each one.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    // The scroll area takes the widgets over; the page keeps pointers to them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
}

bool OpenStackPage::isComplete() const
{
    return m_skip->isChecked() || (m_state->openStack()->isConnected() && !isTesting());
}

void OpenStackPage::initializePage()
{
    // The page writes every change into the state, so a difference was made elsewhere.
    const CloudCredentials credentials = m_state->openStack()->credentials();
    if (sameCredentials(credentials, m_form->credentials()))
        return;
    dropCheck();
    m_secrets->abandonLoad();
    m_result->showIdle();
    if (credentials.authUrl.isEmpty()) {
        // Cleared (the demo ended): start over as on a first visit.
        m_form->setCredentials({});
        m_chooser->chooseDefault();
    } else {
        m_chooser->setTypeIn();
        m_form->setCredentials(credentials);
    }
    refreshButtons();
    Q_EMIT completeChanged();
    if (credentials.hasSecret() && !m_state->openStack()->isConnected())
        startTest();
}

bool OpenStackPage::isSkipped() const
{
    return m_skip->isChecked();
}

void OpenStackPage::setSkipped(bool skipped)
{
    m_skip->setChecked(skipped);
}

bool OpenStackPage::isTesting() const
{
    return m_check && m_check->isRunning();
}

void OpenStackPage::onImported(const CredentialsImport &result)
{
    dropCheck();
    m_form->setCredentials(result.credentials);
    applyCredentials();
    m_result->showIdle();
    m_secrets->abandonLoad();
    refreshKeychainStatus();
    if (!result.credentials.hasSecret()) {
        // Not an error: a missing secret is asked for, or found in the keychain.
        // After the event that made the choice (a closing combo list takes the focus back).
        QTimer::singleShot(0, m_form, &CredentialsForm::focusSecret);
        m_secrets->load(m_form->credentials());
    }
}

void OpenStackPage::onEdited()
{
    dropCheck();
    applyCredentials();
    if (m_result->mode() == ConnectionResultPanel::Mode::Running)
        m_result->showIdle();
    else
        m_result->showOutdated();
    m_secrets->abandonLoad(); // its answer would be for other values
}

void OpenStackPage::applyCredentials()
{
    // New credentials drop the session and the check, so Next waits for a new test.
    m_state->openStack()->setCredentials(m_form->credentials());
    refreshButtons();
    Q_EMIT completeChanged();
}

void OpenStackPage::onRememberToggled(bool remember)
{
    QSettings().setValue(rememberKey, remember);
    if (remember && m_state->openStack()->isConnected())
        m_secrets->store(m_state->openStack()->credentials());
    else if (!remember)
        m_secrets->remove(m_state->openStack()->credentials());
}

void OpenStackPage::onSecretLoaded(const QString &secret)
{
    if (!m_form->credentials().secret.isEmpty())
        return; // typed in meanwhile
    m_form->setSecret(secret);
    // A saved secret means the user chose to remember it.
    const QSignalBlocker blocker(m_remember);
    m_remember->setChecked(true);
    onEdited();
}

void OpenStackPage::refreshKeychainStatus()
{
    const QString text = m_secrets->status();
    m_keychainStatus->setText(text);
    m_keychainStatus->setToolTip(m_secrets->statusDetail());
    m_keychainStatus->setVisible(!text.isEmpty());
}

void OpenStackPage::startTest()
{
    if (m_form->hasErrors() || isTesting())
        return;
    dropCheck();
    auto *check = new ConnectionCheck(m_state->openStack()->session(), this);
    connect(check, &ConnectionCheck::finished, this, &OpenStackPage::onCheckFinished);
    connect(check, &ConnectionCheck::failed, this, &OpenStackPage::onCheckFailed);
    m_check = check;
    check->start();
    m_result->showRunning();
    refreshButtons();
    Q_EMIT completeChanged();
}

void OpenStackPage::cancelTest()
{
    if (!isTesting())
        return;
    dropCheck();
    // The same credentials again: a new session, so the sign-in in flight is dropped too.
    applyCredentials();
    m_result->showCancelled();
    m_testButton->setFocus();
}

void OpenStackPage::dropCheck()
{
    // Deleted at once (not later): its session is about to be replaced.
    delete m_check.data();
    m_check.clear();
    refreshButtons();
}

void OpenStackPage::onCheckFinished(const ConnectionCheckResult &result)
{
    m_check->deleteLater();
    m_check.clear();
    m_result->showResult(result);
    m_state->openStack()->setCheckResult(result);
    if (m_remember->isChecked())
        m_secrets->store(m_state->openStack()->credentials());
    refreshButtons();
    Q_EMIT completeChanged();
}

void OpenStackPage::onCheckFailed(const HttpFailure &failure)
{
    const ConnectionCheckResult partial = m_check->result();
    m_check->deleteLater();
    m_check.clear();
    m_result->showFailure(failure, partial);
    refreshButtons();
    Q_EMIT completeChanged();
}

void OpenStackPage::refreshButtons()
{
    const bool testing = isTesting();
    m_testButton->setEnabled(!testing && !m_form->hasErrors());
    m_progress->setVisible(testing);
    m_cancelButton->setVisible(testing);
}

void OpenStackPage::retranslateUi()
{
    setTitle(tr("OpenStack", "@title"));
    setSubTitle(tr("Sign in to the cloud whose ports carry your nodes, so that the wizard can "
                   "allow pod traffic through them.",
                   "@title"));
    m_intro->setText(tr("OpenStack drops traffic from addresses a port does not own. The wizard "
                        "adds the pod CIDR to each node's port as allowed address pairs; for "
                        "that it needs credentials for the project that owns the nodes.",
                        "@info"));
    m_sourceBox->setTitle(tr("Where are the credentials?", "@title:group"));
    m_credentialsBox->setTitle(tr("Credentials (Keystone v3)", "@title:group"));
    m_remember->setText(tr("Remember secrets in t&he keychain", "@option:check"));
    m_remember->setToolTip(tr("Saves the password, application credential secret or token in "
                              "the system's keychain after a successful test; never in a file.",
                              "@info:tooltip"));
    m_keychainStatus->setAccessibleName(tr("Keychain status", "@label"));
    m_testButton->setText(tr("Test &connection", "@action:button"));
    m_testButton->setToolTip(
            tr("Signs in to Keystone and asks Neutron for its extensions.", "@info:tooltip"));
    m_progress->setAccessibleName(tr("Testing the connection", "@label"));
    m_cancelButton->setText(tr("Cancel test", "@action:button"));
    m_result->setAccessibleName(tr("Connection test result", "@label"));
    m_skip->setText(tr("Skip: the allowed address pairs are &already set, or I will set them "
                       "myself",
                       "@option:check"));
    m_skip->setAccessibleName(m_skip->text().remove(QLatin1Char('&')));
    refreshKeychainStatus();
}

void OpenStackPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
