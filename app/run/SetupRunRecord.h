// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupPlan.h"
#include "run/SetupStep.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// Everything a report, an exported script and "undo this run" need to know about one run,
/// and nothing secret: the settings as chosen (no password, token or key), the plan, each
/// step's outcome and timing, and the nodes as they ended.
struct SetupRunRecord
{
    /// The non-secret settings the run used.
    struct Settings
    {
        QString cloudName; ///< clouds.yaml cloud, or empty
        QString authUrl;   ///< Keystone
        QString userName;
        QString projectName;
        QString regionName;
        QString kubeconfigPath; ///< empty when typed in
        QString kubeContext;
        QString kubeServer;   ///< the API server the wizard talked to
        QString apiServerUrl; ///< as the nodes reach it (rendered into the manifest)
        QString clusterCidr;
        QString serviceCidr;
        QString templateSource; ///< "builtin", a URL or a file path
        QString imageTag;       ///< empty: upstream's image
        QString portPattern;    ///< empty: all compute ports
        bool demo = false;      ///< the built-in simulators
    };

    /// One step as it went.
    struct Step
    {
        SetupStep step = SetupStep::Ports;
        SetupStepState state = SetupStepState::Pending;
        QDateTime startedAt; ///< invalid when it never started
        QDateTime finishedAt;
        QString summary;   ///< translated one-liner ("3 ports changed, 1 already complete")
        QStringList lines; ///< translated, one per port / node / object
        QString message;   ///< translated, for Failed: what happened and what to do
    };

    /// One node as the run left it.
    struct Node
    {
        QString name;
        QString status; ///< as kubectl prints it ("Ready", "NotReady,SchedulingDisabled")
        QString internalIp;
        QString podCidr;
        QString coverage;    ///< translated: whether the port pairs cover this node
        QString whyNotReady; ///< translated; empty when Ready
    };

    QString runId; ///< shared by the journals of this run
    /// PairJournal run ids, one per attempt that changed a port (a retry journals anew).
    QStringList portsJournalRunIds;
    /// PodCidrJournal run ids, one per attempt that changed a node.
    QStringList podRangesJournalRunIds;
    Settings settings;
    SetupPlan plan;
    QList<Step> steps; ///< in allSetupSteps order
    QList<Node> nodes;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool allReady = false;

    bool isOk() const
    {
        for (const Step &s : steps) {
            if (s.state == SetupStepState::Failed || s.state == SetupStepState::Cancelled)
                return false;
        }
        return !steps.isEmpty();
    }
};

} // namespace podnet
