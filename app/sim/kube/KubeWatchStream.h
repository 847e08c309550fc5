// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KubeRoute.h"
#include "KubeSelector.h"
#include "KubeTableConverter.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace podnet::sim {

class HttpExchange;
class KubeObjectStore;
struct KubeWatchEvent;

/// One WATCH: streams newline-delimited JSON events to one HTTP exchange. It replays the
/// store's history after the requested resourceVersion (or the current state when none was
/// given), then follows live changes; ends after timeoutSeconds; sends periodic BOOKMARKs when
/// allowed; a version older than the history gets an ERROR event with a 410 Status.
class KubeWatchStream : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool hasVersion = false; ///< false or "0": start with the current state as ADDED
        qint64 fromVersion = 0;
        bool bookmarks = false;
        int timeoutSeconds = 1800;
        int bookmarkIntervalMs = 5000;
        bool asTable = false;
        KubeTableConverter::Include include = KubeTableConverter::Include::Metadata;
        bool sendInitialEvents = false;
        bool forceGone = false; ///< fault injection: answer 410 whatever the version
    };

    /// Watches \a route on \a store (which must outlive this object) for \a exchange.
    KubeWatchStream(HttpExchange *exchange, KubeObjectStore &store, KubeRoute route,
                    KubeSelector selector, Options options, QObject *parent = nullptr);
    ~KubeWatchStream() override;

    /// Sends the response head and the replayed events, then follows the store.
    void start();
    /// Cuts the connection without a proper end (fault injection).
    void drop();
    /// Ends the stream cleanly (like the server-side timeout).
    void finish();
    /// Writes \a bytes into the stream as they are (fault injection: garbage or half events).
    void writeRaw(const QByteArray &bytes);
    /// While \a held, events queue up instead of being written; releasing writes everything
    /// queued as one chunk (benchmarks time a client reading a burst this way).
    void setHeld(bool held);

Q_SIGNALS:
    /// The stream is over (ended, dropped or the client left); the object deletes itself later.
    void finished();

private:
    void onEvent(const KubeWatchEvent &event);
    void send(const QString &type, const QJsonObject &object);
    void sendBookmark(bool initialEventsEnd = false);
    bool matches(const QJsonObject &object) const;
    void stop();
    void write(const QByteArray &bytes);

    QPointer<HttpExchange> m_exchange;
    KubeObjectStore &m_store;
    KubeRoute m_route;
    KubeSelector m_selector;
    Options m_options;
    int m_subscription = 0;
    qint64 m_lastVersion = 0;
    bool m_sentColumns = false;
    bool m_stopped = false;
    bool m_held = false;
    QByteArray m_heldBytes;
    QTimer m_timeout;
    QTimer m_bookmarkTimer;
};

} // namespace podnet::sim
