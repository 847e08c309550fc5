// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PodCidrPlanEditor.h"
#include "kube/annotations/PodCidrAnnotationPlan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace podnet {

class KubeClient;
class PodCidrClusterReader;
class PodCidrCommandsBox;
class PodCidrStatusBar;
class PodCidrTableModel;
class PodCidrTableView;
class SetupState;

/// The preview's pod-range part: reads the nodes and kube-router's pods and shows one row per
/// node; nodes without a range get a suggestion inside the cluster CIDR, nodes with one are
/// left alone unless the user types a range. Every edit re-plans at once (no network) and shows
/// what is wrong in the row, with a one-click fix for host bits. Typed ranges survive re-reads.
/// The apply page sends the plan.
class PodRangePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PodRangePanel(SetupState *state, QWidget *parent = nullptr);
    ~PodRangePanel() override;

    /// Reads the nodes (again); what was typed is kept.
    void refresh();
    /// Not reading, the cluster was read, and the plan is applicable.
    bool isReady() const;
    /// The nodes are being read.
    bool isReading() const { return !m_reader.isNull(); }
    /// The plan the table shows.
    const PodCidrAnnotationPlan &plan() const { return m_plan; }

Q_SIGNALS:
    /// isReady() or plan() may have changed.
    void readyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRead();
    void onRangeEdited(const QString &node, const QString &text);
    void replan();
    void useCorrection();
    void updateCorrection();
    void showStatus();
    void retranslateUi();
    KubeClient *client() const;

    SetupState *m_state;
    QPointer<PodCidrClusterReader> m_reader;
    PodCidrPlanEditor m_editor;
    PodCidrAnnotationPlan m_plan;
    QString m_readError;
    QString m_readDetail;
    QString m_readWarning;
    PodCidrPlanEditor::Correction m_correction;

    PodCidrTableModel *m_model;
    PodCidrStatusBar *m_status;
    QLabel *m_tableLabel;
    PodCidrTableView *m_table;
    QPushButton *m_fix;
    QLabel *m_totals;
    PodCidrCommandsBox *m_commands;
};

} // namespace podnet
