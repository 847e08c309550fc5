// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/PortsOptions.h"
#include "openstack/ConnectionCheckResult.h"
#include "openstack/PairJournal.h"
#include "openstack/PairJournalRun.h"
#include "openstack/Port.h"
#include "openstack/PortPlan.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <optional>

namespace podnet {

class ConnectionCheck;
class HttpFailure;
class KeystoneSession;
class NeutronPortClient;
class NovaServerNamesJob;
class PortApplyJob;
class PortsInterrupt;
class PortsTerminal;
struct PortApplyResult;
struct CloudCredentials;

/// `podnet-wizard ports plan|apply|undo|runs`: the wizard's port page, headless. Signs in,
/// reads the live ports, plans, asks, applies with a journal, and reports per port.
class PortsCommand : public QObject
{
    Q_OBJECT
public:
    explicit PortsCommand(QObject *parent = nullptr);
    ~PortsCommand() override;

    /// Parses \a arguments (the program name, "ports", the action, options) and starts. Emits
    /// done() exactly once, possibly before returning.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    bool pickUndoRun();
    void loadCredentials();
    void connectCloud(const CloudCredentials &credentials);
    void onChecked(const ConnectionCheckResult &result);
    void onCheckFailed(const HttpFailure &failure);
    void onPorts(const QList<Port> &ports);
    void makePlan();
    void apply();
    void onProgress(const QString &portId);
    void onApplied(const PortApplyResult &result);
    void onInterrupted();
    void listRuns();
    /// Data: stdout. With --output json, human lines go to stderr so stdout stays JSON.
    void info(const QString &text);
    void error(const QString &text);
    void finish(int exitCode);

    PortsOptions m_options;
    QProcessEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<PortsInterrupt> m_interrupt;
    std::unique_ptr<PortsTerminal> m_terminal;
    std::unique_ptr<KeystoneSession> m_session;
    std::unique_ptr<ConnectionCheck> m_check;
    std::unique_ptr<NeutronPortClient> m_client;
    std::unique_ptr<NovaServerNamesJob> m_names;
    std::unique_ptr<PortApplyJob> m_job;
    PairJournal m_journal;
    std::optional<PairJournalRun> m_undoRun;
    ConnectionCheckResult m_checkResult;
    QList<Port> m_ports;
    QHash<QString, QString> m_serverNames;
    int m_pendingReads = 0;
    PortPlan m_plan;
    bool m_done = false;
};

} // namespace podnet
