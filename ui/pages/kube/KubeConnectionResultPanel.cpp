// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeConnectionResultPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace podnet {

KubeConnectionResultPanel::KubeConnectionResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_detailsButton(new QPushButton(this))
    , m_details(new QPlainTextEdit(this))
{
    m_busy->setObjectName(QStringLiteral("kubeTestProgress"));
    m_cancel->setObjectName(QStringLiteral("kubeTestCancelButton"));
    m_summary->setObjectName(QStringLiteral("kubeTestSummary"));
    m_detailsButton->setObjectName(QStringLiteral("kubeTestDetailsButton"));
    m_details->setObjectName(QStringLiteral("kubeTestDetails"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsButton->setCheckable(true);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsButton);
    detailsRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(busyRow);
    layout->addWidget(m_summary);
    layout->addLayout(detailsRow);
    layout->addWidget(m_details);

    connect(m_cancel, &QPushButton::clicked, this, &KubeConnectionResultPanel::cancelRequested);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    retranslateUi();
    showIdle({});
}

void KubeConnectionResultPanel::showIdle(const QString &hint)
{
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    setSummary(hint, false);
    setDetail({});
}

void KubeConnectionResultPanel::showBusy(const QString &text)
{
    m_busy->setVisible(true);
    m_cancel->setVisible(true);
    setSummary(text, false);
    setDetail({});
}

void KubeConnectionResultPanel::showFailure(const QString &message, const QString &detail)
{
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    setSummary(tr("✖ %1").arg(message), true);
    setDetail(detail);
}

void KubeConnectionResultPanel::showSuccess(const KubeConnectionCheckResult &result,
                                            const QList<ManifestResource> &kinds)
{
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    QStringList lines;
    lines << (result.platform.isEmpty() ? tr("✔ Connected: Kubernetes %1.").arg(result.gitVersion)
                                        : tr("✔ Connected: Kubernetes %1 (%2).")
                                                  .arg(result.gitVersion, result.platform));
    if (!result.identityKnown) {
        lines << tr("The server does not say who you are (it offers no SelfSubjectReview); "
                    "that is fine for the test.");
    } else if (result.groups.isEmpty()) {
        lines << tr("You are %1.").arg(result.userName);
    } else {
        lines << tr("You are %1, in the groups %2.")
                         .arg(result.userName, QLocale().createSeparatedList(result.groups));
    }
    lines << resourceLines(result, kinds);
    if (!result.skippedGroupVersions.isEmpty()) {
        lines << tr("These API groups did not answer and were skipped: %1.")
                         .arg(result.skippedGroupVersions.join(QStringLiteral(", ")));
    }
    setSummary(lines.join(QLatin1Char('\n')), false);
    setDetail({});
}

QString KubeConnectionResultPanel::resourceLines(const KubeConnectionCheckResult &result,
                                                 const QList<ManifestResource> &kinds)
{
    if (kinds.isEmpty()) {
        return tr("The server offers %n kind(s). Load kube-router's manifest to see how its "
                  "kinds map to them.",
                  nullptr, static_cast<int>(result.resources.size()));
    }
    QStringList lines {tr("The manifest's kinds on this server:")};
    QSet<QString> seen;
    for (const ManifestResource &object : kinds) {
        const QString key = object.apiVersion + QLatin1Char('/') + object.kind;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const auto resource = result.resources.find(object.apiVersion, object.kind);
        if (!resource) {
            lines << tr("✖ %1 (%2): the server does not offer this kind; applying it will fail.")
                             .arg(object.kind, object.apiVersion);
        } else if (resource->namespaced) {
            lines << tr("✔ %1 (%2) → %3, per namespace")
                             .arg(object.kind, object.apiVersion, resource->name);
        } else {
            lines << tr("✔ %1 (%2) → %3, cluster-wide")
                             .arg(object.kind, object.apiVersion, resource->name);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString KubeConnectionResultPanel::text() const
{
    return m_summary->text();
}

QString KubeConnectionResultPanel::detailText() const
{
    return m_details->toPlainText();
}

bool KubeConnectionResultPanel::isBusy() const
{
    return !m_busy->isHidden();
}

void KubeConnectionResultPanel::setSummary(const QString &text, bool error)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
    m_summary->setAccessibleDescription(text);
    // Red for failures; the ✖ says the same without colour.
    m_summary->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void KubeConnectionResultPanel::setDetail(const QString &detail)
{
    m_details->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_detailsButton->setChecked(false);
    m_details->setVisible(!detail.isEmpty() && m_detailsButton->isChecked());
}

void KubeConnectionResultPanel::retranslateUi()
{
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_cancel->setText(tr("Cancel test"));
    m_cancel->setAccessibleName(tr("Cancel the connection test"));
    m_summary->setAccessibleName(tr("Connection test result"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    m_details->setAccessibleName(tr("Technical details"));
}

void KubeConnectionResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
