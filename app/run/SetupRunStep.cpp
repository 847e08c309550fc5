// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupRunStep.h"

#include <QTimer>

namespace podnet {

SetupRunStep::SetupRunStep(QObject *parent)
    : QObject(parent)
{ }

SetupRunStep::~SetupRunStep() = default;

void SetupRunStep::begin()
{
    m_running = true;
    m_outcome = Outcome();
    m_outcome.state = SetupStepState::Running;
}

void SetupRunStep::finish(const Outcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    Q_EMIT finished();
}

void SetupRunStep::finishLater(const Outcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
}

} // namespace podnet
