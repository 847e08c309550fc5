// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeConnectionSourceBox.h"

#include "KubeConnectionManualForm.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include <algorithm>

namespace podnet {

KubeConnectionSourceBox::KubeConnectionSourceBox(QWidget *parent)
    : QWidget(parent)
    , m_sources(new QButtonGroup(this))
    , m_foundChoice(new QRadioButton(this))
    , m_fileChoice(new QRadioButton(this))
    , m_fileEdit(new QLineEdit(this))
    , m_fileBrowse(new QPushButton(this))
    , m_contextLabel(new QLabel(this))
    , m_contextCombo(new QComboBox(this))
    , m_contextInfo(new QLabel(this))
    , m_manualChoice(new QRadioButton(this))
    , m_manual(new KubeConnectionManualForm(this))
{
    m_sources->addButton(m_foundChoice, FoundChoice);
    m_sources->addButton(m_fileChoice, FileChoice);
    m_sources->addButton(m_manualChoice, ManualChoice);
    m_foundChoice->setObjectName(QStringLiteral("kubeFoundChoice"));
    m_fileChoice->setObjectName(QStringLiteral("kubeFileChoice"));
    m_fileEdit->setObjectName(QStringLiteral("kubeFileEdit"));
    m_fileBrowse->setObjectName(QStringLiteral("kubeFileBrowseButton"));
    m_contextCombo->setObjectName(QStringLiteral("kubeContextCombo"));
    m_contextInfo->setObjectName(QStringLiteral("kubeContextInfo"));
    m_manualChoice->setObjectName(QStringLiteral("kubeManualChoice"));
    m_manual->setObjectName(QStringLiteral("kubeManualForm"));
    m_contextLabel->setBuddy(m_contextCombo);
    m_contextCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextInfo->setWordWrap(true);
    m_contextInfo->setTextFormat(Qt::PlainText);
    m_contextInfo->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);

    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_contextLabel);
    contextRow->addWidget(m_contextCombo, 1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnMinimumWidth(0, 24);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_foundChoice, 0, 0, 1, 3);
    grid->addWidget(m_fileChoice, 1, 0, 1, 3);
    grid->addWidget(m_fileEdit, 2, 1);
    grid->addWidget(m_fileBrowse, 2, 2);
    grid->addLayout(contextRow, 3, 1, 1, 2);
    grid->addWidget(m_contextInfo, 4, 1, 1, 2);
    grid->addWidget(m_manualChoice, 5, 0, 1, 3);
    grid->addWidget(m_manual, 6, 1, 1, 2);

    connect(m_sources, &QButtonGroup::idClicked, this, [this] { reloadConfig(); });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        m_fileChoice->setChecked(true);
        reloadConfig();
    });
    connect(m_fileBrowse, &QPushButton::clicked, this, &KubeConnectionSourceBox::browse);
    connect(m_contextCombo, &QComboBox::activated, this, [this] {
        applyContext();
        Q_EMIT changed();
    });
    connect(m_manual, &KubeConnectionManualForm::edited, this, [this] {
        if (!m_manualChoice->isChecked()) {
            m_manualChoice->setChecked(true);
            return reloadConfig();
        }
        refresh();
        Q_EMIT changed();
    });
    retranslateUi();
}

void KubeConnectionSourceBox::setEnvironment(const QString &kubeconfigVariable,
                                             const QString &homeDir)
{
    m_kubeconfigVariable = kubeconfigVariable;
    m_homeDir = homeDir;
    m_foundFiles = KubeConfig::defaultFiles(kubeconfigVariable, homeDir);
    const bool found = std::any_of(m_foundFiles.cbegin(), m_foundFiles.cend(),
                                   [](const QString &file) { return QFileInfo::exists(file); });
    m_foundChoice->setEnabled(found);
    if (found)
        m_foundChoice->setChecked(true);
    else if (!m_sources->checkedButton() || m_foundChoice->isChecked())
        m_manualChoice->setChecked(true);
    retranslateUi();
    reloadConfig();
}

void KubeConnectionSourceBox::selectFile(const QString &path, const QString &context)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileChoice->setChecked(true);
    reloadConfig();
    const int index = context.isEmpty() ? -1 : m_contextCombo->findText(context);
    if (index >= 0 && index != m_contextCombo->currentIndex()) {
        m_contextCombo->setCurrentIndex(index);
        applyContext();
        Q_EMIT changed();
    }
}

void KubeConnectionSourceBox::restart()
{
    m_fileEdit->clear();
    m_manualChoice->setChecked(true); // setEnvironment() prefers a found kubeconfig over it
    setEnvironment(m_kubeconfigVariable, m_homeDir);
}

bool KubeConnectionSourceBox::isManual() const
{
    return m_manualChoice->isChecked();
}

QStringList KubeConnectionSourceBox::files() const
{
    return m_config ? m_config->files() : QStringList();
}

QString KubeConnectionSourceBox::contextName() const
{
    return m_config ? m_contextCombo->currentText() : QString();
}

bool KubeConnectionSourceBox::canTest() const
{
    return isManual() ? !m_manual->server().isEmpty() : m_connection.has_value();
}

void KubeConnectionSourceBox::reloadConfig()
{
    m_config.reset();
    m_problem = {};
    if (m_foundChoice->isChecked()) {
        m_config = KubeConfig::load(m_foundFiles, &m_problem);
    } else if (m_fileChoice->isChecked() && !m_fileEdit->text().trimmed().isEmpty()) {
        const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        m_config = KubeConfig::load({path}, &m_problem);
    }
    {
        const QSignalBlocker blocker(m_contextCombo);
        m_contextCombo->clear();
        if (m_config) {
            m_contextCombo->addItems(m_config->contextNames());
            m_contextCombo->setCurrentIndex(
                    std::max(0, m_contextCombo->findText(m_config->defaultContext())));
        }
    }
    applyContext();
    Q_EMIT changed();
}

void KubeConnectionSourceBox::applyContext()
{
    m_connection.reset();
    if (m_config) {
        m_problem = {};
        const QString context = m_contextCombo->currentText();
        if (context.isEmpty()) {
            m_problem.message = tr("This kubeconfig has no contexts. Choose another file, or "
                                   "type in the server's address and a token.");
            m_problem.file = m_config->files().value(0);
        } else {
            m_connection = m_config->resolve(context, &m_problem);
        }
    }
    refresh();
}

void KubeConnectionSourceBox::browse()
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Choose a kubeconfig file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("kubeconfigFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setDirectory(QDir(m_homeDir).filePath(QStringLiteral(".kube")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_fileEdit->setText(QDir::toNativeSeparators(path));
        m_fileChoice->setChecked(true);
        reloadConfig();
    });
    dialog->open();
}

QString KubeConnectionSourceBox::contextInfo() const
{
    const auto context = m_config ? m_config->context(m_contextCombo->currentText()) : std::nullopt;
    if (!context)
        return {};
    const auto cluster = m_config->cluster(context->cluster);
    QStringList lines;
    lines << (cluster ? tr("Cluster server: %1").arg(cluster->server)
                      : tr("Cluster \"%1\" is not defined.").arg(context->cluster));
    QString how;
    switch (m_connection ? m_connection->auth() : KubeConnection::Auth::None) {
    case KubeConnection::Auth::Exec:
        how = tr("signs in through the credential plugin \"%1\"").arg(m_connection->exec->command);
        break;
    case KubeConnection::Auth::Token:
        how = tr("signs in with a token");
        break;
    case KubeConnection::Auth::Basic:
        how = tr("signs in with a user name and password");
        break;
    case KubeConnection::Auth::ClientCertificate:
        how = tr("signs in with a client certificate");
        break;
    case KubeConnection::Auth::None:
        break;
    }
    lines << (how.isEmpty() ? tr("User: %1").arg(context->user)
                            : tr("User: %1 (%2)").arg(context->user, how));
    if (!context->namespaceName.isEmpty())
        lines << tr("Namespace: %1").arg(context->namespaceName);
    return lines.join(QLatin1Char('\n'));
}

void KubeConnectionSourceBox::refresh()
{
    m_contextCombo->setEnabled(!isManual() && m_contextCombo->count() > 0);
    m_manual->setEnabled(isManual());
    const QString info = isManual() ? QString() : contextInfo();
    m_contextInfo->setText(info);
    m_contextInfo->setVisible(!info.isEmpty());
    m_contextInfo->setAccessibleDescription(info);
}

void KubeConnectionSourceBox::retranslateUi()
{
    QStringList existing;
    for (const QString &file : std::as_const(m_foundFiles)) {
        if (QFileInfo::exists(file))
            existing << QDir::toNativeSeparators(file);
    }
    const QString files = existing.join(QStringLiteral(", "));
    if (existing.isEmpty())
        m_foundChoice->setText(tr("No kubeconfig found (KUBECONFIG or ~/.kube/config)"));
    else if (!m_kubeconfigVariable.isEmpty())
        m_foundChoice->setText(tr("Use the &kubeconfig files from KUBECONFIG: %1").arg(files));
    else
        m_foundChoice->setText(tr("Use the &kubeconfig found at %1").arg(files));
    m_foundChoice->setAccessibleName(tr("Use the kubeconfig found on this computer"));
    m_fileChoice->setText(tr("Use &another kubeconfig file:"));
    m_fileChoice->setAccessibleName(tr("Use another kubeconfig file"));
    m_fileEdit->setAccessibleName(tr("Kubeconfig file"));
    m_fileEdit->setPlaceholderText(tr("Path to a kubeconfig file"));
    m_fileBrowse->setText(tr("&Browse…"));
    m_fileBrowse->setAccessibleName(tr("Browse for a kubeconfig file"));
    m_contextLabel->setText(tr("C&ontext:"));
    m_contextCombo->setAccessibleName(tr("Kubeconfig context"));
    m_contextInfo->setAccessibleName(tr("The chosen context"));
    m_manualChoice->setText(tr("T&ype in the server and a token"));
    m_manualChoice->setAccessibleName(tr("Type in the server and a token"));
    refresh();
}

void KubeConnectionSourceBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
