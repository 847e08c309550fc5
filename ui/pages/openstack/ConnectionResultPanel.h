// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpFailure.h"
#include "openstack/ConnectionCheckResult.h"

#include <QFrame>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podnet {

/// What "Test connection" found: the user, project, region and network endpoint, the three
/// Neutron extensions PodNet cares about (marked ✓/✗ in words, not only colour), or a failure
/// message that says what to do, with the technical details behind a toggle.
class ConnectionResultPanel : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Idle, Running, Succeeded, Failed, Cancelled, Outdated };
    Q_ENUM(Mode)

    explicit ConnectionResultPanel(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Nothing tested yet (or nothing worth showing).
    void showIdle();
    void showRunning();
    void showResult(const ConnectionCheckResult &result);
    /// \a partial is what the check found before it failed (may be empty).
    void showFailure(const HttpFailure &failure, const ConnectionCheckResult &partial);
    void showCancelled();
    /// A result was shown but the values changed since.
    void showOutdated();

    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addValueRow(const char *objectName);
    void render();
    void renderExtension(QLabel *label, bool known, bool present, const QString &alias,
                         const QString &whenPresent, const QString &whenMissing);

    Mode m_mode = Mode::Idle;
    ConnectionCheckResult m_result;
    HttpFailure m_failure;

    QLabel *m_summary;
    QFormLayout *m_form;
    QLabel *m_user;
    QLabel *m_project;
    QLabel *m_region;
    QLabel *m_endpoint;
    QLabel *m_addressPairs;
    QLabel *m_portSecurity;
    QLabel *m_revisionIfMatch;
    QLabel *m_pairLimit;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

} // namespace podnet
