// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpFailure.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace podnet {

class KeystoneSession;

/// Reads the names of the project's servers from Nova (GET {compute}/servers/detail, page by
/// page), so ports can be shown by the server they belong to. Reports once per start() through
/// finished(): a map from server id (a port's device_id) to name. Names are a convenience: when
/// the cloud has no compute endpoint or Nova fails, the map is empty and lastFailure() says why.
/// The session must already be authenticated.
class NovaServerNamesJob : public QObject
{
    Q_OBJECT
public:
    /// \a session is not owned and must outlive the job.
    explicit NovaServerNamesJob(KeystoneSession *session, QObject *parent = nullptr);
    ~NovaServerNamesJob() override;

    /// Servers per page (Nova's limit parameter). Default: 500.
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    /// Starts reading; a run still going is abandoned and reports nothing.
    void start();
    bool isRunning() const { return !m_reply.isNull() || m_reportPending; }
    /// Why the last run reported an empty map; Kind::None when it did not fail.
    HttpFailure lastFailure() const { return m_lastFailure; }

Q_SIGNALS:
    /// Server id → server name; empty when Nova is absent or failed.
    void finished(const QHash<QString, QString> &namesByServerId);

private:
    void requestPage(const QString &marker);
    void onPage(QNetworkReply *reply);
    void finish(const HttpFailure &failure);
    void abortReply();

    KeystoneSession *m_session;
    QPointer<QNetworkReply> m_reply;
    QHash<QString, QString> m_names;
    HttpFailure m_lastFailure;
    QUrl m_baseUrl;
    int m_pageSize = 500;
    int m_pages = 0;
    bool m_reportPending = false;
    quint64 m_run = 0;
};

} // namespace podnet
