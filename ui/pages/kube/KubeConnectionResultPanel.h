// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConnectionCheckResult.h"
#include "manifest/ManifestResource.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace podnet {

/// What "Test connection" is doing or found: a busy bar with Cancel, a failure with its
/// technical details one click away, or the server's version, the user and how the manifest's
/// kinds map to resources. The page passes translated texts and calls again on LanguageChange.
class KubeConnectionResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KubeConnectionResultPanel(QWidget *parent = nullptr);

    /// A plain hint (may be empty), nothing running.
    void showIdle(const QString &hint);
    /// Something runs: \a text with a busy bar and Cancel.
    void showBusy(const QString &text);
    /// A problem in red with a ✖; \a detail goes behind "Details".
    void showFailure(const QString &message, const QString &detail);
    /// A successful check; \a kinds are the manifest's objects (may be empty).
    void showSuccess(const KubeConnectionCheckResult &result, const QList<ManifestResource> &kinds);

    /// The summary as shown (for tests and accessibility).
    QString text() const;
    QString detailText() const;
    bool isBusy() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setSummary(const QString &text, bool error);
    void setDetail(const QString &detail);
    static QString resourceLines(const KubeConnectionCheckResult &result,
                                 const QList<ManifestResource> &kinds);
    void retranslateUi();

    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

} // namespace podnet
