// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestDiffJob.h"
#include "kube/ManifestApplyPreparation.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/ManifestApplyJob.h"
#include "kube/ManifestApplySet.h"
#include "kube/ManifestDiffYaml.h"
#include "kube/UnifiedDiff.h"

namespace podnet {

ManifestDiffJob::ManifestDiffJob(KubeClient *client, const QByteArray &manifest, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_manifest(manifest)
{ }

ManifestDiffJob::~ManifestDiffJob() = default;

void ManifestDiffJob::start()
{
    if (m_started || !m_client)
        return;
    m_started = true;
    ManifestApplySet::prepare(m_client, m_map, m_manifest, m_defaultNamespace, this,
                              [this](const ManifestApplyPreparation &prepared) {
                                  if (!prepared.set) {
                                      m_errorMessage = prepared.message;
                                      m_errorDetail = prepared.detail;
                                      return done();
                                  }
                                  m_map = prepared.map;
                                  const std::optional<ManifestApplySet> &set = prepared.set;
                                  for (const ManifestApplyItem &item : set->items()) {
                                      ManifestDiffEntry entry;
                                      entry.item = item;
                                      m_entries << entry;
                                  }
                                  next();
                              });
}

void ManifestDiffJob::next()
{
    if (m_current >= m_entries.size() || !m_client)
        return done();
    KubeReply *reply = m_client->getObject(m_entries.at(m_current).item.path);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            ManifestDiffEntry &entry = m_entries[m_current];
            entry.action = ManifestDiffEntry::Action::Failed;
            entry.message = tr("Could not read %1 from the cluster. %2")
                                    .arg(entry.item.kubectlName(), reply->errorMessage());
            entry.detail = reply->errorDetail();
            Q_EMIT entryFinished(static_cast<int>(m_current++));
            return next();
        }
        dryRun(reply->object(), !reply->isAbsent());
    });
}

void ManifestDiffJob::dryRun(const QJsonObject &live, bool existed)
{
    KubeClient::ApplyOptions options;
    options.dryRun = true;
    KubeReply *reply = m_client->apply(m_entries.at(m_current).item.path,
                                       m_entries.at(m_current).item.document, options);
    connect(reply, &KubeReply::finished, this, [this, reply, live, existed] {
        ManifestDiffEntry &entry = m_entries[m_current];
        const QString name = entry.item.kubectlName();
        if (!reply->isOk()) {
            const std::optional<KubeStatus> status = reply->status();
            if (reply->httpStatus() == 409 && status && !status->conflicts().isEmpty()) {
                entry.action = ManifestDiffEntry::Action::Conflict;
                entry.conflicts = status->conflicts();
                entry.message = ManifestApplyJob::conflictMessage(entry.item, entry.conflicts);
            } else {
                entry.action = ManifestDiffEntry::Action::Failed;
                entry.message = tr("The server refused %1 in a trial run, so applying it would "
                                   "fail too. %2")
                                        .arg(name, reply->errorMessage());
            }
            entry.detail = reply->errorDetail();
        } else if (!existed) {
            entry.action = ManifestDiffEntry::Action::Create;
            entry.diff = objectDiff(QJsonObject(), reply->object(), name);
        } else {
            entry.diff = objectDiff(live, reply->object(), name);
            entry.action = entry.diff.isEmpty() ? ManifestDiffEntry::Action::Unchanged
                                                : ManifestDiffEntry::Action::Configure;
        }
        Q_EMIT entryFinished(static_cast<int>(m_current++));
        next();
    });
}

void ManifestDiffJob::done()
{
    Q_EMIT finished();
    deleteLater();
}

QString ManifestDiffJob::objectDiff(const QJsonObject &live, const QJsonObject &after,
                                    const QString &name)
{
    const QString from = live.isEmpty()
            ? QString()
            : ManifestDiffYaml::toText(ManifestDiffYaml::comparable(live));
    const QString to = ManifestDiffYaml::toText(ManifestDiffYaml::comparable(after));
    return UnifiedDiff::diffText(
            from, to, live.isEmpty() ? QStringLiteral("/dev/null") : QStringLiteral("live/") + name,
            QStringLiteral("applied/") + name);
}

QString ManifestDiffJob::totalsText() const
{
    int create = 0, configure = 0, unchanged = 0, problems = 0;
    for (const ManifestDiffEntry &entry : m_entries) {
        switch (entry.action) {
        case ManifestDiffEntry::Action::Create:
            ++create;
            break;
        case ManifestDiffEntry::Action::Configure:
            ++configure;
            break;
        case ManifestDiffEntry::Action::Unchanged:
            ++unchanged;
            break;
        case ManifestDiffEntry::Action::Conflict:
        case ManifestDiffEntry::Action::Failed:
            ++problems;
            break;
        }
    }
    return tr("%1 to create, %2 to configure, %3 unchanged, %4 with problems.")
            .arg(create)
            .arg(configure)
            .arg(unchanged)
            .arg(problems);
}

QString ManifestDiffJob::toText() const
{
    QStringList lines;
    if (!m_errorMessage.isEmpty())
        lines << m_errorMessage;
    for (const ManifestDiffEntry &entry : m_entries) {
        lines << tr("%1 %2", "@info symbol and object")
                         .arg(ManifestDiffEntry::symbol(entry.action), entry.item.kubectlName());
        if (entry.action == ManifestDiffEntry::Action::Configure) {
            for (const QString &line : entry.diff.split(QLatin1Char('\n')))
                lines << QStringLiteral("    ") + line;
        } else if (!entry.message.isEmpty()) {
            lines << QStringLiteral("    ") + entry.message;
        }
    }
    lines << totalsText();
    return lines.join(QLatin1Char('\n'));
}

} // namespace podnet
