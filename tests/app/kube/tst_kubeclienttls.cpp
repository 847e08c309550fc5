// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// KubeClient against the Kubernetes simulator over real HTTPS, with connections resolved from
// kubeconfig files as a person would write them: CA data, CA file, a wrong CA, no verification,
// an unknown token, a closed port, an exec credential plugin, and client certificates (inline,
// as files, and from a CA the server does not trust).

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeConnectionCheck.h"
#include "kube/KubeReply.h"
#include "kube/LoginShellPath.h"
#include "sim/kube/KubeSimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet;

namespace {

/// What one request through the client gave.
struct Answer
{
    bool finished = false;
    bool ok = false;
    int status = 0;
    HttpFailure::Kind kind = HttpFailure::Kind::None;
    QString message;
    QString detail;
    QJsonObject object;
    QString credentialError;
};

} // namespace

class TestKubeClientTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::KubeSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;

    std::unique_ptr<sim::KubeSimulator> startSimulator()
    {
        auto simulator = std::make_unique<sim::KubeSimulator>();
        QSignalSpy ready(simulator.get(), &sim::KubeSimulator::ready);
        simulator->start();
        if (!ready.wait(20000))
            qWarning("the simulator did not start");
        return simulator;
    }

    QString writeFile(const QString &name, const QByteArray &content,
                      QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    /// A kubeconfig for \a server with the \a cluster and \a user lines (already indented).
    QString writeKubeconfig(const QString &name, const QUrl &server, const QByteArray &cluster,
                            const QByteArray &user)
    {
        const QByteArray text = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                "  cluster:\n    server: "
                + server.toString().toUtf8() + "\n" + cluster + "users:\n- name: u\n  user:\n"
                + user
                + "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n"
                  "current-context: ctx\n";
        return writeFile(name, text);
    }

    std::optional<KubeConnection> resolve(const QString &path)
    {
        KubeConfigError error;
        const std::optional<KubeConfig> config = KubeConfig::load({path}, &error);
        if (!config) {
            qWarning("kubeconfig: %s", qPrintable(error.message + error.detail));
            return std::nullopt;
        }
        std::optional<KubeConnection> connection
                = config->resolve(config->currentContext(), &error);
        if (!connection)
            qWarning("resolve: %s", qPrintable(error.message + error.detail));
        return connection;
    }

    Answer request(const KubeConnection &connection, const QString &path,
                   LoginShellPath *loginPath = nullptr)
    {
        KubeClient client(connection, &m_network, loginPath);
        client.setTimeout(std::chrono::milliseconds(10000));
        KubeReply *reply = client.get(path);
        Answer answer;
        connect(reply, &KubeReply::finished, this, [&answer, reply] {
            answer.finished = true;
            answer.ok = reply->isOk();
            answer.status = reply->httpStatus();
            answer.kind = reply->failure().kind();
            answer.message = reply->errorMessage();
            answer.detail = reply->errorDetail();
            answer.object = reply->object();
            answer.credentialError = reply->credentialError().message;
        });
        if (!QTest::qWaitFor([&] { return answer.finished; }, 20000))
            qWarning("the request did not finish");
        return answer;
    }

    static QByteArray tokenLine(const QString &token)
    {
        return "    token: " + token.toUtf8() + "\n";
    }

    static QByteArray caDataLine(const sim::KubeSimulator &simulator)
    {
        return "    certificate-authority-data: " + simulator.caCertificatePem().toBase64() + "\n";
    }

    /// A client certificate from \a simulator's CA.
    static sim::SimClientCertificate issue(sim::KubeSimulator &simulator, const QString &commonName,
                                           const QStringList &groups)
    {
        QSignalSpy issued(&simulator, &sim::KubeSimulator::clientCertificateIssued);
        const int id = simulator.issueClientCertificate(commonName, groups);
        if (!issued.wait(20000) || issued.first().at(0).toInt() != id)
            return {};
        return issued.first().at(1).value<sim::SimClientCertificate>();
    }

    /// "Test connection" (version, SelfSubjectReview, discovery) as the connection page runs it.
    KubeConnectionCheckResult check(const KubeConnection &connection)
    {
        KubeClient client(connection, &m_network);
        client.setTimeout(std::chrono::milliseconds(10000));
        auto *check = new KubeConnectionCheck(&client);
        KubeConnectionCheckResult result;
        bool done = false;
        connect(check, &KubeConnectionCheck::finished, this, [&] {
            result = check->result();
            done = true;
        });
        check->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the check did not finish");
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = startSimulator();
        QVERIFY(m_sim->isReady());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void caDataWorks()
    {
        const QString path = m_dir->filePath(QStringLiteral("config"));
        QString error;
        QVERIFY2(m_sim->writeKubeconfig(path, &error), qPrintable(error));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QVERIFY(!connection->tls.caCertificates.isEmpty());
        const Answer answer = request(*connection, QStringLiteral("/version"));
        QVERIFY2(answer.ok, qPrintable(answer.message + QLatin1Char(' ') + answer.detail));
        QVERIFY(!answer.object.value(QStringLiteral("gitVersion")).toString().isEmpty());
        QVERIFY(request(*connection, QStringLiteral("/api/v1/nodes")).ok);
    }

    void caFileWorks()
    {
        const QString ca = writeFile(QStringLiteral("ca.pem"), m_sim->caCertificatePem());
        // A relative path is relative to the kubeconfig's folder.
        const QString path
                = writeKubeconfig(QStringLiteral("config"), m_sim->baseUrl(),
                                  "    certificate-authority: ca.pem\n", tokenLine(m_sim->token()));
        QVERIFY(!ca.isEmpty());
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"));
        QVERIFY2(answer.ok, qPrintable(answer.message + QLatin1Char(' ') + answer.detail));
        QCOMPARE(answer.object.value(QStringLiteral("items")).toArray().size(), 3);
    }

    void wrongCaIsATlsFailure()
    {
        // Another simulator's CA: a real, valid CA that did not sign this server's certificate.
        auto other = startSimulator();
        QVERIFY(other->isReady());
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(),
                "    certificate-authority-data: " + other->caCertificatePem().toBase64() + "\n",
                tokenLine(m_sim->token()));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        const Answer answer = request(*connection, QStringLiteral("/version"));
        QVERIFY(!answer.ok);
        QCOMPARE(answer.kind, HttpFailure::Kind::Tls);
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.message.isEmpty());
        QVERIFY2(answer.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(answer.message));
        QVERIFY(!answer.message.contains(m_sim->token()));
        QVERIFY(!answer.detail.contains(m_sim->token()));
    }

    void insecureSkipVerifyWorks()
    {
        const QString path = writeKubeconfig(QStringLiteral("config"), m_sim->baseUrl(),
                                             "    insecure-skip-tls-verify: true\n",
                                             tokenLine(m_sim->token()));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QVERIFY(connection->tls.insecureSkipVerify);
        QVERIFY(connection->tls.caCertificates.isEmpty());
        const Answer answer = request(*connection, QStringLiteral("/version"));
        QVERIFY2(answer.ok, qPrintable(answer.message + QLatin1Char(' ') + answer.detail));
    }

    void insecureSkipVerifyWithCaIsRefused()
    {
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(),
                "    insecure-skip-tls-verify: true\n    certificate-authority-data: "
                        + m_sim->caCertificatePem().toBase64() + "\n",
                tokenLine(m_sim->token()));
        KubeConfigError error;
        const std::optional<KubeConfig> config = KubeConfig::load({path}, &error);
        QVERIFY(config);
        QVERIFY(!config->resolve(QStringLiteral("ctx"), &error));
        QVERIFY(error.message.contains(QStringLiteral("insecure-skip-tls-verify")));
    }

    void unknownTokenIs401()
    {
        const QString wrong = QStringLiteral("expired-token-0123456789abcdef");
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(),
                "    certificate-authority-data: " + m_sim->caCertificatePem().toBase64() + "\n",
                tokenLine(wrong));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"));
        QVERIFY(!answer.ok);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.kind, HttpFailure::Kind::Http);
        QVERIFY(!answer.message.isEmpty());
        QVERIFY(!answer.message.contains(wrong));
        QVERIFY(!answer.detail.contains(wrong));
    }

    void closedPortIsUnreachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        QUrl server(QStringLiteral("https://127.0.0.1"));
        server.setPort(port);
        const QString path = writeKubeconfig(
                QStringLiteral("config"), server,
                "    certificate-authority-data: " + m_sim->caCertificatePem().toBase64() + "\n",
                tokenLine(m_sim->token()));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        const Answer answer = request(*connection, QStringLiteral("/version"));
        QVERIFY(!answer.ok);
        QCOMPARE(answer.kind, HttpFailure::Kind::Unreachable);
        QVERIFY(!answer.message.isEmpty());
    }

    void execPluginWorks()
    {
        // The plugin is found through the login PATH, not an absolute path.
        const QString bin = m_dir->filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QByteArray script
                = "#!/bin/sh\ncat <<'EOF'\n{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                  "\"kind\":\"ExecCredential\",\"status\":{\"token\":\""
                + m_sim->token().toUtf8() + "\"}}\nEOF\n";
        QVERIFY(!writeFile(QStringLiteral("bin/podnet-test-credential"), script,
                           QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
                         .isEmpty());
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(),
                "    certificate-authority-data: " + m_sim->caCertificatePem().toBase64() + "\n",
                "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                "      command: podnet-test-credential\n      interactiveMode: Never\n");
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QCOMPARE(connection->auth(), KubeConnection::Auth::Exec);
        LoginShellPath loginPath(QStringLiteral("/bin/sh"), QStringLiteral("/usr/bin:/bin"));
        loginPath.setLoginPath(bin + QStringLiteral(":/usr/bin:/bin"));
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"), &loginPath);
        QVERIFY2(answer.ok,
                 qPrintable(answer.message + QLatin1Char(' ') + answer.detail + QLatin1Char(' ')
                            + answer.credentialError));
        QCOMPARE(answer.object.value(QStringLiteral("items")).toArray().size(), 3);
    }

    void execPluginWithWrongTokenIs401()
    {
        const QByteArray script = "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/"
                                  "v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":"
                                  "\"not-the-token\"}}'\n";
        const QString plugin = writeFile(QStringLiteral("plugin.sh"), script,
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(),
                "    certificate-authority-data: " + m_sim->caCertificatePem().toBase64() + "\n",
                "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: "
                        + plugin.toUtf8() + "\n      interactiveMode: Never\n");
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        LoginShellPath loginPath(QStringLiteral("/bin/sh"), QStringLiteral("/usr/bin:/bin"));
        loginPath.setLoginPath(QStringLiteral("/usr/bin:/bin"));
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"), &loginPath);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.status, 401);
    }

    void clientCertificateDataWorks()
    {
        const sim::SimClientCertificate certificate
                = issue(*m_sim, QStringLiteral("podnet-admin"), {QStringLiteral("system:masters")});
        QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString));
        const QString path = m_dir->filePath(QStringLiteral("config"));
        QString error;
        QVERIFY2(m_sim->writeKubeconfig(path, certificate, &error), qPrintable(error));
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QVERIFY(connection->token.isEmpty());
        QCOMPARE(connection->auth(), KubeConnection::Auth::ClientCertificate);
        const KubeConnectionCheckResult result = check(*connection);
        QVERIFY2(result.ok,
                 qPrintable(result.errorMessage + QLatin1Char(' ') + result.errorDetail));
        QVERIFY(result.identityKnown);
        QCOMPARE(result.userName, QStringLiteral("podnet-admin"));
        QCOMPARE(result.groups,
                 QStringList({QStringLiteral("system:masters"),
                              QStringLiteral("system:authenticated")}));
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"));
        QVERIFY2(answer.ok, qPrintable(answer.message + QLatin1Char(' ') + answer.detail));
        QCOMPARE(answer.object.value(QStringLiteral("items")).toArray().size(), 3);
    }

    void clientCertificateFromAnotherCaIs401()
    {
        // A real client certificate, but from another simulator's CA: the TLS handshake still
        // succeeds (the server only asks for a certificate), the request is not authenticated.
        auto other = startSimulator();
        QVERIFY(other->isReady());
        const sim::SimClientCertificate certificate
                = issue(*other, QStringLiteral("podnet-admin"), {QStringLiteral("system:masters")});
        QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString));
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(), caDataLine(*m_sim),
                "    client-certificate-data: " + certificate.certificatePem.toBase64()
                        + "\n    client-key-data: " + certificate.keyPem.toBase64() + "\n");
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QCOMPARE(connection->auth(), KubeConnection::Auth::ClientCertificate);
        const Answer answer = request(*connection, QStringLiteral("/api/v1/nodes"));
        QVERIFY(!answer.ok);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.kind, HttpFailure::Kind::Http);
        const KubeConnectionCheckResult result = check(*connection);
        QVERIFY(!result.ok);
        QVERIFY(!result.errorMessage.isEmpty());
    }

    void clientCertificateFilesByRelativePathWork()
    {
        const sim::SimClientCertificate certificate
                = issue(*m_sim, QStringLiteral("jane"),
                        {QStringLiteral("developers"), QStringLiteral("system:masters")});
        QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("pki"))));
        QVERIFY(!writeFile(QStringLiteral("pki/jane.crt"), certificate.certificatePem).isEmpty());
        QVERIFY(!writeFile(QStringLiteral("pki/jane.key"), certificate.keyPem).isEmpty());
        // Relative paths are relative to the kubeconfig's folder, not the working directory.
        const QString path = writeKubeconfig(
                QStringLiteral("config"), m_sim->baseUrl(), caDataLine(*m_sim),
                "    client-certificate: pki/jane.crt\n    client-key: pki/jane.key\n");
        const std::optional<KubeConnection> connection = resolve(path);
        QVERIFY(connection);
        QCOMPARE(connection->auth(), KubeConnection::Auth::ClientCertificate);
        const KubeConnectionCheckResult result = check(*connection);
        QVERIFY2(result.ok,
                 qPrintable(result.errorMessage + QLatin1Char(' ') + result.errorDetail));
        QCOMPARE(result.userName, QStringLiteral("jane"));
        QCOMPARE(result.groups,
                 QStringList({QStringLiteral("developers"), QStringLiteral("system:masters"),
                              QStringLiteral("system:authenticated")}));
    }
};

QTEST_GUILESS_MAIN(TestKubeClientTls)
#include "tst_kubeclienttls.moc"
