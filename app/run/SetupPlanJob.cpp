// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/SetupPlanJob.h"

#include "SetupState.h"
#include "kube/KubeState.h"
#include "kube/ManifestDiffJob.h"
#include "kube/annotations/PodCidrAnnotationPlanner.h"
#include "kube/annotations/PodCidrClusterReader.h"
#include "net/Cidr.h"
#include "openstack/LivePortsLoader.h"
#include "openstack/OpenStackState.h"
#include "openstack/PortPlanner.h"

#include <QTimer>

namespace podnet {

SetupPlanJob::SetupPlanJob(SetupState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

SetupPlanJob::~SetupPlanJob() = default;

void SetupPlanJob::setPodRangeRequest(bool autoAssign, const QList<QPair<QString, QString>> &ranges)
{
    m_autoAssign = autoAssign;
    m_ranges = ranges;
}

void SetupPlanJob::start()
{
    // A new context drops the answers of a start() still going.
    delete m_context;
    m_context = new QObject(this);
    m_running = true;
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_plan = SetupPlan();
    m_ports.clear();
    m_serverNames.clear();
    m_nodes.clear();
    m_pods.clear();
    m_pendingSides = 0;

    const bool openStack = m_state->openStack()->isConnected();
    const bool kube = m_state->kube()->hasConnection();
    if (!openStack && !kube) {
        m_errorMessage = tr("Neither OpenStack nor Kubernetes is connected, so there is nothing "
                            "to plan. Go back and connect at least one of them.");
        ++m_pendingSides;
        QTimer::singleShot(0, m_context, [this] { sideDone(); });
        return;
    }
    if (openStack) {
        m_plan.ports = PortPlan();
        readOpenStack();
    }
    if (kube) {
        m_plan.podRanges = PodCidrAnnotationPlan();
        readKubernetes();
        diffManifest();
    }
}

void SetupPlanJob::readOpenStack()
{
    ++m_pendingSides;
    auto *loader = new LivePortsLoader(m_state->openStack()->session(), m_context);
    connect(loader, &LivePortsLoader::finished, m_context,
            [this, loader](const QList<Port> &ports, const QHash<QString, QString> &names,
                           const PortFailure &failure, const QString &namesProblem) {
                loader->deleteLater();
                if (!failure.isOk() && m_errorMessage.isEmpty()) {
                    m_errorMessage = tr("OpenStack: the ports could not be read (%1). Check the "
                                        "connection on the OpenStack page, then make the "
                                        "preview again.")
                                             .arg(failure.message());
                    m_errorDetail = failure.detail();
                }
                m_ports = ports;
                m_serverNames = names;
                if (!namesProblem.isEmpty())
                    m_plan.warnings << namesProblem;
                sideDone();
            });
    loader->load();
}

void SetupPlanJob::readKubernetes()
{
    ++m_pendingSides;
    auto *reader = new PodCidrClusterReader(m_state->kube()->client(), m_context);
    connect(reader, &PodCidrClusterReader::finished, m_context, [this, reader] {
        reader->deleteLater();
        if (!reader->isOk() && m_errorMessage.isEmpty()) {
            m_errorMessage = tr("Kubernetes: the nodes could not be read (%1). Check the "
                                "connection on the Kubernetes page, then make the preview again.")
                                     .arg(reader->errorMessage());
            m_errorDetail = reader->errorDetail();
        }
        m_nodes = reader->nodes();
        m_pods = reader->kubeRouterPods();
        if (!reader->warning().isEmpty())
            m_plan.warnings << reader->warning();
        sideDone();
    });
    reader->start();
}

void SetupPlanJob::diffManifest()
{
    ++m_pendingSides;
    const RenderedManifest rendered = m_state->render();
    if (!rendered.ok()) {
        if (m_errorMessage.isEmpty()) {
            QStringList problems;
            for (const ManifestProblem &problem : rendered.problems)
                problems << problem.message;
            m_errorMessage = tr("Kubernetes: kube-router's manifest could not be made. Check the "
                                "template and the network settings, then make the preview "
                                "again.");
            m_errorDetail = problems.join(QLatin1Char('\n'));
        }
        QTimer::singleShot(0, m_context, [this] { sideDone(); });
        return;
    }
    m_plan.manifestYaml = rendered.text;
    auto *job = new ManifestDiffJob(m_state->kube()->client(), rendered.text, m_context);
    if (const auto &check = m_state->kube()->checkResult())
        job->setResourceMap(check->resources);
    // The job deletes itself after finished().
    connect(job, &ManifestDiffJob::finished, m_context, [this, job] {
        if (!job->isOk() && m_errorMessage.isEmpty()) {
            m_errorMessage = tr("Kubernetes: the server's dry run of kube-router's objects failed "
                                "(%1). Check the connection and your permissions, then make the "
                                "preview again.")
                                     .arg(job->errorMessage());
            m_errorDetail = job->errorDetail();
        }
        m_plan.manifest = job->entries();
        sideDone();
    });
    job->start();
}

void SetupPlanJob::sideDone()
{
    if (--m_pendingSides > 0)
        return;
    if (m_errorMessage.isEmpty()) {
        const NetworkSettings *network = m_state->network();
        const CidrParse cluster = Cidr::parse(network->clusterCidr());
        const CidrParse service = Cidr::parse(network->serviceCidr());
        if (!cluster.ok() || !service.ok()) {
            m_errorMessage = tr("The cluster CIDR or the service CIDR is not a valid network. "
                                "Correct them on the Network settings page.");
            m_errorDetail = network->clusterCidr() + QLatin1Char('\n') + network->serviceCidr();
        }
    }
    if (m_errorMessage.isEmpty())
        replan();
    m_running = false;
    Q_EMIT finished();
}

void SetupPlanJob::replan()
{
    const NetworkSettings *network = m_state->network();
    if (m_plan.ports) {
        QList<Cidr> cidrs;
        for (const QString &text : {network->clusterCidr(), network->serviceCidr()}) {
            if (const CidrParse parsed = Cidr::parse(text); parsed.ok())
                cidrs.append(parsed.cidr);
        }
        PortPlanner planner;
        planner.setCidrs(cidrs);
        planner.setSelection(m_selection);
        planner.setServerNames(m_serverNames);
        if (const auto &check = m_state->openStack()->checkResult())
            planner.setPairLimit(check->pairLimit);
        m_plan.ports = planner.plan(m_ports);
    }
    if (m_plan.podRanges) {
        PodCidrAnnotationPlanner::Request request;
        request.autoAssign = m_autoAssign;
        request.ranges = m_ranges;
        m_plan.podRanges
                = PodCidrAnnotationPlanner::plan(m_nodes, m_pods, network->clusterCidr(), request);
    }
}

} // namespace podnet
