// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupStep.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace podnet {

/// One step of a SetupRun (the allowed address pairs, the pod ranges, the manifest, the wait
/// for Ready): does its work asynchronously and reports once per start() through finished(),
/// never from inside start(). SetupRun owns the steps and decides which to take.
class SetupRunStep : public QObject
{
    Q_OBJECT
public:
    /// How the step ended, in the words of SetupRunRecord::Step (translated, no secrets).
    struct Outcome
    {
        SetupStepState state = SetupStepState::Pending;
        QString summary;   ///< one line
        QStringList lines; ///< one per port / node / object
        QString message;   ///< for Failed and Cancelled: what happened and what to do
    };

    explicit SetupRunStep(QObject *parent = nullptr);
    ~SetupRunStep() override;

    virtual void start() = 0;
    /// Starts nothing new; what is in flight finishes; finished() follows with Cancelled.
    virtual void cancel() = 0;

    bool isRunning() const { return m_running; }
    /// Valid after finished().
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    /// \a done of \a total items of the step.
    void progress(int done, int total);
    /// One translated line for the log panel.
    void logLine(const QString &line);
    void finished();

protected:
    /// Marks the step running (call at the top of start()).
    void begin();
    /// Ends the step with \a outcome; emits finished() once per begin().
    void finish(const Outcome &outcome);
    /// finish() from the event loop (for outcomes known inside start()).
    void finishLater(const Outcome &outcome);

private:
    Outcome m_outcome;
    bool m_running = false;
};

} // namespace podnet
