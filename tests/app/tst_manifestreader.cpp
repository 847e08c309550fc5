// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/ManifestReader.h"

#include "TestData.h"

#include <QFileInfo>
#include <QTest>

using namespace podnet;

namespace {

QByteArray manifest(const char *name)
{
    const QString path = test::dataPath(QStringLiteral("manifests/") + QLatin1String(name));
    if (!QFileInfo::exists(path))
        qFatal("missing test input %s", qPrintable(path));
    return test::readAll(path);
}

// "apiVersion kind name namespace @line", one string per resource, for readable diffs.
QStringList describe(const QList<ManifestResource> &resources)
{
    QStringList out;
    for (const ManifestResource &resource : resources) {
        out << QStringLiteral("%1 %2 %3 %4 @%5")
                        .arg(resource.apiVersion, resource.kind, resource.name,
                             resource.namespaceName.isEmpty() ? QStringLiteral("-")
                                                              : resource.namespaceName)
                        .arg(resource.line);
    }
    return out;
}

// "E5:3" or "W0:0", one per problem.
QStringList positions(const QList<ManifestProblem> &problems)
{
    QStringList out;
    for (const ManifestProblem &problem : problems) {
        out << QStringLiteral("%1%2:%3")
                        .arg(problem.isError() ? QLatin1Char('E') : QLatin1Char('W'))
                        .arg(problem.line)
                        .arg(problem.column);
    }
    return out;
}

QString dump(const QList<ManifestProblem> &problems)
{
    QStringList out;
    for (const ManifestProblem &problem : problems)
        out << QStringLiteral("%1:%2 %3 (%4)")
                        .arg(problem.line)
                        .arg(problem.column)
                        .arg(problem.message, problem.detail);
    return out.join(QLatin1Char('\n'));
}

// The 1-based line of each document's first key, found without a YAML parser: the first line
// after each "---" (or the start) that is neither blank nor a comment.
QList<int> firstKeyLines(const QByteArray &text)
{
    QList<int> lines;
    bool looking = true;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line == "---") {
            looking = true;
            continue;
        }
        if (looking && !line.isEmpty() && !line.startsWith('#')) {
            lines << number;
            looking = false;
        }
    }
    return lines;
}

} // namespace

class TestManifestReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInTemplate();
    void upstreamTemplate();
    void files_data();
    void files();
    void badIndentationMessage();
    void tabMessage();
    void missingFieldMessages();
    void duplicateKeyMessages();
    void notUtf8();
    void noObjects();
    void notAMapping();
    void errorInThirdDocument();
    void crlfEqualsLf();
    void utf8ByteOrderMark();
    void documentStartWithComment();
};

void TestManifestReader::builtInTemplate()
{
    const QByteArray text = test::readAll(test::builtInTemplatePath());
    QVERIFY2(!text.isEmpty(), qPrintable(test::builtInTemplatePath()));

    const ManifestReadResult result = ManifestReader::read(text);
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.problems.size(), 0);
    QCOMPARE(result.emptyDocuments, 0);
    QCOMPARE(result.resources.size(), 5);

    const QList<int> lines = firstKeyLines(text);
    QCOMPARE(lines.size(), 5);
    const QStringList expected {
            QStringLiteral("v1 ConfigMap kube-router-cfg kube-system @%1").arg(lines[0]),
            QStringLiteral("apps/v1 DaemonSet kube-router kube-system @%1").arg(lines[1]),
            QStringLiteral("v1 ServiceAccount kube-router kube-system @%1").arg(lines[2]),
            // As written: the document carries a namespace although the kind is cluster-scoped.
            QStringLiteral("rbac.authorization.k8s.io/v1 ClusterRole kube-router kube-system @%1")
                    .arg(lines[3]),
            QStringLiteral("rbac.authorization.k8s.io/v1 ClusterRoleBinding kube-router - @%1")
                    .arg(lines[4]),
    };
    QCOMPARE(describe(result.resources), expected);
}

void TestManifestReader::upstreamTemplate()
{
    const QString path
            = test::upstreamPath(QStringLiteral("daemonset/generic-kuberouter-all-features.yaml"));
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("the upstream kube-router copy is absent (%1); this "
                                        "check runs only where ../shared/upstream exists")
                                 .arg(path)));
    const QByteArray text = test::readAll(path);
    const ManifestReadResult result = ManifestReader::read(text);
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.emptyDocuments, 0);
    QStringList kinds;
    for (const ManifestResource &resource : result.resources)
        kinds << resource.kind + QLatin1Char('/') + resource.name + QLatin1Char('/')
                        + resource.namespaceName;
    QCOMPARE(kinds,
             QStringList({QStringLiteral("ConfigMap/kube-router-cfg/kube-system"),
                          QStringLiteral("DaemonSet/kube-router/kube-system"),
                          QStringLiteral("ServiceAccount/kube-router/kube-system"),
                          QStringLiteral("ClusterRole/kube-router/kube-system"),
                          QStringLiteral("ClusterRoleBinding/kube-router/")}));
    QList<int> lines;
    for (const ManifestResource &resource : result.resources)
        lines << resource.line;
    QCOMPARE(lines, firstKeyLines(text));
}

void TestManifestReader::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("emptyDocuments");

    const auto row = [](const char *file, const QStringList &resources, const QStringList &problems,
                        int emptyDocuments) {
        QTest::newRow(file) << QString::fromLatin1(file) << resources << problems << emptyDocuments;
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };

    const QStringList placeholderResources
            = list({"v1 ConfigMap kube-router-cfg kube-system @2",
                    "v1 ServiceAccount kube-router kube-system @17"});
    row("placeholders.yaml", placeholderResources, {}, 0);
    row("placeholders-crlf.yaml", placeholderResources, {}, 0);
    row("placeholders-no-final-newline.yaml", placeholderResources, {}, 0);
    row("multi-placeholder.yaml", list({"v1 ConfigMap many-placeholders - @1"}), {}, 0);
    row("no-apiserver-placeholder.yaml", list({"v1 ConfigMap kube-router-cfg kube-system @1"}), {},
        0);
    // The reader does not judge placeholders; the renderer does.
    row("leftover-placeholder.yaml",
        list({"v1 ConfigMap kube-router-cfg kube-system @1",
              "v1 ServiceAccount kube-router kube-system @12"}),
        {}, 0);

    row("bad-indentation.yaml", {}, list({"E5:3"}), 0);
    row("tab-indentation.yaml", {}, list({"E5:1", "E14:3"}), 0);
    row("tab-in-block-scalar.yaml", list({"v1 ConfigMap tabs-in-content - @1"}), {}, 0);
    row("tab-after-block-scalar.yaml", {}, list({"E9:1"}), 0);
    row("missing-kind.yaml", list({"v1 ServiceAccount has-kind - @1"}), list({"E7:1"}), 0);
    row("missing-name.yaml", {}, list({"E1:1"}), 0);
    row("empty-documents.yaml", list({"v1 ConfigMap first - @5", "v1 Secret second default @12"}),
        {}, 4);
    row("comment-preamble.yaml", list({"v1 ConfigMap after-preamble - @5"}), {}, 0);
    row("duplicate-keys.yaml",
        list({"v1 ConfigMap first-name - @1", "v1 ServiceAccount account - @7"}),
        list({"E5:3", "E14:5"}), 0);
    row("not-utf8.yaml", {}, list({"E0:0"}), 0);
    row("no-objects.yaml", {}, list({"E0:0"}), 2);
    row("empty.yaml", {}, list({"E0:0"}), 0);
    row("list-document.yaml", list({"v1 ConfigMap fine - @1"}), list({"E6:1", "E11:1"}), 0);
    row("error-in-third-document.yaml",
        list({"v1 ServiceAccount first kube-system @1", "v1 ServiceAccount second kube-system @7"}),
        list({"E17:3"}), 0);
    row("error-in-third-document-crlf.yaml",
        list({"v1 ServiceAccount first kube-system @1", "v1 ServiceAccount second kube-system @7"}),
        list({"E17:3"}), 0);
}

void TestManifestReader::files()
{
    QFETCH(QString, file);
    QFETCH(QStringList, resources);
    QFETCH(QStringList, problems);
    QFETCH(int, emptyDocuments);

    const ManifestReadResult result = ManifestReader::read(manifest(qPrintable(file)));
    QVERIFY2(positions(result.problems) == problems, qPrintable(dump(result.problems)));
    QCOMPARE(describe(result.resources), resources);
    QCOMPARE(result.emptyDocuments, emptyDocuments);
    QCOMPARE(result.ok(), problems.isEmpty());
    for (const ManifestProblem &problem : result.problems)
        QVERIFY(!problem.message.isEmpty());
}

void TestManifestReader::badIndentationMessage()
{
    const ManifestReadResult result = ManifestReader::read(manifest("bad-indentation.yaml"));
    QCOMPARE(result.problems.size(), 1);
    const ManifestProblem &problem = result.problems.constFirst();
    QVERIFY(problem.isError());
    QVERIFY2(problem.message.contains(QStringLiteral("line 5, column 3")),
             qPrintable(problem.message));
    // The parser's own words are kept as the technical detail.
    QVERIFY2(problem.detail.contains(QStringLiteral("map")), qPrintable(problem.detail));
}

void TestManifestReader::tabMessage()
{
    const ManifestReadResult result = ManifestReader::read(manifest("tab-indentation.yaml"));
    QCOMPARE(result.problems.size(), 2);
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("Line 5")),
             qPrintable(result.problems[0].message));
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("tab")),
             qPrintable(result.problems[0].message));
    QVERIFY2(result.problems[1].message.contains(QStringLiteral("Line 14")),
             qPrintable(result.problems[1].message));

    // A tab anywhere in the indentation is found, also after spaces.
    const ManifestReadResult inline_ = ManifestReader::read(
            QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n   \tname: x\n"));
    QCOMPARE(positions(inline_.problems), QStringList {QStringLiteral("E4:4")});

    // An indentation indicator counts from the key, also in a list item's mapping: the tab
    // after six spaces is content, the tab on the last line is indentation again.
    const ManifestReadResult indicator = ManifestReader::read(
            QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n"
                              "  items:\n  - script: |2\n        extra\n      \tcontent\n"
                              "    other: 1\n  \tbroken: 2\n"));
    QCOMPARE(positions(indicator.problems), QStringList {QStringLiteral("E11:3")});
}

void TestManifestReader::missingFieldMessages()
{
    const ManifestReadResult kind = ManifestReader::read(manifest("missing-kind.yaml"));
    QCOMPARE(kind.problems.size(), 1);
    QVERIFY2(kind.problems[0].message.contains(QStringLiteral("line 7 has no kind.")),
             qPrintable(kind.problems[0].message));

    const ManifestReadResult name = ManifestReader::read(manifest("missing-name.yaml"));
    QCOMPARE(name.problems.size(), 1);
    QVERIFY2(name.problems[0].message.contains(QStringLiteral("has no metadata.name.")),
             qPrintable(name.problems[0].message));

    // All that is missing is named at once.
    const ManifestReadResult all
            = ManifestReader::read(QByteArrayLiteral("metadata:\n  namespace: x\n"));
    QCOMPARE(positions(all.problems), QStringList {QStringLiteral("E1:1")});
    QVERIFY2(all.problems[0].message.contains(
                     QStringLiteral("has no apiVersion, kind, metadata.name.")),
             qPrintable(all.problems[0].message));

    // A kind that is not a scalar does not count.
    const ManifestReadResult mapKind = ManifestReader::read(
            QByteArrayLiteral("apiVersion: v1\nkind:\n  a: b\nmetadata:\n  name: x\n"));
    QCOMPARE(positions(mapKind.problems), QStringList {QStringLiteral("E1:1")});
    QVERIFY(mapKind.resources.isEmpty());
}

void TestManifestReader::duplicateKeyMessages()
{
    const ManifestReadResult result = ManifestReader::read(manifest("duplicate-keys.yaml"));
    QCOMPARE(result.problems.size(), 2);
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("\"name\" appears twice")),
             qPrintable(result.problems[0].message));
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("line 5")),
             qPrintable(result.problems[0].message));
    QVERIFY2(result.problems[1].message.contains(QStringLiteral("\"tier\" appears twice")),
             qPrintable(result.problems[1].message));
    QVERIFY2(result.problems[1].message.contains(QStringLiteral("line 14")),
             qPrintable(result.problems[1].message));

    // Keys in different mappings may repeat.
    const ManifestReadResult fine = ManifestReader::read(QByteArrayLiteral(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    name: y\n"));
    QVERIFY2(fine.ok(), qPrintable(dump(fine.problems)));
}

void TestManifestReader::notUtf8()
{
    const ManifestReadResult result = ManifestReader::read(manifest("not-utf8.yaml"));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("UTF-8")),
             qPrintable(result.problems[0].message));
    QVERIFY(result.resources.isEmpty());

    // A NUL byte means a binary file.
    const ManifestReadResult nul = ManifestReader::read(
            QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\0\n"));
    QCOMPARE(positions(nul.problems), QStringList {QStringLiteral("E0:0")});

    // Valid UTF-8 beyond ASCII is fine.
    const ManifestReadResult korean = ManifestReader::read(
            QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n"
                              "  note: \"\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4\"\n"));
    QVERIFY2(korean.ok(), qPrintable(dump(korean.problems)));
}

void TestManifestReader::noObjects()
{
    for (const char *file : {"no-objects.yaml", "empty.yaml"}) {
        const ManifestReadResult result = ManifestReader::read(manifest(file));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems[0].message.contains(QStringLiteral("no Kubernetes objects")),
                 qPrintable(result.problems[0].message));
    }
}

void TestManifestReader::notAMapping()
{
    const ManifestReadResult result = ManifestReader::read(manifest("list-document.yaml"));
    QCOMPARE(result.problems.size(), 2);
    QVERIFY2(result.problems[0].message.contains(QStringLiteral("starting at line 6 is not")),
             qPrintable(result.problems[0].message));
    QVERIFY2(result.problems[1].message.contains(QStringLiteral("starting at line 11 is not")),
             qPrintable(result.problems[1].message));
}

void TestManifestReader::errorInThirdDocument()
{
    for (const char *file : {"error-in-third-document.yaml", "error-in-third-document-crlf.yaml"}) {
        const ManifestReadResult result = ManifestReader::read(manifest(file));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems[0].message.contains(QStringLiteral("line 17, column 3")),
                 qPrintable(result.problems[0].message));
    }
}

void TestManifestReader::crlfEqualsLf()
{
    const QByteArray lf = manifest("placeholders.yaml");
    const QByteArray crlf = manifest("placeholders-crlf.yaml");
    // The inputs really differ only in their line breaks.
    QVERIFY(!lf.contains('\r'));
    QCOMPARE(crlf.count("\r\n"), lf.count('\n'));
    QCOMPARE(QByteArray(crlf).replace("\r\n", "\n"), lf);

    const ManifestReadResult fromLf = ManifestReader::read(lf);
    const ManifestReadResult fromCrlf = ManifestReader::read(crlf);
    QVERIFY2(fromCrlf.ok(), qPrintable(dump(fromCrlf.problems)));
    QCOMPARE(fromCrlf.resources.size(), 2);
    QVERIFY(fromCrlf.resources == fromLf.resources);
    QCOMPARE(fromCrlf.emptyDocuments, fromLf.emptyDocuments);
}

void TestManifestReader::utf8ByteOrderMark()
{
    // Windows editors like to start files with a BOM.
    const QByteArray lf = manifest("placeholders.yaml");
    const ManifestReadResult withBom = ManifestReader::read(QByteArrayLiteral("\xef\xbb\xbf") + lf);
    QVERIFY2(withBom.ok(), qPrintable(dump(withBom.problems)));
    QVERIFY(withBom.resources == ManifestReader::read(lf).resources);
}

void TestManifestReader::documentStartWithComment()
{
    const ManifestReadResult result = ManifestReader::read(QByteArrayLiteral(
            "--- # first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
            "--- # second\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"));
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(describe(result.resources),
             QStringList({QStringLiteral("v1 ConfigMap a - @2"),
                          QStringLiteral("v1 ConfigMap b - @7")}));
}

QTEST_GUILESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
