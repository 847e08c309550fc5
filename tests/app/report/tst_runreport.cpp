// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The run report in Markdown and HTML: the right rows, escaping, translation, and no secret.

#include "SampleRunRecord.h"

#include "SetupState.h"
#include "i18n/LanguageManager.h"
#include "kube/KubeConnection.h"
#include "report/CommandScript.h"
#include "report/RunReport.h"
#include "run/SetupSettingsSnapshot.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

class TestRunReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownHasTheRows();
    void htmlHasTheRows();
    void htmlEscapesNames();
    void koreanHeadings();
    void noSecretFromTheState();
    void savesAtomically();
    void htmlPathBySuffix();
};

void TestRunReport::markdownHasTheRows()
{
    const QString md = RunReport::markdown(test::sampleRunRecord());
    QVERIFY(md.startsWith(QLatin1String("# PodNet Wizard run report\n")));
    QVERIFY(md.contains(QLatin1String("Run 20261126-120000-abcd, started ")));
    QVERIFY(md.contains(QLatin1String("(12.5 s)")));
    QVERIFY(md.contains(QLatin1String("Mode: real cloud and cluster.")));
    QVERIFY(md.contains(QLatin1String("Outcome: stopped at \"Nodes Ready\" (")));
    QVERIFY(md.contains(QLatin1String("| Cluster CIDR | 10.200.0.0/16 |\n")));
    QVERIFY(md.contains(QLatin1String("| Project | k8s-lab |\n")));
    QVERIFY(!md.contains(QLatin1String("Kubeconfig"))); // empty settings are left out
    QVERIFY(md.contains(
            QLatin1String("| + | port-0000 | worker-0.k8s.lan | 10.200.0.0/16, 10.32.0.0/24 |\n")));
    QVERIFY(md.contains(QLatin1String("| + | port-1111 | worker-1.k8s.lan | 10.32.0.0/24 |\n")));
    QVERIFY(md.contains(QLatin1String(
            "| = | port-2222 | worker-2.k8s.lan | already has 10.200.0.0/16, 10.32.0.0/24 |\n")));
    QVERIFY(md.contains(QLatin1String("| worker-2.k8s.lan | ")));
    QVERIFY(md.contains(QLatin1String("| 10.200.2.0/24 |")));
    QVERIFY(md.contains(QLatin1String("| + | configmap/kube-router-cfg | create |\n")));
    QVERIFY(md.contains(QLatin1String("| ~ | daemonset.apps/kube-router | configure |\n")));
    QVERIFY(md.contains(QLatin1String("### Allowed address pairs: ")));
    QVERIFY(md.contains(QLatin1String("2 ports changed, 1 already complete")));
    QVERIFY(md.contains(QLatin1String("took 2.5 s")));
    QVERIFY(md.contains(QLatin1String("- port-0000 worker-0.k8s.lan: + 10.200.0.0/16")));
    QVERIFY(md.contains(
            QLatin1String("| Node | Status | Internal IP | Pod range | Pairs cover it | "
                          "Why not Ready |\n| --- | --- | --- | --- | --- | --- |\n")));
    QVERIFY(md.contains(QLatin1String("| worker-0.k8s.lan | Ready | 10.240.0.20 | 10.200.0.0/24 | "
                                      "yes |   |\n")));
    QVERIFY(md.contains(QLatin1String("| worker-2.k8s.lan | NotReady | 10.240.0.22 | "
                                      "10.200.2.0/24 | yes | cni plugin not initialized |\n")));
    // What to do next names the failed step's message and the node that is not Ready.
    const qsizetype next = md.indexOf(QLatin1String("## What to do next"));
    QVERIFY(next > md.indexOf(QLatin1String("## Nodes")));
    QVERIFY(md.indexOf(QLatin1String("- worker-2.k8s.lan stayed NotReady. Check kube-router."))
            > next);
    QVERIFY(md.indexOf(QLatin1String("- Node worker-2.k8s.lan: cni plugin not initialized"))
            > next);
}

void TestRunReport::htmlHasTheRows()
{
    const QString html = RunReport::html(test::sampleRunRecord());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY(!html.contains(QLatin1String("<link"))); // self-contained
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("<h1>PodNet Wizard run report</h1>")));
    QVERIFY(html.contains(QLatin1String("<tr><td>Cluster CIDR</td><td>10.200.0.0/16</td></tr>")));
    QVERIFY(html.contains(QLatin1String("<tr><td>worker-2.k8s.lan</td><td>NotReady</td>"
                                        "<td>10.240.0.22</td><td>10.200.2.0/24</td><td>yes</td>"
                                        "<td>cni plugin not initialized</td></tr>")));
    QVERIFY(html.contains(QLatin1String("<td>configmap/kube-router-cfg</td>")));
    QVERIFY(html.contains(QLatin1String("<h2>What to do next</h2>")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
}

void TestRunReport::htmlEscapesNames()
{
    SetupRunRecord record = test::sampleRunRecord();
    record.nodes[0].name = QStringLiteral("evil<b>&\"node\"|x");
    const QString html = RunReport::html(record);
    QVERIFY(html.contains(QLatin1String("<td>evil&lt;b&gt;&amp;&quot;node&quot;|x</td>")));
    QVERIFY(!html.contains(QLatin1String("evil<b>")));
    const QString md = RunReport::markdown(record);
    QVERIFY(md.contains(QLatin1String("| evil\\<b\\>&\"node\"\\|x | Ready |")));
}

void TestRunReport::koreanHeadings()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("ko")));
    const SetupRunRecord record = test::sampleRunRecord();
    const QString md = RunReport::markdown(record);
    const QString html = RunReport::html(record);
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"ko\">")));
    QVERIFY2(md.contains(QStringLiteral("## 설정\n")), qPrintable(md.left(400)));
    QVERIFY(md.contains(QStringLiteral("## 노드\n")));
    QVERIFY(!md.contains(QLatin1String("## Settings")));
    QVERIFY(!md.contains(QLatin1String("## What to do next")));
    QVERIFY(html.contains(QStringLiteral("<h2>변경 계획</h2>")));
    // Back in English at once.
    QVERIFY(RunReport::markdown(record).contains(QLatin1String("## Settings\n")));
}

void TestRunReport::noSecretFromTheState()
{
    const QString password = QStringLiteral("Pa55-w0rd-XYZZY");
    const QString token = QStringLiteral("tok3n-abcdef-SECRET");
    const QString kubePassword = QStringLiteral("kube-pw-PLUGH");
    QNetworkAccessManager network;
    SetupState state(&network);
    CloudCredentials credentials;
    credentials.authUrl = QUrl(QStringLiteral("https://keystone.example:5000/v3"));
    credentials.username = QStringLiteral("student");
    credentials.projectName = QStringLiteral("k8s-lab");
    credentials.secret = password;
    state.openStack()->setCredentials(credentials);
    state.openStack()->setCheckResult(ConnectionCheckResult {});
    KubeConnection connection;
    connection.server = QUrl(QStringLiteral("https://10.240.0.10:6443"));
    connection.token = token;
    connection.username = QStringLiteral("admin");
    connection.password = kubePassword;
    state.kube()->setConnection(connection, {}, QStringLiteral("lab-admin"));

    SetupRunRecord record = test::sampleRunRecord();
    record.settings = settingsSnapshot(state);
    QCOMPARE(record.settings.userName, QStringLiteral("student"));
    QCOMPARE(record.settings.kubeContext, QStringLiteral("lab-admin"));
    const QString all = RunReport::markdown(record) + RunReport::html(record)
            + CommandScript::shellScript(record);
    QVERIFY(all.contains(QLatin1String("student")));
    QVERIFY(all.contains(QLatin1String("lab-admin")));
    for (const QString &secret : {password, token, kubePassword})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
}

void TestRunReport::savesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    QString error;
    QVERIFY(RunReport::save(path, QStringLiteral("# 보고서\n"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("# 보고서\n"));
    QVERIFY(!RunReport::save(dir.filePath(QStringLiteral("missing/report.md")), QStringLiteral("x"),
                             &error));
    QVERIFY(error.contains(QLatin1String("missing")));
}

void TestRunReport::htmlPathBySuffix()
{
    QVERIFY(RunReport::isHtmlPath(QStringLiteral("/tmp/a.html")));
    QVERIFY(RunReport::isHtmlPath(QStringLiteral("/tmp/a.HTM")));
    QVERIFY(!RunReport::isHtmlPath(QStringLiteral("/tmp/a.md")));
    QVERIFY(!RunReport::isHtmlPath(QStringLiteral("/tmp/html")));
}

QTEST_MAIN(TestRunReport)
#include "tst_runreport.moc"
