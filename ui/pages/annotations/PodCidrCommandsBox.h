// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

/// "Show commands" on the annotations page: the exact kubectl lines that do what the plan
/// does (one `kubectl annotate` per node to set) and the commands that restart kube-router where
/// it already runs, for reading, copying or running by hand. Hidden until asked for.
class PodCidrCommandsBox : public QWidget
{
    Q_OBJECT
public:
    explicit PodCidrCommandsBox(QWidget *parent = nullptr);

    /// Shows the commands of \a plan.
    void setPlan(const PodCidrAnnotationPlan &plan);
    /// The commands as shown.
    QString text() const;
    /// The "Show commands" toggle (for the page's tab order).
    QCheckBox *toggle() const { return m_toggle; }

    /// The commands for \a plan: comment lines (translated) and kubectl lines.
    static QString commandsFor(const PodCidrAnnotationPlan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QCheckBox *m_toggle;
    QPushButton *m_copy;
    QPlainTextEdit *m_view;
    PodCidrAnnotationPlan m_plan;
};

} // namespace podnet
