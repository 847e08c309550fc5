// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileCommand.h"

#include "SetupState.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/KubeConfirmPrompt.h"
#include "cli/PortsInterrupt.h"
#include "cli/ProfileConnector.h"
#include "profile/ProfileReader.h"
#include "profile/ProfileStateMapper.h"
#include "run/SetupPlanJob.h"
#include "run/SetupRun.h"
#include "run/SetupSettingsSnapshot.h"

#include <QJsonDocument>

namespace podnet {

ProfileCommand::ProfileCommand(QObject *parent)
    : QObject(parent)
{ }

ProfileCommand::~ProfileCommand() = default;

void ProfileCommand::start(const QStringList &arguments)
{
    m_options = ProfileCommandOptions::parse(arguments);
    if (m_options.showHelp) {
        ConsoleOutput::writeData(m_options.helpText.toUtf8());
        return finish(ExitOk);
    }
    for (const QString &text : std::as_const(m_options.errors))
        error(text);
    if (!m_options.errors.isEmpty())
        return finish(ExitBadInput);

    const ProfileReader::Result read = ProfileReader::readFile(m_options.profileFile);
    if (!read.ok()) {
        for (const ProfileProblem &problem : read.errors)
            ConsoleOutput::writeMessage(problem.toText());
        error(tr("The profile %1 has %n error(s); nothing was changed. Fix the lines above (the "
                 "keys are described in docs/profile.md).",
                 nullptr, static_cast<int>(read.errors.size()))
                      .arg(m_options.profileFile));
        return finish(ExitBadInput);
    }
    m_profile = *read.profile;
    if (m_options.apply && !m_options.yes && !KubeConfirmPrompt::isInteractive()) {
        error(tr("Standard input is not a terminal, so nobody can confirm the changes. Check "
                 "them with \"podnet-wizard plan --profile %1\", then add --yes.")
                      .arg(m_options.profileFile));
        return finish(ExitBadInput);
    }

    m_interrupt = std::make_unique<PortsInterrupt>();
    connect(m_interrupt.get(), &PortsInterrupt::interrupted, this, &ProfileCommand::onInterrupted);
    m_state = std::make_unique<SetupState>(&m_network);
    m_connector = std::make_unique<ProfileConnector>(m_profile, m_state.get(),
                                                     QProcessEnvironment::systemEnvironment());
    connect(m_connector.get(), &ProfileConnector::failed, this, &ProfileCommand::finish);
    connect(m_connector.get(), &ProfileConnector::connected, this, &ProfileCommand::makePlan);
    m_connector->start();
}

void ProfileCommand::makePlan()
{
    m_planJob = std::make_unique<SetupPlanJob>(m_state.get());
    m_planJob->setPortSelection(ProfileStateMapper::portSelection(m_profile));
    connect(m_planJob.get(), &SetupPlanJob::finished, this, &ProfileCommand::onPlanned);
    m_planJob->start();
}

void ProfileCommand::onPlanned()
{
    if (!m_planJob->isOk()) {
        const QString detail = m_planJob->errorDetail();
        error(detail.isEmpty() ? m_planJob->errorMessage()
                               : QStringLiteral("%1 (%2)").arg(m_planJob->errorMessage(), detail));
        return finish(ExitFailed);
    }
    const SetupPlan &plan = m_planJob->plan();
    for (const QString &text : plan.warnings)
        ConsoleOutput::writeMessage(tr("podnet-wizard: warning: %1").arg(text));
    if (!m_options.apply && m_options.output == ProfileCommandOptions::Output::Json) {
        ConsoleOutput::writeData(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
        return finish(ExitOk);
    }
    info(plan.toText().trimmed());
    info(plan.totalsText());
    if (!m_options.apply)
        return finish(ExitOk);

    if (!plan.isApplicable()) {
        for (const QString &text : plan.problems())
            error(text);
        error(tr("Nothing was changed. Fix what is listed above, then run the command again."));
        return finish(ExitBadInput);
    }
    if (m_options.yes)
        return runApply();
    m_prompt = std::make_unique<KubeConfirmPrompt>();
    connect(m_prompt.get(), &KubeConfirmPrompt::answered, this, [this](bool yes) {
        if (yes)
            return runApply();
        info(tr("Nothing was changed."));
        finish(ExitOk);
    });
    m_prompt->ask(tr("Apply these changes? [y/N] "));
}

void ProfileCommand::runApply()
{
    m_run = std::make_unique<SetupRun>(m_state.get(), m_planJob->plan());
    if (m_options.waitReady)
        m_run->setReadyTimeout(*m_options.waitReady);
    if (!m_options.journalDir.isEmpty())
        m_run->setJournalDirectory(m_options.journalDir);
    SetupRunRecord::Settings settings = settingsSnapshot(*m_state);
    settings.portPattern = m_profile.portPattern;
    m_run->setSettings(settings);
    connect(m_run.get(), &SetupRun::logLine, this, &ProfileCommand::info);
    connect(m_run.get(), &SetupRun::stepStateChanged, this, &ProfileCommand::onStepState);
    connect(m_run.get(), &SetupRun::finished, this, &ProfileCommand::onRunFinished);
    m_run->start();
}

void ProfileCommand::onStepState(SetupStep step, SetupStepState state)
{
    if (state == SetupStepState::Pending)
        return;
    info(tr("[%1] %2").arg(SetupStepText::name(step), SetupStepText::state(state)));
}

void ProfileCommand::onRunFinished(bool ok)
{
    const SetupRunRecord record = m_run->record();
    for (const SetupRunRecord::Step &step : record.steps) {
        QString line = tr("%1: %2").arg(SetupStepText::name(step.step),
                                        SetupStepText::state(step.state));
        if (!step.summary.isEmpty())
            line += QStringLiteral(" — ") + step.summary;
        info(line);
        if (!step.message.isEmpty())
            error(step.message);
    }
    if (ok && m_profile.skipKubernetes) // nothing to wait for: the pairs are the whole run
        return finish(ExitOk);
    if (ok && record.allReady) {
        info(tr("Done: every node is Ready."));
        return finish(ExitOk);
    }
    if (m_run->canRetryWithForce()) {
        error(tr("Another tool owns some of kube-router's fields. Check with \"podnet-wizard "
                 "k8s diff\", then take them over with \"podnet-wizard k8s apply "
                 "--force-conflicts\"."));
    }
    if (!ok)
        error(tr("The run stopped. Running the same command again resumes: what is done is "
                 "not sent again."));
    finish(ExitFailed);
}

void ProfileCommand::onInterrupted()
{
    if (m_run && m_run->isRunning()) {
        ConsoleOutput::writeMessage(
                tr("podnet-wizard: interrupted: starting no new changes and waiting for those "
                   "already sent."));
        m_run->cancel();
        return;
    }
    if (m_run)
        return;
    ConsoleOutput::writeMessage(tr("podnet-wizard: interrupted: nothing was changed."));
    finish(ExitFailed);
}

void ProfileCommand::info(const QString &text)
{
    if (!m_options.apply && m_options.output == ProfileCommandOptions::Output::Json)
        ConsoleOutput::writeMessage(text);
    else
        ConsoleOutput::writeData((text + QLatin1Char('\n')).toUtf8());
}

void ProfileCommand::error(const QString &text)
{
    ConsoleOutput::writeMessage(tr("podnet-wizard: error: %1").arg(text));
}

void ProfileCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connector)
        m_connector->disconnect(this);
    Q_EMIT done(exitCode);
}

} // namespace podnet
