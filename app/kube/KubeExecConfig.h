// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace podnet {

/// A kubeconfig user's `exec` section: a credential plugin to run (kubelogin, aws,
/// gke-gcloud-auth-plugin).
struct KubeExecConfig
{
    QString command; ///< as written; a path with a slash is relative to workingDirectory
    QStringList args;
    QList<QPair<QString, QString>> env; ///< added to the plugin's environment
    QString apiVersion;                 ///< client.authentication.k8s.io/v1 or v1beta1
    QString installHint;                ///< shown when the command is missing
    QString interactiveMode;            ///< Never, IfAvailable, Always (we are never interactive)
    QString workingDirectory;           ///< the folder of the kubeconfig file that named the plugin

    friend bool operator==(const KubeExecConfig &, const KubeExecConfig &) = default;
};

} // namespace podnet
