// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// One finding of the pre-flight checks before installing kube-router.
struct PreflightItem
{
    enum class Severity { Ok, Info, Warning, Error };

    QString id; ///< stable, e.g. "stale-kubeconfig", "node-without-pod-range"
    Severity severity = Severity::Ok;
    QString title;        ///< translated, one line
    QString explanation;  ///< translated: what is wrong and what to do
    QStringList commands; ///< exact commands to show (copyable); may be empty

    static bool anyError(const QList<PreflightItem> &items)
    {
        for (const PreflightItem &item : items) {
            if (item.severity == Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace podnet
