// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// "Export as commands": the exact commands for a known record, quoting of odd values (checked
// by running the script with stand-in openstack and kubectl that record what they get), and
// bash -n / shellcheck.

#include "SampleRunRecord.h"

#include "report/CommandScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCommandScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactCommands();
    void shellQuote_data();
    void shellQuote();
    void syntaxAndShellcheck();
    void oddValuesReachTheClientsIntact();
    void stopsWithoutCredentials();
    void nothingToChange();
};

void TestCommandScript::exactCommands()
{
    const QString script = CommandScript::shellScript(test::sampleRunRecord());
    QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash\n")));
    QVERIFY(script.contains(QLatin1String("\nset -euo pipefail\n")));
    QVERIFY(script.contains(QLatin1String("English")));
    QVERIFY(script.contains(QLatin1String("  export OS_CLOUD=lab\n")));
    QVERIFY(script.contains(QLatin1String("# worker-0.k8s.lan\n"
                                          "if ! has_pair port-0000 10.200.0.0/16; then\n"
                                          "  openstack port set --allowed-address "
                                          "ip-address=10.200.0.0/16 port-0000\nfi\n"
                                          "if ! has_pair port-0000 10.32.0.0/24; then\n"
                                          "  openstack port set --allowed-address "
                                          "ip-address=10.32.0.0/24 port-0000\nfi\n")));
    QVERIFY(script.contains(QLatin1String("# worker-1.k8s.lan\n"
                                          "if ! has_pair port-1111 10.32.0.0/24; then\n")));
    QVERIFY(!script.contains(QLatin1String("has_pair port-1111 10.200.0.0/16")));
    QVERIFY(!script.contains(QLatin1String("port-2222"))); // already complete
    QVERIFY(script.contains(
            QLatin1String("openstack port show -c allowed_address_pairs -f value \"$1\"")));
    QVERIFY(script.contains(QLatin1String(
            "kubectl annotate --overwrite node worker-0.k8s.lan "
            "kube-router.io/pod-cidr=10.200.0.0/24 kube-router.io/pod-cidrs=10.200.0.0/24\n")));
    QVERIFY(script.contains(QLatin1String(
            "kubectl annotate --overwrite node worker-2.k8s.lan "
            "kube-router.io/pod-cidr=10.200.2.0/24 kube-router.io/pod-cidrs=10.200.2.0/24\n"
            "# kube-router reads the annotations only when it starts.\n"
            "kubectl -n kube-system delete pod -l k8s-app=kube-router "
            "--field-selector spec.nodeName=worker-2.k8s.lan --ignore-not-found\n")));
    QVERIFY(script.contains(QLatin1String(
            "kubectl apply --server-side --field-manager=podnet-wizard -f - <<'PODNET_MANIFEST'\n"
            "apiVersion: v1\nkind: ConfigMap\n")));
    QVERIFY(script.contains(QLatin1String("  namespace: kube-system\nPODNET_MANIFEST\n")));
    QVERIFY(script.contains(QLatin1String(
            "kubectl -n kube-system rollout status daemonset/kube-router --timeout=300s\n"
            "kubectl wait --for=condition=Ready nodes --all --timeout=300s\n")));
    // Order: checks, pairs, annotations, manifest, waits.
    const qsizetype checks = script.indexOf(QLatin1String("KUBECONFIG:-"));
    QVERIFY(checks > 0);
    QVERIFY(checks < script.indexOf(QLatin1String("openstack port set")));
    QVERIFY(script.indexOf(QLatin1String("openstack port set"))
            < script.indexOf(QLatin1String("kubectl annotate")));
    QVERIFY(script.indexOf(QLatin1String("kubectl annotate"))
            < script.indexOf(QLatin1String("kubectl apply")));
    QVERIFY(script.indexOf(QLatin1String("kubectl apply"))
            < script.indexOf(QLatin1String("kubectl wait")));
}

void TestCommandScript::shellQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("worker-0.k8s.lan")
                           << QStringLiteral("worker-0.k8s.lan");
    QTest::newRow("cidr") << QStringLiteral("10.200.0.0/16") << QStringLiteral("10.200.0.0/16");
    QTest::newRow("pair") << QStringLiteral("ip-address=10.0.0.0/8,mac-address=fa:16:3e:00:00:01")
                          << QStringLiteral("ip-address=10.0.0.0/8,mac-address=fa:16:3e:00:00:01");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("my cloud") << QStringLiteral("'my cloud'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("subst") << QStringLiteral("$(rm -rf ~)") << QStringLiteral("'$(rm -rf ~)'");
    QTest::newRow("glob") << QStringLiteral("*") << QStringLiteral("'*'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    QTest::newRow("korean") << QStringLiteral("노드") << QStringLiteral("'노드'");
}

void TestCommandScript::shellQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(CommandScript::shellQuote(value), quoted);
}

void TestCommandScript::syntaxAndShellcheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.sh"));
    QVERIFY(writeExecutable(path, CommandScript::shellScript(test::sampleRunRecord()).toUtf8()));
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
    QVERIFY(bash.waitForFinished(20000));
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());

    const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    if (shellcheck.isEmpty())
        QSKIP("shellcheck is not installed");
    QProcess check;
    check.start(shellcheck, {path});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
}

void TestCommandScript::oddValuesReachTheClientsIntact()
{
    SetupRunRecord record = test::sampleRunRecord();
    const QString oddPort = QStringLiteral("port '1' $(touch pwned) `x` \"y\"");
    const QString oddNode = QStringLiteral("node; rm -rf ~ *");
    const QString oddCloud = QStringLiteral("lab's \"cloud\"");
    record.settings.cloudName = oddCloud;
    record.settings.projectName = QStringLiteral("x\nrm -rf ~"); // only ever in a comment
    record.plan.ports->entries[0].port.id = oddPort;
    record.plan.ports->entries[0].serverName = QStringLiteral("evil\n touch pwned");
    record.plan.ports->entries[1].action = PortPlan::Action::Complete;
    record.plan.podRanges->entries[1].node.name = oddNode;
    record.plan.podRanges->entries[0].action = PodCidrAnnotationPlan::Action::Skip;
    record.plan.manifestYaml += QByteArrayLiteral("---\n# PODNET_MANIFEST\nPODNET_MANIFEST\n");
    const QString script = CommandScript::shellScript(record);
    QVERIFY(script.contains(QLatin1String("<<'PODNET_MANIFEST_1'\n")));

    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString log = dir.filePath(QStringLiteral("log"));
    // Stand-ins: each argument on a line of its own (newlines shown as \n), stdin of apply
    // saved; "port show" answers with no pairs, so every pair is added.
    const QByteArray stub
            = "#!/usr/bin/env bash\n"
              "{ printf '%s' \"$(basename \"$0\")\"; for a in \"$@\"; do "
              "printf ' [%s]' \"${a//$'\\n'/\\\\n}\"; done; echo; } >>\"$LOG\"\n"
              "if [[ \"$*\" == *'apply --server-side'* ]]; then cat >\"$LOG.manifest\"; fi\n"
              "if [[ \"$1 $2\" == 'port show' ]]; then echo '[]'; fi\n"
              "exit 0\n";
    QVERIFY(writeExecutable(bin + QStringLiteral("/openstack"), stub));
    QVERIFY(writeExecutable(bin + QStringLiteral("/kubectl"), stub));
    const QString path = dir.filePath(QStringLiteral("run.sh"));
    QVERIFY(writeExecutable(path, script.toUtf8()));

    QProcess run;
    run.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OS_CLOUD"));
    env.remove(QStringLiteral("OS_AUTH_URL"));
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("KUBECONFIG"), dir.filePath(QStringLiteral("kubeconfig")));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("LOG"), log);
    run.setProcessEnvironment(env);
    run.start(QStringLiteral("bash"), {path});
    QVERIFY(run.waitForFinished(30000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));

    const QStringList calls = readText(log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString portArg = QLatin1Char('[') + oddPort + QLatin1Char(']');
    QCOMPARE(calls.value(0),
             QStringLiteral("openstack [port] [show] [-c] [allowed_address_pairs] "
                            "[-f] [value] ")
                     + portArg);
    QCOMPARE(calls.value(1),
             QStringLiteral("openstack [port] [set] [--allowed-address] "
                            "[ip-address=10.200.0.0/16] ")
                     + portArg);
    QCOMPARE(calls.value(4),
             QStringLiteral("kubectl [annotate] [--overwrite] [node] [") + oddNode
                     + QStringLiteral("] [kube-router.io/pod-cidr=10.200.2.0/24] "
                                      "[kube-router.io/pod-cidrs=10.200.2.0/24]"));
    QCOMPARE(calls.value(5),
             QStringLiteral("kubectl [-n] [kube-system] [delete] [pod] [-l] "
                            "[k8s-app=kube-router] [--field-selector] "
                            "[spec.nodeName=")
                     + oddNode + QStringLiteral("] [--ignore-not-found]"));
    QCOMPARE(calls.value(6),
             QStringLiteral("kubectl [apply] [--server-side] "
                            "[--field-manager=podnet-wizard] [-f] [-]"));
    QCOMPARE(readText(log + QStringLiteral(".manifest")).toUtf8(), record.plan.manifestYaml);
    QCOMPARE(calls.size(), 9);
    QVERIFY(calls.value(8).startsWith(QLatin1String("kubectl [wait]")));
}

void TestCommandScript::stopsWithoutCredentials()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.sh"));
    SetupRunRecord record = test::sampleRunRecord();
    record.settings.cloudName.clear();
    QVERIFY(writeExecutable(path, CommandScript::shellScript(record).toUtf8()));
    QProcess run;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), dir.path()); // no client at all: nothing may run
    env.insert(QStringLiteral("HOME"), dir.path());
    run.setProcessEnvironment(env);
    run.start(QStringLiteral("/bin/bash"), {path});
    QVERIFY(run.waitForFinished(20000));
    QCOMPARE(run.exitCode(), 1);
    QVERIFY(QString::fromUtf8(run.readAllStandardError()).contains(QLatin1String("OS_CLOUD")));
}

void TestCommandScript::nothingToChange()
{
    SetupRunRecord record;
    const QString script = CommandScript::shellScript(record);
    QVERIFY(!script.contains(QLatin1String("openstack port")));
    QVERIFY(!script.contains(QLatin1String("\nkubectl ")));
    QVERIFY(!script.contains(QLatin1String("KUBECONFIG:-"))); // no check for an unused side
    QVERIFY(script.contains(QLatin1String("nothing to change")));
}

QTEST_MAIN(TestCommandScript)
#include "tst_commandscript.moc"
