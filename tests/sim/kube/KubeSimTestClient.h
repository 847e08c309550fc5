// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/kube/KubeSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

namespace podnet::test {

/// A plain HTTPS client for the Kubernetes simulator's tests: trusts only the simulator's CA
/// and sends its bearer token.
class KubeSimTestClient
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
    };

    explicit KubeSimTestClient(sim::KubeSimulator &simulator)
        : m_sim(simulator)
    { }

    /// Starts a request; the caller owns the reply.
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest request(m_sim.baseUrl().resolved(QUrl(pathAndQuery)));
        request.setSslConfiguration(m_sim.clientSslConfiguration());
        request.setTransferTimeout(20000);
        request.setRawHeader("Authorization", "Bearer " + m_sim.token().toLatin1());
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_network.sendCustomRequest(request, method, body);
    }

    /// Sends a request and waits (with the event loop running) for the answer.
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &contentType = {})
    {
        std::unique_ptr<QNetworkReply> reply(start(method, pathAndQuery, body, contentType));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.raw = reply->readAll();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        return answer;
    }

    /// GET of \a path: the object, or an empty one.
    QJsonObject get(const QString &path) { return call("GET", path).body; }
    /// GET of a list: its items.
    QJsonArray items(const QString &path)
    {
        return get(path).value(QStringLiteral("items")).toArray();
    }

private:
    sim::KubeSimulator &m_sim;
    QNetworkAccessManager m_network;
};

} // namespace podnet::test
