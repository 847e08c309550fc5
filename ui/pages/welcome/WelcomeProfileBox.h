// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace podnet {

struct Profile;
class SetupState;

/// "Load profile…" and "Save profile…": the non-secret settings as a small YAML file (an
/// instructor hands one to every student). Loading fills the shared state, so the following
/// pages show the values; what went wrong is shown below the buttons, with line and column.
class WelcomeProfileBox : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeProfileBox(SetupState *state, QWidget *parent = nullptr);

    /// Reads the profile at \a path into the state; false (and the error shown) when it cannot.
    bool loadProfile(const QString &path);
    /// Writes the state's settings to \a path; false (and the error shown) when it cannot.
    bool saveProfile(const QString &path);

Q_SIGNALS:
    /// A profile was loaded: \a openStackSkipped and \a kubeSkipped say which sides it skips.
    void profileLoaded(bool openStackSkipped, bool kubeSkipped);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openDialog(bool save);
    void applyConnections(const Profile &profile, QStringList *notes);
    void showMessage(const QString &text, bool error);
    void retranslateUi();

    SetupState *m_state;
    QPushButton *m_load;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace podnet
