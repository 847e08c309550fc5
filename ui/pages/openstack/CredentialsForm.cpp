// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CredentialsForm.h"

#include "widgets/FieldFeedback.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace podnet {

using AuthType = CloudCredentials::AuthType;

namespace {

// A name typed over an imported one drops the imported id, which named the old value.
QString keptId(const QString &typedName, const QString &importedName, const QString &importedId)
{
    return typedName == importedName ? importedId : QString();
}

} // namespace

CredentialsForm::CredentialsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_authType(new QComboBox(this))
    , m_authUrl(newEdit("authUrlEdit"))
    , m_appCredId(newEdit("appCredIdEdit"))
    , m_appCredName(newEdit("appCredNameEdit"))
    , m_user(newEdit("userEdit"))
    , m_userKind(newKindCombo("userKindCombo"))
    , m_userDomain(newEdit("userDomainEdit"))
    , m_project(newEdit("projectEdit"))
    , m_projectKind(newKindCombo("projectKindCombo"))
    , m_projectDomain(newEdit("projectDomainEdit"))
    , m_secret(newEdit("secretEdit"))
    , m_showSecret(new QToolButton(this))
    , m_region(newEdit("regionEdit"))
    , m_interface(new QComboBox(this))
    , m_caFile(newEdit("caFileEdit"))
    , m_caBrowse(new QPushButton(this))
    , m_verifyWarning(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_authType->setObjectName(QStringLiteral("authTypeCombo"));
    m_authType->addItem(QString(), int(AuthType::Password));
    m_authType->addItem(QString(), int(AuthType::ApplicationCredential));
    m_authType->addItem(QString(), int(AuthType::Token));
    m_interface->setObjectName(QStringLiteral("interfaceCombo"));
    for (const char *name : {"public", "internal", "admin"})
        m_interface->addItem(QLatin1String(name), QLatin1String(name));
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setCheckable(true);
    m_showSecret->setFocusPolicy(Qt::StrongFocus);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    m_verifyWarning->setObjectName(QStringLiteral("verifyWarning"));
    m_verifyWarning->setWordWrap(true);
    m_verifyWarning->setTextFormat(Qt::PlainText);
    m_verifyWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_verifyWarning->setVisible(false);

    addRow(new QLabel(this), m_authType);
    addRow(new QLabel(this), m_authUrl, newFeedback("authUrlFeedback", Part::AuthUrl));
    addRow(new QLabel(this), m_appCredId);
    addRow(new QLabel(this), m_appCredName);
    addRow(new QLabel(this), m_user, nullptr, m_userKind);
    addRow(new QLabel(this), m_userDomain, newFeedback("identityFeedback", Part::Identity));
    addRow(new QLabel(this), m_project, nullptr, m_projectKind);
    addRow(new QLabel(this), m_projectDomain, newFeedback("projectFeedback", Part::Project));
    addRow(new QLabel(this), m_secret, newFeedback("secretFeedback", Part::Secret), m_showSecret);
    addRow(new QLabel(this), m_region);
    addRow(new QLabel(this), m_interface, newFeedback("interfaceFeedback", Part::Interface));
    addRow(new QLabel(this), m_caFile, newFeedback("caFileFeedback", Part::Tls), m_caBrowse);
    m_form->addRow(m_verifyWarning);

    connect(m_authType, &QComboBox::activated, this, [this] {
        refreshRows();
        onEdited();
    });
    connect(m_userKind, &QComboBox::activated, this, &CredentialsForm::onEdited);
    connect(m_projectKind, &QComboBox::activated, this, &CredentialsForm::onEdited);
    connect(m_interface, &QComboBox::activated, this, &CredentialsForm::onEdited);
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_caBrowse, &QPushButton::clicked, this, &CredentialsForm::browseCa);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &CredentialsForm::onEdited);

    retranslateUi();
    refreshRows();
    refreshFeedback();
}

QLineEdit *CredentialsForm::newEdit(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

QComboBox *CredentialsForm::newKindCombo(const char *objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(QString(), int(IdKind::Name));
    combo->addItem(QString(), int(IdKind::Id));
    return combo;
}

FieldFeedback *CredentialsForm::newFeedback(const char *objectName, Part part)
{
    auto *feedback = new FieldFeedback(this);
    feedback->setObjectName(QLatin1String(objectName));
    connect(feedback, &FieldFeedback::fixRequested, this,
            [this, part](const QString &value) { applyFix(part, value); });
    m_feedback.insert(part, feedback);
    return feedback;
}

QWidget *CredentialsForm::addRow(QLabel *label, QWidget *field, FieldFeedback *feedback,
                                 QWidget *extra, QWidget *extra2)
{
    // One cell per row holds the field, its buttons and its feedback, so a whole row can be
    // hidden while FieldFeedback still shows and hides itself.
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(field, 1);
    for (QWidget *widget : {extra, extra2}) {
        if (widget)
            line->addWidget(widget);
    }
    column->addLayout(line);
    if (feedback) {
        feedback->setParent(cell);
        column->addWidget(feedback);
    }
    label->setBuddy(field);
    m_form->addRow(label, cell);
    m_rowOf.insert(field, cell);
    m_labelOf.insert(field, label);
    return cell;
}

void CredentialsForm::setCredentials(const CloudCredentials &credentials)
{
    m_filling = true;
    m_base = credentials;
    m_authType->setCurrentIndex(m_authType->findData(int(credentials.authType)));
    m_authUrl->setText(credentials.authUrl.toString());
    m_appCredId->setText(credentials.applicationCredentialId);
    m_appCredName->setText(credentials.applicationCredentialName);
    const bool userById = credentials.username.isEmpty() && !credentials.userId.isEmpty();
    m_userKind->setCurrentIndex(m_userKind->findData(int(userById ? IdKind::Id : IdKind::Name)));
    m_user->setText(userById ? credentials.userId : credentials.username);
    m_userDomainIsId = credentials.userDomainName.isEmpty() && !credentials.userDomainId.isEmpty();
    m_userDomain->setText(m_userDomainIsId ? credentials.userDomainId : credentials.userDomainName);
    const bool projectById = credentials.projectName.isEmpty() && !credentials.projectId.isEmpty();
    m_projectKind->setCurrentIndex(
            m_projectKind->findData(int(projectById ? IdKind::Id : IdKind::Name)));
    m_project->setText(projectById ? credentials.projectId : credentials.projectName);
    m_projectDomainIsId
            = credentials.projectDomainName.isEmpty() && !credentials.projectDomainId.isEmpty();
    m_projectDomain->setText(m_projectDomainIsId ? credentials.projectDomainId
                                                 : credentials.projectDomainName);
    m_secret->setText(credentials.secret);
    m_region->setText(credentials.regionName);
    setInterface(credentials.interface);
    m_caFile->setText(QDir::toNativeSeparators(credentials.caFile));
    m_filling = false;
    retranslateUi();
    refreshRows();
    refreshFeedback();
}

void CredentialsForm::setInterface(const QString &interface)
{
    int index = m_interface->findData(interface);
    if (index < 0) {
        // An unknown imported value stays visible so that its feedback can offer the fix.
        m_interface->addItem(interface, interface);
        index = m_interface->count() - 1;
    }
    m_interface->setCurrentIndex(index);
}

CloudCredentials CredentialsForm::credentials() const
{
    CloudCredentials c = m_base;
    c.authType = static_cast<AuthType>(m_authType->currentData().toInt());
    c.authUrl = QUrl(m_authUrl->text().trimmed());
    c.applicationCredentialId = m_appCredId->text().trimmed();
    c.applicationCredentialName = m_appCredName->text().trimmed();

    const QString user = m_user->text().trimmed();
    if (m_userKind->currentData().toInt() == int(IdKind::Id)) {
        c.userId = user;
        c.username.clear();
    } else {
        c.username = user;
        c.userId = keptId(user, m_base.username, m_base.userId);
    }
    const QString userDomain = m_userDomain->text().trimmed();
    c.userDomainName = m_userDomainIsId ? QString() : userDomain;
    c.userDomainId = m_userDomainIsId
            ? userDomain
            : keptId(userDomain, m_base.userDomainName, m_base.userDomainId);

    const QString project = m_project->text().trimmed();
    if (m_projectKind->currentData().toInt() == int(IdKind::Id)) {
        c.projectId = project;
        c.projectName.clear();
    } else {
        c.projectName = project;
        c.projectId = keptId(project, m_base.projectName, m_base.projectId);
    }
    const QString projectDomain = m_projectDomain->text().trimmed();
    c.projectDomainName = m_projectDomainIsId ? QString() : projectDomain;
    c.projectDomainId = m_projectDomainIsId
            ? projectDomain
            : keptId(projectDomain, m_base.projectDomainName, m_base.projectDomainId);

    c.secret = m_secret->text();
    c.regionName = m_region->text().trimmed();
    c.interface = m_interface->currentData().toString();
    c.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    return c;
}

void CredentialsForm::setSecret(const QString &secret)
{
    m_secret->setText(secret);
    refreshFeedback();
}

void CredentialsForm::detachFromImport()
{
    m_base.cloudName.clear();
    m_base.verify = true;
    refreshFeedback();
    Q_EMIT edited();
}

bool CredentialsForm::hasErrors() const
{
    const CloudCredentials c = credentials();
    for (int part = int(Part::AuthUrl); part <= int(Part::Verify); ++part) {
        if (ValidationMessage::anyError(CredentialsFeedback::messages(Part(part), c)))
            return true;
    }
    return false;
}

void CredentialsForm::focusSecret()
{
    m_secret->setFocus(Qt::OtherFocusReason);
}

void CredentialsForm::onEdited()
{
    if (m_filling)
        return;
    refreshFeedback();
    Q_EMIT edited();
}

void CredentialsForm::applyFix(Part part, const QString &value)
{
    switch (part) {
    case Part::Identity:
        m_userDomain->setText(value);
        m_userDomainIsId = false;
        break;
    case Part::Project:
        m_projectDomain->setText(value);
        m_projectDomainIsId = false;
        break;
    case Part::Interface:
        setInterface(value);
        break;
    default:
        return;
    }
    retranslateUi();
    onEdited();
}

void CredentialsForm::browseCa()
{
    auto *dialog = new QFileDialog(this, tr("Choose the cloud's CA certificate", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)", "@item:inlistbox"),
                            tr("All files (*)", "@item:inlistbox")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_caFile->setText(QDir::toNativeSeparators(path));
        onEdited();
    });
    dialog->open();
}

void CredentialsForm::refreshRows()
{
    const auto type = static_cast<AuthType>(m_authType->currentData().toInt());
    const bool password = type == AuthType::Password;
    const bool appCred = type == AuthType::ApplicationCredential;
    const bool token = type == AuthType::Token;
    m_form->setRowVisible(m_rowOf.value(m_appCredId), appCred);
    m_form->setRowVisible(m_rowOf.value(m_appCredName), appCred);
    m_form->setRowVisible(m_rowOf.value(m_user), !token);
    m_form->setRowVisible(m_rowOf.value(m_userDomain), !token);
    m_form->setRowVisible(m_rowOf.value(m_project), password || token);
    m_form->setRowVisible(m_rowOf.value(m_projectDomain), password || token);
}

void CredentialsForm::refreshFeedback()
{
    const CloudCredentials c = credentials();
    for (auto it = m_feedback.cbegin(); it != m_feedback.cend(); ++it)
        it.value()->setMessages(CredentialsFeedback::messages(it.key(), c));
    const QList<ValidationMessage> verify = CredentialsFeedback::messages(Part::Verify, c);
    m_verifyWarning->setText(
            verify.isEmpty() ? QString() : tr("⚠ Insecure: %1", "@info").arg(verify.first().text));
    m_verifyWarning->setVisible(!verify.isEmpty());
    // Screen readers hear the problem with the field.
    m_authUrl->setAccessibleDescription(m_feedback.value(Part::AuthUrl)->text());
    m_userDomain->setAccessibleDescription(m_feedback.value(Part::Identity)->text());
    m_projectDomain->setAccessibleDescription(m_feedback.value(Part::Project)->text());
    m_secret->setAccessibleDescription(m_feedback.value(Part::Secret)->text());
    m_caFile->setAccessibleDescription(m_feedback.value(Part::Tls)->text());
}

void CredentialsForm::retranslateUi()
{
    m_authType->setItemText(0, tr("Password", "@item:inlistbox auth type"));
    m_authType->setItemText(1, tr("Application credential", "@item:inlistbox auth type"));
    m_authType->setItemText(2, tr("Existing token", "@item:inlistbox auth type"));
    m_authType->setAccessibleName(tr("Authentication method", "@label:listbox"));
    m_labelOf.value(m_authType)->setText(tr("Authentication &method:", "@label:listbox"));

    m_labelOf.value(m_authUrl)->setText(tr("Identity (&Keystone) URL:", "@label:textbox"));
    m_authUrl->setAccessibleName(tr("Identity (Keystone) URL", "@label:textbox"));
    m_authUrl->setPlaceholderText(tr("https://keystone.example.com:5000/v3", "@info:placeholder"));

    m_labelOf.value(m_appCredId)->setText(tr("&Application credential ID:", "@label:textbox"));
    m_appCredId->setAccessibleName(tr("Application credential ID", "@label:textbox"));
    m_labelOf.value(m_appCredName)->setText(tr("…or its name:", "@label:textbox"));
    m_appCredName->setAccessibleName(tr("Application credential name", "@label:textbox"));
    m_appCredName->setPlaceholderText(
            tr("Only without an ID; then the user below owns it", "@info:placeholder"));

    m_userKind->setItemText(0, tr("name", "@item:inlistbox user or project given by"));
    m_userKind->setItemText(1, tr("ID", "@item:inlistbox user or project given by"));
    m_userKind->setAccessibleName(tr("User given by name or ID", "@label:listbox"));
    m_projectKind->setItemText(0, tr("name", "@item:inlistbox user or project given by"));
    m_projectKind->setItemText(1, tr("ID", "@item:inlistbox user or project given by"));
    m_projectKind->setAccessibleName(tr("Project given by name or ID", "@label:listbox"));
    m_labelOf.value(m_user)->setText(tr("&User:", "@label:textbox"));
    m_user->setAccessibleName(tr("User", "@label:textbox"));
    m_labelOf.value(m_userDomain)
            ->setText(m_userDomainIsId ? tr("User &domain ID:", "@label:textbox")
                                       : tr("User &domain:", "@label:textbox"));
    m_userDomain->setAccessibleName(tr("User domain", "@label:textbox"));
    m_userDomain->setPlaceholderText(tr("Default", "@info:placeholder domain name"));
    m_labelOf.value(m_project)->setText(tr("&Project:", "@label:textbox"));
    m_project->setAccessibleName(tr("Project", "@label:textbox"));
    m_labelOf.value(m_projectDomain)
            ->setText(m_projectDomainIsId ? tr("P&roject domain ID:", "@label:textbox")
                                          : tr("P&roject domain:", "@label:textbox"));
    m_projectDomain->setAccessibleName(tr("Project domain", "@label:textbox"));
    m_projectDomain->setPlaceholderText(tr("Default", "@info:placeholder domain name"));

    switch (static_cast<AuthType>(m_authType->currentData().toInt())) {
    case AuthType::Password:
        m_labelOf.value(m_secret)->setText(tr("Pass&word:", "@label:textbox"));
        m_secret->setAccessibleName(tr("Password", "@label:textbox"));
        m_secret->setPlaceholderText(tr("The user's OpenStack password", "@info:placeholder"));
        break;
    case AuthType::ApplicationCredential:
        m_labelOf.value(m_secret)->setText(tr("Secre&t:", "@label:textbox"));
        m_secret->setAccessibleName(tr("Application credential secret", "@label:textbox"));
        m_secret->setPlaceholderText(
                tr("Shown once when the credential was created", "@info:placeholder"));
        break;
    case AuthType::Token:
        m_labelOf.value(m_secret)->setText(tr("To&ken:", "@label:textbox"));
        m_secret->setAccessibleName(tr("Token", "@label:textbox"));
        m_secret->setPlaceholderText(tr("e.g. from “openstack token issue”", "@info:placeholder"));
        break;
    }
    m_showSecret->setText(m_showSecret->isChecked() ? tr("Hide", "@action:button secret")
                                                    : tr("Show", "@action:button secret"));
    m_showSecret->setAccessibleName(m_showSecret->isChecked()
                                            ? tr("Hide the secret", "@action:button")
                                            : tr("Show the secret", "@action:button"));

    m_labelOf.value(m_region)->setText(tr("Re&gion:", "@label:textbox"));
    m_region->setAccessibleName(tr("Region", "@label:textbox"));
    m_region->setPlaceholderText(tr("Any region (e.g. RegionOne)", "@info:placeholder"));
    m_labelOf.value(m_interface)->setText(tr("&Interface:", "@label:listbox"));
    m_interface->setAccessibleName(tr("Endpoint interface", "@label:listbox"));
    m_interface->setToolTip(tr("Which catalog endpoints to use; public unless your cloud's "
                               "operator says otherwise.",
                               "@info:tooltip"));
    m_labelOf.value(m_caFile)->setText(tr("CA certificate &file:", "@label:textbox"));
    m_caFile->setAccessibleName(tr("CA certificate file", "@label:textbox"));
    m_caFile->setPlaceholderText(tr("Empty: the system's CAs", "@info:placeholder"));
    m_caBrowse->setText(tr("Browse…", "@action:button"));
    m_caBrowse->setAccessibleName(tr("Browse for a CA certificate file", "@action:button"));
}

void CredentialsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshFeedback();
    }
    QWidget::changeEvent(event);
}

} // namespace podnet
