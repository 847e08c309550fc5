// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/ExecCredentialError.h"
#include "kube/KubeStatus.h"
#include "net/HttpFailure.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace podnet {

class KubeClient;

/// One request to the Kubernetes API, made by KubeClient. Reports exactly once through
/// finished() and deletes itself afterwards; deleting the client aborts it without a report.
/// Connect to finished() with a context object.
class KubeReply : public QObject
{
    Q_OBJECT
public:
    ~KubeReply() override;

    QByteArray verb() const { return m_verb; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }

    /// The request succeeded (2xx with a JSON object), or the object is absent where that is
    /// an answer (GET/DELETE of one object: 404).
    bool isOk() const { return m_finished && m_failure.isOk() && !m_credentialError.isError(); }
    /// 404 for a request that allows it: the object does not exist. isOk() is true.
    bool isAbsent() const { return m_absent; }
    int httpStatus() const { return m_httpStatus; }
    /// The answer's JSON object (also a Status for failures); empty when there was none.
    QJsonObject object() const { return m_object; }

    /// The HTTP failure, Kind::None when the request succeeded or never went out.
    HttpFailure failure() const { return m_failure; }
    /// The server's Status for an error answer (with 409 conflict causes).
    std::optional<KubeStatus> status() const { return m_status; }
    /// Set when an exec credential plugin could not give credentials; nothing was sent then.
    ExecCredentialError credentialError() const { return m_credentialError; }
    /// Translated: what went wrong and what to do (empty when isOk()).
    QString errorMessage() const;
    /// Technical detail for the person: URL, status, server message (never credentials).
    QString errorDetail() const;

    /// Stops the request; finished() reports a cancelled failure.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class KubeClient;
    KubeReply(KubeClient *client, const QByteArray &verb, const QUrl &url, const QByteArray &body,
              const QByteArray &contentType, bool absentOk);
    void start();
    void onFinished();
    void finish();

    QPointer<KubeClient> m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentType;
    bool m_absentOk = false;
    bool m_retried = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_absent = false;
    int m_httpStatus = 0;
    QPointer<QNetworkReply> m_reply;
    QJsonObject m_object;
    HttpFailure m_failure;
    std::optional<KubeStatus> m_status;
    ExecCredentialError m_credentialError;
};

} // namespace podnet
