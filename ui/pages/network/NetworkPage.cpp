// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NetworkPage.h"

#include "SetupState.h"
#include "widgets/FieldFeedback.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace podnet {

using Field = NetworkSettings::Field;

NetworkPage::NetworkPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_help(new QLabel(this))
    , m_form(new QFormLayout)
{
    m_help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(m_form);

    addRow(Field::ApiServerUrl, QStringLiteral("apiServer"));
    addRow(Field::ClusterCidr, QStringLiteral("clusterCidr"));
    addRow(Field::ServiceCidr, QStringLiteral("serviceCidr"));
    layout->addStretch(1);

    connect(m_state->network(), &NetworkSettings::changed, this, [this] {
        refreshFeedback();
        Q_EMIT completeChanged();
    });
    retranslateUi();
    refreshFeedback();
}

void NetworkPage::addRow(Field field, const QString &objectName)
{
    Row row;
    row.label = new QLabel(this);
    row.edit = new QLineEdit(m_state->network()->value(field), this);
    row.edit->setObjectName(objectName + QStringLiteral("Edit"));
    row.label->setBuddy(row.edit);
    row.feedback = new FieldFeedback(this);
    row.feedback->setObjectName(objectName + QStringLiteral("Feedback"));
    m_form->addRow(row.label, row.edit);
    m_form->addRow(QString(), row.feedback);

    connect(row.edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { m_state->network()->setValue(field, text); });
    connect(row.feedback, &FieldFeedback::fixRequested, this, [this, field](const QString &value) {
        m_rows[field].edit->setText(value);
        m_state->network()->setValue(field, value);
    });
    m_rows.insert(field, row);
}

bool NetworkPage::isComplete() const
{
    return m_state->network()->isValid();
}

void NetworkPage::refreshFeedback()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QList<ValidationMessage> messages = m_state->network()->validate(it.key());
        it.value().feedback->setMessages(messages);
        it.value().edit->setAccessibleDescription(it.value().feedback->text());
        // Keep the field in sync when the value was set from elsewhere (a fix, a profile).
        if (it.value().edit->text() != m_state->network()->value(it.key()))
            it.value().edit->setText(m_state->network()->value(it.key()));
    }
}

void NetworkPage::retranslateUi()
{
    setTitle(tr("Cluster network"));
    setSubTitle(tr("The addresses kube-router needs to route pod traffic."));
    m_help->setText(tr("Enter the API server URL as the worker nodes reach it (the tutorial's "
                       "https://${KUBERNETES_PUBLIC_ADDRESS}:6443), and the cluster's CIDR "
                       "ranges. The defaults are the tutorial's."));
    m_rows[Field::ApiServerUrl].label->setText(tr("&API server URL:"));
    m_rows[Field::ApiServerUrl].edit->setPlaceholderText(tr("https://10.0.0.10:6443"));
    m_rows[Field::ApiServerUrl].edit->setAccessibleName(tr("API server URL"));
    m_rows[Field::ClusterCidr].label->setText(tr("&Cluster (pod) CIDR:"));
    m_rows[Field::ClusterCidr].edit->setPlaceholderText(NetworkSettings::defaultClusterCidr());
    m_rows[Field::ClusterCidr].edit->setAccessibleName(tr("Cluster CIDR"));
    m_rows[Field::ServiceCidr].label->setText(tr("&Service CIDR:"));
    m_rows[Field::ServiceCidr].edit->setPlaceholderText(NetworkSettings::defaultServiceCidr());
    m_rows[Field::ServiceCidr].edit->setAccessibleName(tr("Service CIDR"));
}

void NetworkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshFeedback();
    }
    QWizardPage::changeEvent(event);
}

} // namespace podnet
