// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyConflictBox.h"

#include "kube/ManifestApplyJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace podnet {

KubeApplyConflictBox::KubeApplyConflictBox(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictBox"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("takeOwnershipButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &KubeApplyConflictBox::takeOwnershipRequested);
    retranslate();
    setVisible(false);
}

void KubeApplyConflictBox::showConflict(const ManifestApplyResult &result)
{
    m_result = result;
    retranslate();
    setVisible(true);
}

void KubeApplyConflictBox::clear()
{
    m_result.reset();
    m_text->clear();
    setVisible(false);
}

void KubeApplyConflictBox::setButtonEnabled(bool enabled)
{
    m_button->setEnabled(enabled);
}

void KubeApplyConflictBox::retranslate()
{
    m_button->setText(tr("&Take ownership", "@action:button"));
    m_button->setAccessibleName(tr("Take ownership of the conflicting fields"));
    m_text->setAccessibleName(tr("Conflict"));
    if (!m_result)
        return;
    m_text->setText(
            tr("⚠ %1\n\n\"Take ownership\" applies %2 again with force: podnet-wizard "
               "becomes the owner of these fields and sets them to the manifest's "
               "values. The other tools keep their other fields, but may change these "
               "back the next time they run.")
                    .arg(ManifestApplyJob::conflictMessage(m_result->item, m_result->conflicts),
                         m_result->item.kubectlName()));
}

} // namespace podnet
