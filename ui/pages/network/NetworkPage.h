// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/NetworkSettings.h"

#include <QHash>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace podnet {

class FieldFeedback;
class SetupState;

/// The API server URL as the nodes reach it, the cluster CIDR and the service CIDR, checked
/// as the user types. Next stays disabled until every field is valid.
class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkPage(SetupState *state, QWidget *parent = nullptr);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        FieldFeedback *feedback = nullptr;
    };

    void addRow(NetworkSettings::Field field, const QString &objectName);
    void refreshFeedback();
    void retranslateUi();

    SetupState *m_state;
    QHash<NetworkSettings::Field, Row> m_rows;
    QLabel *m_help;
    QFormLayout *m_form;
};

} // namespace podnet
