// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestApplyJob.h"
#include "kube/ManifestApplyPreparation.h"

#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/ManifestApplySet.h"

#include <algorithm>

namespace podnet {

namespace {

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("resourceVersion"))
            .toString();
}

} // namespace

ManifestApplyJob::ManifestApplyJob(KubeClient *client, const QByteArray &manifest, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_manifest(manifest)
{ }

ManifestApplyJob::~ManifestApplyJob() = default;

void ManifestApplyJob::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_errorMessage.clear();
    m_errorDetail.clear();
    ManifestApplySet::prepare(m_client, m_map, m_manifest, m_defaultNamespace, this,
                              [this](const ManifestApplyPreparation &prepared) {
                                  if (!prepared.set) {
                                      m_errorMessage = prepared.message;
                                      m_errorDetail = prepared.detail;
                                      return stop();
                                  }
                                  m_map = prepared.map;
                                  const std::optional<ManifestApplySet> &set = prepared.set;
                                  for (const ManifestApplyItem &item : set->items()) {
                                      ManifestApplyResult result;
                                      result.item = item;
                                      m_results << result;
                                  }
                                  m_current = 0;
                                  Q_EMIT itemsReady();
                                  next();
                              });
}

void ManifestApplyJob::retry()
{
    if (m_running || !m_client)
        return;
    if (m_results.isEmpty())
        return start();
    if (m_current >= m_results.size())
        return;
    m_running = true;
    next();
}

void ManifestApplyJob::retryWithForce()
{
    if (!canRetryWithForce() || !m_client)
        return;
    m_force = true;
    m_running = true;
    next();
}

bool ManifestApplyJob::isOk() const
{
    if (!m_errorMessage.isEmpty() || m_results.isEmpty())
        return false;
    return std::all_of(m_results.begin(), m_results.end(),
                       [](const ManifestApplyResult &result) { return result.isDone(); });
}

bool ManifestApplyJob::canRetryWithForce() const
{
    return !m_running && m_current < m_results.size()
            && m_results.at(m_current).outcome == ManifestApplyResult::Outcome::Conflict;
}

void ManifestApplyJob::next()
{
    if (m_current >= m_results.size())
        return stop();
    const int index = static_cast<int>(m_current);
    ManifestApplyResult &result = m_results[m_current];
    result.outcome = ManifestApplyResult::Outcome::Pending;
    result.conflicts.clear();
    result.message.clear();
    result.detail.clear();
    Q_EMIT objectStarted(index);
    KubeReply *reply = m_client->getObject(result.item.path);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            ManifestApplyResult &failed = m_results[m_current];
            failed.outcome = ManifestApplyResult::Outcome::Failed;
            failed.message = tr("Could not read %1 before applying it. %2")
                                     .arg(failed.item.kubectlName(), reply->errorMessage());
            failed.detail = reply->errorDetail();
            Q_EMIT objectFinished(static_cast<int>(m_current));
            return stop();
        }
        applyCurrent(reply->object(), !reply->isAbsent());
    });
}

void ManifestApplyJob::applyCurrent(const QJsonObject &before, bool existed)
{
    ManifestApplyResult &result = m_results[m_current];
    KubeClient::ApplyOptions options;
    options.force = m_force;
    result.forced = m_force;
    m_force = false;
    const QString beforeVersion = resourceVersionOf(before);
    KubeReply *reply = m_client->apply(result.item.path, result.item.document, options);
    connect(reply, &KubeReply::finished, this, [this, reply, existed, beforeVersion] {
        ManifestApplyResult &done = m_results[m_current];
        const int index = static_cast<int>(m_current);
        if (!reply->isOk()) {
            const std::optional<KubeStatus> status = reply->status();
            if (reply->httpStatus() == 409 && status && !status->conflicts().isEmpty()) {
                done.outcome = ManifestApplyResult::Outcome::Conflict;
                done.conflicts = status->conflicts();
                done.message = conflictMessage(done.item, done.conflicts);
            } else {
                done.outcome = ManifestApplyResult::Outcome::Failed;
                done.message = tr("Could not apply %1. %2")
                                       .arg(done.item.kubectlName(), reply->errorMessage());
            }
            done.detail = reply->errorDetail();
            Q_EMIT objectFinished(index);
            return stop();
        }
        if (!existed)
            done.outcome = ManifestApplyResult::Outcome::Created;
        else if (resourceVersionOf(reply->object()) != beforeVersion)
            done.outcome = ManifestApplyResult::Outcome::Configured;
        else
            done.outcome = ManifestApplyResult::Outcome::Unchanged;
        ++m_current;
        Q_EMIT objectFinished(index);
        next();
    });
}

void ManifestApplyJob::stop()
{
    m_running = false;
    Q_EMIT finished();
}

QString ManifestApplyJob::conflictMessage(const ManifestApplyItem &item,
                                          const QList<KubeStatus::Cause> &conflicts)
{
    QStringList owners;
    for (const KubeStatus::Cause &cause : conflicts) {
        owners << (cause.manager.isEmpty() ? cause.field
                                           : tr("%1 (owned by %2)", "@info field and its manager")
                                                     .arg(cause.field, cause.manager));
    }
    return tr("%1: other tools manage fields that this manifest sets to different values: %2. "
              "Take ownership to overwrite them with the manifest's values (apply with force), "
              "or change the manifest to keep theirs.")
            .arg(item.kubectlName(), owners.join(QStringLiteral(", ")));
}

QString ManifestApplyJob::line(const ManifestApplyResult &result)
{
    const QString name = result.item.kubectlName();
    switch (result.outcome) {
    case ManifestApplyResult::Outcome::Pending:
        return tr("%1 not applied", "@info kubectl-style line").arg(name);
    case ManifestApplyResult::Outcome::Created:
        return tr("%1 created", "@info kubectl-style line").arg(name);
    case ManifestApplyResult::Outcome::Configured:
        return tr("%1 configured", "@info kubectl-style line").arg(name);
    case ManifestApplyResult::Outcome::Unchanged:
        return tr("%1 unchanged", "@info kubectl-style line").arg(name);
    case ManifestApplyResult::Outcome::Conflict:
        return tr("%1 conflict", "@info kubectl-style line").arg(name);
    case ManifestApplyResult::Outcome::Failed:
        return tr("%1 failed", "@info kubectl-style line").arg(name);
    }
    return name;
}

QStringList ManifestApplyJob::lines() const
{
    QStringList out;
    for (const ManifestApplyResult &result : m_results)
        out << line(result);
    return out;
}

QString ManifestApplyJob::summary() const
{
    int created = 0, configured = 0, unchanged = 0, other = 0;
    for (const ManifestApplyResult &result : m_results) {
        switch (result.outcome) {
        case ManifestApplyResult::Outcome::Created:
            ++created;
            break;
        case ManifestApplyResult::Outcome::Configured:
            ++configured;
            break;
        case ManifestApplyResult::Outcome::Unchanged:
            ++unchanged;
            break;
        default:
            ++other;
        }
    }
    return tr("%n object(s): %1 created, %2 configured, %3 unchanged, %4 not applied", nullptr,
              static_cast<int>(m_results.size()))
            .arg(created)
            .arg(configured)
            .arg(unchanged)
            .arg(other);
}

QStringList ManifestApplyJob::daemonSetPaths() const
{
    QStringList paths;
    for (const ManifestApplyResult &result : m_results) {
        if (result.item.resource.kind == QLatin1String("DaemonSet"))
            paths << result.item.path;
    }
    return paths;
}

} // namespace podnet
