// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeConnectionPage.h"

#include "KubeConnectionManualForm.h"
#include "KubeConnectionResultPanel.h"
#include "KubeConnectionSourceBox.h"
#include "SetupState.h"
#include "kube/ExecCredentialPlugin.h"
#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeConnectionCheck.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

namespace {

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setVisible(false);
    return label;
}

} // namespace

KubeConnectionPage::KubeConnectionPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_intro(new QLabel(this))
    , m_source(new KubeConnectionSourceBox(this))
    , m_warnings(noteLabel(QStringLiteral("kubeConnectionWarnings"), this))
    , m_insecure(noteLabel(QStringLiteral("kubeInsecureWarning"), this))
    , m_testButton(new QPushButton(this))
    , m_panel(new KubeConnectionResultPanel(this))
    , m_apiServerNote(noteLabel(QStringLiteral("kubeApiServerNote"), this))
    , m_skip(new QCheckBox(this))
{
    m_source->setObjectName(QStringLiteral("kubeSource"));
    m_testButton->setObjectName(QStringLiteral("kubeTestButton"));
    m_panel->setObjectName(QStringLiteral("kubeTestResult"));
    m_skip->setObjectName(QStringLiteral("kubeSkipCheck"));
    m_intro->setWordWrap(true);
    // Red and bold, and the ✖ says the same without colour.
    m_insecure->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_source);
    layout->addWidget(m_warnings);
    layout->addWidget(m_insecure);
    layout->addLayout(testRow);
    layout->addWidget(m_panel);
    layout->addWidget(m_apiServerNote);
    layout->addStretch(1);
    layout->addWidget(m_skip);

    registerField(QStringLiteral("kubeSkipped"), m_skip);

    connect(m_source, &KubeConnectionSourceBox::changed, this,
            &KubeConnectionPage::onSourceChanged);
    connect(m_testButton, &QPushButton::clicked, this, &KubeConnectionPage::startTest);
    connect(m_panel, &KubeConnectionResultPanel::cancelRequested, this,
            &KubeConnectionPage::cancelTest);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool skipped) {
        Q_EMIT skippedChanged(skipped);
        Q_EMIT completeChanged();
    });
    connect(m_state->kube(), &KubeState::connectionChanged, this,
            &KubeConnectionPage::completeChanged);
    connect(m_state, &SetupState::manifestInputsChanged, this, [this] {
        if (m_status == Status::Succeeded)
            refreshStatus();
    });
    retranslateUi();
    m_source->setEnvironment(qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}

KubeConnectionPage::~KubeConnectionPage() = default;

void KubeConnectionPage::setEnvironment(const QString &kubeconfigVariable, const QString &homeDir)
{
    m_source->setEnvironment(kubeconfigVariable, homeDir);
}

bool KubeConnectionPage::isComplete() const
{
    return isSkipped() || (m_state->kube()->isConnected() && !isTesting());
}

void KubeConnectionPage::initializePage()
{
    // The page writes every choice into the state, so a difference was made elsewhere (demo
    // mode, a profile): show it as if picked here, and test it at once.
    KubeState *kube = m_state->kube();
    const QStringList files = kube->kubeconfigFiles();
    if (kube->hasConnection() && !files.isEmpty()
        && (files != m_source->files() || kube->contextName() != m_source->contextName())) {
        m_source->selectFile(files.first(), kube->contextName());
        if (!kube->isConnected() && m_source->kubeconfigConnection())
            return startTest();
    } else if (!kube->hasConnection() && m_source->kubeconfigConnection()) {
        m_source->restart(); // cleared (the demo ended): start over as on a first visit
    }
    refreshStatus();
}

bool KubeConnectionPage::isSkipped() const
{
    return m_skip->isChecked();
}

bool KubeConnectionPage::isTesting() const
{
    return m_pluginRunning || !m_check.isNull();
}

void KubeConnectionPage::onSourceChanged()
{
    // Any change of source, context or typed value makes an earlier test worthless.
    stopRunning();
    m_status = Status::Idle;
    KubeState *kube = m_state->kube();
    if (const auto &connection = m_source->kubeconfigConnection())
        kube->setConnection(*connection, m_source->files(), m_source->contextName());
    else
        kube->clearConnection();
    if (m_source->problem().isError())
        setProblem(m_source->problem());
    refresh();
}

void KubeConnectionPage::startTest()
{
    stopRunning();
    m_filledApiServer = false;
    KubeState *kube = m_state->kube();
    if (m_source->isManual()) {
        const KubeConnectionManualForm *form = m_source->manualForm();
        KubeConfigError error;
        const auto connection
                = KubeConfig::manual(form->server(), form->caFile(), form->token(), &error);
        if (!connection) {
            setProblem(error);
            kube->clearConnection();
            return refresh();
        }
        kube->setConnection(*connection);
    } else if (kube->connection()) {
        // A fresh client: nothing cached from an earlier attempt (a plugin's old token).
        renewClient();
    } else {
        return;
    }
    ExecCredentialPlugin *plugin = kube->client()->execPlugin();
    if (!plugin || plugin->cached())
        return runCheck();

    // The plugin may take a while (the login shell's PATH on first use, a login): run it first
    // so the person sees what is being waited for. The check then uses its cached credential.
    m_pluginRunning = true;
    m_status = Status::Plugin;
    const quint64 run = m_run;
    plugin->request(this, [this, run](const ExecCredential &, const ExecCredentialError &error) {
        if (run != m_run)
            return;
        m_pluginRunning = false;
        if (!error.isError())
            return runCheck();
        m_status = Status::Failed;
        m_statusMessage = error.message;
        m_statusDetail = error.detail;
        refresh();
    });
    refresh();
}

void KubeConnectionPage::runCheck()
{
    m_status = Status::Checking;
    auto *check = new KubeConnectionCheck(m_state->kube()->client(), this);
    m_check = check;
    connect(check, &KubeConnectionCheck::finished, this,
            [this, check] { onCheckFinished(check->result()); });
    check->start();
    refresh();
}

void KubeConnectionPage::onCheckFinished(const KubeConnectionCheckResult &result)
{
    m_check = nullptr;
    m_state->kube()->setCheckResult(result);
    if (result.ok) {
        m_status = Status::Succeeded;
        m_result = result;
        fillApiServer();
        if (m_source->isManual())
            m_source->manualForm()->rememberTokenFor(
                    m_state->kube()->connection()->server.toString());
    } else {
        m_status = Status::Failed;
        m_statusMessage = result.errorMessage;
        m_statusDetail = result.errorDetail;
    }
    refresh();
}

void KubeConnectionPage::cancelTest()
{
    stopRunning();
    m_status = Status::Cancelled;
    renewClient();
    refresh();
}

void KubeConnectionPage::stopRunning()
{
    ++m_run;
    m_pluginRunning = false;
    delete m_check.data();
    m_result.reset();
}

void KubeConnectionPage::renewClient()
{
    // Setting the same connection again drops the client, which aborts its requests and a
    // running credential plugin.
    KubeState *kube = m_state->kube();
    if (const auto connection = kube->connection())
        kube->setConnection(*connection, kube->kubeconfigFiles(), kube->contextName());
}

void KubeConnectionPage::fillApiServer()
{
    // Only a default, never an overwrite: the nodes may reach the API server at another
    // address than this computer does.
    NetworkSettings *network = m_state->network();
    const auto &connection = m_state->kube()->connection();
    if (!connection || !network->apiServerUrl().isEmpty())
        return;
    network->setApiServerUrl(connection->server.toString(QUrl::StripTrailingSlash));
    m_filledApiServer = true;
}

void KubeConnectionPage::setProblem(const KubeConfigError &error)
{
    m_status = Status::Problem;
    m_statusMessage = error.message;
    const QString file = QDir::toNativeSeparators(error.file);
    if (error.line > 0) {
        const QString where
                = QStringLiteral("%1:%2:%3").arg(file).arg(error.line).arg(error.column);
        m_statusMessage = tr("%1 (at %2)").arg(error.message, where);
    } else if (!error.file.isEmpty()) {
        m_statusMessage = tr("%1 (in %2)").arg(error.message, file);
    }
    m_statusDetail = error.detail;
}

void KubeConnectionPage::refresh()
{
    m_testButton->setEnabled(!isTesting() && m_source->canTest());
    const auto &connection = m_state->kube()->connection();
    const QStringList warnings = connection ? connection->warnings : QStringList();
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : tr("⚠ %1").arg(warnings.join(QStringLiteral("\n⚠ "))));
    m_warnings->setVisible(!warnings.isEmpty());
    m_insecure->setVisible(connection && connection->tls.insecureSkipVerify);
    refreshStatus();
    Q_EMIT completeChanged();
}

void KubeConnectionPage::refreshStatus()
{
    const auto &connection = m_state->kube()->connection();
    switch (m_status) {
    case Status::Idle:
        m_panel->showIdle(m_source->canTest()
                                  ? tr("Press Test connection to check the server, your "
                                       "credentials and the kinds kube-router needs.")
                                  : QString());
        break;
    case Status::Cancelled:
        m_panel->showIdle(tr("Test cancelled. Press Test connection to try again."));
        break;
    case Status::Problem:
    case Status::Failed:
        m_panel->showFailure(m_statusMessage, m_statusDetail);
        break;
    case Status::Plugin:
        m_panel->showBusy(tr("Waiting for the credential plugin \"%1\"… The first run can take a "
                             "while: it may look up your login shell's PATH or ask you to log in.")
                                  .arg(connection && connection->exec ? connection->exec->command
                                                                      : QString()));
        break;
    case Status::Checking:
        m_panel->showBusy(tr("Connecting to %1…")
                                  .arg(connection ? connection->server.toString() : QString()));
        break;
    case Status::Succeeded:
        if (m_result)
            m_panel->showSuccess(*m_result, m_state->render().resources);
        break;
    }
    m_apiServerNote->setVisible(m_filledApiServer);
}

void KubeConnectionPage::retranslateUi()
{
    setTitle(tr("Kubernetes cluster"));
    setSubTitle(tr("Choose the cluster to install kube-router into and test the connection."));
    m_intro->setText(tr("The wizard reads your kubeconfig as kubectl does and never changes it. "
                        "It needs a user that may create cluster-wide objects, such as the "
                        "tutorial's admin."));
    m_warnings->setAccessibleName(tr("Connection warnings"));
    m_insecure->setText(tr("✖ TLS verification is off for this cluster "
                           "(insecure-skip-tls-verify). Anyone on the way can pose as the server "
                           "and take your credentials. Put the cluster's CA certificate into the "
                           "kubeconfig instead."));
    m_insecure->setAccessibleName(tr("TLS verification is off"));
    m_testButton->setText(tr("&Test connection"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_apiServerNote->setText(tr("Filled in the API server address from your kubeconfig; it must "
                                "be an address the nodes reach (check it on the Network page)."));
    m_apiServerNote->setAccessibleName(tr("API server address note"));
    m_skip->setText(tr("&Skip: I'll install kube-router myself"));
    m_skip->setAccessibleName(tr("Skip connecting to the cluster"));
    refresh();
}

void KubeConnectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
