// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeConnectionCheckResult.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace podnet {

class KubeConnectionCheck;
class KubeConnectionResultPanel;
class KubeConnectionSourceBox;
struct KubeConfigError;
class SetupState;

/// Which Kubernetes cluster to install into: a kubeconfig (KUBECONFIG's files merged first-wins,
/// or ~/.kube/config, or a file the person picks) and one of its contexts, or a server URL, CA
/// file and token typed in. "Test connection" asks /version, who we are and API discovery; its
/// success is kept in state->kube(). Complete once the test succeeded, or when the person skips
/// (field "kubeSkipped", property "skipped"). Kubeconfig files are only read.
class KubeConnectionPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(bool skipped READ isSkipped NOTIFY skippedChanged)
public:
    explicit KubeConnectionPage(SetupState *state, QWidget *parent = nullptr);
    ~KubeConnectionPage() override;

    /// Looks for kubeconfigs as if KUBECONFIG were \a kubeconfigVariable and HOME \a homeDir
    /// (instead of the process's own; for tests), and reloads.
    void setEnvironment(const QString &kubeconfigVariable, const QString &homeDir);

    bool isComplete() const override;
    void initializePage() override;

    /// "Skip: I'll install kube-router myself" is ticked.
    bool isSkipped() const;
    /// A connection test (or its credential plugin) is running.
    bool isTesting() const;

Q_SIGNALS:
    void skippedChanged(bool skipped);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { Idle, Problem, Plugin, Checking, Failed, Succeeded, Cancelled };

    void onSourceChanged();
    void startTest();
    void runCheck();
    void onCheckFinished(const KubeConnectionCheckResult &result);
    void cancelTest();
    void stopRunning();
    void renewClient();
    void fillApiServer();
    void setProblem(const KubeConfigError &error);
    void refresh();
    void refreshStatus();
    void retranslateUi();

    SetupState *m_state;
    QPointer<KubeConnectionCheck> m_check;
    quint64 m_run = 0;
    bool m_pluginRunning = false;

    Status m_status = Status::Idle;
    QString m_statusMessage;
    QString m_statusDetail;
    std::optional<KubeConnectionCheckResult> m_result;
    bool m_filledApiServer = false;

    QLabel *m_intro;
    KubeConnectionSourceBox *m_source;
    QLabel *m_warnings;
    QLabel *m_insecure;
    QPushButton *m_testButton;
    KubeConnectionResultPanel *m_panel;
    QLabel *m_apiServerNote;
    QCheckBox *m_skip;
};

} // namespace podnet
