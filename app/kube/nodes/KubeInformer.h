// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kube/KubeWatchEvent.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

namespace podnet {

class KubeClient;
class KubeReply;
class KubeWatchReader;

/// Keeps one collection in sync with the API server: LIST (a full snapshot), then WATCH from the
/// list's resourceVersion with bookmarks, applying events to its own copy (key: namespace/name).
/// A watch the server ended is resumed at once from the last version; 410 Gone lists again; a
/// network or HTTP failure or a broken stream makes it Reconnecting and retries with exponential
/// backoff and jitter, resuming the watch (listing again only when it has to). Garbage lines are
/// counted and skipped; a half-received event is never applied.
class KubeInformer : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting,   ///< started, nothing received yet
        Live,         ///< listed and the watch is streaming
        Reconnecting, ///< the last attempt failed; the next one is at nextRetry()
    };
    Q_ENUM(State)

    /// What went wrong last: a translated message that says what to do, and technical detail.
    struct Error
    {
        QString message;
        QString detail;
        int httpStatus = 0; ///< 0 for failures without an HTTP answer
        bool isError() const { return !message.isEmpty(); }
    };

    /// Watches \a path (a collection, e.g. "/api/v1/nodes") through \a client (not owned);
    /// \a selector holds labelSelector / fieldSelector items for both LIST and WATCH.
    KubeInformer(KubeClient *client, const QString &path, const QUrlQuery &selector = {},
                 QObject *parent = nullptr);
    ~KubeInformer() override;

    /// Retry delays: the first one, doubling up to \a maximum (default 1 s and 30 s). Each wait
    /// is jittered between half and all of the current delay.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// The watch's timeoutSeconds (the server ends it then and it is resumed); default 300.
    void setWatchTimeout(int seconds) { m_watchTimeout = seconds; }

    /// Lists and watches. Starting again restarts from a fresh LIST.
    void start();
    /// Stops everything; the objects stay as they were.
    void stop();
    bool isRunning() const { return m_running; }

    QString path() const { return m_path; }
    QUrlQuery selector() const { return m_selector; }

    State state() const { return m_state; }
    /// When the current state began: for Reconnecting, when it stopped being live (the objects
    /// are as of then).
    QDateTime since() const { return m_since; }
    /// When Reconnecting and a retry is scheduled: when it happens; otherwise invalid.
    QDateTime nextRetry() const;
    /// The last failure (kept until the next one; cleared when Live again).
    Error lastError() const { return m_error; }
    /// True once a LIST succeeded (objects() is then the server's state at some moment).
    bool hasSynced() const { return m_listed; }

    /// The current objects, sorted by key.
    QList<QJsonObject> objects() const;
    int count() const { return static_cast<int>(m_objects.size()); }
    /// The last resourceVersion seen (LIST, events and bookmarks).
    QString resourceVersion() const { return m_resourceVersion; }
    /// "namespace/name", or "name" for cluster-scoped objects.
    static QString keyOf(const QJsonObject &object);

    /// How many LISTs succeeded, watches were started and garbage lines were skipped (tests,
    /// diagnostics).
    int listCount() const { return m_listCount; }
    int watchCount() const { return m_watchCount; }
    int badLineCount() const { return m_badLines; }

Q_SIGNALS:
    /// After each LIST: every object (sorted by key); it replaces whatever was there.
    void snapshot(const QList<QJsonObject> &objects);
    /// One change from the watch, already applied to objects().
    void eventReceived(const podnet::KubeWatchEvent &event);
    /// state(), since(), nextRetry() or lastError() changed.
    void stateChanged();

private:
    void list();
    void onListed(KubeReply *reply);
    void watch();
    void onStreaming();
    void onEvent(const KubeWatchEvent &event);
    void onExpired();
    void onEnded();
    void failed(const Error &error, bool listAgain);
    void retry();
    void setState(State state);

    QPointer<KubeClient> m_client;
    QString m_path;
    QUrlQuery m_selector;
    std::chrono::milliseconds m_initialDelay {1000};
    std::chrono::milliseconds m_maxDelay {30000};
    std::chrono::milliseconds m_delay {1000};
    int m_watchTimeout = 300;

    bool m_running = false;
    bool m_listed = false;
    bool m_needsList = true;
    State m_state = State::Connecting;
    QDateTime m_since;
    Error m_error;
    QTimer m_retryTimer;
    QDateTime m_retryAt;

    QPointer<KubeReply> m_listReply;
    KubeWatchReader *m_reader = nullptr;
    QHash<QString, QJsonObject> m_objects;
    QString m_resourceVersion;
    int m_listCount = 0;
    int m_watchCount = 0;
    int m_badLines = 0;
    int m_expiredInARow = 0;
    QElapsedTimer m_watchClock;
};

} // namespace podnet
