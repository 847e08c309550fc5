// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace podnet {

class DemoEnvironment;
class SetupState;

/// The wizard's demo mode: starts a DemoEnvironment on request, fills the shared state once it
/// is ready, and ends it (dropping the demo's credentials from the state) when the person
/// chooses their own cloud. Owned by the wizard; the Welcome page and the banner watch it.
class DemoController : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Off,      ///< using a real cloud
        Starting, ///< the simulators are starting
        Ready,    ///< running; the state holds the demo's values
        Failed,   ///< could not start; errorString() says why
    };
    Q_ENUM(Status)

    /// \a state (not owned) receives the demo's values.
    explicit DemoController(SetupState *state, QObject *parent = nullptr);
    ~DemoController() override;

    /// All simulator delays zero for demos started from now on (tests, benchmarks).
    void setZeroDelays(bool zero) { m_zeroDelays = zero; }

    /// Starts demo mode (a new environment). Does nothing while starting or ready.
    void start();
    /// Ends demo mode: stops the simulators and removes their credentials, connection and API
    /// server address from the state (values the person changed are kept).
    void stop();

    Status status() const { return m_status; }
    /// Starting or ready: the wizard is in demo mode.
    bool isActive() const { return m_status == Status::Starting || m_status == Status::Ready; }
    /// Why the demo could not start (translated, says what to do); empty otherwise.
    QString errorString() const { return m_error; }
    /// The running environment (tests reach the simulators through it); null when off.
    DemoEnvironment *environment() const { return m_environment.get(); }

Q_SIGNALS:
    void statusChanged(podnet::DemoController::Status status);

private:
    void setStatus(Status status);

    SetupState *m_state;
    std::unique_ptr<DemoEnvironment> m_environment;
    Status m_status = Status::Off;
    QString m_error;
    bool m_zeroDelays = false;
};

} // namespace podnet
