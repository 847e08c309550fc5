// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "RunReportDocument.h"

#include "run/SetupRunRecord.h"

namespace podnet {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QStringLiteral("—");
}

QString seconds(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("—");
    return QString::number(static_cast<double>(from.msecsTo(to)) / 1000.0, 'f', 1);
}

QString pairsText(const QList<PortAddressPair> &pairs)
{
    QStringList list;
    for (const PortAddressPair &pair : pairs)
        list.append(pair.displayText());
    return list.join(QStringLiteral(", "));
}

const SetupRunRecord::Step *firstStopped(const SetupRunRecord &record)
{
    for (const SetupRunRecord::Step &step : record.steps) {
        if (step.state == SetupStepState::Failed || step.state == SetupStepState::Cancelled)
            return &step;
    }
    return nullptr;
}

} // namespace

RunReportDocument RunReportDocument::fromRecord(const SetupRunRecord &record)
{
    RunReportDocument doc;
    doc.title = tr("PodNet Wizard run report", "@title");
    doc.heading(1, doc.title);
    doc.addSummary(record);
    doc.addSettings(record);
    doc.addPlan(record);
    doc.addSteps(record);
    doc.addNodes(record);
    doc.addNextSteps(record);
    return doc;
}

void RunReportDocument::heading(int level, const QString &text)
{
    blocks.append({Block::Kind::Heading, level, text, {}, {}});
}

void RunReportDocument::paragraph(const QString &text)
{
    blocks.append({Block::Kind::Paragraph, 0, text, {}, {}});
}

void RunReportDocument::table(const QStringList &header, const QList<QStringList> &rows)
{
    blocks.append({Block::Kind::Table, 0, {}, header, rows});
}

void RunReportDocument::list(const QStringList &items)
{
    QList<QStringList> rows;
    for (const QString &item : items)
        rows.append({item});
    blocks.append({Block::Kind::List, 0, {}, {}, rows});
}

void RunReportDocument::addSummary(const SetupRunRecord &record)
{
    paragraph(tr("Run %1, started %2, finished %3 (%4 s).")
                      .arg(record.runId.isEmpty() ? QStringLiteral("—") : record.runId,
                           when(record.startedAt), when(record.finishedAt),
                           seconds(record.startedAt, record.finishedAt)));
    paragraph(record.settings.demo
                      ? tr("Mode: demo (the built-in OpenStack and Kubernetes simulators).")
                      : tr("Mode: real cloud and cluster."));
    if (const SetupRunRecord::Step *stopped = firstStopped(record)) {
        paragraph(tr("Outcome: stopped at \"%1\" (%2).")
                          .arg(SetupStepText::name(stopped->step),
                               SetupStepText::state(stopped->state)));
    } else if (record.isOk()) {
        paragraph(record.allReady ? tr("Outcome: every step succeeded and every node is Ready.")
                                  : tr("Outcome: every step succeeded."));
    } else {
        paragraph(tr("Outcome: the run did not start."));
    }
}

void RunReportDocument::addSettings(const SetupRunRecord &record)
{
    // Only what the record holds: it never carries a password, token or key, and nothing is
    // read from the environment here.
    const SetupRunRecord::Settings &s = record.settings;
    const QList<QPair<QString, QString>> all {
            {tr("Cloud (clouds.yaml)"), s.cloudName},
            {tr("Keystone URL"), s.authUrl},
            {tr("User"), s.userName},
            {tr("Project"), s.projectName},
            {tr("Region"), s.regionName},
            {tr("Kubeconfig"), s.kubeconfigPath},
            {tr("Context"), s.kubeContext},
            {tr("API server (as the wizard reached it)"), s.kubeServer},
            {tr("API server (as the nodes reach it)"), s.apiServerUrl},
            {tr("Cluster CIDR"), s.clusterCidr},
            {tr("Service CIDR"), s.serviceCidr},
            {tr("Manifest template"), s.templateSource},
            {tr("Image tag"), s.imageTag.isEmpty() ? tr("(upstream's image)") : s.imageTag},
            {tr("Port selection"),
             s.portPattern.isEmpty() ? tr("(all compute ports)") : s.portPattern},
    };
    QList<QStringList> rows;
    for (const auto &[name, value] : all) {
        if (!value.isEmpty())
            rows.append({name, value});
    }
    heading(2, tr("Settings", "@title"));
    table({tr("Setting"), tr("Value")}, rows);
}

void RunReportDocument::addPlan(const SetupRunRecord &record)
{
    const SetupPlan &plan = record.plan;
    heading(2, tr("Plan", "@title"));

    heading(3, tr("Allowed address pairs", "@title"));
    if (!plan.ports) {
        paragraph(tr("Not part of this run: the OpenStack side was skipped."));
    } else {
        QList<QStringList> rows;
        for (const PortPlan::Entry &e : plan.ports->entries) {
            if (e.action == PortPlan::Action::NotSelected)
                continue;
            QString what;
            if (e.action == PortPlan::Action::Change)
                what = pairsText(e.toAdd);
            else if (e.action == PortPlan::Action::Complete)
                what = tr("already has %1").arg(pairsText(e.wanted));
            else
                what = e.reasonText();
            rows.append({e.symbol(), e.port.id, e.serverName, what});
        }
        table({tr("Action"), tr("Port"), tr("Server"), tr("Pairs")}, rows);
        paragraph(plan.ports->totalsText());
    }

    heading(3, tr("Pod ranges", "@title"));
    if (!plan.podRanges) {
        paragraph(tr("Not part of this run: the Kubernetes side was skipped."));
    } else {
        QList<QStringList> rows;
        for (const PodCidrAnnotationPlan::Entry &e : plan.podRanges->entries) {
            rows.append({e.node.name, PodCidrAnnotationPlan::actionText(e.action), e.proposed,
                         e.message});
        }
        table({tr("Node"), tr("Action"), tr("Pod range"), tr("Note")}, rows);
        paragraph(plan.podRanges->summary());
    }

    heading(3, tr("kube-router objects", "@title"));
    if (plan.manifest.isEmpty()) {
        paragraph(tr("Not part of this run."));
    } else {
        QList<QStringList> rows;
        for (const ManifestDiffEntry &e : plan.manifest) {
            QString action;
            switch (e.action) {
            case ManifestDiffEntry::Action::Create:
                action = tr("create");
                break;
            case ManifestDiffEntry::Action::Configure:
                action = tr("configure");
                break;
            case ManifestDiffEntry::Action::Unchanged:
                action = tr("unchanged");
                break;
            case ManifestDiffEntry::Action::Conflict:
                action = tr("conflict: %1").arg(e.message);
                break;
            case ManifestDiffEntry::Action::Failed:
                action = tr("dry run failed: %1").arg(e.message);
                break;
            }
            rows.append({ManifestDiffEntry::symbol(e.action), e.item.kubectlName(), action});
        }
        table({tr("Action"), tr("Object"), tr("What the apply does")}, rows);
    }
}

void RunReportDocument::addSteps(const SetupRunRecord &record)
{
    heading(2, tr("Steps", "@title"));
    for (const SetupRunRecord::Step &step : record.steps) {
        heading(3,
                tr("%1: %2").arg(SetupStepText::name(step.step), SetupStepText::state(step.state)));
        if (step.startedAt.isValid()) {
            paragraph(tr("Started %1, took %2 s.")
                              .arg(when(step.startedAt), seconds(step.startedAt, step.finishedAt)));
        }
        if (!step.summary.isEmpty())
            paragraph(step.summary);
        if (!step.lines.isEmpty())
            list(step.lines);
        if (!step.message.isEmpty())
            paragraph(step.message);
    }
}

void RunReportDocument::addNodes(const SetupRunRecord &record)
{
    heading(2, tr("Nodes", "@title"));
    if (record.nodes.isEmpty()) {
        paragraph(tr("No node was read."));
        return;
    }
    QList<QStringList> rows;
    for (const SetupRunRecord::Node &n : record.nodes)
        rows.append({n.name, n.status, n.internalIp, n.podCidr, n.coverage, n.whyNotReady});
    table({tr("Node"), tr("Status"), tr("Internal IP"), tr("Pod range"), tr("Pairs cover it"),
           tr("Why not Ready")},
          rows);
}

void RunReportDocument::addNextSteps(const SetupRunRecord &record)
{
    heading(2, tr("What to do next", "@title"));
    QStringList items;
    if (const SetupRunRecord::Step *stopped = firstStopped(record)) {
        if (!stopped->message.isEmpty())
            items.append(stopped->message);
        items.append(tr("Fix the cause, then click Retry on the Apply page (or run \"podnet-wizard "
                        "apply\" again): steps already done are not repeated."));
    }
    for (const SetupRunRecord::Node &n : record.nodes) {
        if (!n.whyNotReady.isEmpty())
            items.append(tr("Node %1: %2").arg(n.name, n.whyNotReady));
    }
    if (items.isEmpty()) {
        paragraph(record.isOk() ? tr("Nothing: the pod network is set up.")
                                : tr("Start the run from the Apply page."));
        return;
    }
    list(items);
}

} // namespace podnet
