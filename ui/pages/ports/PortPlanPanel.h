// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"
#include "openstack/PortFailure.h"
#include "openstack/PortSelection.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace podnet {

class LivePortsLoader;
class PortErrorPanel;
class PortPlanModel;
class SetupState;

/// Which servers' ports get the cluster and service CIDRs as allowed address pairs: reads the
/// live ports and server names on entry, computes the plan (all compute ports by default, a
/// name pattern, or ticked rows) and shows it as a filterable table with a totals line and the
/// equivalent openstack commands. The plan goes to the shared state for the apply page.
class PortPlanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PortPlanPanel(SetupState *state, QWidget *parent = nullptr);
    ~PortPlanPanel() override;

    /// Reads (again) and shows the result.
    void refresh();
    /// There is a result to go on with.
    bool isReady() const;

Q_SIGNALS:
    /// isReady() may have changed.
    void readyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(const QList<Port> &ports, const QHash<QString, QString> &serverNames,
                  const PortFailure &failure, const QString &namesProblem);
    void recompute();
    PortSelection currentSelection() const;
    void applyFilter();
    void updateCommands();
    void setBusy(bool busy);
    void retranslateUi();

    SetupState *m_state;
    LivePortsLoader *m_loader = nullptr;
    PortPlanModel *m_model;
    QSortFilterProxyModel *m_categoryFilter;
    QSortFilterProxyModel *m_nameFilter;

    QLabel *m_intro;
    QGroupBox *m_selectionBox;
    QButtonGroup *m_modes;
    QRadioButton *m_allRadio;
    QRadioButton *m_patternRadio;
    QLineEdit *m_patternEdit;
    QRadioButton *m_tickedRadio;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_refresh;
    PortErrorPanel *m_error;
    QLabel *m_filterLabel;
    QComboBox *m_filterCombo;
    QLabel *m_nameFilterLabel;
    QLineEdit *m_nameFilterEdit;
    QTableView *m_table;
    QLabel *m_totals;
    QCheckBox *m_showCommands;
    QPushButton *m_copyCommands;
    QPlainTextEdit *m_commands;

    QList<Port> m_ports;
    QHash<QString, QString> m_serverNames;
    QString m_namesProblem;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_hasPlan = false;
};

} // namespace podnet
