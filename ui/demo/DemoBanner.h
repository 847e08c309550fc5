// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace podnet {

class DemoController;

/// The "DEMO" sign shown beside every page while the wizard is in demo mode (made for
/// QWizard::setSideWidget()), so nobody mistakes the built-in cloud for a real one. Hidden
/// when demo mode is off.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(DemoController *demo, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    DemoController *m_demo;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace podnet
