// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CredentialsFeedback.h"
#include "openstack/CloudCredentials.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace podnet {

class FieldFeedback;

/// The Keystone v3 fields, shown per auth type (password, application credential, token),
/// pre-filled by an import and still editable, each checked inline by CredentialsValidator.
/// What the form does not show (cloud name, client certificate, `verify`) comes from the last
/// setCredentials(); switched-off TLS verification is shown as a red warning.
class CredentialsForm : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsForm(QWidget *parent = nullptr);

    /// Fills the fields from \a credentials; does not emit edited().
    void setCredentials(const CloudCredentials &credentials);
    /// The credentials as the fields say now.
    CloudCredentials credentials() const;

    /// Puts \a secret into the secret field (e.g. from the keychain); does not emit edited().
    void setSecret(const QString &secret);
    /// Forgets where the values came from: typed in, so TLS verification is on again.
    void detachFromImport();
    /// Any validation error (Test connection is not possible).
    bool hasErrors() const;
    void focusSecret();

Q_SIGNALS:
    /// The user changed a value.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Part = CredentialsFeedback::Part;
    enum class IdKind { Name, Id };

    QWidget *addRow(QLabel *label, QWidget *field, FieldFeedback *feedback = nullptr,
                    QWidget *extra = nullptr, QWidget *extra2 = nullptr);
    QLineEdit *newEdit(const char *objectName);
    QComboBox *newKindCombo(const char *objectName);
    FieldFeedback *newFeedback(const char *objectName, Part part);
    void setInterface(const QString &interface);
    void onEdited();
    void applyFix(Part part, const QString &value);
    void browseCa();
    void refreshRows();
    void refreshFeedback();
    void retranslateUi();

    CloudCredentials m_base;
    bool m_userDomainIsId = false;
    bool m_projectDomainIsId = false;
    bool m_filling = false;

    QFormLayout *m_form;
    QComboBox *m_authType;
    QLineEdit *m_authUrl;
    QLineEdit *m_appCredId;
    QLineEdit *m_appCredName;
    QLineEdit *m_user;
    QComboBox *m_userKind;
    QLineEdit *m_userDomain;
    QLineEdit *m_project;
    QComboBox *m_projectKind;
    QLineEdit *m_projectDomain;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QLineEdit *m_region;
    QComboBox *m_interface;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_verifyWarning;

    QHash<QWidget *, QWidget *> m_rowOf; ///< field -> the cell that holds it (for visibility)
    QHash<QWidget *, QLabel *> m_labelOf;
    QHash<Part, FieldFeedback *> m_feedback;
};

} // namespace podnet
