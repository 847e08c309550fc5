// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace podnet {

class KubeClient;
class KubeReply;

/// Asks the server who we are: a SelfSubjectReview (authentication.k8s.io/v1, falling back to
/// v1beta1). Servers before 1.27 may not offer it (404 on both): that is "not offered", not a
/// failure. Reports once through finished() and deletes itself afterwards.
class KubeIdentityJob : public QObject
{
    Q_OBJECT
public:
    explicit KubeIdentityJob(KubeClient *client, QObject *parent = nullptr);
    ~KubeIdentityJob() override;

    void start();

    bool isOk() const { return m_errorMessage.isEmpty(); }
    /// The server does not offer SelfSubjectReview (or refuses it); the identity is unknown.
    bool isOffered() const { return m_offered; }
    QString userName() const { return m_userName; }
    QStringList groups() const { return m_groups; }
    int httpStatus() const { return m_httpStatus; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorDetail() const { return m_errorDetail; }

Q_SIGNALS:
    void finished();

private:
    void ask(const QString &version);
    void finish();

    QPointer<KubeClient> m_client;
    QPointer<KubeReply> m_reply;
    bool m_offered = false;
    int m_httpStatus = 0;
    QString m_userName;
    QStringList m_groups;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace podnet
