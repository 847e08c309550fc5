// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/annotations/PodCidrNode.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace podnet {

/// One run's pod-range journal, as PodCidrJournal writes it and PodCidrJournalStore reads it
/// back: which cluster (never a credential), and per node what was about to be set, what was
/// there before, and whether the patch landed.
struct PodCidrJournalRun
{
    enum class End {
        Open,      ///< no final line: still running, or the program ended mid-run
        Finished,  ///< the run went through every node
        Cancelled, ///< the user stopped it; the node lines say what landed
    };

    /// One node of the run.
    struct Change
    {
        enum class State {
            Begun,   ///< the patch was about to be sent; it may or may not have landed
            Changed, ///< the server confirmed the patch
            Failed,  ///< the server refused it (a timeout may still have landed)
        };

        QString node;
        QDateTime time;
        QString resourceVersionBefore;
        PodCidrNode::Annotations set;    ///< both keys as this run wanted them (absent: removed)
        PodCidrNode::Annotations before; ///< both keys as they were before
        PodCidrNode::Annotations after;  ///< as the server answered (Changed)
        QString resourceVersionAfter;
        State state = State::Begun;
        QString message; ///< for Failed
    };

    QString runId;
    QDateTime startedAt;
    QString kind = QStringLiteral("annotate"); ///< "annotate" or "unannotate"
    QString undoOf;                            ///< for unannotate runs: the run undone
    QUrl server;                               ///< the API server, without user info or query
    QString context;                           ///< the kubeconfig context
    QString clusterCidr;

    QList<Change> changes; ///< one per node, in the order they were begun

    End end = End::Open;
    QDateTime endedAt;
    int changedCount = 0; ///< from the final line (or the Changed nodes of an open run)
    int unchangedCount = 0;
    int failedCount = 0;
};

} // namespace podnet
