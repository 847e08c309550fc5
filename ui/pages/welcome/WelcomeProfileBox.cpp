// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "WelcomeProfileBox.h"

#include "SetupState.h"
#include "kube/KubeConfig.h"
#include "openstack/CloudConfig.h"
#include "profile/ProfileReader.h"
#include "profile/ProfileStateMapper.h"
#include "profile/ProfileWriter.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

WelcomeProfileBox::WelcomeProfileBox(SetupState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_load(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_load->setObjectName(QStringLiteral("loadProfileButton"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_load, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_save, &QPushButton::clicked, this, [this] { openDialog(true); });
    retranslateUi();
}

void WelcomeProfileBox::openDialog(bool save)
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(
            this, save ? tr("Save the settings as a profile") : tr("Load a profile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(save ? QStringLiteral("saveProfileDialog")
                               : QStringLiteral("loadProfileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->setNameFilters({tr("Profiles (*.yaml *.yml)"), tr("All files (*)")});
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &path) {
        if (save)
            saveProfile(path);
        else
            loadProfile(path);
    });
    dialog->open();
}

bool WelcomeProfileBox::loadProfile(const QString &path)
{
    const ProfileReader::Result result = ProfileReader::readFile(path);
    if (!result.ok()) {
        showMessage(tr("This profile cannot be used; nothing was changed. Correct it and load "
                       "it again:\n%1")
                            .arg(result.errorText()),
                    true);
        return false;
    }
    const Profile &profile = *result.profile;
    ProfileStateMapper::apply(profile, m_state);
    m_state->openStack()->setPortSelection(ProfileStateMapper::portSelection(profile));
    QStringList notes;
    applyConnections(profile, &notes);
    const QString loaded = tr("Loaded the profile %1. The following pages show its values; "
                              "enter the password or token there.")
                                   .arg(QDir::toNativeSeparators(path));
    showMessage(notes.isEmpty() ? loaded
                                : loaded + QLatin1Char('\n') + notes.join(QLatin1Char('\n')),
                !notes.isEmpty());
    Q_EMIT profileLoaded(profile.skipOpenStack, profile.skipKubernetes);
    return true;
}

void WelcomeProfileBox::applyConnections(const Profile &profile, QStringList *notes)
{
    // The connections themselves: a profile names them, the person's own files hold them.
    if (!profile.skipOpenStack && !profile.cloud.isEmpty()) {
        const CredentialsImport imported = CloudConfig().load(profile.cloud);
        if (imported.ok())
            m_state->openStack()->setCredentials(imported.credentials);
        else
            *notes << tr("The cloud \"%1\" was not found in your clouds.yaml: choose the "
                         "credentials on the OpenStack page.")
                              .arg(profile.cloud);
    } else if (!profile.skipOpenStack && !profile.authUrl.isEmpty()) {
        CloudCredentials credentials;
        credentials.authUrl = QUrl(profile.authUrl);
        credentials.username = profile.userName;
        credentials.userDomainName = profile.userDomain;
        credentials.projectName = profile.projectName;
        credentials.projectDomainName = profile.projectDomain;
        credentials.regionName = profile.regionName;
        m_state->openStack()->setCredentials(credentials);
    }
    if (!profile.skipKubernetes && !profile.kubeconfig.isEmpty()) {
        const QString base = QFileInfo(profile.kubeconfig).absolutePath();
        const QString file = ProfileReader::expandPath(profile.kubeconfig, base);
        KubeConfigError error;
        std::optional<KubeConnection> connection;
        QString context = profile.context;
        if (const auto config = KubeConfig::load({file}, &error)) {
            if (context.isEmpty())
                context = config->defaultContext();
            connection = config->resolve(context, &error);
            if (connection)
                m_state->kube()->setConnection(*connection, config->files(), context);
        }
        if (!connection)
            *notes << tr("The kubeconfig %1 cannot be used (%2): choose the cluster on the "
                         "Kubernetes page.")
                              .arg(QDir::toNativeSeparators(file), error.message);
    }
}

bool WelcomeProfileBox::saveProfile(const QString &path)
{
    const PortSelection selection = m_state->openStack()->portSelection();
    const QString pattern = selection.mode() == PortSelection::Mode::NamePattern
            ? selection.pattern()
            : QString();
    QString error;
    if (!ProfileWriter::write(ProfileStateMapper::fromState(*m_state, pattern), path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved the settings to %1 (without passwords or tokens).")
                        .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void WelcomeProfileBox::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("⚠ %1").arg(text) : text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setAccessibleDescription(text);
    m_message->setVisible(!text.isEmpty());
}

void WelcomeProfileBox::retranslateUi()
{
    m_load->setText(tr("&Load profile…", "@action:button"));
    m_load->setAccessibleName(tr("Load profile", "@action:button"));
    m_load->setToolTip(tr("Fills in the settings from a profile file, for example one your "
                          "instructor gave you.",
                          "@info:tooltip"));
    m_save->setText(tr("Sa&ve profile…", "@action:button"));
    m_save->setAccessibleName(tr("Save profile", "@action:button"));
    m_save->setToolTip(tr("Saves the settings so far (never passwords or tokens) to a file.",
                          "@info:tooltip"));
    m_message->setAccessibleName(tr("Profile message", "@label"));
}

void WelcomeProfileBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
