// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortsCommand.h"

#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "cli/PortsCredentials.h"
#include "cli/PortsInterrupt.h"
#include "cli/PortsReport.h"
#include "cli/PortsTerminal.h"
#include "openstack/ConnectionCheck.h"
#include "openstack/KeystoneSession.h"
#include "openstack/NeutronPortClient.h"
#include "openstack/NovaServerNamesJob.h"
#include "openstack/PairJournalStore.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"
#include "openstack/PortUndoPlanner.h"

#include <QJsonDocument>

namespace podnet {

namespace {

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail);
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

PortsCommand::PortsCommand(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

PortsCommand::~PortsCommand() = default;

void PortsCommand::start(const QStringList &arguments)
{
    m_options = PortsOptions::parse(arguments);
    if (m_options.showHelp) {
        ConsoleOutput::writeData(m_options.helpText.toUtf8());
        return finish(ExitOk);
    }
    for (const QString &text : std::as_const(m_options.errors))
        error(text);
    if (!m_options.errors.isEmpty())
        return finish(ExitBadInput);
    if (m_options.action == PortsOptions::Action::Runs)
        return listRuns();
    const bool changes = m_options.action != PortsOptions::Action::Plan;
    if (changes && !m_options.yes && !PortsTerminal::isInteractive()) {
        error(tr("Standard input is not a terminal, so nobody can confirm the changes. Check them "
                 "with \"podnet-wizard ports plan\", then add --yes."));
        return finish(ExitBadInput);
    }
    if (m_options.action == PortsOptions::Action::Undo && !pickUndoRun())
        return finish(ExitBadInput);

    m_interrupt = std::make_unique<PortsInterrupt>();
    connect(m_interrupt.get(), &PortsInterrupt::interrupted, this, &PortsCommand::onInterrupted);
    m_terminal = std::make_unique<PortsTerminal>();
    loadCredentials();
}

bool PortsCommand::pickUndoRun()
{
    const PairJournalStore store(m_options.journalDir);
    if (!m_options.journalId.isEmpty()) {
        QString problem;
        m_undoRun = store.read(m_options.journalId, &problem);
        if (!m_undoRun) {
            error(withDetail(tr("Cannot read the journal of run %1. See the runs with "
                                "\"podnet-wizard ports runs\".")
                                     .arg(m_options.journalId),
                             problem));
            return false;
        }
        if (m_undoRun->kind != QLatin1String("add")) {
            error(tr("Run %1 was itself an undo. Choose an apply run from \"podnet-wizard ports "
                     "runs\".")
                          .arg(m_options.journalId));
            return false;
        }
        return true;
    }
    for (const PairJournalRun &run : store.runs()) {
        if (run.kind == QLatin1String("add") && run.end == PairJournalRun::End::Finished) {
            m_undoRun = run;
            info(tr("Undoing run %1 of %2, the most recent finished apply. Choose another with "
                    "--journal ID (see \"podnet-wizard ports runs\").")
                         .arg(run.runId, run.startedAt.toUTC().toString(Qt::ISODate)));
            return true;
        }
    }
    error(tr("There is no finished apply run to undo in %1. Give one with --journal ID (see "
             "\"podnet-wizard ports runs\").")
                  .arg(store.directory()));
    return false;
}

void PortsCommand::loadCredentials()
{
    PortsCredentials::Result loaded = PortsCredentials::load(m_options, m_environment);
    for (const QString &text : std::as_const(loaded.warnings))
        ConsoleOutput::writeMessage(tr("podnet-wizard: warning: %1").arg(text));
    for (const QString &text : std::as_const(loaded.errors))
        error(text);
    if (!loaded.errors.isEmpty())
        return finish(ExitBadInput);
    if (!loaded.secretMissing)
        return connectCloud(loaded.credentials);

    const CloudCredentials credentials = loaded.credentials;
    if (!PortsTerminal::isInteractive()) {
        error(tr("%1 has no password for %2. Put it in secure.yaml, set OS_PASSWORD (with "
                 "--openrc), or run the command on a terminal to be asked for it.")
                      .arg(loaded.source, credentials.identityKey()));
        return finish(ExitBadInput);
    }
    connect(
            m_terminal.get(), &PortsTerminal::answered, this,
            [this, credentials](const QString &line, bool closed) {
                if (closed || line.isEmpty()) {
                    error(tr("No password was given; nothing was changed."));
                    return finish(ExitBadInput);
                }
                CloudCredentials withSecret = credentials;
                withSecret.secret = line;
                connectCloud(withSecret);
            },
            Qt::SingleShotConnection);
    const QString prompt = credentials.authType == CloudCredentials::AuthType::Password
            ? tr("Password for %1: ")
            : tr("Secret for %1: ");
    m_terminal->ask(prompt.arg(credentials.identityKey()), true);
}

void PortsCommand::connectCloud(const CloudCredentials &credentials)
{
    QStringList warnings;
    const QStringList errors = PortsCredentials::check(credentials, &warnings);
    for (const QString &text : std::as_const(warnings))
        ConsoleOutput::writeMessage(tr("podnet-wizard: warning: %1").arg(text));
    for (const QString &text : errors)
        error(text);
    if (!errors.isEmpty())
        return finish(ExitBadInput);

    m_session = std::make_unique<KeystoneSession>(&m_network, credentials);
    m_check = std::make_unique<ConnectionCheck>(m_session.get());
    connect(m_check.get(), &ConnectionCheck::finished, this, &PortsCommand::onChecked);
    connect(m_check.get(), &ConnectionCheck::failed, this, &PortsCommand::onCheckFailed);
    m_check->start();
}

void PortsCommand::onCheckFailed(const HttpFailure &failure)
{
    error(withDetail(tr("Signing in to %1 failed: %2")
                             .arg(m_session->credentials().authUrl.toString(QUrl::RemoveUserInfo
                                                                            | QUrl::RemoveQuery),
                                  failure.message()),
                     failure.detail()));
    finish(ExitBadInput);
}

void PortsCommand::onChecked(const ConnectionCheckResult &result)
{
    m_checkResult = result;
    m_client = std::make_unique<NeutronPortClient>(m_session.get());
    m_pendingReads = 1;
    m_client->listPorts(this, [this](const QList<Port> &ports, const PortFailure &failure) {
        if (!failure.isOk()) {
            error(withDetail(tr("Reading the ports from Neutron failed: %1").arg(failure.message()),
                             failure.detail()));
            return finish(ExitFailed);
        }
        onPorts(ports);
    });
    if (m_options.action == PortsOptions::Action::Undo || result.computeEndpoint.isEmpty())
        return;
    ++m_pendingReads;
    m_names = std::make_unique<NovaServerNamesJob>(m_session.get());
    connect(m_names.get(), &NovaServerNamesJob::finished, this,
            [this](const QHash<QString, QString> &names) {
                m_serverNames = names;
                if (--m_pendingReads == 0)
                    makePlan();
            });
    m_names->start();
}

void PortsCommand::onPorts(const QList<Port> &ports)
{
    m_ports = ports;
    if (--m_pendingReads == 0)
        makePlan();
}

void PortsCommand::makePlan()
{
    if (m_done)
        return;
    if (m_options.action == PortsOptions::Action::Undo) {
        m_plan = PortUndoPlanner::plan(*m_undoRun, m_ports);
    } else {
        PortPlanner planner;
        planner.setCidrs(m_options.cidrs);
        planner.setSelection(m_options.selection);
        planner.setServerNames(m_serverNames);
        planner.setPairLimit(m_options.pairLimit > 0 ? m_options.pairLimit
                                                     : m_checkResult.pairLimit);
        m_plan = planner.plan(m_ports);
    }
    const bool json = m_options.output == PortsOptions::Output::Json;
    const bool plan = m_options.action == PortsOptions::Action::Plan;
    if (json && plan) {
        ConsoleOutput::writeData(jsonBytes(m_plan.toJson()));
    } else {
        info(m_plan.toText().trimmed());
    }
    if (m_options.showCommands) {
        const QString commands = PortsReport::teachingCommands(m_plan);
        if (!commands.isEmpty()) {
            info(tr("The same changes with the openstack client:\n%1").arg(commands.trimmed()));
        }
    }
    if (plan)
        return finish(ExitOk);

    if (m_plan.totals().portsToChange == 0) {
        if (json) {
            ConsoleOutput::writeData(jsonBytes({{QStringLiteral("plan"), m_plan.toJson()},
                                                {QStringLiteral("result"), QJsonValue()}}));
        }
        info(m_plan.kind == PortPlan::Kind::Undo
                     ? tr("Nothing to undo: the pairs run %1 added are no longer there.")
                               .arg(m_plan.undoOfRunId)
                     : tr("Nothing to do: every selected port already has both pairs."));
        return finish(ExitOk);
    }
    if (m_options.yes)
        return apply();
    connect(
            m_terminal.get(), &PortsTerminal::answered, this,
            [this](const QString &line, bool) {
                const QString answer = line.trimmed().toLower();
                if (answer == QLatin1String("y") || answer == QLatin1String("yes")
                    || answer == tr("y") || answer == tr("yes"))
                    return apply();
                info(tr("Nothing was changed."));
                finish(ExitFailed);
            },
            Qt::SingleShotConnection);
    m_terminal->ask(m_plan.kind == PortPlan::Kind::Undo ? tr("Undo these changes? [y/N] ")
                                                        : tr("Apply these changes? [y/N] "),
                    false);
}

void PortsCommand::apply()
{
    const QString directory = m_options.journalDir.isEmpty() ? PairJournal::defaultDirectory()
                                                             : m_options.journalDir;
    const QString problem = m_journal.open(directory, PairJournal::headerFor(*m_session, m_plan));
    if (!problem.isEmpty()) {
        error(tr("%1 Nothing was changed: every change must be journaled so it can be undone.")
                      .arg(problem));
        return finish(ExitFailed);
    }
    m_job = std::make_unique<PortApplyJob>(m_client.get(), m_plan);
    m_job->setConcurrency(m_options.concurrency);
    m_job->setRevisionIfMatch(m_checkResult.revisionIfMatch);
    m_job->setJournal(&m_journal);
    connect(m_job.get(), &PortApplyJob::portStateChanged, this,
            [this](const QString &portId, PortApplyResult::State) { onProgress(portId); });
    connect(m_job.get(), &PortApplyJob::finished, this, &PortsCommand::onApplied);
    info(tr("Changing %n port(s), %1 at a time. Ctrl-C stops starting new changes.", nullptr,
            m_plan.totals().portsToChange)
                 .arg(m_options.concurrency));
    m_job->start();
}

void PortsCommand::onProgress(const QString &portId)
{
    const PortApplyResult result = m_job->result();
    int settled = 0;
    const PortApplyResult::Item *item = nullptr;
    for (const PortApplyResult::Item &each : result.items) {
        if (each.state != PortApplyResult::State::Pending
            && each.state != PortApplyResult::State::Running)
            ++settled;
        if (each.portId == portId)
            item = &each;
    }
    if (!item)
        return;
    const QString line
            = PortsReport::progressLine(settled, static_cast<int>(result.items.size()), *item);
    if (!line.isEmpty())
        info(line);
}

void PortsCommand::onApplied(const PortApplyResult &result)
{
    const QString runId = m_journal.runId();
    if (m_options.output == PortsOptions::Output::Json) {
        ConsoleOutput::writeData(
                jsonBytes({{QStringLiteral("plan"), m_plan.toJson()},
                           {QStringLiteral("result"), PortsReport::toJson(result, runId)}}));
    }
    info(PortsReport::summary(result, runId, m_plan.kind == PortPlan::Kind::Undo).trimmed());
    const bool clean
            = result.failed().isEmpty() && !result.cancelled && result.journalError.isEmpty();
    finish(clean ? ExitOk : ExitFailed);
}

void PortsCommand::onInterrupted()
{
    if (m_job && m_job->isRunning()) {
        ConsoleOutput::writeMessage(
                tr("podnet-wizard: interrupted: starting no new changes and waiting for those "
                   "already sent. Press Ctrl-C again to quit at once (the journal keeps what "
                   "landed)."));
        m_job->cancel();
        return;
    }
    if (m_job)
        return;
    ConsoleOutput::writeMessage(tr("podnet-wizard: interrupted: nothing was changed."));
    finish(ExitFailed);
}

void PortsCommand::listRuns()
{
    const PairJournalStore store(m_options.journalDir);
    const QList<PairJournalRun> runs = store.runs();
    if (m_options.output == PortsOptions::Output::Json) {
        ConsoleOutput::writeData(
                QJsonDocument(PortsReport::runsJson(runs)).toJson(QJsonDocument::Indented));
    } else {
        ConsoleOutput::writeData(PortsReport::runsText(runs).toUtf8());
    }
    finish(ExitOk);
}

void PortsCommand::info(const QString &text)
{
    if (m_options.output == PortsOptions::Output::Json)
        ConsoleOutput::writeMessage(text);
    else
        ConsoleOutput::writeData((text + QLatin1Char('\n')).toUtf8());
}

void PortsCommand::error(const QString &text)
{
    ConsoleOutput::writeMessage(tr("podnet-wizard: error: %1").arg(text));
}

void PortsCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_terminal)
        m_terminal->restore();
    Q_EMIT done(exitCode);
}

} // namespace podnet
