// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupStep.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace podnet {

/// One row per step of a run: a symbol that reads without colour (○ pending, ⏳ running, ✔ done,
/// – skipped, ✖ failed, ⏹ cancelled), the step's name and state, its own progress bar and a
/// one-line result.
class SetupStepRows : public QWidget
{
    Q_OBJECT
public:
    explicit SetupStepRows(QWidget *parent = nullptr);

    void setState(SetupStep step, SetupStepState state);
    void setProgress(SetupStep step, int done, int total);
    /// The result line under the step (translated by the caller).
    void setResult(SetupStep step, const QString &text);
    /// Every step pending, no results.
    void reset();

    SetupStepState state(SetupStep step) const { return m_states.value(step); }
    QString resultText(SetupStep step) const;

    static QString symbol(SetupStepState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *symbol = nullptr;
        QLabel *name = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *result = nullptr;
    };
    void showRow(SetupStep step);
    void retranslateUi();

    QMap<SetupStep, Row> m_rows;
    QMap<SetupStep, SetupStepState> m_states;
};

} // namespace podnet
