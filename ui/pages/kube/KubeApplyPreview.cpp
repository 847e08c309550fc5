// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyPreview.h"

#include "kube/ManifestDiffJob.h"

#include <algorithm>

namespace podnet {

KubeApplyPreview::KubeApplyPreview(QObject *parent)
    : QObject(parent)
{ }

void KubeApplyPreview::start(KubeClient *client, const QByteArray &manifest,
                             const KubeResourceMap &map)
{
    clear();
    auto *job = new ManifestDiffJob(client, manifest, this);
    job->setResourceMap(map);
    m_job = job;
    connect(job, &ManifestDiffJob::finished, this, [this, job] {
        if (m_job != job)
            return;
        m_job = nullptr;
        m_entries = job->entries();
        m_error = job->errorMessage();
        m_errorDetail = job->errorDetail();
        m_done = true;
        Q_EMIT finished();
    });
    job->start();
}

void KubeApplyPreview::clear()
{
    if (m_job) {
        // Its answer is no longer wanted; it still deletes itself when done.
        m_job->disconnect(this);
        m_job = nullptr;
    }
    m_entries.clear();
    m_done = false;
    m_error.clear();
    m_errorDetail.clear();
}

bool KubeApplyPreview::isNothingToDo() const
{
    return m_done && m_error.isEmpty() && !m_entries.isEmpty()
            && std::all_of(m_entries.cbegin(), m_entries.cend(), [](const ManifestDiffEntry &e) {
                   return e.action == ManifestDiffEntry::Action::Unchanged;
               });
}

QString KubeApplyPreview::totalsText() const
{
    auto count = [this](ManifestDiffEntry::Action action) {
        return std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [action](const ManifestDiffEntry &e) { return e.action == action; });
    };
    const auto create = count(ManifestDiffEntry::Action::Create);
    const auto configure = count(ManifestDiffEntry::Action::Configure);
    const auto unchanged = count(ManifestDiffEntry::Action::Unchanged);
    return tr("%1 to create, %2 to configure, %3 unchanged, %4 with problems.")
            .arg(create)
            .arg(configure)
            .arg(unchanged)
            .arg(m_entries.size() - create - configure - unchanged);
}

int KubeApplyPreview::firstChange() const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).action != ManifestDiffEntry::Action::Unchanged)
            return i;
    }
    return 0;
}

} // namespace podnet
