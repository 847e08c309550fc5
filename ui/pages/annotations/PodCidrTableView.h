// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

namespace podnet {

/// The pod-range table, made for the keyboard: Enter, F2 or just typing edits the current
/// row's range cell, whichever column is current, instead of pressing the wizard's default
/// button; Tab leaves the table rather than walking its cells; arrows move between rows.
class PodCidrTableView : public QTableView
{
    Q_OBJECT
public:
    explicit PodCidrTableView(QWidget *parent = nullptr);

    /// The column whose cells are edited (default 0).
    void setEditColumn(int column) { m_editColumn = column; }

    /// Starts editing the range cell of the current row (the first row when none is current).
    /// False when there is no row or the cell is not editable now.
    bool editCurrentRange();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    int m_editColumn = 0;
};

} // namespace podnet
