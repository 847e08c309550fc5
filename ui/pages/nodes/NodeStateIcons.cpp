// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "NodeStateIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace podnet {

namespace {

using RowState = NodeTableModel::RowState;

QColor fillColor(RowState state)
{
    switch (state) {
    case RowState::Ready:
        return QColor(0x1e, 0x88, 0x3c);
    case RowState::NotReady:
        return QColor(0xc6, 0x28, 0x28);
    case RowState::Unknown:
        return QColor(0xb2, 0x6a, 0x00);
    case RowState::NoReadyCondition:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

// Shapes instead of glyphs, so the icon does not depend on which fonts are installed.
QPainterPath glyph(RowState state, qreal size)
{
    QPainterPath path;
    const qreal s = size;
    switch (state) {
    case RowState::Ready:
        path.moveTo(0.27 * s, 0.52 * s);
        path.lineTo(0.43 * s, 0.68 * s);
        path.lineTo(0.74 * s, 0.34 * s);
        break;
    case RowState::NotReady:
        path.moveTo(0.32 * s, 0.32 * s);
        path.lineTo(0.68 * s, 0.68 * s);
        path.moveTo(0.68 * s, 0.32 * s);
        path.lineTo(0.32 * s, 0.68 * s);
        break;
    case RowState::Unknown:
        path.moveTo(0.36 * s, 0.38 * s);
        path.cubicTo(0.36 * s, 0.18 * s, 0.66 * s, 0.18 * s, 0.64 * s, 0.38 * s);
        path.cubicTo(0.62 * s, 0.5 * s, 0.5 * s, 0.5 * s, 0.5 * s, 0.62 * s);
        path.moveTo(0.5 * s, 0.74 * s);
        path.lineTo(0.5 * s, 0.76 * s);
        break;
    case RowState::NoReadyCondition:
        path.moveTo(0.3 * s, 0.5 * s);
        path.lineTo(0.7 * s, 0.5 * s);
        break;
    }
    return path;
}

QPixmap draw(RowState state, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fillColor(state));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(glyph(state, size));
    return pixmap;
}

} // namespace

QIcon NodeStateIcons::icon(RowState state)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32})
        for (qreal ratio : {1.0, 2.0})
            icon.addPixmap(draw(state, size, ratio));
    cache.insert(key, icon);
    return icon;
}

QColor NodeStateIcons::textColor(RowState state)
{
    // Darker than the icon fill so that text keeps a 4.5:1 contrast on white.
    switch (state) {
    case RowState::Ready:
        return QColor(0x17, 0x6b, 0x2f);
    case RowState::NotReady:
        return QColor(0xb0, 0x1e, 0x1e);
    case RowState::Unknown:
        return QColor(0x8a, 0x52, 0x00);
    case RowState::NoReadyCondition:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

} // namespace podnet
