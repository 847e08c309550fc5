// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Steps the node tests take against the Kubernetes simulator.

#include "TestData.h"
#include "kube/KubeClient.h"
#include "kube/ManifestApplyJob.h"
#include "manifest/ManifestRenderer.h"
#include "sim/kube/KubeNodeSpec.h"

#include <QSignalSpy>

namespace podnet::test {

/// A node of the simulated cluster with just a name and an internal IP.
inline sim::KubeNodeSpec nodeSpec(const QString &name, const QString &ip)
{
    sim::KubeNodeSpec spec;
    spec.name = name;
    spec.internalIP = ip;
    return spec;
}

/// Applies the built-in kube-router manifest through \a client, as the wizard would.
inline bool applyBuiltInManifest(KubeClient *client)
{
    const QByteArray manifest
            = ManifestRenderer::render(readAll(builtInTemplatePath()),
                                       {QStringLiteral("https://10.0.0.10:6443"),
                                        QStringLiteral("10.200.0.0/16"), QString()})
                      .text;
    ManifestApplyJob job(client, manifest);
    QSignalSpy finished(&job, &ManifestApplyJob::finished);
    job.start();
    return finished.wait(20000) && job.isOk();
}

} // namespace podnet::test
