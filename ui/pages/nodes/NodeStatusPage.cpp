// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NodeStatusPage.h"

#include "NodeTableDecorator.h"
#include "NodeWaitBox.h"
#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/nodes/KubeInformer.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableFilter.h"
#include "kube/nodes/NodeTableModel.h"
#include "openstack/LivePortsLoader.h"
#include "openstack/OpenStackState.h"
#include "openstack/PortFailure.h"
#include "settings/NetworkSettings.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace podnet {

NodeStatusPage::NodeStatusPage(SetupState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_decorator(new NodeTableDecorator(this))
    , m_filter(new NodeTableFilter(this))
    , m_summary(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_wait(new NodeWaitBox(this))
    , m_showCommands(new QPushButton(this))
    , m_commands(new QLabel(this))
    , m_connectionTick(new QTimer(this))
    , m_portsLabel(new QLabel(this))
    , m_refreshPorts(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("nodeSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setTextFormat(Qt::PlainText);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterEdit->setObjectName(QStringLiteral("nodeFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);

    m_filter->setSourceModel(m_decorator);
    m_table->setObjectName(QStringLiteral("nodeTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Sizing to contents looks at this many rows, so thousands of nodes stay quick.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->setTabKeyNavigation(false);

    m_detail->setObjectName(QStringLiteral("nodeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_wait->setObjectName(QStringLiteral("nodeWaitBox"));
    m_showCommands->setObjectName(QStringLiteral("showCommandButton"));
    m_showCommands->setCheckable(true);
    m_commands->setObjectName(QStringLiteral("commandText"));
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setTextFormat(Qt::PlainText);
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commands->setVisible(false);
    m_portsLabel->setObjectName(QStringLiteral("portsState"));
    m_portsLabel->setTextFormat(Qt::PlainText);
    m_portsLabel->setWordWrap(true);
    m_portsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshPorts->setObjectName(QStringLiteral("refreshPortsButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filterEdit);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_showCommands);
    commandRow->addWidget(m_commands, 1);
    commandRow->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_connection);
    auto *portsRow = new QHBoxLayout;
    portsRow->addWidget(m_portsLabel, 1);
    portsRow->addWidget(m_refreshPorts);
    layout->addLayout(portsRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_wait);
    layout->addLayout(commandRow);

    // The tab chain follows the layout: the refresh button sits above the table.
    setTabOrder(m_filterEdit, m_refreshPorts);
    setTabOrder(m_refreshPorts, m_table);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &NodeTableFilter::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NodeStatusPage::showSelectedNode);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &NodeStatusPage::showSelectedNode);
    connect(m_showCommands, &QPushButton::toggled, this, &NodeStatusPage::toggleCommands);
    // "data as of … (35 s ago)" must keep counting while reconnecting.
    m_connectionTick->setInterval(1000);
    connect(m_connectionTick, &QTimer::timeout, this, &NodeStatusPage::showConnection);
    connect(m_refreshPorts, &QPushButton::clicked, this, &NodeStatusPage::loadPorts);
    OpenStackState *openStack = m_state->openStack();
    // The loader holds the old cloud's session, which goes away with new credentials.
    connect(openStack, &OpenStackState::credentialsChanged, this, [this] {
        delete m_portsLoader;
        m_portsLoader = nullptr;
        m_coverage = NodePortCoverage();
        m_portsState = PortsState::None;
        applyCoverage();
        showPortsState();
    });
    connect(openStack, &OpenStackState::connectionChanged, this, &NodeStatusPage::showPortsState);
    retranslateUi();
}

NodeStatusPage::~NodeStatusPage()
{
    stopMonitor();
}

void NodeStatusPage::setBackoff(std::chrono::milliseconds initial,
                                std::chrono::milliseconds maximum)
{
    m_backoffInitial = initial;
    m_backoffMaximum = maximum;
    if (m_monitor)
        m_monitor->setBackoff(initial, maximum);
}

void NodeStatusPage::initializePage()
{
    startMonitor();
    if (m_state->openStack()->isConnected())
        loadPorts();
}

void NodeStatusPage::cleanupPage()
{
    stopMonitor();
}

void NodeStatusPage::startMonitor()
{
    stopMonitor();
    KubeClient *client = m_state->kube()->client();
    if (!client) {
        showConnection();
        return;
    }
    m_monitor = new NodeStatusMonitor(client, nullptr, this);
    if (m_backoffInitial.count() > 0)
        m_monitor->setBackoff(m_backoffInitial, m_backoffMaximum);
    m_decorator->setSourceModel(m_monitor->model());
    m_columnsFitted = false;
    connect(m_monitor->model(), &NodeTableModel::summaryChanged, this,
            &NodeStatusPage::showSummary);
    connect(m_monitor, &NodeStatusMonitor::stateChanged, this, &NodeStatusPage::showConnection);
    connect(m_monitor->model(), &NodeTableModel::summaryChanged, this,
            &NodeStatusPage::showPortsState);
    // Once the first rows are in, fit the columns to them; after that the user's widths stay.
    connect(m_monitor->model(), &NodeTableModel::summaryChanged, this, [this] {
        if (m_columnsFitted || m_filter->rowCount() == 0)
            return;
        m_columnsFitted = true;
        // The last column (why not Ready) takes what is left; its tooltip has the rest.
        // Long cells are capped so that column stays in view; tooltips have all of it.
        const int widest = std::max(120, m_table->viewport()->width() / 6);
        for (int column = 0; column < NodeTableModel::WhyNotReadyColumn; ++column) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
        }
    });
    m_wait->setMonitor(m_monitor);
    applyCoverage();
    showPortsState();
    m_monitor->start();
    m_connectionTick->start();
    showSummary();
    showConnection();
}

void NodeStatusPage::stopMonitor()
{
    m_connectionTick->stop();
    m_wait->setMonitor(nullptr);
    if (!m_monitor)
        return;
    m_decorator->setSourceModel(nullptr);
    m_monitor->stop();
    m_monitor->deleteLater();
    m_monitor = nullptr;
}

void NodeStatusPage::showSummary()
{
    if (!m_monitor) {
        m_summary->clear();
        return;
    }
    const NodeTableModel *model = m_monitor->model();
    m_summary->setText(m_monitor->hasSynced() || model->nodeCount() > 0
                               ? model->summaryText()
                               : tr("Reading the nodes…", "@info"));
    m_summary->setAccessibleName(m_summary->text());
}

void NodeStatusPage::showConnection()
{
    if (!m_monitor) {
        m_connection->setText(tr("Not connected to a Kubernetes API server: go back to the "
                                 "Kubernetes page and test the connection.",
                                 "@info"));
        return;
    }
    const bool live = m_monitor->state() == KubeInformer::State::Live;
    m_connection->setText(m_monitor->connectionText());
    m_connection->setStyleSheet(live ? QString() : QStringLiteral("color: #8a5200;"));
    if (!live)
        showSummary();
}

void NodeStatusPage::showSelectedNode()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a node to see why it is or is not Ready.", "@info"));
        return;
    }
    const QModelIndex why = current.siblingAtColumn(NodeTableModel::WhyNotReadyColumn);
    const QModelIndex pod = current.siblingAtColumn(NodeTableModel::RouterPodColumn);
    const QModelIndex range = current.siblingAtColumn(NodeTableModel::PodCidrColumn);
    QList<QModelIndex> shownColumns {why, pod, range};
    if (m_state->openStack()->isConnected())
        shownColumns << current.siblingAtColumn(NodeTableModel::PairsCoverColumn);
    QStringList lines;
    lines << current.data(NodeTableModel::NodeNameRole).toString();
    for (const QModelIndex &index : std::as_const(shownColumns)) {
        const QString text = index.data(Qt::ToolTipRole).toString();
        const QString shown = text.isEmpty() ? index.data(Qt::DisplayRole).toString() : text;
        if (!shown.isEmpty())
            lines << m_filter->headerData(index.column(), Qt::Horizontal).toString()
                            + QStringLiteral(": ") + shown;
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void NodeStatusPage::loadPorts()
{
    OpenStackState *openStack = m_state->openStack();
    if (!openStack->isConnected()) {
        showPortsState();
        return;
    }
    if (!m_portsLoader) {
        m_portsLoader = new LivePortsLoader(openStack->session(), this);
        connect(m_portsLoader, &LivePortsLoader::finished, this,
                [this](const QList<Port> &ports, const QHash<QString, QString> &,
                       const PortFailure &failure,
                       const QString &) { onPortsLoaded(ports, failure); });
    }
    m_portsState = PortsState::Loading;
    m_portsLoader->load();
    showPortsState();
}

void NodeStatusPage::onPortsLoaded(const QList<Port> &ports, const PortFailure &failure)
{
    if (!failure.isOk()) {
        // The ports read before (if any) stay: the label says they could not be refreshed.
        m_portsState = PortsState::Failed;
        m_portsError = failure.message();
        showPortsState();
        return;
    }
    m_coverage.setPorts(ports);
    m_portsReadAt = QDateTime::currentDateTime();
    m_portsState = PortsState::Loaded;
    applyCoverage();
    showPortsState();
}

void NodeStatusPage::applyCoverage()
{
    m_coverage.setCidrs(m_state->network()->clusterCidr(), m_state->network()->serviceCidr());
    if (m_monitor)
        m_monitor->model()->setPortCoverage(m_coverage);
}

void NodeStatusPage::showPortsState()
{
    const bool connected = m_state->openStack()->isConnected();
    m_table->setColumnHidden(NodeTableModel::PairsCoverColumn, !connected);
    m_portsLabel->setVisible(connected);
    m_refreshPorts->setVisible(connected);
    m_refreshPorts->setEnabled(m_portsState != PortsState::Loading);
    QString commands = QStringLiteral("kubectl get nodes -o wide\n"
                                      "kubectl get pods -n kube-system -l k8s-app=kube-router "
                                      "-o wide");
    if (connected)
        commands += QStringLiteral("\nopenstack port list --fixed-ip ip-address=INTERNAL_IP\n"
                                   "openstack port show PORT_ID -c fixed_ips "
                                   "-c allowed_address_pairs -c port_security_enabled");
    m_commands->setText(commands);
    if (!connected)
        return;
    QString text;
    switch (m_portsState) {
    case PortsState::None:
        text = tr("The OpenStack ports have not been read: refresh the ports to see whether the "
                  "allowed address pairs cover each node.",
                  "@info");
        break;
    case PortsState::Loading:
        text = tr("Reading the OpenStack ports…", "@info");
        break;
    case PortsState::Loaded:
    case PortsState::Failed: {
        const NodeTableModel *model = m_monitor ? m_monitor->model() : nullptr;
        int covered = 0;
        const int nodes = model ? model->nodeCount() : 0;
        for (int row = 0; row < nodes; ++row) {
            const NodePortCoverage::State state = model->portCoverage(row).state;
            covered += state == NodePortCoverage::State::Covered
                            || state == NodePortCoverage::State::PortSecurityOff
                    ? 1
                    : 0;
        }
        if (m_coverage.hasPorts())
            text = tr("The allowed address pairs cover %1 of %n node(s) (ports read at %2).",
                      "@info", nodes)
                           .arg(covered)
                           .arg(QLocale().toString(m_portsReadAt.time(), QLocale::ShortFormat));
        if (m_portsState == PortsState::Failed) {
            const QString failed = tr("The OpenStack ports could not be read: %1 Check the "
                                      "OpenStack connection, then refresh the ports.",
                                      "@info")
                                           .arg(m_portsError);
            text = text.isEmpty() ? failed : failed + QLatin1Char(' ') + text;
        }
        break;
    }
    }
    m_portsLabel->setText(text);
    // This runs at every summary tick: restyle only on a change.
    const QString style
            = m_portsState == PortsState::Failed ? QStringLiteral("color: #8a5200;") : QString();
    if (m_portsLabel->styleSheet() != style)
        m_portsLabel->setStyleSheet(style);
}

void NodeStatusPage::toggleCommands()
{
    m_commands->setVisible(m_showCommands->isChecked());
}

void NodeStatusPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void NodeStatusPage::retranslateUi()
{
    setTitle(tr("Node status", "@title"));
    setSubTitle(tr("Every node of the cluster, live. A node is Ready once kube-router runs on "
                   "it; the last columns say why a node is not.",
                   "@info"));
    m_filterLabel->setText(tr("&Filter:", "@label:textbox"));
    m_filterEdit->setPlaceholderText(tr("name, status, role or address", "@info:placeholder"));
    m_table->setAccessibleName(tr("Nodes", "@label"));
    m_detail->setAccessibleName(tr("Selected node", "@label"));
    m_refreshPorts->setText(tr("Refresh &ports", "@action:button"));
    m_refreshPorts->setAccessibleName(tr("Refresh OpenStack ports", "@action:button"));
    m_refreshPorts->setToolTip(tr("Read the project's ports from Neutron again and update the "
                                  "pairs-cover column.",
                                  "@info:tooltip"));
    m_showCommands->setText(tr("Show &command", "@action:button"));
    m_showCommands->setToolTip(tr(
            "The kubectl commands that show the same thing, as in the lab text.", "@info:tooltip"));
    showPortsState();
    showSummary();
    showConnection();
    showSelectedNode();
}

} // namespace podnet
