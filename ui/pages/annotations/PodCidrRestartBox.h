// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/KubeRouterPodRestartJob.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace podnet {

class KubeClient;

/// The offer after an apply: kube-router reads a node's pod range only when it starts, so its
/// pods on the nodes that just got annotations still run (or crash-loop) without them. The box
/// says so, names the nodes and restarts kube-router there on request
/// (KubeRouterPodRestartJob: the pods are deleted and the DaemonSet starts new ones). Hidden
/// while there is nothing to offer.
class PodCidrRestartBox : public QWidget
{
    Q_OBJECT
public:
    explicit PodCidrRestartBox(QWidget *parent = nullptr);

    /// Offers to restart kube-router on \a nodes (hidden when empty).
    void offer(KubeClient *client, const QStringList &nodes);
    /// Withdraws the offer (a running restart goes on to its end).
    void clear();
    /// A restart goes on.
    bool isBusy() const { return !m_job.isNull(); }
    /// The nodes offered.
    QStringList nodes() const { return m_nodes; }
    /// The restart button (for the page's tab order).
    QPushButton *button() const { return m_button; }
    /// Lets the page switch the button off while another run goes on.
    void setButtonEnabled(bool enabled);

Q_SIGNALS:
    void busyChanged();
    /// One node is through; \a line is kubectl-like for the log.
    void nodeFinished(const podnet::KubeRouterPodRestartJob::Result &result, const QString &line);
    /// The restart is over: \a ok when every node restarted (or had no pod); otherwise
    /// \a message says what went wrong, \a detail is technical.
    void finished(bool ok, const QString &message, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restart();
    void onFinished();
    void showText();
    void retranslateUi();

    QPointer<KubeClient> m_client;
    QPointer<KubeRouterPodRestartJob> m_job;
    QStringList m_nodes;
    bool m_done = false;
    bool m_ok = false;
    bool m_buttonEnabled = true;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace podnet
