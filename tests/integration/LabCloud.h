// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/CloudConfig.h"
#include "openstack/KeystoneSession.h"
#include "openstack/NeutronPortClient.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace podnet::test {

/// A QNetworkAccessManager that counts what the engine sends, by method and path prefix, and
/// keeps the order (to tell a re-authentication in the middle of a run from one at the start).
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    /// "PUT /v2.0/ports/ID", "POST /v3/auth/tokens", … in the order they were sent.
    QStringList sent;

    int count(const QString &method, const QString &pathPrefix) const
    {
        const QString prefix = method + QLatin1Char(' ') + pathPrefix;
        int n = 0;
        for (const QString &line : sent)
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }
    int puts() const { return count(QStringLiteral("PUT"), QStringLiteral("/v2.0/ports/")); }
    int auths() const { return count(QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QString method;
        switch (op) {
        case GetOperation:
            method = QStringLiteral("GET");
            break;
        case PutOperation:
            method = QStringLiteral("PUT");
            break;
        case PostOperation:
            method = QStringLiteral("POST");
            break;
        case DeleteOperation:
            method = QStringLiteral("DELETE");
            break;
        case HeadOperation:
            method = QStringLiteral("HEAD");
            break;
        case CustomOperation:
            method = QString::fromLatin1(
                    request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
            break;
        default:
            method = QStringLiteral("?");
            break;
        }
        sent.append(method + QLatin1Char(' ') + request.url().path());
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

/// The loopback lab of tests/openstack-lab as the integration tests see it: the state folder
/// from PODNET_OPENSTACK_LAB_DIR (env.sh, clouds.yaml, seed.json), the engine logged in through
/// clouds.yaml, and independent judges (curl with its own token, the real openstack CLI).
/// The helpers block (QProcess::waitForFinished): fine in a test, never in the app.
struct LabCloud
{
    QString dir;
    QString scripts;
    QHash<QString, QString> env; ///< env.sh
    QJsonObject seed;            ///< seed.json
    QByteArray judgeToken;       ///< curl's own token (lab-student)

    CountingNetworkAccessManager network;
    std::unique_ptr<KeystoneSession> session;
    std::unique_ptr<NeutronPortClient> client;

    static QString clusterCidr() { return QStringLiteral("10.200.0.0/16"); }
    static QString serviceCidr() { return QStringLiteral("10.32.0.0/24"); }

    /// Reads the lab's files; false (with a message) when there is no lab.
    bool load(QString *why)
    {
        const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
        dir = system.value(QStringLiteral("PODNET_OPENSTACK_LAB_DIR"));
        scripts = system.value(QStringLiteral("PODNET_OPENSTACK_LAB_SCRIPTS"));
        if (dir.isEmpty() || scripts.isEmpty()) {
            *why = QStringLiteral("PODNET_OPENSTACK_LAB_DIR / _SCRIPTS not set: run through ctest");
            return false;
        }
        QFile file(dir + QStringLiteral("/env.sh"));
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("no env.sh in ") + dir;
            return false;
        }
        static const QRegularExpression line(QStringLiteral("^export (\\w+)='([^']*)'$"));
        for (const QString &text : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = line.match(text);
            if (match.hasMatch())
                env.insert(match.captured(1), match.captured(2));
        }
        return true;
    }

    /// Runs a program, returns its stdout; fails the test on a non-zero exit.
    static QByteArray run(const QString &program, const QStringList &arguments,
                          int timeoutMs = 120000, const QByteArray &input = {})
    {
        QProcess process;
        // The openstack CLI finds the lab's clouds.yaml (each test has a HOME of its own).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString dir = environment.value(QStringLiteral("PODNET_OPENSTACK_LAB_DIR"));
        if (!dir.isEmpty())
            environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
                               dir + QStringLiteral("/clouds.yaml"));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        const bool finished = process.waitForFinished(timeoutMs);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(5000);
            qWarning("%s %s failed (exit %d): %s", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))), process.exitCode(),
                     err.constData());
            return QByteArray("\x01"
                              "FAILED");
        }
        return out;
    }
    static bool failed(const QByteArray &out)
    {
        return out
                == QByteArray("\x01"
                              "FAILED");
    }

    /// seed.py DIR [--compute-ports N]: the documented port set, pairs repaired.
    bool reseed(int computePorts = 0)
    {
        QStringList arguments {scripts + QStringLiteral("/seed.py"), dir};
        if (computePorts > 0)
            arguments << QStringLiteral("--compute-ports") << QString::number(computePorts);
        const QByteArray out = run(QStringLiteral("/usr/bin/python3"), arguments, 300000);
        if (failed(out))
            return false;
        seed = QJsonDocument::fromJson(out).object();
        return !seed.isEmpty();
    }

    QString portId(const QString &name) const
    {
        return seed.value(QStringLiteral("ports_by_name")).toObject().value(name).toString();
    }
    QStringList category(const QString &name) const
    {
        QStringList ids;
        for (const QJsonValue &v :
             seed.value(QStringLiteral("ports")).toObject().value(name).toArray())
            ids.append(v.toString());
        return ids;
    }
    QString projectId() const { return seed.value(QStringLiteral("lab_project_id")).toString(); }

    /// The engine's session and client for cloud \a cloud of clouds.yaml.
    bool login(const QString &cloud = QStringLiteral("lab-student"), int pageSize = 5)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
                           dir + QStringLiteral("/clouds.yaml"));
        const CredentialsImport imported = CloudConfig(environment, {}).load(cloud);
        if (!imported.ok() || !imported.credentials.hasSecret())
            return false;
        client.reset();
        session = std::make_unique<KeystoneSession>(&network, imported.credentials);
        session->setTransferTimeout(std::chrono::seconds(60));
        client = std::make_unique<NeutronPortClient>(session.get());
        client->setPageSize(pageSize);
        return true;
    }

    /// Lists the project's ports through the engine.
    QList<Port> listPorts(PortFailure *failure)
    {
        bool done = false;
        QList<Port> result;
        QObject context;
        client->listPorts(&context, [&](const QList<Port> &ports, const PortFailure &f) {
            result = ports;
            *failure = f;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return result;
    }

    static PortPlanner planner()
    {
        PortPlanner planner;
        planner.setCidrs({Cidr::parse(clusterCidr()).cidr, Cidr::parse(serviceCidr()).cidr});
        return planner;
    }

    PortApplyResult apply(PortApplyJob &job, int timeoutMs = 120000)
    {
        QSignalSpy finished(&job, &PortApplyJob::finished);
        job.start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs); }();
        return job.result();
    }

    // --- judges, independent of the engine ---

    /// A token for lab-student, straight from Keystone with curl.
    bool fetchJudgeToken()
    {
        const QJsonObject auth {
                {QStringLiteral("auth"),
                 QJsonObject {
                         {QStringLiteral("identity"),
                          QJsonObject {
                                  {QStringLiteral("methods"),
                                   QJsonArray {QStringLiteral("password")}},
                                  {QStringLiteral("password"),
                                   QJsonObject {
                                           {QStringLiteral("user"),
                                            QJsonObject {
                                                    {QStringLiteral("name"),
                                                     env.value(QStringLiteral("LAB_STUDENT_USER"))},
                                                    {QStringLiteral("domain"),
                                                     QJsonObject {{QStringLiteral("name"),
                                                                   QStringLiteral("Default")}}},
                                                    {QStringLiteral("password"),
                                                     env.value(QStringLiteral(
                                                             "LAB_STUDENT_PASSWORD"))}}}}}}},
                         {QStringLiteral("scope"),
                          QJsonObject {
                                  {QStringLiteral("project"),
                                   QJsonObject {{QStringLiteral("name"),
                                                 env.value(QStringLiteral("LAB_PROJECT"))},
                                                {QStringLiteral("domain"),
                                                 QJsonObject {{QStringLiteral("name"),
                                                               QStringLiteral("Default")}}}}}}}}}};
        // The password goes on stdin (--data @-), never on a command line.
        const QByteArray out = run(
                QStringLiteral("/usr/bin/curl"),
                {QStringLiteral("-sS"), QStringLiteral("-D"), QStringLiteral("-"),
                 QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-H"),
                 QStringLiteral("Content-Type: application/json"), QStringLiteral("--data"),
                 QStringLiteral("@-"),
                 env.value(QStringLiteral("KEYSTONE_AUTH_URL")) + QStringLiteral("/auth/tokens")},
                60000, QJsonDocument(auth).toJson(QJsonDocument::Compact));
        static const QRegularExpression header(QStringLiteral("(?im)^x-subject-token:\\s*(\\S+)"));
        const QRegularExpressionMatch match = header.match(QString::fromLatin1(out));
        judgeToken = match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
        return !judgeToken.isEmpty();
    }

    QJsonObject curlGet(const QString &path, const QByteArray &token = {}) const
    {
        const QByteArray out
                = run(QStringLiteral("/usr/bin/curl"),
                      {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-H"),
                       QStringLiteral("X-Auth-Token: ")
                               + QString::fromLatin1(token.isEmpty() ? judgeToken : token),
                       env.value(QStringLiteral("NEUTRON_URL")) + path});
        return QJsonDocument::fromJson(out).object();
    }

    /// Every port of the lab project by id, as Neutron reports it to curl.
    QHash<QString, QJsonObject> curlPorts() const
    {
        QHash<QString, QJsonObject> ports;
        const QJsonObject body = curlGet(QStringLiteral("/v2.0/ports?project_id=") + projectId());
        for (const QJsonValue &v : body.value(QStringLiteral("ports")).toArray())
            ports.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return ports;
    }

    /// `openstack --os-cloud lab-student port show ID -f json`.
    QJsonObject cliPortShow(const QString &id) const
    {
        return QJsonDocument::fromJson(run(QStringLiteral("/usr/bin/openstack"), cliArguments(id)))
                .object();
    }
    QStringList cliArguments(const QString &id) const
    {
        return {QStringLiteral("--os-cloud"),
                QStringLiteral("lab-student"),
                QStringLiteral("port"),
                QStringLiteral("show"),
                id,
                QStringLiteral("-f"),
                QStringLiteral("json"),
                QStringLiteral("-c"),
                QStringLiteral("allowed_address_pairs")};
    }

    /// The pairs' addresses of a port body (curl's "allowed_address_pairs", or the CLI's).
    static QSet<QString> addresses(const QJsonObject &port)
    {
        QSet<QString> set;
        for (const QJsonValue &v : port.value(QStringLiteral("allowed_address_pairs")).toArray())
            set.insert(v.toObject().value(QStringLiteral("ip_address")).toString());
        return set;
    }
    /// (ip, mac) pairs, order kept, for exact comparisons.
    static QStringList pairList(const QJsonObject &port)
    {
        QStringList list;
        for (const QJsonValue &v : port.value(QStringLiteral("allowed_address_pairs")).toArray())
            list.append(v.toObject().value(QStringLiteral("ip_address")).toString()
                        + QLatin1Char(' ')
                        + v.toObject().value(QStringLiteral("mac_address")).toString());
        return list;
    }
};

} // namespace podnet::test
