// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/PreflightInput.h"
#include "kube/PreflightItem.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace podnet {

class KubeClient;
class KubeReply;

/// The pre-flight checks before installing kube-router: reads kube-system/kube-router-cfg,
/// the nodes and kube-system/kube-proxy (in parallel), then runs PreflightChecks on them.
/// A read that fails becomes a Warning item instead of stopping the others. Reports once
/// through finished() and deletes itself afterwards.
class PreflightCheck : public QObject
{
    Q_OBJECT
public:
    /// \a input carries the entered values and the rendered manifest; the job fills in the rest.
    PreflightCheck(KubeClient *client, const PreflightInput &input, QObject *parent = nullptr);
    ~PreflightCheck() override;

    void start();

    QList<PreflightItem> items() const { return m_items; }
    /// What was fetched, as the checks saw it.
    PreflightInput input() const { return m_input; }

Q_SIGNALS:
    void finished();

private:
    void track(KubeReply *reply);
    void readFailed(const char *id, const QString &title, KubeReply *reply);
    void maybeDone();

    QPointer<KubeClient> m_client;
    PreflightInput m_input;
    QList<PreflightItem> m_items;
    QList<PreflightItem> m_readProblems;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace podnet
