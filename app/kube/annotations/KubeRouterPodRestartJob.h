// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace podnet {

class KubeClient;

/// Restarts kube-router on some nodes so it reads their new pod-range annotations (it reads
/// them only at start): lists the pods labelled k8s-app=kube-router, then deletes the ones on
/// those nodes one after another; the DaemonSet recreates them. Reports once through
/// finished(); its parent owns it.
class KubeRouterPodRestartJob : public QObject
{
    Q_OBJECT
public:
    /// One node.
    struct Result
    {
        enum class State { Pending, NoPod, Restarted, Failed };

        QString node;
        QString podNamespace;
        QStringList pods; ///< the pods deleted (or to delete)
        State state = State::Pending;
        QString message; ///< translated, for Failed
        QString detail;
    };

    KubeRouterPodRestartJob(KubeClient *client, const QStringList &nodes,
                            QObject *parent = nullptr);
    ~KubeRouterPodRestartJob() override;

    void start();
    /// Deletes no more pods; the rest are reported Failed (cancelled).
    void cancel();

    QList<Result> results() const { return m_results; }
    /// No node failed.
    bool isOk() const;
    /// Translated line: "pod/kube-router-x deleted; the DaemonSet starts a new one on node N".
    static QString line(const Result &result);

    /// Translated: the permission to delete pods that is missing in \a podNamespace.
    static QString forbiddenMessage(const QString &podNamespace);

Q_SIGNALS:
    void nodeFinished(int index);
    void finished();

private:
    void onListed(const QList<QJsonObject> &pods);
    void next();
    void failRest(const QString &message, const QString &detail);
    void done();

    struct Deletion
    {
        qsizetype result;
        QString podNamespace;
        QString pod;
    };

    QPointer<KubeClient> m_client;
    QList<Result> m_results;
    QList<Deletion> m_deletions;
    qsizetype m_next = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace podnet
