// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/KubeConfig.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;
using podnet::test::dataPath;

class TestKubeConfig : public QObject
{
    Q_OBJECT

private:
    static KubeConfig loadOk(const QStringList &files)
    {
        KubeConfigError error;
        const std::optional<KubeConfig> config = KubeConfig::load(files, &error);
        if (!config)
            qWarning() << error.message;
        return config.value_or(KubeConfig());
    }

    static KubeConfigError resolveError(const QString &file, const QString &context)
    {
        KubeConfigError error;
        const std::optional<KubeConfig> config = KubeConfig::load({dataPath(file)}, &error);
        if (!config)
            return error;
        const std::optional<KubeConnection> connection = config->resolve(context, &error);
        if (connection)
            return {};
        return error;
    }

private Q_SLOTS:
    void defaultFilesFromVariableOrHome()
    {
        QCOMPARE(KubeConfig::defaultFiles(QStringLiteral("/a:/b::/a"), QStringLiteral("/home/u")),
                 QStringList({QStringLiteral("/a"), QStringLiteral("/b")}));
        QCOMPARE(KubeConfig::defaultFiles(QString(), QStringLiteral("/home/u")),
                 QStringList {QStringLiteral("/home/u/.kube/config")});
    }

    void mergeFirstWins()
    {
        const QString variable = dataPath(QStringLiteral("kube/first.yaml")) + QLatin1Char(':')
                + dataPath(QStringLiteral("kube/absent.yaml")) + QLatin1Char(':')
                + dataPath(QStringLiteral("kube/second.yaml"));
        const KubeConfig config = loadOk(KubeConfig::defaultFiles(variable, QString()));
        QCOMPARE(config.files().size(), 2); // the absent file of a list is skipped
        QCOMPARE(config.currentContext(), QStringLiteral("alpha"));
        QCOMPARE(config.defaultContext(), QStringLiteral("alpha"));
        QCOMPARE(config.contextNames(),
                 QStringList({QStringLiteral("alpha"), QStringLiteral("shared"),
                              QStringLiteral("beta"), QStringLiteral("basic")}));
        QCOMPARE(config.cluster(QStringLiteral("alpha"))->server,
                 QStringLiteral("https://alpha.example:6443"));

        KubeConfigError error;
        const auto shared = config.resolve(QStringLiteral("shared"), &error);
        QVERIFY2(shared, qPrintable(error.message));
        QCOMPARE(shared->server, QUrl(QStringLiteral("https://shared-first.example:6443")));
        QCOMPARE(shared->token, QStringLiteral("first-token"));
        QVERIFY(shared->tls.insecureSkipVerify);
        QCOMPARE(shared->auth(), KubeConnection::Auth::Token);
        QCOMPARE(shared->proxyUrl, QUrl(QStringLiteral("http://proxy.example:3128")));
        QCOMPARE(shared->warnings.size(), 1);

        // The second file's own names still resolve, with paths relative to that file.
        const auto beta = config.resolve(QStringLiteral("beta"), &error);
        QVERIFY2(beta, qPrintable(error.message));
        QCOMPARE(beta->token, QStringLiteral("beta-file-token"));
        QCOMPARE(beta->tokenFile, dataPath(QStringLiteral("kube/tokens/beta.token")));

        const auto basic = config.resolve(QStringLiteral("basic"), &error);
        QVERIFY(basic);
        QCOMPARE(basic->auth(), KubeConnection::Auth::Basic);
        QCOMPARE(basic->username, QStringLiteral("alice"));
    }

    void relativePathsAndClientCertificate()
    {
        const KubeConfig config = loadOk({dataPath(QStringLiteral("kube/first.yaml"))});
        KubeConfigError error;
        const auto alpha = config.resolve(QStringLiteral("alpha"), &error);
        QVERIFY2(alpha, qPrintable(error.message));
        QCOMPARE(alpha->namespaceName, QStringLiteral("kube-system"));
        QCOMPARE(alpha->tls.caCertificates.size(), 1);
        QCOMPARE(alpha->tls.caCertificates.first().subjectInfo(QSslCertificate::CommonName),
                 QStringList {QStringLiteral("podnet-test-ca")});
        QCOMPARE(alpha->tls.serverName, QStringLiteral("kubernetes"));
        QVERIFY(!alpha->tls.clientCertificate.isNull());
        QVERIFY(!alpha->tls.clientKey.isNull());
        QCOMPARE(alpha->auth(), KubeConnection::Auth::ClientCertificate);
        QVERIFY(!alpha->tls.insecureSkipVerify);
    }

    void dataWinsOverPath()
    {
        const KubeConfig config = loadOk({dataPath(QStringLiteral("kube/data-over-path.yaml"))});
        KubeConfigError error;
        const auto data = config.resolve(config.defaultContext(), &error);
        QVERIFY2(data, qPrintable(error.message));
        QCOMPARE(data->tls.caCertificates.size(), 1);
        QVERIFY(!data->tls.clientCertificate.isNull());
        QVERIFY(!data->tls.clientKey.isNull());
    }

    void caWithInsecureIsRejected()
    {
        const KubeConfigError error
                = resolveError(QStringLiteral("kube/ca-and-insecure.yaml"), QStringLiteral("both"));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QLatin1String("insecure-skip-tls-verify")),
                 qPrintable(error.message));
        QCOMPARE(error.line, 5); // the cluster entry
    }

    void missingReferences_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("context") << QStringLiteral("nowhere") << QStringLiteral("no context");
        QTest::newRow("cluster") << QStringLiteral("ghost-cluster")
                                 << QStringLiteral("cluster \"ghost\"");
        QTest::newRow("user") << QStringLiteral("ghost-user") << QStringLiteral("user \"ghost\"");
    }

    void missingReferences()
    {
        QFETCH(QString, context);
        QFETCH(QString, expected);
        const KubeConfigError error
                = resolveError(QStringLiteral("kube/missing-references.yaml"), context);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void malformedYamlHasPosition()
    {
        KubeConfigError error;
        const QString file = dataPath(QStringLiteral("kube/malformed.yaml"));
        QVERIFY(!KubeConfig::load({file}, &error));
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, 7);
        QVERIFY(error.column > 0);
        QVERIFY(error.message.contains(QStringLiteral("line 7")));
        QVERIFY(!error.detail.isEmpty());
    }

    void wrongStructureHasPosition()
    {
        KubeConfigError error;
        QVERIFY(!KubeConfig::parse("clusters:\n  name: x\n", QStringLiteral("inline"), &error));
        QCOMPARE(error.line, 2);
        QVERIFY(error.message.contains(QLatin1String("clusters")));
    }

    void missingSingleFile()
    {
        KubeConfigError error;
        QVERIFY(!KubeConfig::load({dataPath(QStringLiteral("kube/absent.yaml"))}, &error));
        QVERIFY(error.message.contains(QLatin1String("absent.yaml")));
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ca base64")
                << QStringLiteral("bad") << QStringLiteral("certificate-authority-data");
        QTest::newRow("key base64")
                << QStringLiteral("bad-key") << QStringLiteral("client-key-data");
        QTest::newRow("not a cert")
                << QStringLiteral("not-a-cert") << QStringLiteral("no PEM certificate");
        QTest::newRow("not a key")
                << QStringLiteral("not-a-key") << QStringLiteral("no usable private key");
        QTest::newRow("token file")
                << QStringLiteral("unreadable-token") << QStringLiteral("absent.token");
        QTest::newRow("no server") << QStringLiteral("no-server") << QStringLiteral("server");
    }

    void badValues()
    {
        QFETCH(QString, context);
        QFETCH(QString, expected);
        const KubeConfigError error = resolveError(QStringLiteral("kube/bad-values.yaml"), context);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY(error.line > 0);
    }

    void execSection()
    {
        KubeConfigError error;
        const auto config
                = KubeConfig::load({dataPath(QStringLiteral("kube/bad-values.yaml"))}, &error);
        QVERIFY(config);
        const auto good = config->resolve(QStringLiteral("good"), &error);
        QVERIFY2(good, qPrintable(error.message));
        QCOMPARE(good->auth(), KubeConnection::Auth::Exec);
        QCOMPARE(good->exec->command, QStringLiteral("./plugins/get-token"));
        QCOMPARE(good->exec->args,
                 QStringList({QStringLiteral("--cluster"), QStringLiteral("good")}));
        QCOMPARE(good->exec->env.size(), 1);
        QCOMPARE(good->exec->env.first().first, QStringLiteral("PLUGIN_MODE"));
        QCOMPARE(good->exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1"));
        QCOMPARE(good->exec->installHint,
                 QStringLiteral("Install get-token from your cloud's tools."));
        QCOMPARE(good->exec->interactiveMode, QStringLiteral("Never"));
        QCOMPARE(good->exec->workingDirectory,
                 QDir(dataPath(QStringLiteral("kube"))).absolutePath());
    }

    void kubeconfigIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("kube/second.yaml")), file));
        const QByteArray before = podnet::test::readAll(file);
        const KubeConfig config = loadOk({file});
        KubeConfigError error;
        QVERIFY(config.resolve(QStringLiteral("basic"), &error));
        QCOMPARE(podnet::test::readAll(file), before);
    }

    void manualEntry()
    {
        KubeConfigError error;
        const auto connection = KubeConfig::manual(QStringLiteral(" https://203.0.113.10:6443 "),
                                                   dataPath(QStringLiteral("kube/certs/ca.crt")),
                                                   QStringLiteral("abc"), &error);
        QVERIFY2(connection, qPrintable(error.message));
        QCOMPARE(connection->server.port(), 6443);
        QCOMPARE(connection->tls.caCertificates.size(), 1);
        QCOMPARE(connection->auth(), KubeConnection::Auth::Token);

        QVERIFY(!KubeConfig::manual(QStringLiteral("http://203.0.113.10:6443"), {}, {}, &error));
        QVERIFY(error.message.contains(QLatin1String("https")));
        QVERIFY(!KubeConfig::manual(QStringLiteral("https://h:6443"),
                                    dataPath(QStringLiteral("kube/not-a-key.pem")), {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
