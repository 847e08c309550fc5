// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeStatus.h"
#include "kube/KubeWatchEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

namespace podnet {

class KubeClient;

/// Reads one watch stream (GET path?watch=1&resourceVersion=RV&allowWatchBookmarks=true):
/// newline-delimited JSON events, read incrementally as bytes arrive. Lines that are not
/// events are reported and skipped. BOOKMARK only advances resourceVersion(). A 410 (as HTTP
/// status or ERROR event) means the version is too old: the caller lists again and starts a
/// new watch. When the server ends the stream (it does after a timeout) ended() asks the caller
/// to watch again from resourceVersion(). Each start() reports at most one of expired(),
/// ended() and failed().
class KubeWatchReader : public QObject
{
    Q_OBJECT
public:
    /// Not started yet: call start(). KubeClient::watch() does both.
    KubeWatchReader(KubeClient *client, const QString &path, const QString &resourceVersion,
                    QObject *parent = nullptr);
    ~KubeWatchReader() override;

    /// The server ends the watch after this many seconds (timeoutSeconds); default 300.
    void setServerTimeout(int seconds) { m_serverTimeout = seconds; }

    /// Starts (or restarts) watching from resourceVersion().
    void start();
    /// Stops without reporting anything.
    void stop();
    bool isRunning() const { return m_running; }

    QString path() const { return m_path; }
    /// The last version seen (events and bookmarks); where the next watch resumes.
    QString resourceVersion() const { return m_resourceVersion; }

    /// Feeds stream bytes; complete lines are processed, a partial line waits for the rest.
    /// Public so the parser can be tested without a server.
    void feed(const QByteArray &bytes);
    /// The stream ended: processes a last line without a newline.
    void flush();

Q_SIGNALS:
    void eventReceived(const podnet::KubeWatchEvent &event);
    /// After every event or bookmark that moved the version.
    void resourceVersionChanged(const QString &resourceVersion);
    /// A line that is not a watch event was skipped; \a why is technical.
    void badLine(const QString &why);
    /// 410 Gone: list again, then watch from the list's resourceVersion.
    void expired();
    /// The server ended the stream normally: watch again from resourceVersion().
    void ended();
    /// Network, HTTP, credential or server ERROR event failure. \a message is translated.
    void failed(const QString &message, const QString &detail);

private:
    void processLine(const QByteArray &line);
    void onFinished();
    void report(void (KubeWatchReader::*signal)());
    void fail(const QString &message, const QString &detail);

    QPointer<KubeClient> m_client;
    QString m_path;
    QString m_resourceVersion;
    int m_serverTimeout = 300;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_running = false;
    bool m_reported = false;
    bool m_discarding = false; ///< skipping the rest of an over-long line
    quint64 m_attempt = 0;
};

} // namespace podnet
