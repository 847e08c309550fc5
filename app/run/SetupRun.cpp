// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupRun.h"

#include "SetupState.h"
#include "run/NodePortCoverage.h"
#include "run/SetupManifestStep.h"
#include "run/SetupPodRangesStep.h"
#include "run/SetupPortsStep.h"
#include "run/SetupReadyStep.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace podnet {

namespace {

constexpr int stepCount = 4;

int indexOf(SetupStep step)
{
    return static_cast<int>(step);
}

bool isSettled(SetupStepState state)
{
    return state == SetupStepState::Done || state == SetupStepState::Skipped;
}

QString newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + QLatin1Char('-')
            + QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                      .rightJustified(4, QLatin1Char('0'));
}

} // namespace

struct SetupRun::Impl
{
    SetupRun *q;
    SetupRunRecord record;
    QList<int> done = QList<int>(stepCount, 0);
    QList<int> total = QList<int>(stepCount, 0);
    SetupPortsStep *ports = nullptr;
    SetupPodRangesStep *podRanges = nullptr;
    SetupManifestStep *manifest = nullptr;
    SetupReadyStep *ready = nullptr;
    int current = -1;
    bool started = false;
    bool cancelRequested = false;

    const SetupPlan &plan() const { return record.plan; }
    SetupRunRecord::Step &step(int index) { return record.steps[index]; }

    QString skipReason(int index) const
    {
        const SetupPlan &p = plan();
        switch (static_cast<SetupStep>(index)) {
        case SetupStep::Ports:
            if (!p.ports)
                return SetupRun::tr("OpenStack is not part of this run");
            if (p.ports->totals().portsToChange == 0)
                return SetupRun::tr("every selected port already has its pairs");
            break;
        case SetupStep::PodRanges:
            if (!p.podRanges)
                return SetupRun::tr("Kubernetes is not part of this run");
            if (p.podRanges->count(PodCidrAnnotationPlan::Action::Set) == 0)
                return SetupRun::tr("every node already has its pod range");
            break;
        case SetupStep::Manifest:
            if (!p.hasKubernetes())
                return SetupRun::tr("Kubernetes is not part of this run");
            if (p.manifestYaml.isEmpty())
                return SetupRun::tr("there is no manifest to apply");
            if (!p.manifest.isEmpty()
                && std::all_of(p.manifest.cbegin(), p.manifest.cend(),
                               [](const ManifestDiffEntry &e) {
                                   return e.action == ManifestDiffEntry::Action::Unchanged;
                               }))
                return SetupRun::tr("kube-router's objects are already as the manifest says");
            break;
        case SetupStep::Ready:
            if (!p.hasKubernetes())
                return SetupRun::tr("Kubernetes is not part of this run");
            break;
        }
        return {};
    }

    int estimate(int index) const
    {
        const SetupPlan &p = plan();
        switch (static_cast<SetupStep>(index)) {
        case SetupStep::Ports:
            return p.ports ? p.ports->totals().portsToChange : 0;
        case SetupStep::PodRanges:
            return p.podRanges ? p.podRanges->count(PodCidrAnnotationPlan::Action::Set) : 0;
        case SetupStep::Manifest:
            return static_cast<int>(p.manifest.size());
        case SetupStep::Ready:
            return p.podRanges ? static_cast<int>(p.podRanges->entries.size()) : 0;
        }
        return 0;
    }

    void setState(int index, SetupStepState state)
    {
        step(index).state = state;
        Q_EMIT q->stepStateChanged(static_cast<SetupStep>(index), state);
    }

    SetupRunStep *stepObject(int index)
    {
        SetupState *state = q->m_state;
        const QString journals = q->m_journalDirectory;
        switch (static_cast<SetupStep>(index)) {
        case SetupStep::Ports:
            if (!ports)
                ports = new SetupPortsStep(state, *plan().ports, journals, q);
            return ports;
        case SetupStep::PodRanges:
            if (!podRanges)
                podRanges = new SetupPodRangesStep(
                        state, *plan().podRanges,
                        journals.isEmpty() ? QString() : journals + QStringLiteral("/pod-cidr"), q);
            return podRanges;
        case SetupStep::Manifest:
            if (!manifest)
                manifest = new SetupManifestStep(state, plan().manifestYaml, q);
            return manifest;
        case SetupStep::Ready:
            if (!ready)
                ready = new SetupReadyStep(state, q->m_readyTimeout, q);
            return ready;
        }
        return nullptr;
    }

    void connectStep(int index, SetupRunStep *object)
    {
        const auto stepId = static_cast<SetupStep>(index);
        QObject::connect(object, &SetupRunStep::progress, q, [this, index, stepId](int d, int t) {
            done[index] = d;
            total[index] = t;
            Q_EMIT q->stepProgress(stepId, d, t);
        });
        QObject::connect(object, &SetupRunStep::logLine, q, &SetupRun::logLine);
        QObject::connect(object, &SetupRunStep::finished, q,
                         [this, index, object] { onStepFinished(index, object); });
    }

    /// Takes the next step that is not Done or Skipped, or ends the run.
    void next()
    {
        for (int index = 0; index < stepCount; ++index) {
            if (isSettled(step(index).state))
                continue;
            if (cancelRequested) {
                step(index).message = SetupRun::tr("Cancelled before this step started. Retry "
                                                   "continues from here.");
                setState(index, SetupStepState::Cancelled);
                return finishRun(false);
            }
            const QString reason = skipReason(index);
            if (!reason.isEmpty()) {
                step(index).summary = SetupRun::tr("Skipped: %1.").arg(reason);
                Q_EMIT q->logLine(
                        SetupRun::tr("%1: skipped (%2)")
                                .arg(SetupStepText::name(static_cast<SetupStep>(index)), reason));
                setState(index, SetupStepState::Skipped);
                continue;
            }
            return startStep(index);
        }
        finishRun(true);
    }

    void startStep(int index)
    {
        SetupRunStep *object = stepObject(index);
        if (object->property("connected").isNull()) {
            connectStep(index, object);
            object->setProperty("connected", true);
        }
        current = index;
        SetupRunRecord::Step &s = step(index);
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.finishedAt = QDateTime();
        s.message.clear();
        if (total[index] == 0)
            total[index] = estimate(index);
        Q_EMIT q->logLine(
                SetupRun::tr("%1…").arg(SetupStepText::name(static_cast<SetupStep>(index))));
        setState(index, SetupStepState::Running);
        object->start();
        // A cancel from a slot of stepStateChanged() came before the step was running.
        if (cancelRequested)
            object->cancel();
    }

    void onStepFinished(int index, SetupRunStep *object)
    {
        current = -1;
        const SetupRunStep::Outcome &outcome = object->outcome();
        SetupRunRecord::Step &s = step(index);
        s.finishedAt = QDateTime::currentDateTimeUtc();
        s.summary = outcome.summary;
        s.lines = outcome.lines;
        s.message = outcome.message;
        // Each attempt journals on its own; undo needs all of them.
        if (object == ports && !ports->journalRunId().isEmpty()
            && !record.portsJournalRunIds.contains(ports->journalRunId()))
            record.portsJournalRunIds << ports->journalRunId();
        if (object == podRanges && !podRanges->journalRunId().isEmpty()
            && !record.podRangesJournalRunIds.contains(podRanges->journalRunId()))
            record.podRangesJournalRunIds << podRanges->journalRunId();
        if (outcome.state == SetupStepState::Done) {
            done[index] = total[index];
            Q_EMIT q->stepProgress(static_cast<SetupStep>(index), total[index], total[index]);
        }
        if (outcome.state == SetupStepState::Failed && !outcome.message.isEmpty())
            Q_EMIT q->logLine(outcome.message);
        setState(index, outcome.state);
        if (outcome.state == SetupStepState::Done)
            return next();
        finishRun(false);
    }

    void finishRun(bool ok)
    {
        q->m_running = false;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        if (ready) {
            NodePortCoverage coverage;
            if (plan().ports) {
                if (ports) {
                    coverage.setPorts(ports->portsAfter());
                } else {
                    QList<Port> list;
                    for (const PortPlan::Entry &entry : plan().ports->entries)
                        list << entry.port;
                    coverage.setPorts(list);
                }
                coverage.setCidrs(q->m_state->network()->clusterCidr(),
                                  q->m_state->network()->serviceCidr());
            }
            record.nodes = ready->nodes(coverage);
            record.allReady = ready->allReady()
                    && step(indexOf(SetupStep::Ready)).state == SetupStepState::Done;
        }
        Q_EMIT q->finished(ok);
    }
};

SetupRun::SetupRun(SetupState *state, const SetupPlan &plan, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
    , m_state(state)
{
    d->q = this;
    d->record.runId = newRunId();
    d->record.plan = plan;
    for (const SetupStep step : allSetupSteps) {
        SetupRunRecord::Step s;
        s.step = step;
        d->record.steps << s;
    }
}

SetupRun::~SetupRun()
{
    // Steps are children; delete them while d still exists, since their signals reach it.
    delete d->ready;
    delete d->manifest;
    delete d->podRanges;
    delete d->ports;
}

void SetupRun::setSettings(const SetupRunRecord::Settings &settings)
{
    d->record.settings = settings;
}

void SetupRun::start()
{
    if (d->started || m_running)
        return;
    d->started = true;
    m_running = true;
    d->cancelRequested = false;
    d->record.startedAt = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, [this] { d->next(); });
}

void SetupRun::cancel()
{
    if (!m_running || d->cancelRequested)
        return;
    d->cancelRequested = true;
    Q_EMIT logLine(tr("Cancelling: nothing new is started; what is under way finishes first…"));
    if (d->current >= 0 && d->stepObject(d->current)->isRunning())
        d->stepObject(d->current)->cancel();
}

void SetupRun::retry()
{
    if (m_running || !d->started)
        return;
    const auto &steps = d->record.steps;
    const auto it = std::find_if(steps.cbegin(), steps.cend(), [](const SetupRunRecord::Step &s) {
        return s.state == SetupStepState::Failed || s.state == SetupStepState::Cancelled;
    });
    if (it == steps.cend())
        return;
    if (d->podRanges)
        d->podRanges->setReread(true);
    m_running = true;
    d->cancelRequested = false;
    Q_EMIT logLine(tr("Retrying from %1.").arg(SetupStepText::name(it->step)));
    QTimer::singleShot(0, this, [this] { d->next(); });
}

void SetupRun::retryWithForce()
{
    if (!canRetryWithForce())
        return;
    m_running = true;
    d->cancelRequested = false;
    const int index = indexOf(SetupStep::Manifest);
    d->current = index;
    SetupRunRecord::Step &s = d->step(index);
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.message.clear();
    d->setState(index, SetupStepState::Running);
    d->manifest->retryWithForce();
}

bool SetupRun::canRetryWithForce() const
{
    return !m_running && d->manifest
            && d->record.steps.at(indexOf(SetupStep::Manifest)).state == SetupStepState::Failed
            && d->manifest->canRetryWithForce();
}

SetupStepState SetupRun::state(SetupStep step) const
{
    return d->record.steps.at(indexOf(step)).state;
}

int SetupRun::overallPercent() const
{
    double weighted = 0;
    double weights = 0;
    for (int index = 0; index < stepCount; ++index) {
        const int total = std::max(d->total[index], d->estimate(index));
        const double weight = std::max(1, total);
        double fraction = 0;
        const SetupStepState state = d->record.steps.at(index).state;
        if (isSettled(state))
            fraction = 1;
        else if (d->total[index] > 0)
            fraction = std::clamp(double(d->done[index]) / d->total[index], 0.0, 1.0);
        weighted += weight * fraction;
        weights += weight;
    }
    return weights > 0 ? static_cast<int>(100 * weighted / weights) : 100;
}

SetupRunRecord SetupRun::record() const
{
    return d->record;
}

} // namespace podnet
