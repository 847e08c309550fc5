// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "CommandScript.h"

#include "kube/KubeClient.h"
#include "kube/annotations/PodCidrNode.h"
#include "run/SetupRunRecord.h"

#include <QRegularExpression>

namespace podnet {

namespace {

// A value inside a comment must stay on its line, or it would become a command.
QString commentSafe(const QString &value)
{
    QString out;
    for (const QChar c : value)
        out += c.isPrint() ? c : QChar(QLatin1Char('?'));
    return out;
}

QString kubeRouterNamespace(const SetupPlan &plan)
{
    for (const ManifestDiffEntry &e : plan.manifest) {
        if (e.item.resource.kind == QLatin1String("DaemonSet")
            && !e.item.resource.namespaceName.isEmpty())
            return e.item.resource.namespaceName;
    }
    return QStringLiteral("kube-system");
}

QString heredocDelimiter(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString delimiter = QStringLiteral("PODNET_MANIFEST");
    for (int n = 1; lines.contains(delimiter); ++n)
        delimiter = QStringLiteral("PODNET_MANIFEST_%1").arg(n);
    return delimiter;
}

QString pairArgument(const PortAddressPair &pair)
{
    QString value = QStringLiteral("ip-address=") + pair.ipAddress();
    if (!pair.macAddress().isEmpty())
        value += QStringLiteral(",mac-address=") + pair.macAddress();
    return CommandScript::shellQuote(value);
}

QString header(const SetupRunRecord &record)
{
    const SetupRunRecord::Settings &s = record.settings;
    QString out = QStringLiteral(
            "#!/usr/bin/env bash\n"
            "# Made by PodNet Wizard (\"Export as commands\"): the changes of one run, done with\n"
            "# the openstack and kubectl clients. Comments are in English so that anyone can\n"
            "# read the script, whatever language the wizard was showing.\n"
            "#\n");
    out += QStringLiteral("# Run: %1, started %2%3\n")
                   .arg(commentSafe(record.runId.isEmpty() ? QStringLiteral("-") : record.runId),
                        record.startedAt.toUTC().toString(Qt::ISODate),
                        s.demo ? QStringLiteral(" (demo mode: the built-in simulators)")
                               : QString());
    if (!s.projectName.isEmpty() || !s.authUrl.isEmpty())
        out += QStringLiteral("# OpenStack: project %1 at %2\n")
                       .arg(commentSafe(s.projectName), commentSafe(s.authUrl));
    if (!s.kubeServer.isEmpty())
        out += QStringLiteral("# Kubernetes: %1%2\n")
                       .arg(commentSafe(s.kubeServer),
                            s.kubeContext.isEmpty() ? QString()
                                                    : QStringLiteral(" (context %1)")
                                                              .arg(commentSafe(s.kubeContext)));
    out += QStringLiteral(
            "#\n"
            "# No password, token or key is in here: the clients read them from your environment\n"
            "# (OS_CLOUD or the OS_* variables of an openrc file; KUBECONFIG or ~/.kube/config).\n"
            "# Safe to run again: pairs already present are skipped, annotations are overwritten\n"
            "# with the same values and the server-side apply leaves unchanged objects alone.\n"
            "set -euo pipefail\n\n");
    return out;
}

QString openStackPart(const SetupRunRecord &record)
{
    QString body;
    for (const PortPlan::Entry &e : record.plan.ports->entries) {
        if (e.action != PortPlan::Action::Change || e.toAdd.isEmpty())
            continue;
        const QString port = CommandScript::shellQuote(e.port.id);
        body += QStringLiteral("# %1\n").arg(
                commentSafe(e.serverName.isEmpty() ? e.port.name : e.serverName));
        for (const PortAddressPair &pair : e.toAdd) {
            body += QStringLiteral("if ! has_pair %1 %2; then\n"
                                   "  openstack port set --allowed-address %3 %1\n"
                                   "fi\n")
                            .arg(port, CommandScript::shellQuote(pair.ipAddress()),
                                 pairArgument(pair));
        }
    }
    if (body.isEmpty())
        return {};
    return QStringLiteral(
                   "# 1. Allowed address pairs. \"openstack port set --allowed-address\" appends "
                   "to the\n"
                   "# port's list (a pair already there is an error), so each pair is checked "
                   "first.\n"
                   "has_pair() {\n"
                   "  local pairs\n"
                   "  pairs=$(openstack port show -c allowed_address_pairs -f value \"$1\") || {\n"
                   "    echo \"Port $1 could not be read: check your OpenStack credentials and "
                   "that the "
                   "port still exists.\" >&2\n"
                   "    exit 1\n"
                   "  }\n"
                   "  grep -qF -- \"'$2'\" <<<\"$pairs\"\n"
                   "}\n\n")
            + body + QLatin1Char('\n');
}

QString openStackCheck(const SetupRunRecord &record)
{
    QString out;
    if (!record.settings.cloudName.isEmpty()) {
        out += QStringLiteral(
                       "# Without credentials in the environment, use the cloud of clouds.yaml "
                       "the run used.\n"
                       "if [[ -z \"${OS_CLOUD:-}\" && -z \"${OS_AUTH_URL:-}\" ]]; then\n"
                       "  export OS_CLOUD=%1\n"
                       "fi\n")
                       .arg(CommandScript::shellQuote(record.settings.cloudName));
    }
    return out
            + QStringLiteral("if [[ -z \"${OS_CLOUD:-}\" && -z \"${OS_AUTH_URL:-}\" ]]; then\n"
                             "  echo \"Set OS_CLOUD to a cloud of your clouds.yaml, or source your "
                             "project's "
                             "openrc file, then run this script again.\" >&2\n"
                             "  exit 1\n"
                             "fi\n\n");
}

QString kubeCheck()
{
    return QStringLiteral("if [[ -z \"${KUBECONFIG:-}\" && ! -f \"$HOME/.kube/config\" ]]; then\n"
                          "  echo \"Set KUBECONFIG to your cluster's kubeconfig file (or put it at "
                          "~/.kube/config), then run this script again.\" >&2\n"
                          "  exit 1\n"
                          "fi\n\n");
}

QString podRangePart(const SetupRunRecord &record, const QString &ns)
{
    QString out;
    for (const PodCidrAnnotationPlan::Entry &e : record.plan.podRanges->entries) {
        if (e.action != PodCidrAnnotationPlan::Action::Set
            && e.action != PodCidrAnnotationPlan::Action::Unchanged)
            continue;
        const QString node = CommandScript::shellQuote(e.node.name);
        out += QStringLiteral("kubectl annotate --overwrite node %1 %2 %3\n")
                       .arg(node,
                            CommandScript::shellQuote(PodCidrNode::podCidrKey() + QLatin1Char('=')
                                                      + e.proposed),
                            CommandScript::shellQuote(PodCidrNode::podCidrsKey() + QLatin1Char('=')
                                                      + e.proposed));
        if (e.action == PodCidrAnnotationPlan::Action::Set && e.kubeRouterRunning) {
            out += QStringLiteral("# kube-router reads the annotations only when it starts.\n"
                                  "kubectl -n %1 delete pod -l k8s-app=kube-router "
                                  "--field-selector spec.nodeName=%2 --ignore-not-found\n")
                           .arg(CommandScript::shellQuote(e.kubeRouterNamespace.isEmpty()
                                                                  ? ns
                                                                  : e.kubeRouterNamespace),
                                node);
        }
    }
    if (out.isEmpty())
        return {};
    return QStringLiteral("# 2. Pod ranges: kube-router reads them from these two annotations.\n")
            + out + QLatin1Char('\n');
}

QString manifestPart(const SetupRunRecord &record, const QString &ns)
{
    QString manifest = QString::fromUtf8(record.plan.manifestYaml);
    if (!manifest.endsWith(QLatin1Char('\n')))
        manifest += QLatin1Char('\n');
    const QString delimiter = heredocDelimiter(manifest);
    return QStringLiteral("# 3. kube-router's objects, applied server-side as the wizard does.\n"
                          "kubectl apply --server-side --field-manager=%1 -f - <<'%2'\n%3%2\n\n"
                          "# 4. Wait until kube-router runs everywhere and every node is Ready.\n"
                          "kubectl -n %4 rollout status daemonset/kube-router --timeout=300s\n"
                          "kubectl wait --for=condition=Ready nodes --all --timeout=300s\n")
            .arg(QString::fromLatin1(KubeClient::fieldManager), delimiter, manifest,
                 CommandScript::shellQuote(ns));
}

} // namespace

QString CommandScript::shellQuote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandScript::shellScript(const SetupRunRecord &record)
{
    // Every check comes before the first change, so a missing credential stops nothing
    // half-way.
    const QString openStack = record.plan.ports ? openStackPart(record) : QString();
    const QString ns = kubeRouterNamespace(record.plan);
    QString kube;
    if (record.plan.podRanges)
        kube += podRangePart(record, ns);
    if (!record.plan.manifestYaml.isEmpty())
        kube += manifestPart(record, ns);
    QString out = header(record);
    if (!openStack.isEmpty())
        out += openStackCheck(record);
    if (!kube.isEmpty())
        out += kubeCheck();
    if (openStack.isEmpty() && kube.isEmpty())
        return out + QStringLiteral("echo \"This run had nothing to change.\"\n");
    return out + openStack + kube;
}

} // namespace podnet
