// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileWriter.h"

#include "profile/ProfileReader.h"

#include <QDir>
#include <QSaveFile>

#include <utility>

namespace podnet {

namespace {

// Always double-quoted, so values such as "yes", "1" or "a: b" stay strings.
QByteArray quoted(const QString &value)
{
    QByteArray out = "\"";
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += '\\';
            out += c.toLatin1();
        } else if (c.unicode() < 0x20) {
            out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
        } else {
            out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

using Entry = std::pair<const char *, const QString *>;

// "name:" and its set keys, each preceded by a comment line; nothing when no key is set.
QByteArray section(const char *name, const QByteArray &comment, const QList<Entry> &entries,
                   const QList<QByteArray> &comments)
{
    QByteArray body;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].second->isEmpty())
            continue;
        body += "  # " + comments.value(i) + "\n  " + entries[i].first + ": "
                + quoted(*entries[i].second) + '\n';
    }
    if (body.isEmpty())
        return {};
    return "\n# " + comment + '\n' + name + ":\n" + body;
}

} // namespace

QByteArray ProfileWriter::toYaml(const Profile &p)
{
    QByteArray out = "# PodNet Wizard profile: the non-secret settings of one setup.\n"
                     "# Schema: docs/profile.md. Passwords and tokens never go in here.\n"
                     "version: "
            + QByteArray::number(ProfileReader::schemaVersion) + '\n';

    if (p.skipOpenStack) {
        out += "\n# The OpenStack side is left out.\nopenstack: skip\n";
    } else {
        out += section("openstack", "The OpenStack cloud whose compute ports get the pairs.",
                       {{"cloud", &p.cloud},
                        {"auth_url", &p.authUrl},
                        {"username", &p.userName},
                        {"user_domain_name", &p.userDomain},
                        {"project_name", &p.projectName},
                        {"project_domain_name", &p.projectDomain},
                        {"region_name", &p.regionName},
                        {"ports", &p.portPattern}},
                       {"A cloud of clouds.yaml.", "Keystone's address.", "The user.",
                        "The user's domain.", "The project.", "The project's domain.",
                        "The region.", "Only the compute ports of servers matching this glob."});
    }
    if (p.skipKubernetes) {
        out += "\n# The Kubernetes side is left out.\nkubernetes: skip\n";
    } else {
        out += section(
                "kubernetes", "The cluster kube-router is installed on.",
                {{"kubeconfig", &p.kubeconfig}, {"context", &p.context}, {"server", &p.server}},
                {"The kubeconfig file.", "The kubeconfig's context.",
                 "The API server, typed in (the token comes from PODNET_KUBE_TOKEN)."});
    }
    out += section("network", "The cluster's network values.",
                   {{"api_server_url", &p.apiServerUrl},
                    {"cluster_cidr", &p.clusterCidr},
                    {"service_cidr", &p.serviceCidr}},
                   {"The API server as the nodes reach it.", "The cluster (pod) CIDR.",
                    "The service CIDR."});
    out += section("manifest", "kube-router's manifest.",
                   {{"template", &p.templateSource}, {"image_tag", &p.imageTag}},
                   {"upstream, builtin, a URL or a file.", "Pin kube-router's image to this tag."});
    return out;
}

bool ProfileWriter::write(const Profile &profile, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray text = toYaml(profile);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    if (error) {
        *error = tr("Cannot save the profile to %1 (%2). Choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace podnet
