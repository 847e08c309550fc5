// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIdentityProxyModel>

namespace podnet {

/// Adds the look to the core's NodeTableModel: the state icon on NAME and STATUS cells and the
/// state's text colour on STATUS and WHY NOT READY. Everything else passes through.
class NodeTableDecorator : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit NodeTableDecorator(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace podnet
