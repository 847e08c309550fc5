// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupStep.h"

namespace podnet {

QString SetupStepText::name(SetupStep step)
{
    switch (step) {
    case SetupStep::Ports:
        return tr("Allowed address pairs", "@item step");
    case SetupStep::PodRanges:
        return tr("Pod ranges", "@item step");
    case SetupStep::Manifest:
        return tr("kube-router objects", "@item step");
    case SetupStep::Ready:
        break;
    }
    return tr("Nodes Ready", "@item step");
}

QString SetupStepText::state(SetupStepState state)
{
    switch (state) {
    case SetupStepState::Pending:
        return tr("Pending", "@item step state");
    case SetupStepState::Skipped:
        return tr("Skipped", "@item step state");
    case SetupStepState::Running:
        return tr("Running", "@item step state");
    case SetupStepState::Done:
        return tr("Done", "@item step state");
    case SetupStepState::Failed:
        return tr("Failed", "@item step state");
    case SetupStepState::Cancelled:
        break;
    }
    return tr("Cancelled", "@item step state");
}

QString SetupStepText::key(SetupStep step)
{
    switch (step) {
    case SetupStep::Ports:
        return QStringLiteral("ports");
    case SetupStep::PodRanges:
        return QStringLiteral("podRanges");
    case SetupStep::Manifest:
        return QStringLiteral("manifest");
    case SetupStep::Ready:
        break;
    }
    return QStringLiteral("ready");
}

QString SetupStepText::key(SetupStepState state)
{
    switch (state) {
    case SetupStepState::Pending:
        return QStringLiteral("pending");
    case SetupStepState::Skipped:
        return QStringLiteral("skipped");
    case SetupStepState::Running:
        return QStringLiteral("running");
    case SetupStepState::Done:
        return QStringLiteral("done");
    case SetupStepState::Failed:
        return QStringLiteral("failed");
    case SetupStepState::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace podnet
