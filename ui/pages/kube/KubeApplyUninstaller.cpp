// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyUninstaller.h"

#include "kube/KubeClient.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace podnet {

KubeApplyUninstaller::KubeApplyUninstaller(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{ }

void KubeApplyUninstaller::start(KubeClient *client, const QByteArray &manifest,
                                 const KubeResourceMap &map)
{
    if (m_busy)
        return;
    m_client = client;
    m_manifest = manifest;
    m_map = map;
    m_busy = true;
    run(ManifestUninstallJob::Mode::Preview);
}

void KubeApplyUninstaller::run(ManifestUninstallJob::Mode mode)
{
    if (!m_client) {
        end(false, tr("The connection to the cluster is gone. Go back and connect again."), {});
        return;
    }
    auto *job = new ManifestUninstallJob(m_client, m_manifest, mode, this);
    job->setResourceMap(m_map);
    connect(job, &ManifestUninstallJob::entryFinished, this, [this, job](int index) {
        const ManifestUninstallJob::Entry entry = job->entries().at(index);
        Q_EMIT entryChanged(entry, ManifestUninstallJob::line(entry));
    });
    connect(job, &ManifestUninstallJob::finished, this, [this, job, mode] {
        if (!job->errorMessage().isEmpty()) {
            end(mode == ManifestUninstallJob::Mode::Delete, job->errorMessage(),
                job->errorDetail());
            return;
        }
        if (mode == ManifestUninstallJob::Mode::Delete) {
            QString message;
            QString detail;
            for (const ManifestUninstallJob::Entry &entry : job->entries()) {
                if (entry.state == ManifestUninstallJob::Entry::State::Failed) {
                    message = entry.message;
                    detail = entry.detail;
                }
            }
            end(true, message, detail);
            return;
        }
        askToConfirm(job->entries());
    });
    job->start();
}

void KubeApplyUninstaller::askToConfirm(const QList<ManifestUninstallJob::Entry> &entries)
{
    QStringList existing;
    for (const ManifestUninstallJob::Entry &entry : entries) {
        if (entry.state == ManifestUninstallJob::Entry::State::Exists)
            existing << entry.item.kubectlName();
    }
    if (existing.isEmpty()) {
        end(false, tr("Nothing to uninstall: none of the manifest's objects exist in the cluster."),
            {});
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Uninstall kube-router?"),
                                tr("This deletes %n object(s) from the cluster. Pods lose their "
                                   "network until another network plugin runs.",
                                   nullptr, static_cast<int>(existing.size())),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("uninstallConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(existing.join(QLatin1Char('\n')));
    QPushButton *remove
            = box->addButton(tr("&Delete them", "@action:button"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmUninstallButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelUninstallButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() == remove)
            run(ManifestUninstallJob::Mode::Delete);
        else
            end(false, tr("Uninstall cancelled; nothing was deleted."), {});
    });
    Q_EMIT confirmationAsked();
    box->open();
}

void KubeApplyUninstaller::end(bool deleted, const QString &message, const QString &detail)
{
    m_busy = false;
    Q_EMIT finished(deleted, message, detail);
}

} // namespace podnet
