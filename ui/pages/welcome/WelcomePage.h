// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace podnet {

class DemoController;
class LanguageManager;
class SetupState;
class WelcomeModeBox;
class WelcomeProfileBox;

/// What the wizard does, the language selector (switches everything at once), the choice
/// between one's own cloud and the built-in demo, and loading or saving a profile. Complete
/// unless the demo is chosen and not ready yet.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    /// \a state receives a loaded profile; \a demo runs demo mode (both not owned).
    WelcomePage(LanguageManager *languages, SetupState *state, DemoController *demo,
                QWidget *parent = nullptr);

    bool isComplete() const override;

    /// Chooses the demo and starts it, as clicking "Try it without a cloud" would (--demo).
    void startDemo();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LanguageManager *m_languages;
    QLabel *m_intro;
    WelcomeModeBox *m_mode;
    WelcomeProfileBox *m_profile;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace podnet
