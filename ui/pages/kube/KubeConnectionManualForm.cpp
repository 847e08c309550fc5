// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeConnectionManualForm.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace podnet {

namespace {

QString tokenKey(const QString &server)
{
    return QStringLiteral("kube/manual/") + QUrl(server.trimmed()).toString();
}

} // namespace

KubeConnectionManualForm::KubeConnectionManualForm(QWidget *parent)
    : QWidget(parent)
    , m_secrets(new SecretStore(this))
    , m_serverLabel(new QLabel(this))
    , m_serverEdit(new QLineEdit(this))
    , m_caLabel(new QLabel(this))
    , m_caEdit(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_tokenLabel(new QLabel(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_showToken(new QCheckBox(this))
    , m_remember(new QCheckBox(this))
    , m_noteLabel(new QLabel(this))
{
    m_serverEdit->setObjectName(QStringLiteral("kubeServerEdit"));
    m_caEdit->setObjectName(QStringLiteral("kubeCaFileEdit"));
    m_caBrowse->setObjectName(QStringLiteral("kubeCaBrowseButton"));
    m_tokenEdit->setObjectName(QStringLiteral("kubeTokenEdit"));
    m_showToken->setObjectName(QStringLiteral("kubeShowTokenCheck"));
    m_remember->setObjectName(QStringLiteral("kubeRememberTokenCheck"));
    m_noteLabel->setObjectName(QStringLiteral("kubeKeychainNote"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setVisible(false);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_serverLabel->setBuddy(m_serverEdit);
    m_caLabel->setBuddy(m_caEdit);
    m_tokenLabel->setBuddy(m_tokenEdit);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caEdit, 1);
    caRow->addWidget(m_caBrowse);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showToken);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_serverLabel, m_serverEdit);
    form->addRow(m_caLabel, caRow);
    form->addRow(m_tokenLabel, tokenRow);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_noteLabel);

    for (QLineEdit *edit : {m_serverEdit, m_caEdit, m_tokenEdit})
        connect(edit, &QLineEdit::textEdited, this, &KubeConnectionManualForm::edited);
    connect(m_serverEdit, &QLineEdit::editingFinished, this,
            &KubeConnectionManualForm::loadRememberedToken);
    connect(this, &KubeConnectionManualForm::edited, this, [this] {
        m_note = Note::None;
        refreshNote();
    });
    connect(m_remember, &QCheckBox::toggled, this, &KubeConnectionManualForm::edited);
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_caBrowse, &QPushButton::clicked, this, &KubeConnectionManualForm::browseCa);
    retranslateUi();
}

QString KubeConnectionManualForm::server() const
{
    return m_serverEdit->text().trimmed();
}

QString KubeConnectionManualForm::caFile() const
{
    return QDir::fromNativeSeparators(m_caEdit->text().trimmed());
}

QString KubeConnectionManualForm::token() const
{
    return m_tokenEdit->text().trimmed();
}

bool KubeConnectionManualForm::rememberToken() const
{
    return m_remember->isChecked();
}

void KubeConnectionManualForm::rememberTokenFor(const QString &server)
{
    if (!m_remember->isChecked() || token().isEmpty())
        return;
    SecretJob *job = m_secrets->store(tokenKey(server), token());
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        switch (done->outcome()) {
        case SecretJob::Outcome::Ok:
            m_note = Note::Saved;
            break;
        case SecretJob::Outcome::NoKeychain:
            m_note = Note::MemoryOnly;
            break;
        default:
            m_note = Note::Failed;
            m_noteDetail = done->message();
            break;
        }
        refreshNote();
    });
}

void KubeConnectionManualForm::loadRememberedToken()
{
    if (server().isEmpty() || !token().isEmpty())
        return;
    const QString key = tokenKey(server());
    SecretJob *job = m_secrets->load(key);
    connect(job, &SecretJob::finished, this, [this, key](SecretJob *done) {
        // Only when the person has not typed a token or another server meanwhile.
        if (done->outcome() != SecretJob::Outcome::Ok || !token().isEmpty()
            || tokenKey(server()) != key)
            return;
        m_tokenEdit->setText(done->secret());
        m_note = Note::Loaded;
        refreshNote();
        Q_EMIT edited();
        m_note = Note::Loaded;
        refreshNote();
    });
}

QString KubeConnectionManualForm::keychainNote() const
{
    return m_noteLabel->isHidden() ? QString() : m_noteLabel->text();
}

void KubeConnectionManualForm::refreshNote()
{
    QString text;
    switch (m_note) {
    case Note::None:
        break;
    case Note::Saved:
        text = tr("The token is saved in the keychain for this server.");
        break;
    case Note::Loaded:
        text = tr("Filled in the token saved in the keychain for this server.");
        break;
    case Note::MemoryOnly:
        text = tr("No keychain is available, so the token is kept in memory only and must be "
                  "typed again next time. Start your desktop's keyring to have it remembered.");
        break;
    case Note::Failed:
        text = tr("The token could not be saved in the keychain and is kept in memory only: %1")
                       .arg(m_noteDetail);
        break;
    }
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

void KubeConnectionManualForm::browseCa()
{
    // Opened without a nested event loop; the dialog reports through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Choose the cluster's CA certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("kubeCaFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.crt *.pem *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_caEdit->setText(QDir::toNativeSeparators(path));
        Q_EMIT edited();
    });
    dialog->open();
}

void KubeConnectionManualForm::retranslateUi()
{
    m_serverLabel->setText(tr("API server &URL:"));
    m_serverEdit->setPlaceholderText(tr("https://203.0.113.10:6443"));
    m_serverEdit->setAccessibleName(tr("API server URL for this computer"));
    m_caLabel->setText(tr("&CA certificate:"));
    m_caEdit->setPlaceholderText(tr("Optional: the cluster's ca.pem (else the system's CAs)"));
    m_caEdit->setAccessibleName(tr("CA certificate file"));
    m_caBrowse->setText(tr("Bro&wse…"));
    m_caBrowse->setAccessibleName(tr("Browse for the CA certificate"));
    m_tokenLabel->setText(tr("Tok&en:"));
    m_tokenEdit->setAccessibleName(tr("Bearer token"));
    m_tokenEdit->setPlaceholderText(tr("A service account or user token"));
    m_showToken->setText(tr("S&how"));
    m_showToken->setAccessibleName(tr("Show the token"));
    m_remember->setText(tr("&Remember the token in the keychain"));
    m_remember->setAccessibleName(tr("Remember the token in the keychain"));
    m_noteLabel->setAccessibleName(tr("Keychain note"));
    refreshNote();
}

void KubeConnectionManualForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
