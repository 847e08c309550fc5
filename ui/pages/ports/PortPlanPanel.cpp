// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortPlanPanel.h"

#include "PortErrorPanel.h"
#include "PortPlanDelegate.h"
#include "SetupState.h"
#include "net/Cidr.h"
#include "openstack/LivePortsLoader.h"
#include "openstack/PortPlanModel.h"
#include "openstack/PortPlanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace podnet {

namespace {

enum Mode { AllMode, PatternMode, TickedMode };

// Filter combo entries: PortPlanModel::CategoryRole values ("" = all).
const char *const filterKeys[] = {"", "change", "complete", "skipped", "problem", "notselected"};

} // namespace

PortPlanPanel::PortPlanPanel(SetupState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new PortPlanModel(this))
    , m_categoryFilter(new QSortFilterProxyModel(this))
    , m_nameFilter(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_selectionBox(new QGroupBox(this))
    , m_modes(new QButtonGroup(this))
    , m_allRadio(new QRadioButton(m_selectionBox))
    , m_patternRadio(new QRadioButton(m_selectionBox))
    , m_patternEdit(new QLineEdit(m_selectionBox))
    , m_tickedRadio(new QRadioButton(m_selectionBox))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_error(new PortErrorPanel(this))
    , m_filterLabel(new QLabel(this))
    , m_filterCombo(new QComboBox(this))
    , m_nameFilterLabel(new QLabel(this))
    , m_nameFilterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_showCommands(new QCheckBox(this))
    , m_copyCommands(new QPushButton(this))
    , m_commands(new QPlainTextEdit(this))
{
    m_intro->setWordWrap(true);
    m_allRadio->setObjectName(QStringLiteral("allComputeRadio"));
    m_patternRadio->setObjectName(QStringLiteral("patternRadio"));
    m_patternEdit->setObjectName(QStringLiteral("patternEdit"));
    m_tickedRadio->setObjectName(QStringLiteral("tickedRadio"));
    m_allRadio->setChecked(true);
    m_patternEdit->setEnabled(false);
    m_modes->addButton(m_allRadio, AllMode);
    m_modes->addButton(m_patternRadio, PatternMode);
    m_modes->addButton(m_tickedRadio, TickedMode);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_patternRadio);
    patternRow->addWidget(m_patternEdit, 1);
    auto *selectionLayout = new QVBoxLayout(m_selectionBox);
    selectionLayout->addWidget(m_allRadio);
    selectionLayout->addLayout(patternRow);
    selectionLayout->addWidget(m_tickedRadio);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_error->setObjectName(QStringLiteral("errorPanel"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh);

    m_filterCombo->setObjectName(QStringLiteral("filterCombo"));
    for (const char *key : filterKeys)
        m_filterCombo->addItem(QString(), QString::fromLatin1(key));
    m_filterLabel->setBuddy(m_filterCombo);
    m_nameFilterEdit->setObjectName(QStringLiteral("serverFilterEdit"));
    m_nameFilterEdit->setClearButtonEnabled(true);
    m_nameFilterLabel->setBuddy(m_nameFilterEdit);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_nameFilterLabel);
    filterRow->addWidget(m_nameFilterEdit, 1);

    m_categoryFilter->setSourceModel(m_model);
    m_categoryFilter->setFilterRole(PortPlanModel::CategoryRole);
    m_nameFilter->setSourceModel(m_categoryFilter);
    m_nameFilter->setFilterKeyColumn(PortPlanModel::ServerColumn);
    m_nameFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_nameFilter);
    m_table->setItemDelegate(new PortPlanDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnHidden(PortPlanModel::ApplyStateColumn, true);

    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_showCommands->setObjectName(QStringLiteral("showCommandsToggle"));
    m_copyCommands->setObjectName(QStringLiteral("copyCommandsButton"));
    m_copyCommands->hide();
    m_commands->setObjectName(QStringLiteral("commandsView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commands->setMaximumHeight(140);
    m_commands->hide();
    auto *commandsRow = new QHBoxLayout;
    commandsRow->addWidget(m_totals, 1);
    commandsRow->addWidget(m_showCommands);
    commandsRow->addWidget(m_copyCommands);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_selectionBox);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(commandsRow);
    layout->addWidget(m_commands);

    connect(m_refresh, &QPushButton::clicked, this, &PortPlanPanel::refresh);
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_patternEdit->setEnabled(id == PatternMode);
        recompute();
    });
    connect(m_patternEdit, &QLineEdit::textChanged, this, [this] {
        if (m_patternRadio->isChecked())
            recompute();
    });
    connect(m_model, &PortPlanModel::tickedServersChanged, this, [this] {
        // Ticking a row is choosing servers by hand.
        if (!m_tickedRadio->isChecked())
            m_tickedRadio->setChecked(true); // recomputes through idToggled
        else
            recompute();
    });
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &PortPlanPanel::applyFilter);
    connect(m_nameFilterEdit, &QLineEdit::textChanged, this, &PortPlanPanel::applyFilter);
    connect(m_showCommands, &QCheckBox::toggled, this, [this](bool on) {
        m_commands->setVisible(on);
        m_copyCommands->setVisible(on);
    });
    connect(m_copyCommands, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_commands->toPlainText()); });
    retranslateUi();
}

PortPlanPanel::~PortPlanPanel() = default;

bool PortPlanPanel::isReady() const
{
    return m_hasPlan && !m_loading;
}

void PortPlanPanel::refresh()
{
    // Before the first read, start from the selection the state brings (a loaded profile).
    if (!m_loaded) {
        const PortSelection preferred = m_state->openStack()->portSelection();
        if (preferred.mode() == PortSelection::Mode::NamePattern) {
            m_patternEdit->setText(preferred.pattern());
            m_patternRadio->setChecked(true);
        }
    }
    m_error->clear();
    m_loading = true;
    setBusy(true);
    m_status->setText(tr("Reading the project's ports and servers…", "@info:status"));
    Q_EMIT readyChanged();
    // New credentials (demo mode, a new test) replace the session: a loader made for an
    // earlier one would use a deleted session. Each read takes the session of now.
    // Made on the first read, not before: a session sets up TLS, which a page not yet shown
    // has no need of.
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->deleteLater();
    }
    m_loader = new LivePortsLoader(m_state->openStack()->session(), this);
    connect(m_loader, &LivePortsLoader::finished, this, &PortPlanPanel::onLoaded);
    m_loader->load();
}

void PortPlanPanel::onLoaded(const QList<Port> &ports, const QHash<QString, QString> &serverNames,
                             const PortFailure &failure, const QString &namesProblem)
{
    m_loading = false;
    setBusy(false);
    if (!failure.isOk()) {
        m_status->clear();
        m_error->showError(
                tr("The ports could not be read: %1 Check the connection on the OpenStack page, "
                   "then click Refresh.")
                        .arg(failure.message()),
                failure.detail());
        Q_EMIT readyChanged();
        return;
    }
    m_loaded = true;
    m_ports = ports;
    m_serverNames = serverNames;
    m_namesProblem = namesProblem;
    recompute();
}

PortSelection PortPlanPanel::currentSelection() const
{
    switch (m_modes->checkedId()) {
    case PatternMode:
        return PortSelection::byNamePattern(m_patternEdit->text());
    case TickedMode:
        return PortSelection::byServerIds(m_model->tickedServers());
    default:
        return PortSelection::all();
    }
}

void PortPlanPanel::recompute()
{
    if (m_loading || !m_loaded)
        return;
    const NetworkSettings *network = m_state->network();
    const CidrParse cluster = Cidr::parse(network->clusterCidr());
    const CidrParse service = Cidr::parse(network->serviceCidr());
    if (!cluster.ok() || !service.ok()) {
        m_error->showError(tr("The cluster or service CIDR is not valid. Go back to the "
                              "network page and correct it."),
                           network->clusterCidr() + QLatin1Char('\n') + network->serviceCidr());
        m_hasPlan = false;
        Q_EMIT readyChanged();
        return;
    }
    PortPlanner planner;
    planner.setCidrs({cluster.cidr, service.cidr});
    const PortSelection selection = currentSelection();
    planner.setSelection(selection);
    planner.setServerNames(m_serverNames);
    if (const auto &check = m_state->openStack()->checkResult())
        planner.setPairLimit(check->pairLimit);
    const PortPlan plan = planner.plan(m_ports);

    // Keep the view on the same port across the change.
    const QString currentPort = m_table->currentIndex().data(PortPlanModel::PortIdRole).toString();
    const int currentColumn = m_table->currentIndex().column();
    m_model->setPlan(plan);
    if (selection.mode() != PortSelection::Mode::ServerIds) {
        QSet<QString> chosen;
        for (const PortPlan::Entry &entry : plan.entries) {
            if (entry.action != PortPlan::Action::NotSelected)
                chosen.insert(entry.serverId);
        }
        m_model->setTickedServers(chosen);
    }
    if (const int row = m_model->rowOf(currentPort); row >= 0) {
        const QModelIndex source = m_model->index(row, qMax(0, currentColumn));
        const QModelIndex shown
                = m_nameFilter->mapFromSource(m_categoryFilter->mapFromSource(source));
        if (shown.isValid())
            m_table->setCurrentIndex(shown);
    }
    m_state->openStack()->setPortPlan(plan, selection, m_serverNames);
    m_hasPlan = true;
    m_status->setText(m_namesProblem.isEmpty()
                              ? tr("%n port(s) read from the project.", "@info:status",
                                   static_cast<int>(m_ports.size()))
                              : m_namesProblem);
    m_totals->setText(PortPlanModel::totalsText(plan));
    updateCommands();
    Q_EMIT readyChanged();
}

void PortPlanPanel::applyFilter()
{
    const QString key = m_filterCombo->currentData().toString();
    m_categoryFilter->setFilterRegularExpression(
            key.isEmpty() ? QString() : QRegularExpression::anchoredPattern(key));
    m_nameFilter->setFilterFixedString(m_nameFilterEdit->text());
}

void PortPlanPanel::updateCommands()
{
    const QString commands = m_model->commandsText();
    m_commands->setPlainText(commands.isEmpty() ? tr("# Nothing to change: no command to run.",
                                                     "@info shell comment")
                                                : commands);
}

void PortPlanPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy);
}

void PortPlanPanel::retranslateUi()
{
    m_intro->setText(
            tr("Neutron drops packets from addresses it does not know. The tutorial adds the "
               "cluster CIDR and the service CIDR as allowed address pairs on every compute "
               "port. Here is what that would change, read from the live ports; nothing is "
               "changed yet."));
    m_selectionBox->setTitle(tr("Servers", "@title:group"));
    m_allRadio->setText(tr("&All compute ports (like the tutorial)", "@option:radio"));
    m_allRadio->setAccessibleName(tr("All compute ports", "@option:radio"));
    m_patternRadio->setText(tr("Servers &matching:", "@option:radio"));
    m_patternRadio->setAccessibleName(tr("Servers matching a name pattern", "@option:radio"));
    m_patternEdit->setPlaceholderText(tr("worker-*  (* and ? match any text, one character)"));
    m_patternEdit->setAccessibleName(tr("Server name pattern", "@label"));
    m_tickedRadio->setText(tr("&Ticked rows only", "@option:radio"));
    m_tickedRadio->setAccessibleName(tr("Ticked servers only", "@option:radio"));
    m_busy->setAccessibleName(tr("Reading ports", "@info:status"));
    m_status->setAccessibleName(tr("Status", "@label"));
    m_refresh->setText(tr("&Refresh", "@action:button"));
    m_refresh->setAccessibleName(tr("Read the ports again", "@action:button"));
    m_filterLabel->setText(tr("S&how:", "@label:listbox"));
    const QStringList filterNames {
            tr("All ports", "@item:inlistbox filter"),
            tr("+ Changes", "@item:inlistbox filter"),
            tr("= Complete", "@item:inlistbox filter"),
            tr("skip Skipped", "@item:inlistbox filter"),
            tr("! Problems", "@item:inlistbox filter"),
            tr("Not selected", "@item:inlistbox filter"),
    };
    for (int i = 0; i < filterNames.size() && i < m_filterCombo->count(); ++i)
        m_filterCombo->setItemText(i, filterNames.at(i));
    m_filterCombo->setAccessibleName(tr("Show ports", "@label:listbox"));
    m_nameFilterLabel->setText(tr("Ser&ver name:", "@label:textbox"));
    m_nameFilterEdit->setPlaceholderText(tr("filter by server name", "@info:placeholder"));
    m_nameFilterEdit->setAccessibleName(tr("Filter by server name", "@label:textbox"));
    m_table->setAccessibleName(tr("Port plan", "@label"));
    m_totals->setAccessibleName(tr("Plan totals", "@label"));
    m_showCommands->setText(tr("Show &commands", "@option:check"));
    m_showCommands->setAccessibleName(tr("Show the equivalent openstack commands"));
    m_copyCommands->setText(tr("C&opy", "@action:button"));
    m_copyCommands->setAccessibleName(tr("Copy the commands", "@action:button"));
    m_commands->setAccessibleName(tr("Equivalent openstack commands", "@label"));
    if (m_hasPlan) {
        m_totals->setText(PortPlanModel::totalsText(m_model->plan()));
        updateCommands();
    }
}

void PortPlanPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace podnet
