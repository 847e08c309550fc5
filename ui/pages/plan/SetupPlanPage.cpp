// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupPlanPage.h"

#include "SetupState.h"
#include "pages/annotations/PodRangePanel.h"
#include "pages/kube/ManifestPlanPanel.h"
#include "pages/ports/PortPlanPanel.h"
#include "pages/preview/RenderedManifestPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace podnet {

namespace {

enum Tab { PortsTab, PodRangesTab, ManifestTab, RenderedTab };

} // namespace

SetupPlanPage::SetupPlanPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_intro(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_ports(new PortPlanPanel(state, m_tabs))
    , m_podRanges(new PodRangePanel(state, m_tabs))
    , m_manifest(new ManifestPlanPanel(state, m_tabs))
    , m_rendered(new RenderedManifestPanel(state, m_tabs))
{
    m_intro->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("planTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_refresh->setObjectName(QStringLiteral("readAgainButton"));
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(m_ports, QString());
    m_tabs->addTab(m_podRanges, QString());
    m_tabs->addTab(m_manifest, QString());
    m_tabs->addTab(m_rendered, QString());

    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_totals, 1);
    totalsRow->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(totalsRow);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &SetupPlanPage::refreshAll);
    connect(m_ports, &PortPlanPanel::readyChanged, this, &SetupPlanPage::updateTotals);
    connect(m_podRanges, &PodRangePanel::readyChanged, this, &SetupPlanPage::updateTotals);
    connect(m_manifest, &ManifestPlanPanel::readyChanged, this, &SetupPlanPage::updateTotals);
    connect(m_rendered, &RenderedManifestPanel::readyChanged, this, &SetupPlanPage::updateTotals);
    retranslateUi();
}

bool SetupPlanPage::hasOpenStack() const
{
    return m_state->openStack()->isConnected();
}

bool SetupPlanPage::hasKubernetes() const
{
    return m_state->kube()->hasConnection();
}

void SetupPlanPage::initializePage()
{
    m_tabs->setTabVisible(PortsTab, hasOpenStack());
    m_tabs->setTabVisible(PodRangesTab, hasKubernetes());
    m_tabs->setTabVisible(ManifestTab, hasKubernetes());
    m_tabs->setTabVisible(RenderedTab, m_state->manifestTemplate().has_value());
    refreshAll();
}

void SetupPlanPage::refreshAll()
{
    if (hasOpenStack())
        m_ports->refresh();
    if (hasKubernetes()) {
        m_podRanges->refresh();
        m_manifest->refresh();
    }
    m_rendered->refresh();
    updateTotals();
}

bool SetupPlanPage::isComplete() const
{
    if (!hasOpenStack() && !hasKubernetes())
        return false;
    if (hasOpenStack() && !m_ports->isReady())
        return false;
    if (hasKubernetes() && (!m_podRanges->isReady() || !m_manifest->isReady()))
        return false;
    return currentPlan().isApplicable();
}

SetupPlan SetupPlanPage::currentPlan() const
{
    SetupPlan plan;
    if (hasOpenStack() && m_ports->isReady())
        plan.ports = m_state->openStack()->portPlan();
    if (hasKubernetes()) {
        // Also a plan with problems: the totals line shows why Next is off.
        if (!m_podRanges->isReading())
            plan.podRanges = m_podRanges->plan();
        plan.manifest = m_manifest->entries();
        plan.manifestYaml = m_state->render().text;
    }
    return plan;
}

bool SetupPlanPage::validatePage()
{
    m_state->setPlan(currentPlan());
    return true;
}

void SetupPlanPage::updateTotals()
{
    const bool reading = (hasOpenStack() && !m_ports->isReady())
            || (hasKubernetes() && (m_podRanges->isReading() || m_manifest->isRunning()));
    if (!hasOpenStack() && !hasKubernetes()) {
        m_totals->setText(tr("Both sides were skipped, so there is nothing to change. Go back and "
                             "connect to OpenStack, Kubernetes or both."));
    } else if (reading) {
        m_totals->setText(tr("⏳ Reading the live cloud and cluster…"));
    } else {
        const SetupPlan plan = currentPlan();
        QString text = plan.totalsText();
        if (!plan.isApplicable())
            text += QLatin1Char('\n') + plan.problems().join(QLatin1Char('\n'));
        else if (plan.isNoOp())
            text += QLatin1Char('\n')
                    + tr("Everything is already in place; Next checks the nodes.");
        m_totals->setText(text);
    }
    m_refresh->setEnabled(!reading);
    Q_EMIT completeChanged();
}

void SetupPlanPage::retranslateUi()
{
    setTitle(tr("Preview", "@title"));
    setSubTitle(tr("Everything this run will change, read from the live cloud and cluster. "
                   "Nothing is changed yet.",
                   "@title"));
    m_intro->setText(tr("+ adds or creates, ~ changes, = is already in place, ! is a problem to "
                        "fix first. Each tab shows the commands that do the same by hand."));
    m_refresh->setText(tr("&Read again", "@action:button"));
    m_refresh->setAccessibleName(tr("Read the cloud and the cluster again", "@action:button"));
    m_tabs->setTabText(PortsTab, tr("Allowed address pairs", "@title:tab"));
    m_tabs->setTabText(PodRangesTab, tr("Pod ranges", "@title:tab"));
    m_tabs->setTabText(ManifestTab, tr("kube-router objects", "@title:tab"));
    m_tabs->setTabText(RenderedTab, tr("Rendered manifest", "@title:tab"));
    m_totals->setAccessibleName(tr("Totals of the whole run", "@label"));
    updateTotals();
}

void SetupPlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace podnet
