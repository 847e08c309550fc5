// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/ManifestDiffYaml.h"
#include "kube/UnifiedDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace podnet;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalGivesNothing()
    {
        const QStringList lines {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(UnifiedDiff::diff(lines, lines, QStringLiteral("x"), QStringLiteral("y")),
                 QString());
    }

    void oneChangedLineWithContext()
    {
        QStringList from;
        for (int i = 1; i <= 10; ++i)
            from << QStringLiteral("line %1").arg(i);
        QStringList to = from;
        to[4] = QStringLiteral("changed");
        const QString expected = QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n line 2\n line 3\n"
                                                " line 4\n-line 5\n+changed\n line 6\n line 7\n"
                                                " line 8");
        QCOMPARE(UnifiedDiff::diff(from, to, QStringLiteral("a"), QStringLiteral("b")), expected);
    }

    void farChangesMakeTwoHunks()
    {
        QStringList from;
        for (int i = 1; i <= 20; ++i)
            from << QString::number(i);
        QStringList to = from;
        to[0] = QStringLiteral("one");
        to[19] = QStringLiteral("twenty");
        const QString diff = UnifiedDiff::diff(from, to, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(diff.count(QStringLiteral("@@ -")), 2);
        QVERIFY(diff.contains(QStringLiteral("@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n")));
        QVERIFY(diff.endsWith(QStringLiteral("@@ -17,4 +17,4 @@\n 17\n 18\n 19\n-20\n+twenty")));
    }

    void nearChangesMerge()
    {
        QStringList from;
        for (int i = 1; i <= 12; ++i)
            from << QString::number(i);
        QStringList to = from;
        to[2] = QStringLiteral("x");
        to[8] = QStringLiteral("y"); // 5 equal lines between: within 2 * 3
        const QString diff = UnifiedDiff::diff(from, to, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(diff.count(QStringLiteral("@@ -")), 1);
        QVERIFY(diff.contains(QStringLiteral("@@ -1,12 +1,12 @@")));
    }

    void insertionsAndDeletions()
    {
        const QString diff
                = UnifiedDiff::diffText(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nc\nd\n"),
                                        QStringLiteral("old"), QStringLiteral("new"));
        QCOMPARE(diff, QStringLiteral("--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d"));
    }

    void fromEmpty()
    {
        const QString diff
                = UnifiedDiff::diffText(QString(), QStringLiteral("a\nb\n"),
                                        QStringLiteral("/dev/null"), QStringLiteral("new"));
        QCOMPARE(diff, QStringLiteral("--- /dev/null\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b"));
        QCOMPARE(UnifiedDiff::diffText(QStringLiteral("a\n"), QString(), QStringLiteral("old"),
                                       QStringLiteral("/dev/null")),
                 QStringLiteral("--- old\n+++ /dev/null\n@@ -1 +0,0 @@\n-a"));
    }

    void zeroContext()
    {
        const QString diff
                = UnifiedDiff::diffText(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n"),
                                        QStringLiteral("o"), QStringLiteral("n"), 0);
        QCOMPARE(diff, QStringLiteral("--- o\n+++ n\n@@ -2 +2 @@\n-b\n+B"));
    }

    void yamlTextIsSortedAndStable()
    {
        const QJsonObject object
                = QJsonDocument::fromJson(
                          "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":"
                          "\"x\","
                          "\"resourceVersion\":\"5\",\"uid\":\"u\","
                          "\"creationTimestamp\":\"2026-01-01T00:00:00Z\","
                          "\"managedFields\":[{\"manager\":\"kubectl\"}],\"labels\":{\"b\":\"1\","
                          "\"a\":\"true\"}},\"data\":{\"kubeconfig\":\"server: https://a\\nuser: "
                          "b\\n\","
                          "\"n\":\"\",\"port\":20244},\"list\":[{\"name\":\"c\",\"value\":1},"
                          "\"plain\",[],"
                          "{}],\"status\":{\"x\":1}}")
                          .object();
        const QString text = ManifestDiffYaml::toText(ManifestDiffYaml::comparable(object));
        const QString expected = QStringLiteral("apiVersion: v1\n"
                                                "data:\n"
                                                "  kubeconfig: |\n"
                                                "    server: https://a\n"
                                                "    user: b\n"
                                                "  n: \"\"\n"
                                                "  port: 20244\n"
                                                "kind: ConfigMap\n"
                                                "list:\n"
                                                "- name: c\n"
                                                "  value: 1\n"
                                                "- plain\n"
                                                "- []\n"
                                                "- {}\n"
                                                "metadata:\n"
                                                "  labels:\n"
                                                "    a: \"true\"\n"
                                                "    b: \"1\"\n"
                                                "  name: x\n");
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
