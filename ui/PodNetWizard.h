// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetupState.h"
#include "manifest/TemplateCache.h"

#include <QNetworkAccessManager>
#include <QWizard>

namespace podnet {

class LanguageManager;

/// The wizard: owns the shared state and the pages. Branching, if any, lives in nextId().
class PodNetWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, NetworkPageId, ManifestSourcePageId, PreviewPageId };
    Q_ENUM(PageId)

    explicit PodNetWizard(LanguageManager *languages, const TemplateCache &cache = TemplateCache(),
                          QWidget *parent = nullptr);

    SetupState *state() { return &m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QNetworkAccessManager m_network; // before m_state, which uses it
    SetupState m_state;
};

} // namespace podnet
