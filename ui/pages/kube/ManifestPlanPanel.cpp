// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestPlanPanel.h"

#include "KubeApplyObjectList.h"
#include "KubeApplyPreview.h"
#include "ManifestDiffHighlighter.h"
#include "SetupState.h"
#include "kube/KubeClient.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podnet {

ManifestPlanPanel::ManifestPlanPanel(SetupState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_preview(new KubeApplyPreview(this))
    , m_status(new QLabel(this))
    , m_objectsLabel(new QLabel(this))
    , m_objects(new KubeApplyObjectList(this))
    , m_detailLabel(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_highlighter(new ManifestDiffHighlighter(m_detail->document()))
    , m_again(new QPushButton(this))
    , m_command(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("manifestPlanStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_objects->setObjectName(QStringLiteral("manifestObjectList"));
    m_objectsLabel->setBuddy(m_objects);
    m_detail->setObjectName(QStringLiteral("manifestDiffView"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailLabel->setBuddy(m_detail);
    m_again->setObjectName(QStringLiteral("dryRunAgainButton"));
    m_command->setObjectName(QStringLiteral("manifestCommand"));
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_objectsLabel);
    leftLayout->addWidget(m_objects);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailLabel);
    rightLayout->addWidget(m_detail);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_command);

    connect(m_objects, &QTreeWidget::currentItemChanged, this,
            &ManifestPlanPanel::showSelectedDetail);
    connect(m_again, &QPushButton::clicked, this, &ManifestPlanPanel::refresh);
    connect(m_preview, &KubeApplyPreview::finished, this, &ManifestPlanPanel::previewFinished);
    retranslateUi();
}

ManifestPlanPanel::~ManifestPlanPanel() = default;

KubeClient *ManifestPlanPanel::client() const
{
    KubeState *kube = m_state->kube();
    return kube->hasConnection() ? kube->client() : nullptr;
}

void ManifestPlanPanel::refresh()
{
    m_preview->clear();
    m_objects->setPreview({});
    m_detail->clear();
    if (KubeClient *kube = client()) {
        const auto &check = m_state->kube()->checkResult();
        m_preview->start(kube, m_state->render().text,
                         check ? check->resources : KubeResourceMap());
    }
    m_again->setEnabled(false);
    showStatus();
    Q_EMIT readyChanged();
}

bool ManifestPlanPanel::isRunning() const
{
    return m_preview->isRunning();
}

bool ManifestPlanPanel::isReady() const
{
    if (!m_preview->isDone() || !m_preview->errorMessage().isEmpty())
        return false;
    const QList<ManifestDiffEntry> all = m_preview->entries();
    return std::none_of(all.cbegin(), all.cend(), [](const ManifestDiffEntry &entry) {
        return entry.action == ManifestDiffEntry::Action::Failed;
    });
}

QList<ManifestDiffEntry> ManifestPlanPanel::entries() const
{
    return m_preview->entries();
}

QString ManifestPlanPanel::totalsText() const
{
    return m_preview->totalsText();
}

void ManifestPlanPanel::previewFinished()
{
    m_objects->setPreview(m_preview->entries());
    // The first change is the interesting row.
    if (QTreeWidgetItem *item = m_objects->topLevelItem(m_preview->firstChange()))
        m_objects->setCurrentItem(item);
    showSelectedDetail();
    m_again->setEnabled(true);
    showStatus();
    Q_EMIT readyChanged();
}

void ManifestPlanPanel::showSelectedDetail()
{
    QTreeWidgetItem *item = m_objects->currentItem();
    const int row = item ? m_objects->indexOfTopLevelItem(item) : -1;
    const QString text = m_objects->detailText(row);
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void ManifestPlanPanel::showStatus()
{
    if (!client()) {
        m_status->setText(tr("ℹ There is no connection to a Kubernetes cluster, so kube-router "
                             "is not installed by this run."));
    } else if (m_preview->isRunning()) {
        m_status->setText(tr("⏳ Asking the cluster what applying each object would change (a "
                             "server-side dry run; nothing is changed)…"));
    } else if (!m_preview->errorMessage().isEmpty()) {
        m_status->setText(tr("✖ %1 Press Dry run again to retry.").arg(m_preview->errorMessage()));
    } else if (m_preview->isDone()) {
        m_status->setText(m_preview->totalsText());
    } else {
        m_status->clear();
    }
    m_status->setToolTip(m_preview->errorDetail());
}

void ManifestPlanPanel::retranslateUi()
{
    m_objectsLabel->setText(tr("&Objects:", "@label"));
    m_objects->setAccessibleName(tr("kube-router objects and what applying them changes"));
    m_detailLabel->setText(tr("&Difference with the live cluster:", "@label"));
    m_detail->setAccessibleName(tr("Difference of the selected object", "@label"));
    m_again->setText(tr("&Dry run again", "@action:button"));
    m_again->setAccessibleName(tr("Ask the cluster again what would change", "@action:button"));
    m_command->setText(tr("Same as: kubectl apply --server-side --field-manager=%1 "
                          "--dry-run=server -f kube-router.yaml")
                               .arg(QLatin1String(KubeClient::fieldManager)));
    m_command->setAccessibleName(tr("Equivalent kubectl command", "@label"));
    m_objects->retranslate();
    showSelectedDetail();
    showStatus();
}

void ManifestPlanPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
