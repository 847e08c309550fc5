// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyPage.h"

#include "KubeApplyConflictBox.h"
#include "KubeApplyObjectList.h"
#include "KubeApplyPreview.h"
#include "KubeApplyRollout.h"
#include "KubeApplyUninstaller.h"
#include "ManifestDiffHighlighter.h"
#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/KubeState.h"
#include "kube/ManifestApplyJob.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace podnet {

namespace {

KubeResourceMap resourceMap(SetupState *state)
{
    const auto &check = state->kube()->checkResult();
    return check ? check->resources : KubeResourceMap();
}

} // namespace

KubeApplyPage::KubeApplyPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_preview(new KubeApplyPreview(this))
    , m_status(new QLabel(this))
    , m_objects(new KubeApplyObjectList(this))
    , m_objectsLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_highlighter(new ManifestDiffHighlighter(m_detail->document()))
    , m_conflict(new KubeApplyConflictBox(this))
    , m_rollout(new KubeApplyRollout(this))
    , m_logLabel(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_copyLog(new QPushButton(this))
    , m_previewButton(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_uninstall(new QPushButton(this))
    , m_uninstaller(new KubeApplyUninstaller(this))
{
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objects->setObjectName(QStringLiteral("applyObjectList"));
    m_objectsLabel->setBuddy(m_objects);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_detail->setObjectName(QStringLiteral("applyDetailView"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(fixed);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailLabel->setBuddy(m_detail);
    m_rollout->setObjectName(QStringLiteral("rollout"));
    m_log->setObjectName(QStringLiteral("applyLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(fixed);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_logLabel->setBuddy(m_log);
    m_copyLog->setObjectName(QStringLiteral("copyLogButton"));
    m_previewButton->setObjectName(QStringLiteral("previewAgainButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_uninstall->setObjectName(QStringLiteral("uninstallButton"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_objectsLabel);
    leftLayout->addWidget(m_objects);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailLabel);
    rightLayout->addWidget(m_detail);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_previewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_uninstall);

    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logLabel, 1);
    logRow->addWidget(m_copyLog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 3);
    layout->addWidget(m_conflict);
    layout->addLayout(buttons);
    layout->addWidget(m_rollout);
    layout->addLayout(logRow);
    layout->addWidget(m_log, 1);

    connect(m_objects, &QTreeWidget::currentItemChanged, this, &KubeApplyPage::showSelectedDetail);
    connect(m_apply, &QPushButton::clicked, this, &KubeApplyPage::apply);
    connect(m_previewButton, &QPushButton::clicked, this, &KubeApplyPage::startPreview);
    connect(m_conflict, &KubeApplyConflictBox::takeOwnershipRequested, this,
            &KubeApplyPage::takeOwnership);
    connect(m_preview, &KubeApplyPreview::finished, this, &KubeApplyPage::previewFinished);
    connect(m_uninstall, &QPushButton::clicked, this, &KubeApplyPage::uninstall);
    connect(m_copyLog, &QPushButton::clicked, this, &KubeApplyPage::copyLog);
    connect(m_rollout, &KubeApplyRollout::finished, this, [this] {
        appendLog(m_rollout->text());
        showStatus();
    });
    connect(m_uninstaller, &KubeApplyUninstaller::entryChanged, this,
            [this](const ManifestUninstallJob::Entry &entry, const QString &line) {
                m_objects->showUninstall(entry);
                appendLog(line);
                showSelectedDetail();
            });
    connect(m_uninstaller, &KubeApplyUninstaller::finished, this,
            [this](bool deleted, const QString &message, const QString &detail) {
                if (!message.isEmpty())
                    appendLog(detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
                m_note = message.isEmpty() && deleted ? tr("✔ Uninstalled.") : message;
                if (deleted) {
                    // What was applied is gone: a new apply is needed before going on.
                    m_applyDone = false;
                    m_preview->clear();
                    m_rollout->reset();
                    Q_EMIT completeChanged();
                }
                updateButtons();
                showStatus();
            });
    retranslateUi();
}

KubeApplyPage::~KubeApplyPage() = default;

void KubeApplyPage::setRolloutTiming(std::chrono::milliseconds interval,
                                     std::chrono::milliseconds timeout)
{
    m_rollout->setTiming(interval, timeout);
}

bool KubeApplyPage::isApplying() const
{
    return m_applyJob && m_applyJob->isRunning();
}

bool KubeApplyPage::isPreviewing() const
{
    return m_preview->isRunning();
}

KubeClient *KubeApplyPage::client() const
{
    KubeState *kube = m_state->kube();
    return kube->hasConnection() ? kube->client() : nullptr;
}

void KubeApplyPage::initializePage()
{
    // An apply still running when the user went back keeps its rows; it reports as it goes.
    if (isApplying())
        return;
    m_log->clear();
    m_rollout->reset();
    startPreview();
}

bool KubeApplyPage::isComplete() const
{
    if (!client())
        return true;
    if (isApplying() || isPreviewing() || m_uninstaller->isBusy())
        return false;
    return m_applyDone || m_preview->isNothingToDo();
}

void KubeApplyPage::startPreview()
{
    if (isApplying())
        return;
    m_applyDone = false;
    m_error.clear();
    m_errorDetail.clear();
    m_note.clear();
    m_conflict->clear();
    m_preview->clear();
    m_objects->setPreview({});
    m_detail->clear();
    if (KubeClient *kube = client())
        m_preview->start(kube, m_state->render().text, resourceMap(m_state));
    updateButtons();
    showStatus();
    Q_EMIT completeChanged();
}

void KubeApplyPage::previewFinished()
{
    m_error = m_preview->errorMessage();
    m_errorDetail = m_preview->errorDetail();
    m_objects->setPreview(m_preview->entries());
    // The first change is the interesting row.
    if (QTreeWidgetItem *item = m_objects->topLevelItem(m_preview->firstChange()))
        m_objects->setCurrentItem(item);
    showSelectedDetail();
    updateButtons();
    showStatus();
    Q_EMIT completeChanged();
}

void KubeApplyPage::apply()
{
    KubeClient *kube = client();
    if (!kube || isApplying() || isPreviewing())
        return;
    if (m_applyJob)
        m_applyJob->deleteLater();
    m_applyDone = false;
    m_error.clear();
    m_errorDetail.clear();
    m_note.clear();
    m_conflict->clear();
    m_rollout->reset();
    m_applyJob = new ManifestApplyJob(kube, m_state->render().text, this);
    m_applyJob->setResourceMap(resourceMap(m_state));
    connectApplyJob(m_applyJob);
    appendLog(tr("Applying the manifest (server-side apply, field manager %1)…")
                      .arg(QLatin1String(KubeClient::fieldManager)));
    m_applyJob->start();
    updateButtons();
    showStatus();
    Q_EMIT completeChanged();
}

void KubeApplyPage::connectApplyJob(ManifestApplyJob *job)
{
    connect(job, &ManifestApplyJob::itemsReady, this,
            [this, job] { m_objects->setApplyItems(job->results()); });
    connect(job, &ManifestApplyJob::objectStarted, this,
            [this, job](int index) { m_objects->showApplying(job->results().at(index).item); });
    connect(job, &ManifestApplyJob::objectFinished, this, [this, job](int index) {
        const ManifestApplyResult result = job->results().at(index);
        m_objects->showApplyResult(result);
        appendLog(ManifestApplyJob::line(result));
        showSelectedDetail();
    });
    connect(job, &ManifestApplyJob::finished, this, [this, job] {
        if (job == m_applyJob)
            applyFinished();
    });
}

void KubeApplyPage::applyFinished()
{
    m_applyDone = true;
    m_error = m_applyJob->errorMessage();
    m_errorDetail = m_applyJob->errorDetail();
    if (!m_error.isEmpty())
        appendLog(m_error + QLatin1Char('\n') + m_errorDetail);
    if (m_applyJob->isOk()) {
        appendLog(m_applyJob->summary());
        const QStringList daemonSets = m_applyJob->daemonSetPaths();
        if (!daemonSets.isEmpty() && client())
            m_rollout->start(client(), daemonSets.constFirst());
    } else {
        const QList<ManifestApplyResult> results = m_applyJob->results();
        for (int i = 0; i < results.size(); ++i) {
            const ManifestApplyResult &result = results.at(i);
            if (result.outcome == ManifestApplyResult::Outcome::Conflict)
                m_conflict->showConflict(result);
            if (result.outcome == ManifestApplyResult::Outcome::Conflict
                || result.outcome == ManifestApplyResult::Outcome::Failed) {
                m_objects->setCurrentItem(m_objects->topLevelItem(i));
            }
        }
    }
    updateButtons();
    retranslateUi();
    Q_EMIT completeChanged();
}

void KubeApplyPage::takeOwnership()
{
    if (!m_applyJob || isApplying() || !m_applyJob->canRetryWithForce())
        return;
    m_conflict->clear();
    m_applyDone = false;
    appendLog(tr("Taking ownership of the conflicting fields (force)…"));
    m_applyJob->retryWithForce();
    updateButtons();
    showStatus();
    Q_EMIT completeChanged();
}

void KubeApplyPage::uninstall()
{
    KubeClient *kube = client();
    if (!kube || isApplying() || m_uninstaller->isBusy())
        return;
    m_rollout->reset();
    m_note = tr("⏳ Looking for the manifest's objects in the cluster…");
    m_uninstaller->start(kube, m_state->render().text, resourceMap(m_state));
    updateButtons();
    showStatus();
    Q_EMIT completeChanged();
}

void KubeApplyPage::showSelectedDetail()
{
    QTreeWidgetItem *item = m_objects->currentItem();
    const int row = item ? m_objects->indexOfTopLevelItem(item) : -1;
    const QString text = m_objects->detailText(row);
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void KubeApplyPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void KubeApplyPage::copyLog()
{
    QGuiApplication::clipboard()->setText(m_log->toPlainText());
    m_note = tr("✔ Log copied to the clipboard.");
    showStatus();
}

void KubeApplyPage::updateButtons()
{
    const bool connected = client() != nullptr;
    const bool busy = isApplying() || isPreviewing() || m_uninstaller->isBusy();
    m_apply->setEnabled(connected && !busy);
    m_previewButton->setEnabled(connected && !busy);
    m_uninstall->setEnabled(connected && !busy);
    m_conflict->setButtonEnabled(!busy);
    m_copyLog->setEnabled(true);
}

void KubeApplyPage::showStatus()
{
    QString text;
    if (!client()) {
        text = tr("ℹ There is no connection to a Kubernetes cluster, so nothing can be applied "
                  "from here. Go back to connect, or continue and apply the saved manifest "
                  "yourself with kubectl apply -f.");
    } else if (isPreviewing()) {
        text = tr("⏳ Asking the cluster what applying would change (dry run)…");
    } else if (isApplying()) {
        text = tr("⏳ Applying…");
    } else if (m_applyJob && m_applyDone) {
        text = m_applyJob->isOk() ? tr("✔ Applied: %1").arg(m_applyJob->summary())
                                  : tr("✖ The apply stopped: %1").arg(m_applyJob->summary());
        if (!m_error.isEmpty())
            text += QLatin1Char(' ') + m_error;
    } else if (m_preview->isDone() && !m_error.isEmpty()) {
        text = tr("✖ %1 Press Preview again to retry.").arg(m_error);
    } else if (m_preview->isDone()) {
        text = tr("Preview: %1").arg(m_preview->totalsText()) + QLatin1Char(' ')
                + (m_preview->isNothingToDo()
                           ? tr("Nothing to do: the cluster already matches the manifest.")
                           : tr("Nothing has been changed yet; press Apply to install."));
    }
    if (!m_note.isEmpty())
        text += QLatin1Char(' ') + m_note;
    m_status->setText(text);
    m_status->setToolTip(m_errorDetail);
}

void KubeApplyPage::retranslateUi()
{
    setTitle(tr("Install kube-router", "@title"));
    setSubTitle(tr("See what applying changes in the cluster, then apply and follow the "
                   "rollout."));
    m_objectsLabel->setText(tr("&Objects:"));
    m_objects->setAccessibleName(tr("Objects and what happens to them"));
    m_objects->retranslate();
    m_detailLabel->setText(tr("&Changes of the selected object:"));
    m_detail->setAccessibleName(tr("Changes of the selected object"));
    m_logLabel->setText(tr("&Log:"));
    m_log->setAccessibleName(tr("Apply log"));
    m_copyLog->setText(tr("Cop&y log", "@action:button"));
    m_copyLog->setAccessibleName(tr("Copy the log"));
    m_apply->setText(tr("&Apply", "@action:button"));
    m_apply->setAccessibleName(tr("Apply the manifest to the cluster"));
    m_previewButton->setText(tr("&Preview again", "@action:button"));
    m_previewButton->setAccessibleName(tr("Preview the changes again"));
    m_uninstall->setText(tr("&Uninstall…", "@action:button"));
    m_uninstall->setAccessibleName(tr("Uninstall kube-router from the cluster"));
    m_status->setAccessibleName(tr("Apply status"));
    m_rollout->retranslate();
    m_conflict->retranslate();
    updateButtons();
    showStatus();
}

void KubeApplyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
