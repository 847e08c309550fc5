// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace podnet {

class LanguageManager;

/// What the wizard does, and the language selector (switches everything at once).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(LanguageManager *languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LanguageManager *m_languages;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace podnet
