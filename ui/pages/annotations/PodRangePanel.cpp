// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodRangePanel.h"

#include "PodCidrCommandsBox.h"
#include "PodCidrStatusBar.h"
#include "PodCidrTableModel.h"
#include "PodCidrTableView.h"
#include "SetupState.h"
#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrClusterReader.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

using Action = PodCidrAnnotationPlan::Action;

PodRangePanel::PodRangePanel(SetupState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new PodCidrTableModel(this))
    , m_status(new PodCidrStatusBar(this))
    , m_tableLabel(new QLabel(this))
    , m_table(new PodCidrTableView(this))
    , m_fix(new QPushButton(this))
    , m_totals(new QLabel(this))
    , m_commands(new PodCidrCommandsBox(this))
{
    m_status->setObjectName(QStringLiteral("podRangeStatus"));
    m_table->setObjectName(QStringLiteral("podCidrTable"));
    m_table->setModel(m_model);
    m_table->setEditColumn(PodCidrTableModel::RangeColumn);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnHidden(PodCidrTableModel::ResultColumn, true);
    m_tableLabel->setBuddy(m_table);
    m_totals->setObjectName(QStringLiteral("podRangeTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_fix->setObjectName(QStringLiteral("useCorrectionButton"));
    m_fix->hide();
    m_commands->setObjectName(QStringLiteral("podRangeCommands"));

    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_totals, 1);
    totalsRow->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(totalsRow);
    layout->addWidget(m_commands);

    setTabOrder(m_status->readButton(), m_table);
    setTabOrder(m_table, m_fix);
    setTabOrder(m_fix, m_commands->toggle());

    connect(m_status, &PodCidrStatusBar::readRequested, this, &PodRangePanel::refresh);
    connect(m_model, &PodCidrTableModel::rangeEdited, this, &PodRangePanel::onRangeEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PodRangePanel::updateCorrection);
    connect(m_fix, &QPushButton::clicked, this, &PodRangePanel::useCorrection);
    retranslateUi();
}

PodRangePanel::~PodRangePanel() = default;

KubeClient *PodRangePanel::client() const
{
    KubeState *kube = m_state->kube();
    return kube->hasConnection() ? kube->client() : nullptr;
}

bool PodRangePanel::isReady() const
{
    return !isReading() && m_editor.hasCluster() && m_readError.isEmpty() && m_plan.isApplicable();
}

void PodRangePanel::refresh()
{
    KubeClient *kube = client();
    if (!kube) {
        m_editor.clearCluster();
        replan();
        return;
    }
    if (isReading())
        return;
    auto *reader = new PodCidrClusterReader(kube, this);
    m_reader = reader;
    connect(reader, &PodCidrClusterReader::finished, this, &PodRangePanel::onRead);
    reader->start();
    m_status->setReading(true);
    m_status->setReadEnabled(false);
    showStatus();
    Q_EMIT readyChanged();
}

void PodRangePanel::onRead()
{
    PodCidrClusterReader *reader = m_reader;
    if (!reader)
        return;
    m_reader = nullptr;
    reader->deleteLater();
    m_status->setReading(false);
    m_status->setReadEnabled(true);
    const bool failedBefore = !m_readError.isEmpty();
    m_readError = reader->errorMessage();
    m_readDetail = reader->errorDetail();
    if (!reader->isOk()) {
        // Keep the last table and everything typed: only the reading failed.
        m_status->showError(m_readError, m_readDetail);
        showStatus();
        Q_EMIT readyChanged();
        return;
    }
    if (failedBefore)
        m_status->clearError();
    m_readWarning = reader->warning();
    m_editor.setCluster(reader->nodes(), reader->kubeRouterPods(),
                        m_state->network()->clusterCidr());
    replan();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PodCidrTableModel::RangeColumn));
}

void PodRangePanel::onRangeEdited(const QString &node, const QString &text)
{
    m_editor.setTyped(node, text);
    replan();
}

void PodRangePanel::replan()
{
    m_plan = m_editor.plan(m_state->network()->clusterCidr());
    m_model->setPlan(m_plan, m_editor.typed());
    m_commands->setPlan(m_plan);
    m_totals->setText(m_editor.hasCluster() ? m_plan.summary() : QString());
    updateCorrection();
    showStatus();
    Q_EMIT readyChanged();
}

void PodRangePanel::updateCorrection()
{
    const QModelIndex current = m_table->currentIndex();
    m_correction = m_editor.correction(m_plan, current.isValid() ? current.row() : -1);
    m_fix->setVisible(!m_correction.range.isEmpty());
    m_fix->setText(
            tr("&Use %1 for %2", "@action:button").arg(m_correction.range, m_correction.node));
    m_fix->setAccessibleName(tr("Use the network %1 as the pod range of node %2", "@action:button")
                                     .arg(m_correction.range, m_correction.node));
}

void PodRangePanel::useCorrection()
{
    if (m_correction.range.isEmpty())
        return;
    const int row = m_model->rowOf(m_correction.node);
    m_editor.setTyped(m_correction.node, m_correction.range);
    replan();
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, PodCidrTableModel::RangeColumn));
    m_table->setFocus();
}

void PodRangePanel::showStatus()
{
    QString text;
    const bool loaded = m_editor.hasCluster();
    const bool everyNodeHasRange = loaded && m_editor.typed().isEmpty() && !m_plan.entries.isEmpty()
            && m_plan.count(Action::Set) == 0 && m_plan.count(Action::Invalid) == 0;
    if (!client()) {
        text = tr("ℹ There is no connection to a Kubernetes cluster, so no pod ranges are set.");
    } else if (isReading() && !loaded) {
        text = tr("⏳ Reading the nodes and kube-router's pods…");
    } else if (!m_readError.isEmpty()) {
        text = tr("✖ %1 Press Read again to retry; what you typed is kept.").arg(m_readError);
    } else if (loaded && m_plan.entries.isEmpty()) {
        text = tr("The cluster has no nodes yet, so no pod range is set.");
    } else if (everyNodeHasRange) {
        text = tr("✔ Every node already has a pod range; nothing is set. Type a range in the "
                  "table to change one.");
    } else if (loaded) {
        text = tr("Nodes without a pod range make kube-router crash-loop. Check the suggested "
                  "ranges (type your own in the table); they are set when you apply.");
    }
    if (!m_readWarning.isEmpty() && loaded)
        text += QLatin1Char(' ') + m_readWarning;
    m_status->setStatus(text, m_readError.isEmpty() ? QString() : m_readDetail);
}

void PodRangePanel::retranslateUi()
{
    m_tableLabel->setText(tr("&Pod range of each node (Enter edits the selected row):", "@label"));
    m_table->setAccessibleName(tr("Nodes and their pod ranges", "@label"));
    m_totals->setAccessibleName(tr("Pod range totals", "@label"));
    m_model->retranslate();
    replan(); // the plan's messages, in the new language
}

void PodRangePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
