// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PodCidrTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace podnet {

PodCidrTableView::PodCidrTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setTabKeyNavigation(false);
    setWordWrap(false);
    verticalHeader()->hide();
}

bool PodCidrTableView::editCurrentRange()
{
    if (!model() || model()->rowCount() == 0)
        return false;
    const int row = currentIndex().isValid() ? currentIndex().row() : 0;
    const QModelIndex cell = model()->index(row, m_editColumn);
    if (!(model()->flags(cell) & Qt::ItemIsEditable))
        return false;
    setCurrentIndex(cell);
    return edit(cell, QAbstractItemView::EditKeyPressed, nullptr);
}

void PodCidrTableView::keyPressEvent(QKeyEvent *event)
{
    const bool edit = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_F2;
    if (edit && state() != QAbstractItemView::EditingState
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && editCurrentRange()) {
        event->accept();
        return;
    }
    // Typing starts editing the range cell, not the (read-only) cell that happens to be current.
    if (state() != QAbstractItemView::EditingState && currentIndex().isValid()
        && currentIndex().column() != m_editColumn && !event->text().isEmpty()
        && event->text().at(0).isPrint() && !(event->modifiers() & ~Qt::ShiftModifier)) {
        setCurrentIndex(model()->index(currentIndex().row(), m_editColumn));
    }
    QTableView::keyPressEvent(event);
}

void PodCidrTableView::focusInEvent(QFocusEvent *event)
{
    // Arriving by Tab: land on a row, so Enter and the arrows work at once.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, m_editColumn));
    QTableView::focusInEvent(event);
}

} // namespace podnet
