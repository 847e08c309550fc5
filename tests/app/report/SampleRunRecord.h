// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SetupRunRecord.h"

namespace podnet::test {

/// A hand-built record of a finished run like the tutorial's: two ports get both pairs (one
/// is complete already), one node gets a pod range, two objects, worker-2 not Ready.
inline SetupRunRecord sampleRunRecord()
{
    SetupRunRecord r;
    r.runId = QStringLiteral("20261126-120000-abcd");
    r.portsJournalRunIds = {QStringLiteral("20261126-120001-port")};
    r.podRangesJournalRunIds = {QStringLiteral("20261126-120002-pods")};
    r.startedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addMSecs(12500);

    SetupRunRecord::Settings &s = r.settings;
    s.cloudName = QStringLiteral("lab");
    s.authUrl = QStringLiteral("https://keystone.example:5000/v3");
    s.userName = QStringLiteral("student");
    s.projectName = QStringLiteral("k8s-lab");
    s.regionName = QStringLiteral("RegionOne");
    s.kubeContext = QStringLiteral("lab-admin");
    s.kubeServer = QStringLiteral("https://10.240.0.10:6443");
    s.apiServerUrl = QStringLiteral("https://10.240.0.10:6443");
    s.clusterCidr = QStringLiteral("10.200.0.0/16");
    s.serviceCidr = QStringLiteral("10.32.0.0/24");
    s.templateSource = QStringLiteral("builtin");

    const QList<PortAddressPair> both {PortAddressPair(QStringLiteral("10.200.0.0/16")),
                                       PortAddressPair(QStringLiteral("10.32.0.0/24"))};
    PortPlan ports;
    ports.cidrs = {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")};
    PortPlan::Entry p0;
    p0.port.id = QStringLiteral("port-0000");
    p0.port.deviceOwner = QStringLiteral("compute:nova");
    p0.serverName = QStringLiteral("worker-0.k8s.lan");
    p0.action = PortPlan::Action::Change;
    p0.wanted = both;
    p0.toAdd = both;
    PortPlan::Entry p1 = p0;
    p1.port.id = QStringLiteral("port-1111");
    p1.serverName = QStringLiteral("worker-1.k8s.lan");
    p1.toAdd = {both.at(1)};
    PortPlan::Entry p2 = p0;
    p2.port.id = QStringLiteral("port-2222");
    p2.serverName = QStringLiteral("worker-2.k8s.lan");
    p2.action = PortPlan::Action::Complete;
    p2.toAdd.clear();
    ports.entries = {p0, p1, p2};
    r.plan.ports = ports;

    PodCidrAnnotationPlan ranges;
    ranges.clusterCidr = s.clusterCidr;
    PodCidrAnnotationPlan::Entry n0;
    n0.node.name = QStringLiteral("worker-0.k8s.lan");
    n0.action = PodCidrAnnotationPlan::Action::Unchanged;
    n0.proposed = QStringLiteral("10.200.0.0/24");
    PodCidrAnnotationPlan::Entry n2;
    n2.node.name = QStringLiteral("worker-2.k8s.lan");
    n2.action = PodCidrAnnotationPlan::Action::Set;
    n2.proposed = QStringLiteral("10.200.2.0/24");
    n2.kubeRouterNamespace = QStringLiteral("kube-system");
    n2.kubeRouterPod = QStringLiteral("kube-router-x2");
    n2.kubeRouterRunning = true;
    ranges.entries = {n0, n2};
    r.plan.podRanges = ranges;

    ManifestDiffEntry cm;
    cm.item.resource = {QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                        QStringLiteral("kube-router-cfg"), QStringLiteral("kube-system")};
    cm.action = ManifestDiffEntry::Action::Create;
    ManifestDiffEntry ds;
    ds.item.resource = {QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"),
                        QStringLiteral("kube-router"), QStringLiteral("kube-system")};
    ds.action = ManifestDiffEntry::Action::Configure;
    r.plan.manifest = {cm, ds};
    r.plan.manifestYaml = QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                                            "  name: kube-router-cfg\n  namespace: kube-system\n"
                                            "---\napiVersion: apps/v1\nkind: DaemonSet\n"
                                            "metadata:\n  name: kube-router\n"
                                            "  namespace: kube-system\n");

    QDateTime t = r.startedAt;
    for (const SetupStep step : allSetupSteps) {
        SetupRunRecord::Step st;
        st.step = step;
        st.state = SetupStepState::Done;
        st.startedAt = t;
        st.finishedAt = t.addMSecs(2500);
        t = st.finishedAt;
        r.steps.append(st);
    }
    r.steps[0].summary = QStringLiteral("2 ports changed, 1 already complete");
    r.steps[0].lines
            = {QStringLiteral("port-0000 worker-0.k8s.lan: + 10.200.0.0/16, 10.32.0.0/24")};
    r.steps[3].state = SetupStepState::Failed;
    r.steps[3].message = QStringLiteral("worker-2.k8s.lan stayed NotReady. Check kube-router.");

    r.nodes = {{QStringLiteral("worker-0.k8s.lan"),
                QStringLiteral("Ready"),
                QStringLiteral("10.240.0.20"),
                QStringLiteral("10.200.0.0/24"),
                QStringLiteral("yes"),
                {}},
               {QStringLiteral("worker-2.k8s.lan"), QStringLiteral("NotReady"),
                QStringLiteral("10.240.0.22"), QStringLiteral("10.200.2.0/24"),
                QStringLiteral("yes"), QStringLiteral("cni plugin not initialized")}};
    return r;
}

} // namespace podnet::test
