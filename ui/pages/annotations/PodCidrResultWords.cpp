// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrResultWords.h"

namespace podnet {

namespace {

using Kind = PodCidrTableModel::ResultKind;
using Row = PodCidrTableModel::RowResult;
using State = PodCidrPatchJob::Result::State;

} // namespace

Row PodCidrResultWords::waiting()
{
    return {Kind::Busy, tr("⏳ waiting", "@item:intable result"), {}, {}};
}

Row PodCidrResultWords::applyResult(const PodCidrPatchJob::Result &result)
{
    switch (result.state) {
    case State::Pending:
        return waiting();
    case State::Done:
        return {Kind::Ok, tr("✔ annotated", "@item:intable result"), {}, {}};
    case State::Unchanged:
        return {Kind::Note, tr("= unchanged", "@item:intable result"), result.message, {}};
    case State::Skipped:
        return {Kind::Note, tr("skipped", "@item:intable result"), result.message, {}};
    case State::ChangedSince:
        return {Kind::Failed, tr("✖ changed since", "@item:intable result"), result.message,
                result.detail};
    case State::Gone:
        return {Kind::Failed, tr("✖ node deleted", "@item:intable result"), result.message,
                result.detail};
    case State::Failed:
        return {Kind::Failed, tr("✖ failed", "@item:intable result"), result.message,
                result.detail};
    case State::NotTried:
        return {Kind::Failed, tr("✖ not tried", "@item:intable result"), result.message,
                result.detail};
    case State::Cancelled:
        break;
    }
    return {Kind::Note, tr("stopped", "@item:intable result"), result.message, result.detail};
}

Row PodCidrResultWords::undoResult(const PodCidrPatchJob::Result &result)
{
    switch (result.state) {
    case State::Done:
        return {Kind::Ok, tr("✔ taken back", "@item:intable result"), {}, {}};
    case State::Unchanged:
        return {Kind::Note, tr("= already back", "@item:intable result"), result.message, {}};
    case State::ChangedSince:
        return {Kind::Note, tr("left alone: changed since", "@item:intable result"), result.message,
                result.detail};
    case State::Gone:
        return {Kind::Note, tr("left alone: node deleted", "@item:intable result"), result.message,
                result.detail};
    default:
        return applyResult(result);
    }
}

Row PodCidrResultWords::restartResult(const KubeRouterPodRestartJob::Result &result)
{
    using RestartState = KubeRouterPodRestartJob::Result::State;
    switch (result.state) {
    case RestartState::Pending:
        return {Kind::Busy, tr("⏳ restarting kube-router", "@item:intable result"), {}, {}};
    case RestartState::NoPod:
        return {Kind::Note,
                tr("✔ annotated; no kube-router pod", "@item:intable result"),
                KubeRouterPodRestartJob::line(result),
                {}};
    case RestartState::Restarted:
        return {Kind::Ok,
                tr("✔ annotated, kube-router restarted", "@item:intable result"),
                KubeRouterPodRestartJob::line(result),
                {}};
    case RestartState::Failed:
        break;
    }
    return {Kind::Failed, tr("✖ kube-router not restarted", "@item:intable result"), result.message,
            result.detail};
}

} // namespace podnet
