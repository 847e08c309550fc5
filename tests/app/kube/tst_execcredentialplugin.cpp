// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ExecCredentialPlugin.h"
#include "kube/LoginShellPath.h"

#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

class TestExecCredentialPlugin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeScript(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    KubeExecConfig config(const QString &command)
    {
        KubeExecConfig exec;
        exec.command = command;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.workingDirectory = m_dir.path();
        return exec;
    }

    struct Outcome
    {
        bool done = false;
        ExecCredential credential;
        ExecCredentialError error;
    };

    static Outcome fetch(ExecCredentialPlugin &plugin)
    {
        auto outcome = std::make_shared<Outcome>();
        QObject context;
        plugin.request(&context, [outcome](const ExecCredential &c, const ExecCredentialError &e) {
            outcome->done = true;
            outcome->credential = c;
            outcome->error = e;
        });
        if (!QTest::qWaitFor([&] { return outcome->done; }, 10000))
            qWarning("plugin did not report");
        return *outcome;
    }

    int runCount() const
    {
        return static_cast<int>(
                podnet::test::readAll(m_dir.filePath(QStringLiteral("runs"))).size());
    }

private Q_SLOTS:
    void tokenCachedAndEnvironment()
    {
        // Counts runs, checks env, exec info and closed stdin, and prints a credential.
        const QString script = writeScript(
                QStringLiteral("get-token"),
                "printf x >> \"$(dirname \"$0\")/runs\"\n"
                "[ \"$PLUGIN_MODE\" = test ] || exit 3\n"
                "case \"$KUBERNETES_EXEC_INFO\" in *'\"interactive\":false'*) ;; *) exit 4;; esac\n"
                "case \"$KUBERNETES_EXEC_INFO\" in *'client.authentication.k8s.io/v1'*) ;; *) exit "
                "5;; esac\n"
                "[ \"$1\" = --cluster ] || exit 6\n"
                "if read line; then exit 7; fi\n"
                "printf "
                "'{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                "\"status\":{\"token\":\"plugin-token\",\"expirationTimestamp\":\"2999-01-01T00:00:"
                "00Z\"}}'\n");
        KubeExecConfig exec = config(QStringLiteral("./get-token"));
        exec.args = QStringList {QStringLiteral("--cluster"), QStringLiteral("x")};
        exec.env = {{QStringLiteral("PLUGIN_MODE"), QStringLiteral("test")}};
        ExecCredentialPlugin plugin(exec, nullptr);

        // Two requests at once share one run; a later one uses the cache.
        auto first = std::make_shared<Outcome>();
        auto second = std::make_shared<Outcome>();
        plugin.request(this, [first](const ExecCredential &c, const ExecCredentialError &e) {
            *first = {true, c, e};
        });
        plugin.request(this, [second](const ExecCredential &c, const ExecCredentialError &e) {
            *second = {true, c, e};
        });
        QTRY_VERIFY(first->done && second->done);
        QVERIFY2(!first->error.isError(), qPrintable(first->error.message + first->error.detail));
        QCOMPARE(first->credential.token, QStringLiteral("plugin-token"));
        QCOMPARE(second->credential.token, QStringLiteral("plugin-token"));
        QCOMPARE(fetch(plugin).credential.token, QStringLiteral("plugin-token"));
        QCOMPARE(runCount(), 1);

        plugin.invalidate();
        QCOMPARE(fetch(plugin).credential.token, QStringLiteral("plugin-token"));
        QCOMPARE(runCount(), 2);
    }

    void expiredCredentialRunsAgain()
    {
        writeScript(QStringLiteral("expired"),
                    "printf y >> \"$(dirname \"$0\")/runs-expired\"\n"
                    "echo '{\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\","
                    "\"expirationTimestamp\":\"2001-01-01T00:00:00Z\"}}'\n");
        ExecCredentialPlugin plugin(config(QStringLiteral("./expired")), nullptr);
        QVERIFY(!fetch(plugin).error.isError());
        QVERIFY(!fetch(plugin).error.isError());
        QCOMPARE(podnet::test::readAll(m_dir.filePath(QStringLiteral("runs-expired"))).size(), 2);
    }

    void failureNeverShowsStdout()
    {
        writeScript(
                QStringLiteral("fails"),
                "echo '{\"kind\":\"ExecCredential\",\"status\":{\"token\":\"leaked-secret\"}}'\n"
                "echo 'login required: run fails --login' >&2\nexit 2\n");
        ExecCredentialPlugin plugin(config(QStringLiteral("./fails")), nullptr);
        const Outcome outcome = fetch(plugin);
        QCOMPARE(outcome.error.kind, ExecCredentialError::Kind::Failed);
        QVERIFY(outcome.error.message.contains(QLatin1String("exit code 2")));
        QVERIFY(outcome.error.detail.contains(QLatin1String("login required")));
        QVERIFY(!outcome.error.message.contains(QLatin1String("leaked-secret")));
        QVERIFY(!outcome.error.detail.contains(QLatin1String("leaked-secret")));
    }

    void stderrWithTokenIsHidden()
    {
        writeScript(QStringLiteral("fails-token"),
                    "echo 'bad token eyJhbGciOiJSUzI1NiIsImtpZCI6IkFCQyJ9.payload' >&2\nexit 1\n");
        ExecCredentialPlugin plugin(config(QStringLiteral("./fails-token")), nullptr);
        const Outcome outcome = fetch(plugin);
        QCOMPARE(outcome.error.kind, ExecCredentialError::Kind::Failed);
        QVERIFY(!outcome.error.detail.contains(QLatin1String("eyJ")));
    }

    void garbageOutput()
    {
        writeScript(QStringLiteral("garbage"), "echo 'secret-looking garbage sk-12345'\n");
        ExecCredentialPlugin plugin(config(QStringLiteral("./garbage")), nullptr);
        const Outcome outcome = fetch(plugin);
        QCOMPARE(outcome.error.kind, ExecCredentialError::Kind::BadOutput);
        QVERIFY(!outcome.error.message.contains(QLatin1String("sk-12345")));
        QVERIFY(!outcome.error.detail.contains(QLatin1String("sk-12345")));
    }

    void timeout()
    {
        writeScript(QStringLiteral("slow"), "sleep 30\n");
        ExecCredentialPlugin plugin(config(QStringLiteral("./slow")), nullptr);
        plugin.setTimeout(std::chrono::milliseconds(300));
        QCOMPARE(fetch(plugin).error.kind, ExecCredentialError::Kind::TimedOut);
    }

    void missingCommandShowsInstallHint()
    {
        KubeExecConfig exec = config(QStringLiteral("podnet-no-such-plugin"));
        exec.installHint = QStringLiteral("Get it with: apt install podnet-plugin");
        LoginShellPath path(QString(), QStringLiteral("/usr/bin"));
        path.setLoginPath(m_dir.path());
        ExecCredentialPlugin plugin(exec, &path);
        const Outcome outcome = fetch(plugin);
        QCOMPARE(outcome.error.kind, ExecCredentialError::Kind::CommandNotFound);
        QVERIFY(outcome.error.message.contains(QLatin1String("apt install podnet-plugin")));
    }

    void commandFoundOnLoginPath()
    {
        QTemporaryDir bin;
        QFile script(bin.filePath(QStringLiteral("only-on-login-path")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
                "#!/bin/sh\necho '{\"kind\":\"ExecCredential\",\"status\":{\"token\":\"p\"}}'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        LoginShellPath path(QString(), QStringLiteral("/usr/bin:/bin"));
        path.setLoginPath(bin.path());
        QCOMPARE(path.path(), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        ExecCredentialPlugin plugin(config(QStringLiteral("only-on-login-path")), &path);
        const Outcome outcome = fetch(plugin);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        QCOMPARE(outcome.credential.token, QStringLiteral("p"));
    }

    void loginShellIsAskedOnce()
    {
        const QString shell = writeScript(QStringLiteral("fake-shell"),
                                          "printf s >> \"$(dirname \"$0\")/shell-runs\"\n"
                                          "printf 'Welcome banner\\n/login/bin:/usr/bin'\n");
        LoginShellPath path(shell, QStringLiteral("/usr/bin:/bin"));
        QString first, second;
        path.request(this, [&](const QString &p) { first = p; });
        path.request(this, [&](const QString &p) { second = p; });
        QTRY_VERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(first, QStringLiteral("/login/bin:/usr/bin:/bin"));
        QCOMPARE(second, first);
        QString third;
        path.request(this, [&](const QString &p) { third = p; });
        QTRY_COMPARE(third, first);
        QCOMPARE(podnet::test::readAll(m_dir.filePath(QStringLiteral("shell-runs"))),
                 QByteArray("s"));
    }

    void clientCertificateCredential()
    {
        const QByteArray cert = podnet::test::readAll(
                podnet::test::dataPath(QStringLiteral("kube/certs/client.crt")));
        const QByteArray key = podnet::test::readAll(
                podnet::test::dataPath(QStringLiteral("kube/certs/client.key")));
        QJsonObject status {{QStringLiteral("clientCertificateData"), QString::fromLatin1(cert)},
                            {QStringLiteral("clientKeyData"), QString::fromLatin1(key)}};
        const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("kind"),
                                                            QStringLiteral("ExecCredential")},
                                                           {QStringLiteral("status"), status}})
                                        .toJson();
        QString why;
        const auto credential = ExecCredential::parse(json, &why);
        QVERIFY2(credential, qPrintable(why));
        QVERIFY(!credential->clientCertificate.isNull());
        QVERIFY(!credential->clientKey.isNull());
        QVERIFY(credential->token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecCredentialPlugin)
#include "tst_execcredentialplugin.moc"
