// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/ProfileCommandOptions.h"
#include "profile/Profile.h"
#include "run/SetupStep.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace podnet {

class KubeConfirmPrompt;
class PortsInterrupt;
class ProfileConnector;
class SetupPlanJob;
class SetupRun;
class SetupState;

/// `podnet-wizard plan --profile FILE` and `podnet-wizard apply --profile FILE`: the whole
/// flow of the wizard, headless, from a profile. Both read the profile (a bad one stops with
/// every error as FILE:LINE:COLUMN and exit code 2), connect both sides (ProfileConnector) and
/// compute the combined plan (SetupPlanJob). `plan` prints it; `apply` prints it, asks unless
/// --yes, then runs it (SetupRun) printing each log line and step result.
class ProfileCommand : public QObject
{
    Q_OBJECT
public:
    explicit ProfileCommand(QObject *parent = nullptr);
    ~ProfileCommand() override;

    /// Parses \a arguments (the program name, "plan" or "apply", options) and starts. Emits
    /// done() exactly once, possibly before returning.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    void makePlan();
    void onPlanned();
    void runApply();
    void onStepState(SetupStep step, SetupStepState state);
    void onRunFinished(bool ok);
    void onInterrupted();
    void info(const QString &text);
    void error(const QString &text);
    void finish(int exitCode);

    ProfileCommandOptions m_options;
    Profile m_profile;
    QNetworkAccessManager m_network;
    std::unique_ptr<SetupState> m_state;
    std::unique_ptr<ProfileConnector> m_connector;
    std::unique_ptr<SetupPlanJob> m_planJob;
    std::unique_ptr<SetupRun> m_run;
    std::unique_ptr<KubeConfirmPrompt> m_prompt;
    std::unique_ptr<PortsInterrupt> m_interrupt;
    bool m_done = false;
};

} // namespace podnet
