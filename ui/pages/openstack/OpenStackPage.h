// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenStackSources.h"
#include "net/HttpFailure.h"
#include "openstack/ConnectionCheckResult.h"
#include "openstack/CredentialsImport.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace podnet {

class CloudSourceChooser;
class ConnectionCheck;
class ConnectionResultPanel;
class CredentialsForm;
class OpenStackSecrets;
class SetupState;

/// The OpenStack credentials (Keystone v3: password, application credential or token), imported
/// from clouds.yaml, an openrc file or the environment, or typed in, and "Test connection",
/// which signs in and checks Neutron's extensions. Secrets stay in memory, or in the OS keychain
/// when "Remember secrets" is ticked. Complete when the check for the current values succeeded,
/// or when the user skips it; the choice to skip is the field "openStackSkipped" and the
/// property "skipped".
class OpenStackPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(bool skipped READ isSkipped WRITE setSkipped NOTIFY skippedChanged)
public:
    /// Looks for credentials where the openstack client does (OpenStackSources::system()).
    explicit OpenStackPage(SetupState *state, QWidget *parent = nullptr);
    /// Looks for credentials in \a sources (tests inject their own).
    OpenStackPage(SetupState *state, const OpenStackSources &sources, QWidget *parent = nullptr);
    ~OpenStackPage() override;

    bool isComplete() const override;
    /// Shows credentials set from outside since the page was last shown (demo mode, a
    /// profile) as typed in, and tests them at once when they carry a secret.
    void initializePage() override;

    /// The user chose to skip the check (the pairs are set already, or by hand).
    bool isSkipped() const;
    void setSkipped(bool skipped);
    bool isTesting() const;

Q_SIGNALS:
    void skippedChanged(bool skipped);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void onImported(const CredentialsImport &result);
    void onEdited();
    void applyCredentials();
    void onRememberToggled(bool remember);
    void onSecretLoaded(const QString &secret);
    void refreshKeychainStatus();
    void startTest();
    void cancelTest();
    void dropCheck();
    void onCheckFinished(const ConnectionCheckResult &result);
    void onCheckFailed(const HttpFailure &failure);
    void refreshButtons();
    void retranslateUi();

    SetupState *m_state;
    QPointer<ConnectionCheck> m_check;
    OpenStackSecrets *m_secrets;

    QLabel *m_intro;
    QGroupBox *m_sourceBox;
    CloudSourceChooser *m_chooser;
    QGroupBox *m_credentialsBox;
    CredentialsForm *m_form;
    QCheckBox *m_remember;
    QLabel *m_keychainStatus;
    QPushButton *m_testButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    ConnectionResultPanel *m_result;
    QCheckBox *m_skip;
};

} // namespace podnet
