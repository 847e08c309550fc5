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
#include <QUrlQuery>

class QNetworkReply;

namespace podnet {

class KubeClient;

/// Reads one watch stream (GET path?watch=1&resourceVersion=RV&allowWatchBookmarks=true):
/// newline-delimited JSON events, read incrementally as bytes arrive. Lines that are not
/// events are reported and skipped. BOOKMARK only advances resourceVersion(). A 410 (as HTTP
/// status or ERROR event) means the version is too old: the caller lists again and starts a
/// new watch. When the server ends the stream (it does after a timeout) ended() asks the caller
/// to watch again from resourceVersion(); when the connection broke mid-stream interrupted()
/// says so (a half-received last event is dropped, never applied). Each start() reports at most
/// one of expired(), ended(), interrupted() and failed().
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
    /// Extra query items for the watch request, e.g. labelSelector or fieldSelector. Takes
    /// effect at the next start().
    void setQuery(const QUrlQuery &query) { m_query = query; }
    QUrlQuery query() const { return m_query; }
    /// Where the next start() resumes (e.g. a new LIST's resourceVersion after expired()).
    void setResourceVersion(const QString &resourceVersion) { m_resourceVersion = resourceVersion; }

    /// Starts (or restarts) watching from resourceVersion().
    void start();
    /// Stops without reporting anything.
    void stop();
    bool isRunning() const { return m_running; }

    QString path() const { return m_path; }
    /// The last version seen (events and bookmarks); where the next watch resumes.
    QString resourceVersion() const { return m_resourceVersion; }
    /// The HTTP status of the current or last watch response; 0 before one arrived.
    int httpStatus() const { return m_httpStatus; }
    /// Bytes of an incomplete last line, waiting for the rest (diagnostics, tests).
    qsizetype pendingBytes() const { return m_buffer.size() - m_lineStart; }

    /// Feeds stream bytes; complete lines are processed, a partial line waits for the rest.
    /// Public so the parser can be tested without a server.
    void feed(const QByteArray &bytes);
    /// The stream ended: processes a last line without a newline.
    void flush();

Q_SIGNALS:
    /// The server accepted the watch (HTTP 200); events follow as they happen.
    void streaming();
    void eventReceived(const podnet::KubeWatchEvent &event);
    /// After every event or bookmark that moved the version.
    void resourceVersionChanged(const QString &resourceVersion);
    /// A line that is not a watch event was skipped; \a why is technical.
    void badLine(const QString &why);
    /// 410 Gone: list again, then watch from the list's resourceVersion.
    void expired();
    /// The server ended the stream normally: watch again from resourceVersion().
    void ended();
    /// The connection broke or stalled mid-stream; a partial last line was dropped. Watch again
    /// from resourceVersion(), after a pause. \a message is translated.
    void interrupted(const QString &message, const QString &detail);
    /// Network, HTTP, credential or server ERROR event failure. \a message is translated.
    void failed(const QString &message, const QString &detail);

private:
    void readReply();
    void clearBuffer();
    void processBuffer();
    void processLine(const char *data, qsizetype size);
    void onFinished();
    void report(void (KubeWatchReader::*signal)());
    void fail(const QString &message, const QString &detail);

    QPointer<KubeClient> m_client;
    QString m_path;
    QString m_resourceVersion;
    QUrlQuery m_query;
    int m_serverTimeout = 300;
    int m_httpStatus = 0;
    QPointer<QNetworkReply> m_reply;
    // Bytes received; complete lines before m_lineStart were processed and m_scanFrom is where
    // the search for the next newline goes on, so no line is copied or searched twice.
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
    qsizetype m_scanFrom = 0;
    bool m_running = false;
    bool m_streaming = false;
    bool m_reported = false;
    bool m_discarding = false;  ///< skipping the rest of an over-long line
    bool m_sliceQueued = false; ///< readReply() continues at the next event-loop turn
    quint64 m_attempt = 0;
};

} // namespace podnet
