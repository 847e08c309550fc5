// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PreflightPage.h"

#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/PreflightCheck.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace podnet {

namespace {

const QString kStaleKubeconfig = QStringLiteral("stale-kubeconfig");

int rank(PreflightItem::Severity severity)
{
    switch (severity) {
    case PreflightItem::Severity::Error:
        return 0;
    case PreflightItem::Severity::Warning:
        return 1;
    case PreflightItem::Severity::Info:
        return 2;
    case PreflightItem::Severity::Ok:
        break;
    }
    return 3;
}

} // namespace

PreflightPage::PreflightPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_important(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_commandsLabel(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_recheck(new QPushButton(this))
    , m_acknowledge(new QCheckBox(this))
{
    m_status->setObjectName(QStringLiteral("preflightStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_important->setObjectName(QStringLiteral("preflightImportant"));
    m_important->setWordWrap(true);
    m_important->setTextFormat(Qt::PlainText);
    m_important->setFrameShape(QFrame::Box);
    m_important->setMargin(6);
    QFont bold = m_important->font();
    bold.setBold(true);
    m_important->setFont(bold);
    m_important->setVisible(false);
    m_list->setObjectName(QStringLiteral("preflightList"));
    m_list->setWordWrap(true);
    m_listLabel->setBuddy(m_list);
    m_explanation->setObjectName(QStringLiteral("preflightExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_commands->setObjectName(QStringLiteral("preflightCommands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandsLabel->setBuddy(m_commands);
    m_copy->setObjectName(QStringLiteral("copyCommandsButton"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheck"));
    m_acknowledge->setVisible(false);

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandsLabel, 1);
    commandRow->addWidget(m_copy);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_acknowledge, 1);
    bottom->addWidget(m_recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_important);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_explanation);
    layout->addLayout(commandRow);
    layout->addWidget(m_commands, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &PreflightPage::showSelected);
    connect(m_copy, &QPushButton::clicked, this, &PreflightPage::copyCommands);
    connect(m_recheck, &QPushButton::clicked, this, &PreflightPage::recheck);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this] {
        showStatus();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void PreflightPage::initializePage()
{
    startCheck(false);
}

bool PreflightPage::isComplete() const
{
    if (m_noConnection)
        return true;
    if (isChecking() || !m_checked)
        return false;
    return !PreflightItem::anyError(m_items) || m_acknowledge->isChecked();
}

void PreflightPage::recheck()
{
    startCheck(false);
}

void PreflightPage::startCheck(bool keepAcknowledgement)
{
    if (m_job) {
        // A newer check replaces the running one; its answer is no longer wanted.
        m_job->disconnect(this);
        m_job = nullptr;
    }
    if (!keepAcknowledgement) {
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(false);
    }
    m_copied = false;
    KubeState *kube = m_state->kube();
    KubeClient *client = kube->hasConnection() ? kube->client() : nullptr;
    m_noConnection = client == nullptr;
    m_checked = false;
    m_items.clear();
    if (client) {
        PreflightInput input;
        input.apiServerUrl = m_state->network()->apiServerUrl();
        input.clusterCidr = m_state->network()->clusterCidr();
        input.serviceCidr = m_state->network()->serviceCidr();
        input.manifest = m_state->render().text;
        auto *job = new PreflightCheck(client, input, this);
        m_job = job;
        connect(job, &PreflightCheck::finished, this, [this, job] {
            if (m_job != job)
                return;
            m_items = job->items();
            // Problems first, then warnings, notes and what is fine; the engine's order within.
            std::stable_sort(m_items.begin(), m_items.end(),
                             [](const PreflightItem &a, const PreflightItem &b) {
                                 return rank(a.severity) < rank(b.severity);
                             });
            m_job = nullptr;
            m_checked = true;
            showItems();
            Q_EMIT completeChanged();
        });
        job->start();
    }
    showItems();
    Q_EMIT completeChanged();
}

void PreflightPage::showItems()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selected = -1;
    for (const PreflightItem &item : std::as_const(m_items)) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString word;
        switch (item.severity) {
        case PreflightItem::Severity::Ok:
            word = tr("✔ OK", "@item preflight severity");
            break;
        case PreflightItem::Severity::Info:
            icon = QStyle::SP_MessageBoxInformation;
            word = tr("ℹ Note", "@item preflight severity");
            break;
        case PreflightItem::Severity::Warning:
            icon = QStyle::SP_MessageBoxWarning;
            word = tr("⚠ Warning", "@item preflight severity");
            break;
        case PreflightItem::Severity::Error:
            icon = QStyle::SP_MessageBoxCritical;
            word = tr("✖ Problem", "@item preflight severity");
            break;
        }
        auto *row = new QListWidgetItem(style()->standardIcon(icon),
                                        tr("%1: %2", "@item severity: title").arg(word, item.title),
                                        m_list);
        row->setData(Qt::UserRole, item.id);
        if (item.id == kStaleKubeconfig)
            selected = m_list->count() - 1;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(selected >= 0 ? selected : 0);

    const bool stale = std::any_of(m_items.cbegin(), m_items.cend(),
                                   [](const PreflightItem &i) { return i.id == kStaleKubeconfig; });
    m_important->setVisible(stale);
    if (stale) {
        m_important->setText(
                tr("⚠ Important: kube-router is already installed with another API server "
                   "address, and applying does not change what the nodes already have. After "
                   "applying, run the commands shown for \"%1\" on every node, in order.")
                        .arg(std::find_if(m_items.cbegin(), m_items.cend(),
                                          [](const PreflightItem &i) {
                                              return i.id == kStaleKubeconfig;
                                          })
                                     ->title));
    }
    m_acknowledge->setVisible(m_checked && PreflightItem::anyError(m_items));
    m_recheck->setEnabled(!m_noConnection);
    showSelected();
    showStatus();
}

void PreflightPage::showSelected()
{
    const int row = m_list->currentRow();
    m_copied = false;
    if (row < 0 || row >= m_items.size()) {
        m_explanation->clear();
        m_commands->clear();
        m_commands->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    const PreflightItem &item = m_items.at(row);
    m_explanation->setText(item.explanation);
    m_commands->setPlainText(item.commands.join(QLatin1Char('\n')));
    m_commands->setEnabled(!item.commands.isEmpty());
    m_copy->setEnabled(!item.commands.isEmpty());
    if (item.commands.isEmpty())
        m_commands->setPlaceholderText(tr("No commands needed for this item."));
}

void PreflightPage::showStatus()
{
    if (m_noConnection) {
        m_status->setText(tr("ℹ These checks need a connection to the Kubernetes cluster, and the "
                             "connection step was skipped. You can continue; to run them, go back "
                             "and connect to the cluster."));
        return;
    }
    if (!m_checked) {
        m_status->setText(tr("⏳ Checking the cluster…"));
        return;
    }
    int counts[4] = {0, 0, 0, 0};
    for (const PreflightItem &item : std::as_const(m_items))
        ++counts[rank(item.severity)];
    QStringList parts;
    parts << tr("%n problem(s)", nullptr, counts[0]) << tr("%n warning(s)", nullptr, counts[1])
          << tr("%n note(s)", nullptr, counts[2]) << tr("%n OK", nullptr, counts[3]);
    QString text = tr("Checked: %1.").arg(parts.join(tr(", ", "@info list separator")));
    if (counts[0] > 0 && !m_acknowledge->isChecked()) {
        text += QLatin1Char(' ')
                + tr("Fix the problems and press Re-check, or tick \"continue anyway\" if you "
                     "will fix them later (for example by annotating the nodes).");
    }
    if (m_copied)
        text += QLatin1Char(' ') + tr("✔ Commands copied to the clipboard.");
    m_status->setText(text);
}

void PreflightPage::copyCommands()
{
    QGuiApplication::clipboard()->setText(m_commands->toPlainText());
    m_copied = true;
    showStatus();
}

void PreflightPage::retranslateUi()
{
    setTitle(tr("Pre-flight check", "@title"));
    setSubTitle(tr("A checklist before installing. Each item explains itself and says what to "
                   "do."));
    m_listLabel->setText(tr("&Findings:"));
    m_list->setAccessibleName(tr("Pre-flight findings"));
    m_explanation->setAccessibleName(tr("What the selected finding means"));
    m_status->setAccessibleName(tr("Pre-flight status"));
    m_important->setAccessibleName(tr("Important note"));
    m_commandsLabel->setText(tr("Co&mmands:"));
    m_commands->setAccessibleName(tr("Commands for the selected finding"));
    m_copy->setText(tr("&Copy", "@action:button"));
    m_copy->setAccessibleName(tr("Copy the commands"));
    m_copy->setToolTip(tr("Copy the commands to the clipboard"));
    m_recheck->setText(tr("&Re-check", "@action:button"));
    m_recheck->setAccessibleName(tr("Run the checks again"));
    m_acknowledge->setText(tr("I &understand; continue anyway"));
    m_acknowledge->setAccessibleName(tr("Continue despite the problems"));
    // The findings were translated when they were made: check again in the new language.
    if (m_checked && !m_noConnection)
        startCheck(true);
    else
        showItems();
}

void PreflightPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
