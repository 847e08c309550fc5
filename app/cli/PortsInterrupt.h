// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace podnet {

/// Turns SIGINT and SIGTERM into a signal in the event loop (the self-pipe trick: the handler only
/// writes one byte). After the first one the default action is back, so a second Ctrl-C ends
/// the program at once. One instance at a time; the handlers are removed on destruction.
class PortsInterrupt : public QObject
{
    Q_OBJECT
public:
    explicit PortsInterrupt(QObject *parent = nullptr);
    ~PortsInterrupt() override;

    /// False when the pipe or the handlers could not be set up.
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();

    bool m_active = false;
};

} // namespace podnet
