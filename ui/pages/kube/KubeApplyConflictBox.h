// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ManifestApplyResult.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace podnet {

/// Shown when an apply stopped at a 409 conflict: which fields which other managers own, what
/// "Take ownership" would do, and the button that does it.
class KubeApplyConflictBox : public QFrame
{
    Q_OBJECT
public:
    explicit KubeApplyConflictBox(QWidget *parent = nullptr);

    /// Shows the conflict of \a result (Outcome::Conflict) and becomes visible.
    void showConflict(const ManifestApplyResult &result);
    /// Hides and forgets the conflict.
    void clear();
    void setButtonEnabled(bool enabled);
    void retranslate();

Q_SIGNALS:
    void takeOwnershipRequested();

private:
    std::optional<ManifestApplyResult> m_result;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace podnet
