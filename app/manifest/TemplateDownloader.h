// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace podnet {

/// Downloads one template over https, asynchronously, with a timeout, a size limit and
/// progress. Reports exactly once per start(): finished() or failed().
class TemplateDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxSize = 4 * 1024 * 1024;

    explicit TemplateDownloader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TemplateDownloader() override;

    /// Gives up when no byte arrives for this long, or when the whole transfer takes four
    /// times as long. Default: 20 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Why \a url cannot be downloaded (translated), or an empty string when it can: https
    /// only, plain http only from this computer. start() refuses such addresses unasked.
    static QString refusal(const QUrl &url);

    /// Starts downloading \a url. A download still running is aborted and replaced: it reports
    /// nothing, only the new one does.
    void start(const QUrl &url);
    /// Stops a running download; reports failed() with a "cancelled" message.
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); ///< total is -1 when unknown
    void finished(const QByteArray &body);
    /// \a message is translated and says what to do; \a detail is technical.
    void failed(const QString &message, const QString &detail);

private:
    void onFinished();
    void fail(const QString &message, const QString &detail);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QUrl m_url;
    std::chrono::milliseconds m_timeout {20000};
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    quint64 m_attempt = 0; ///< counts start() calls, so a replaced one cannot report late
};

} // namespace podnet
