// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace podnet {

class DemoController;

/// "Use my cloud" or "Try it without a cloud (demo)": choosing the demo starts the built-in
/// cloud and shows how that goes (starting, ready, or what failed and a way to try again);
/// choosing one's own cloud ends the demo.
class WelcomeModeBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit WelcomeModeBox(DemoController *demo, QWidget *parent = nullptr);

    /// The person may go on: their own cloud, or a demo that is ready.
    bool isComplete() const;
    bool isDemoChosen() const;
    /// Ticks the demo choice and starts the demo (as clicking it would).
    void chooseDemo();

Q_SIGNALS:
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Choice { RealChoice, DemoChoice };

    void onChosen(int choice);
    void refresh();
    void retranslateUi();

    DemoController *m_demo;
    QButtonGroup *m_choices;
    QRadioButton *m_realChoice;
    QRadioButton *m_demoChoice;
    QLabel *m_status;
    QPushButton *m_retry;
};

} // namespace podnet
