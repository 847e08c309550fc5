// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/KubeVerbCommand.h"
#include "kube/KubeStatus.h"
#include "kube/ManifestDiffEntry.h"

#include <QJsonArray>
#include <QList>

#include <functional>

namespace podnet {

class ManifestDiffJob;

/// `podnet-wizard k8s diff`: a server-side dry run of the manifest, + ~ = lines with unified
/// diffs and totals. Changes nothing; exit 1 when an object would fail or conflict.
class KubeDiffCommand : public KubeVerbCommand
{
    Q_OBJECT
public:
    using KubeVerbCommand::KubeVerbCommand;

    void start() override;

    /// Runs the preview and calls \a done with the finished job (owned by \a context, deleted
    /// after the call). Used by apply too.
    static void preview(const KubeVerbContext &context, QObject *owner,
                        std::function<void(ManifestDiffJob *job)> done);
    /// The entries as JSON.
    static QJsonArray toJson(const QList<ManifestDiffEntry> &entries);
    /// Reports a conflict on \a object: every field with its manager, and how to go ahead.
    static void reportConflict(KubeCommandOutput &output, const QString &object,
                               const QList<KubeStatus::Cause> &conflicts, bool suggestForce);
    /// "created", "configured", … (untranslated JSON keys).
    static QString actionKey(ManifestDiffEntry::Action action);
};

} // namespace podnet
