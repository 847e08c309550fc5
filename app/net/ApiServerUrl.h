// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ValidationMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace podnet {

/// Checks the Kubernetes API server URL that goes into kube-router's kubeconfig
/// (the tutorial's https://${KUBERNETES_PUBLIC_ADDRESS}:6443).
class ApiServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ApiServerUrl)
public:
    /// Errors and warnings for \a text, most important first; empty when all is well.
    /// A value without errors is safe to substitute literally and with sed alike.
    static QList<ValidationMessage> check(const QString &text);

    /// True for hosts that only ever mean "this machine" (localhost, 127.0.0.0/8, ::1).
    static bool isLoopbackHost(const QString &host);

private:
    /// The first error (with its own one-step fix) or the warnings.
    static QList<ValidationMessage> problems(const QString &text);
};

} // namespace podnet
