// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionResultPanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podnet {

namespace {

const QString red = QStringLiteral("color: #b00020;");
const QString green = QStringLiteral("color: #1b5e20;");

QString nameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty())
        return id;
    if (id.isEmpty())
        return name;
    return ConnectionResultPanel::tr("%1 (ID %2)", "@info name (ID id)").arg(name, id);
}

} // namespace

ConnectionResultPanel::ConnectionResultPanel(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_form(new QFormLayout)
    , m_user(addValueRow("resultUser"))
    , m_project(addValueRow("resultProject"))
    , m_region(addValueRow("resultRegion"))
    , m_endpoint(addValueRow("resultEndpoint"))
    , m_addressPairs(new QLabel(this))
    , m_portSecurity(new QLabel(this))
    , m_revisionIfMatch(new QLabel(this))
    , m_pairLimit(new QLabel(this))
    , m_detailsButton(new QPushButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_addressPairs->setObjectName(QStringLiteral("allowedAddressPairsMark"));
    m_portSecurity->setObjectName(QStringLiteral("portSecurityMark"));
    m_revisionIfMatch->setObjectName(QStringLiteral("revisionIfMatchMark"));
    m_pairLimit->setObjectName(QStringLiteral("pairLimitNote"));
    m_detailsButton->setObjectName(QStringLiteral("resultDetailsButton"));
    m_details->setObjectName(QStringLiteral("resultDetails"));
    for (QLabel *label :
         {m_summary, m_addressPairs, m_portSecurity, m_revisionIfMatch, m_pairLimit}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detailsButton->setCheckable(true);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->setVisible(false);

    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsButton);
    detailsRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    for (QLabel *label : {m_addressPairs, m_portSecurity, m_revisionIfMatch, m_pairLimit})
        layout->addWidget(label);
    layout->addLayout(detailsRow);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        render();
    });
    render();
}

QLabel *ConnectionResultPanel::addValueRow(const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *label = new QLabel(this);
    label->setBuddy(value);
    m_form->addRow(label, value);
    return value;
}

void ConnectionResultPanel::showIdle()
{
    m_mode = Mode::Idle;
    m_result = {};
    m_failure = {};
    render();
}

void ConnectionResultPanel::showRunning()
{
    m_mode = Mode::Running;
    m_result = {};
    m_failure = {};
    render();
}

void ConnectionResultPanel::showResult(const ConnectionCheckResult &result)
{
    m_mode = Mode::Succeeded;
    m_result = result;
    m_failure = {};
    render();
}

void ConnectionResultPanel::showFailure(const HttpFailure &failure,
                                        const ConnectionCheckResult &partial)
{
    m_mode = Mode::Failed;
    m_result = partial;
    m_failure = failure;
    render();
}

void ConnectionResultPanel::showCancelled()
{
    m_mode = Mode::Cancelled;
    m_result = {};
    m_failure = {};
    render();
}

void ConnectionResultPanel::showOutdated()
{
    if (m_mode == Mode::Succeeded || m_mode == Mode::Failed)
        m_mode = Mode::Outdated;
    render();
}

QString ConnectionResultPanel::summary() const
{
    return m_summary->text();
}

void ConnectionResultPanel::renderExtension(QLabel *label, bool known, bool present,
                                            const QString &alias, const QString &whenPresent,
                                            const QString &whenMissing)
{
    label->setVisible(known);
    if (!known)
        return;
    label->setText(present ? tr("✓ %1: available. %2", "@info extension alias, meaning")
                                     .arg(alias, whenPresent)
                           : tr("✗ %1: not available. %2", "@info extension alias, meaning")
                                     .arg(alias, whenMissing));
    label->setStyleSheet(present ? green : red);
    label->setAccessibleName(label->text());
}

void ConnectionResultPanel::render()
{
    const bool failed = m_mode == Mode::Failed;
    const bool shown = m_mode == Mode::Succeeded || failed;
    switch (m_mode) {
    case Mode::Idle:
        m_summary->setText(tr("Press Test connection to sign in and check Neutron.", "@info"));
        break;
    case Mode::Running:
        m_summary->setText(
                tr("Signing in to Keystone and asking Neutron for its extensions…", "@info"));
        break;
    case Mode::Succeeded:
        m_summary->setText(
                tr("✔ Connected. PodNet can manage allowed address pairs here.", "@info"));
        break;
    case Mode::Failed:
        m_summary->setText(tr("✖ %1", "@info failure message").arg(m_failure.message()));
        break;
    case Mode::Cancelled:
        m_summary->setText(
                tr("The test was cancelled. Press Test connection to try again.", "@info"));
        break;
    case Mode::Outdated:
        m_summary->setText(tr("The values changed since the last test. Press Test connection "
                              "again.",
                              "@info"));
        break;
    }
    m_summary->setStyleSheet(failed ? red : m_mode == Mode::Succeeded ? green : QString());

    const QList<QPair<QLabel *, QString>> values {
            {m_user, nameAndId(m_result.userName, m_result.userId)},
            {m_project, nameAndId(m_result.projectName, m_result.projectId)},
            {m_region, m_result.regionName},
            {m_endpoint, m_result.networkEndpoint.toString()}};
    const QStringList names {tr("User:", "@label"), tr("Project:", "@label"),
                             tr("Region:", "@label"), tr("Network endpoint:", "@label")};
    for (qsizetype i = 0; i < values.size(); ++i) {
        QLabel *value = values.at(i).first;
        value->setText(values.at(i).second);
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value)))
            label->setText(names.at(i));
        m_form->setRowVisible(value, shown && !values.at(i).second.isEmpty());
        value->setAccessibleName(names.at(i));
    }

    const bool known = shown && !m_result.extensionAliases.isEmpty();
    renderExtension(m_addressPairs, known, m_result.allowedAddressPairs,
                    QStringLiteral("allowed-address-pairs"),
                    tr("Required: PodNet adds the pod CIDR to each node's port with it.", "@info"),
                    tr("PodNet cannot work without it: ask the cloud's administrator to enable "
                       "it.",
                       "@info"));
    renderExtension(
            m_portSecurity, known, m_result.portSecurity, QStringLiteral("port-security"),
            tr("Ports with port security turned off need no pairs and are left alone.", "@info"),
            tr("Every node's port filters traffic, so every port gets the pairs.", "@info"));
    renderExtension(m_revisionIfMatch, known, m_result.revisionIfMatch,
                    QStringLiteral("revision-if-match"),
                    tr("A port changed by someone else meanwhile is not overwritten.", "@info"),
                    tr("A change someone else makes to a port at the same moment could be "
                       "overwritten; avoid editing ports elsewhere while the wizard applies.",
                       "@info"));
    m_pairLimit->setVisible(known && m_result.allowedAddressPairs);
    m_pairLimit->setText(
            m_result.pairLimitKnown
                    ? tr("Up to %1 address pairs per port.", "@info").arg(m_result.pairLimit)
                    : tr("Up to %1 address pairs per port is assumed (Neutron's default; the "
                         "API does not publish the cloud's setting).",
                         "@info")
                              .arg(m_result.pairLimit));

    QString details;
    if (failed) {
        details = m_failure.detail();
    } else if (m_mode == Mode::Succeeded) {
        details = tr("Compute endpoint: %1\nNeutron extensions: %2", "@info")
                          .arg(m_result.computeEndpoint.isEmpty()
                                       ? tr("none", "@info no compute endpoint")
                                       : m_result.computeEndpoint.toString(),
                               m_result.extensionAliases.join(QStringLiteral(", ")));
    }
    m_details->setPlainText(details);
    m_detailsButton->setVisible(shown && !details.isEmpty());
    m_details->setVisible(m_detailsButton->isVisible() && m_detailsButton->isChecked());
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide details", "@action:button")
                                                          : tr("Details", "@action:button"));
    m_detailsButton->setAccessibleName(m_detailsButton->text());
    m_details->setAccessibleName(tr("Technical details", "@label"));
    setAccessibleDescription(m_summary->text());
}

void ConnectionResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace podnet
