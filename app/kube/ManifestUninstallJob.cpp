// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestUninstallJob.h"
#include "kube/ManifestApplyPreparation.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/ManifestApplySet.h"

#include <algorithm>

namespace podnet {

ManifestUninstallJob::ManifestUninstallJob(KubeClient *client, const QByteArray &manifest,
                                           Mode mode, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_manifest(manifest)
    , m_mode(mode)
{ }

ManifestUninstallJob::~ManifestUninstallJob() = default;

void ManifestUninstallJob::start()
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
                                  for (const ManifestApplyItem &item : set->removalOrder()) {
                                      Entry entry;
                                      entry.item = item;
                                      m_entries << entry;
                                  }
                                  next();
                              });
}

bool ManifestUninstallJob::isOk() const
{
    return m_errorMessage.isEmpty()
            && std::none_of(m_entries.begin(), m_entries.end(), [](const Entry &entry) {
                   return entry.state == Entry::State::Failed
                           || entry.state == Entry::State::Pending;
               });
}

void ManifestUninstallJob::next()
{
    if (m_current >= m_entries.size() || !m_client)
        return done();
    const QString path = m_entries.at(m_current).item.path;
    KubeReply *reply = m_mode == Mode::Preview ? m_client->getObject(path) : m_client->remove(path);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        Entry &entry = m_entries[m_current];
        const int index = static_cast<int>(m_current);
        if (!reply->isOk()) {
            entry.state = Entry::State::Failed;
            entry.message = m_mode == Mode::Preview
                    ? tr("Could not read %1 from the cluster. %2")
                              .arg(entry.item.kubectlName(), reply->errorMessage())
                    : tr("Could not delete %1; the objects after it were left in place. %2")
                              .arg(entry.item.kubectlName(), reply->errorMessage());
            entry.detail = reply->errorDetail();
            Q_EMIT entryFinished(index);
            return done();
        }
        if (m_mode == Mode::Preview)
            entry.state = reply->isAbsent() ? Entry::State::Absent : Entry::State::Exists;
        else
            entry.state = reply->isAbsent() ? Entry::State::AlreadyGone : Entry::State::Deleted;
        ++m_current;
        Q_EMIT entryFinished(index);
        next();
    });
}

void ManifestUninstallJob::done()
{
    Q_EMIT finished();
    deleteLater();
}

QString ManifestUninstallJob::line(const Entry &entry)
{
    const QString name = entry.item.kubectlName();
    switch (entry.state) {
    case Entry::State::Pending:
        return tr("%1 not removed", "@info uninstall line").arg(name);
    case Entry::State::Exists:
        return tr("%1 exists (will be deleted)", "@info uninstall line").arg(name);
    case Entry::State::Absent:
        return tr("%1 not found (nothing to delete)", "@info uninstall line").arg(name);
    case Entry::State::Deleted:
        return tr("%1 deleted", "@info uninstall line").arg(name);
    case Entry::State::AlreadyGone:
        return tr("%1 already gone", "@info uninstall line").arg(name);
    case Entry::State::Failed:
        return tr("%1 failed: %2", "@info uninstall line").arg(name, entry.message);
    }
    return name;
}

QStringList ManifestUninstallJob::lines() const
{
    QStringList out;
    for (const Entry &entry : m_entries)
        out << line(entry);
    if (!m_errorMessage.isEmpty())
        out << m_errorMessage;
    return out;
}

} // namespace podnet
