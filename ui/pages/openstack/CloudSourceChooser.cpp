// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CloudSourceChooser.h"

#include "openstack/EnvironmentCredentials.h"
#include "openstack/OpenRcReader.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace podnet {

namespace {

QString location(const CredentialsProblem &problem)
{
    if (problem.file.isEmpty())
        return {};
    QString where = QFileInfo(problem.file).fileName();
    if (problem.line > 0)
        where += QLatin1Char(':') + QString::number(problem.line);
    if (problem.line > 0 && problem.column > 0)
        where += QLatin1Char(':') + QString::number(problem.column);
    return where;
}

} // namespace

CloudSourceChooser::CloudSourceChooser(const OpenStackSources &sources, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_config(sources.environment, sources.searchDirs)
    , m_configFile(m_config.configFile())
    , m_secureFile(m_config.secureFile())
    , m_hasEnvironment(EnvironmentCredentials::hasCredentials(sources.environment))
    , m_group(new QButtonGroup(this))
    , m_cloudsChoice(new QRadioButton(this))
    , m_cloudsFile(new QLabel(this))
    , m_cloudLabel(new QLabel(this))
    , m_cloudCombo(new QComboBox(this))
    , m_openRcChoice(new QRadioButton(this))
    , m_openRcPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_environmentChoice(new QRadioButton(this))
    , m_environmentNote(new QLabel(this))
    , m_typeInChoice(new QRadioButton(this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    buildUi();
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<Source>(id)); });
    connect(m_cloudCombo, &QComboBox::activated, this, [this](int index) {
        m_cloudsChoice->setChecked(true);
        importClouds(m_cloudCombo->itemText(index));
    });
    connect(m_openRcPath, &QLineEdit::returnPressed, this, &CloudSourceChooser::importOpenRc);
    connect(m_browse, &QPushButton::clicked, this, &CloudSourceChooser::browse);
    retranslateUi();
}

void CloudSourceChooser::buildUi()
{
    m_group->addButton(m_cloudsChoice, CloudsYamlSource);
    m_group->addButton(m_openRcChoice, OpenRcSource);
    m_group->addButton(m_environmentChoice, EnvironmentSource);
    m_group->addButton(m_typeInChoice, TypeInSource);
    m_cloudsChoice->setObjectName(QStringLiteral("cloudsYamlChoice"));
    m_cloudsFile->setObjectName(QStringLiteral("cloudsFileLabel"));
    m_cloudCombo->setObjectName(QStringLiteral("cloudCombo"));
    m_openRcChoice->setObjectName(QStringLiteral("openRcChoice"));
    m_openRcPath->setObjectName(QStringLiteral("openRcPathEdit"));
    m_browse->setObjectName(QStringLiteral("openRcBrowseButton"));
    m_environmentChoice->setObjectName(QStringLiteral("environmentChoice"));
    m_environmentNote->setObjectName(QStringLiteral("environmentNote"));
    m_typeInChoice->setObjectName(QStringLiteral("typeInChoice"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_problems->setObjectName(QStringLiteral("importProblems"));

    for (QLabel *label : {m_cloudsFile, m_environmentNote, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_cloudLabel->setBuddy(m_cloudCombo);
    m_cloudCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cloudCombo->setMinimumContentsLength(16);
    m_cloudsChoice->setEnabled(!m_configFile.isEmpty());
    m_cloudCombo->setEnabled(!m_configFile.isEmpty());
    m_environmentChoice->setEnabled(m_hasEnvironment);
    m_problems->setVisible(false);
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(110);

    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 24);
    grid->setColumnStretch(2, 1);
    grid->addWidget(m_cloudsChoice, 0, 0, 1, 4);
    grid->addWidget(m_cloudLabel, 1, 1);
    grid->addWidget(m_cloudCombo, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_cloudsFile, 2, 1, 1, 3);
    grid->addWidget(m_openRcChoice, 3, 0, 1, 4);
    grid->addWidget(m_openRcPath, 4, 1, 1, 2);
    grid->addWidget(m_browse, 4, 3);
    grid->addWidget(m_environmentChoice, 5, 0, 1, 4);
    grid->addWidget(m_environmentNote, 6, 1, 1, 3);
    grid->addWidget(m_typeInChoice, 7, 0, 1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
}

CloudSourceChooser::Source CloudSourceChooser::source() const
{
    const int id = m_group->checkedId();
    return id < 0 ? TypeInSource : static_cast<Source>(id);
}

void CloudSourceChooser::chooseDefault()
{
    if (!m_configFile.isEmpty()) {
        m_cloudsChoice->setChecked(true);
        choose(CloudsYamlSource);
    } else if (m_hasEnvironment) {
        m_environmentChoice->setChecked(true);
        choose(EnvironmentSource);
    } else {
        m_typeInChoice->setChecked(true);
        choose(TypeInSource);
    }
}

void CloudSourceChooser::setTypeIn()
{
    m_typeInChoice->setChecked(true);
    m_last.reset();
    refresh();
}

void CloudSourceChooser::choose(Source source)
{
    m_last.reset();
    switch (source) {
    case CloudsYamlSource:
        importClouds(m_cloudCombo->currentIndex() >= 0 ? m_cloudCombo->currentText() : QString());
        return;
    case OpenRcSource:
        if (m_openRcPath->text().trimmed().isEmpty()) {
            refresh();
            m_openRcPath->setFocus();
        } else {
            importOpenRc();
        }
        return;
    case EnvironmentSource:
        importEnvironment();
        return;
    case TypeInSource:
        refresh();
        Q_EMIT typeInChosen();
        return;
    }
}

void CloudSourceChooser::importClouds(const QString &cloudName)
{
    const CredentialsImport result = m_config.load(cloudName);
    const QSignalBlocker blocker(m_cloudCombo);
    m_cloudCombo->clear();
    m_cloudCombo->addItems(result.cloudNames);
    m_cloudCombo->setCurrentIndex(
            result.needsCloudChoice ? -1 : m_cloudCombo->findText(result.credentials.cloudName));
    take(result);
}

void CloudSourceChooser::importOpenRc()
{
    const QString path = QDir::fromNativeSeparators(m_openRcPath->text().trimmed());
    m_openRcChoice->setChecked(true);
    if (path.isEmpty()) {
        m_last.reset();
        refresh();
        return;
    }
    take(OpenRcReader::readFile(path));
}

void CloudSourceChooser::importEnvironment()
{
    take(EnvironmentCredentials::fromEnvironment(m_sources.environment));
}

void CloudSourceChooser::take(const CredentialsImport &result)
{
    // OS_CLOUD without OS_AUTH_URL: the values live in clouds.yaml, as for the openstack client.
    if (!result.referencedCloud.isEmpty() && result.credentials.authUrl.isEmpty()
        && !m_configFile.isEmpty() && result.ok()) {
        m_cloudsChoice->setChecked(true);
        importClouds(result.referencedCloud);
        return;
    }
    m_last = result;
    refresh();
    if (result.ok())
        Q_EMIT imported(result);
}

void CloudSourceChooser::browse()
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Choose an openrc file", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("openRcFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("openrc files (*.sh *openrc*)", "@item:inlistbox"),
                            tr("All files (*)", "@item:inlistbox")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_openRcPath->setText(QDir::toNativeSeparators(path));
        importOpenRc();
    });
    dialog->open();
}

void CloudSourceChooser::refresh()
{
    QString status;
    const Source chosen = source();
    if (m_last) {
        const CredentialsImport &result = *m_last;
        const QString file = QDir::toNativeSeparators(result.configFile);
        if (result.needsCloudChoice) {
            status = tr("%1 defines %n cloud(s). Choose the one to use.", "@info",
                        static_cast<int>(result.cloudNames.size()))
                             .arg(file);
        } else if (!result.ok()) {
            status = tr("✖ The credentials could not be imported. Fix the problems listed below "
                        "or choose another source.",
                        "@info");
        } else if (chosen == EnvironmentSource) {
            status = tr("✔ Read the OS_* variables of the wizard's environment.", "@info");
        } else if (!result.secureFile.isEmpty()) {
            status = tr("✔ Read cloud “%1” from %2, with the secrets from %3.", "@info")
                             .arg(result.credentials.cloudName, file,
                                  QDir::toNativeSeparators(result.secureFile));
        } else if (chosen == CloudsYamlSource) {
            status = tr("✔ Read cloud “%1” from %2.", "@info")
                             .arg(result.credentials.cloudName, file);
        } else {
            status = tr("✔ Read %1 without running it.", "@info").arg(file);
        }
        if (result.passwordPrompt)
            status += QLatin1Char('\n')
                    + tr("The file asks for the password when sourced; enter it below.", "@info");
    } else if (chosen == OpenRcSource) {
        status = tr("Choose the openrc file downloaded from the dashboard (Horizon).", "@info");
    } else if (chosen == TypeInSource) {
        status = tr("Fill in the fields below.", "@info");
    }
    m_status->setText(status);
    m_status->setStyleSheet(m_last && !m_last->ok() ? QStringLiteral("color: #b00020;")
                                                    : QString());

    m_problems->clear();
    if (m_last) {
        for (const CredentialsProblem &problem : m_last->problems) {
            const QString symbol
                    = problem.isError() ? tr("✖", "@info error mark") : tr("⚠", "@info warning");
            const QString where = location(problem);
            QString text = where.isEmpty()
                    ? tr("%1 %2", "@item mark, message").arg(symbol, problem.message)
                    : tr("%1 %2: %3", "@item mark, file:line:column, message")
                              .arg(symbol, where, problem.message);
            auto *item = new QListWidgetItem(text, m_problems);
            QString tip = QDir::toNativeSeparators(problem.file);
            if (!problem.detail.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + problem.detail;
            item->setToolTip(tip);
        }
    }
    m_problems->setVisible(m_problems->count() > 0);
}

void CloudSourceChooser::retranslateUi()
{
    m_cloudsChoice->setText(tr("From clouds.&yaml", "@option:radio"));
    m_cloudLabel->setText(tr("C&loud:", "@label:listbox"));
    m_cloudCombo->setAccessibleName(tr("Cloud in clouds.yaml", "@label:listbox"));
    m_cloudCombo->setPlaceholderText(tr("Choose a cloud…", "@item:inlistbox"));
    if (m_configFile.isEmpty()) {
        m_cloudsFile->setText(
                tr("No clouds.yaml was found (looked at OS_CLIENT_CONFIG_FILE and in %1).", "@info")
                        .arg(m_sources.searchDirs.join(QStringLiteral(", "))));
    } else if (m_secureFile.isEmpty()) {
        m_cloudsFile->setText(tr("Found %1.", "@info").arg(QDir::toNativeSeparators(m_configFile)));
    } else {
        m_cloudsFile->setText(tr("Found %1 and %2.", "@info")
                                      .arg(QDir::toNativeSeparators(m_configFile),
                                           QDir::toNativeSeparators(m_secureFile)));
    }
    m_cloudsChoice->setAccessibleDescription(m_cloudsFile->text());
    m_openRcChoice->setText(tr("From an &openrc file (read, never run)", "@option:radio"));
    m_openRcPath->setAccessibleName(tr("openrc file", "@label:textbox"));
    m_openRcPath->setPlaceholderText(
            tr("Path to an openrc file, e.g. k8s-lab-openrc.sh; press Enter", "@info:placeholder"));
    m_browse->setText(tr("Brow&se…", "@action:button"));
    m_browse->setAccessibleName(tr("Browse for an openrc file", "@action:button"));
    m_environmentChoice->setText(tr("From the &environment (OS_* variables)", "@option:radio"));
    m_environmentNote->setText(
            m_hasEnvironment
                    ? tr("The wizard was started with OS_* variables set.", "@info")
                    : tr("Not available: the wizard was started without OS_AUTH_URL or OS_CLOUD. "
                         "Source your openrc in a terminal and start the wizard from there, or "
                         "choose the openrc file above.",
                         "@info"));
    m_environmentChoice->setAccessibleDescription(m_environmentNote->text());
    m_typeInChoice->setText(tr("&Type them in", "@option:radio"));
    m_problems->setAccessibleName(tr("Import problems", "@label:listbox"));
    refresh();
}

void CloudSourceChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
