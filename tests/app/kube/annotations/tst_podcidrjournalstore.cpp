// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrJournal.h"
#include "kube/annotations/PodCidrJournalStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace podnet;

namespace {

const QUrl kServer(QStringLiteral("https://10.0.0.10:6443"));

PodCidrJournalRun header(const QString &runId, const QString &kind, const QString &undoOf = {},
                         const QUrl &server = kServer)
{
    PodCidrJournalRun run;
    run.runId = runId;
    run.startedAt = QDateTime::fromString(runId.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
    run.startedAt.setTimeZone(QTimeZone::utc());
    run.kind = kind;
    run.undoOf = undoOf;
    run.server = server;
    run.context = QStringLiteral("lab");
    run.clusterCidr = QStringLiteral("10.200.0.0/16");
    return run;
}

PodCidrJournalRun::Change change(const QString &node, const QString &range)
{
    PodCidrJournalRun::Change result;
    result.node = node;
    result.resourceVersionBefore = QStringLiteral("7");
    result.set = PodCidrNode::Annotations::both(range);
    result.after = result.set;
    result.resourceVersionAfter = QStringLiteral("8");
    return result;
}

} // namespace

class TestPodCidrJournalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReadsBack();
    void crashPrefixParses();
    void badFilesAreRefused();
    void latestUndoable();
    void runIdMustNotBeAPath();
};

void TestPodCidrJournalStore::writesAndReadsBack()
{
    QTemporaryDir dir;
    PodCidrJournal journal;
    QCOMPARE(journal.open(
                     dir.path(),
                     header(QStringLiteral("20260101-120000-abcd"), QStringLiteral("annotate"))),
             QString());
    PodCidrJournalRun::Change first = change(QStringLiteral("a"), QStringLiteral("10.200.0.0/24"));
    first.before.podCidr = QStringLiteral("10.200.9.0/24");
    QCOMPARE(journal.recordBegin(first), QString());
    QCOMPARE(journal.recordChange(first), QString());
    QCOMPARE(journal.recordBegin(change(QStringLiteral("b"), QStringLiteral("10.200.1.0/24"))),
             QString());
    QCOMPARE(journal.recordFailure(QStringLiteral("b"), QStringLiteral("gone")), QString());
    QCOMPARE(journal.finish(PodCidrJournalRun::End::Finished, 1, 0, 1), QString());
    // Never overwritten.
    PodCidrJournal again;
    QVERIFY(!again.open(dir.path(),
                        header(QStringLiteral("20260101-120000-abcd"), QStringLiteral("annotate")))
                     .isEmpty());

    QString error;
    const std::optional<PodCidrJournalRun> run
            = PodCidrJournalStore(dir.path()).read(QStringLiteral("20260101-120000-abcd"), &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->kind, QStringLiteral("annotate"));
    QCOMPARE(run->server, kServer);
    QCOMPARE(run->context, QStringLiteral("lab"));
    QCOMPARE(run->end, PodCidrJournalRun::End::Finished);
    QCOMPARE(run->changedCount, 1);
    QCOMPARE(run->failedCount, 1);
    QCOMPARE(run->changes.size(), 2);
    QCOMPARE(run->changes.at(0).state, PodCidrJournalRun::Change::State::Changed);
    QCOMPARE(run->changes.at(0).before.podCidr,
             std::optional<QString>(QStringLiteral("10.200.9.0/24")));
    QVERIFY(!run->changes.at(0).before.podCidrs);
    QCOMPARE(run->changes.at(0).set,
             PodCidrNode::Annotations::both(QStringLiteral("10.200.0.0/24")));
    QCOMPARE(run->changes.at(0).resourceVersionAfter, QStringLiteral("8"));
    QCOMPARE(run->changes.at(1).state, PodCidrJournalRun::Change::State::Failed);
    QCOMPARE(run->changes.at(1).message, QStringLiteral("gone"));
}

void TestPodCidrJournalStore::crashPrefixParses()
{
    const QByteArray bytes
            = "{\"type\":\"header\",\"journal\":\"pod-cidr\",\"version\":1,\"run_id\":\"r1\","
              "\"kind\":\"annotate\",\"server\":\"https://10.0.0.10:6443\"}\n"
              "{\"type\":\"begin\",\"node\":\"a\",\"set\":{\"kube-router.io/"
              "pod-cidr\":\"10.200.0.0/24\","
              "\"kube-router.io/pod-cidrs\":\"10.200.0.0/24\"},\"before\":{}}\n"
              "{\"type\":\"change\",\"node\":\"a\",\"after\":{}}\n"
              "{\"type\":\"begin\",\"node\":\"b\",\"set\":{\"kube-router.io/"
              "pod-cidr\":\"10.200.1.0/24\"},"
              "\"before\":{}}\n"
              "{\"type\":\"change\",\"node\":\"b\",\"af";
    QString error;
    const std::optional<PodCidrJournalRun> run = PodCidrJournalStore::parse(bytes, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->end, PodCidrJournalRun::End::Open);
    QCOMPARE(run->changes.size(), 2);
    QCOMPARE(run->changedCount, 1);
    // The cut line is dropped: b may or may not have landed, so it stays a candidate.
    QCOMPARE(run->changes.at(1).state, PodCidrJournalRun::Change::State::Begun);
    QCOMPARE(run->changes.at(1).set.podCidr,
             std::optional<QString>(QStringLiteral("10.200.1.0/24")));
    QVERIFY(!run->changes.at(1).set.podCidrs);
}

void TestPodCidrJournalStore::badFilesAreRefused()
{
    QString error;
    QVERIFY(!PodCidrJournalStore::parse({}, &error));
    QVERIFY(error.contains(QStringLiteral("empty")));
    // A port journal is not a pod-range journal.
    QVERIFY(!PodCidrJournalStore::parse("{\"type\":\"header\",\"run_id\":\"x\",\"kind\":\"add\"}\n",
                                        &error));
    QVERIFY(error.contains(QStringLiteral("header")));
    const QByteArray head = "{\"type\":\"header\",\"journal\":\"pod-cidr\",\"run_id\":\"x\"}\n";
    QVERIFY(!PodCidrJournalStore::parse(head + "{\"type\":\"surprise\"}\n", &error));
    QVERIFY(error.contains(QStringLiteral("surprise")));
    QVERIFY(error.contains(QStringLiteral("Line 2")));
    QVERIFY(!PodCidrJournalStore::parse(head + "not json\n{}\n", &error));
    QVERIFY(error.contains(QStringLiteral("Line 2")));
    QVERIFY(!PodCidrJournalStore::parse(head + "{\"type\":\"change\",\"node\":\"a\"}\n", &error));
    QVERIFY(error.contains(QStringLiteral("begin")));
}

void TestPodCidrJournalStore::latestUndoable()
{
    QTemporaryDir dir;
    auto write = [&dir](const PodCidrJournalRun &header, bool withChange, bool finish) {
        PodCidrJournal journal;
        QCOMPARE(journal.open(dir.path(), header), QString());
        if (withChange) {
            const PodCidrJournalRun::Change c
                    = change(QStringLiteral("a"), QStringLiteral("10.200.0.0/24"));
            QCOMPARE(journal.recordBegin(c), QString());
            QCOMPARE(journal.recordChange(c), QString());
        }
        if (finish)
            QCOMPARE(journal.finish(PodCidrJournalRun::End::Finished, withChange ? 1 : 0, 0, 0),
                     QString());
    };
    write(header(QStringLiteral("20260101-100000-0001"), QStringLiteral("annotate")), true, true);
    write(header(QStringLiteral("20260101-110000-0002"), QStringLiteral("annotate")), true, true);
    write(header(QStringLiteral("20260101-120000-0003"), QStringLiteral("annotate"), {},
                 QUrl(QStringLiteral("https://other:6443"))),
          true, true);
    write(header(QStringLiteral("20260101-130000-0004"), QStringLiteral("annotate")), false, true);
    // Not a journal of ours: passed over.
    QFile other(dir.filePath(QStringLiteral("20260101-140000-0005.jsonl")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{\"type\":\"header\",\"run_id\":\"x\",\"kind\":\"add\"}\n");
    other.close();

    const PodCidrJournalStore store(dir.path());
    QCOMPARE(store.runs().size(), 4);
    QCOMPARE(store.runs().first().runId, QStringLiteral("20260101-130000-0004"));
    QCOMPARE(store.latestUndoable(kServer)->runId, QStringLiteral("20260101-110000-0002"));
    QCOMPARE(store.latestUndoable(QUrl(QStringLiteral("https://10.0.0.10:6443/")))->runId,
             QStringLiteral("20260101-110000-0002"));

    // An undo that did not finish does not count; a finished one does.
    write(header(QStringLiteral("20260101-150000-0006"), QStringLiteral("unannotate"),
                 QStringLiteral("20260101-110000-0002")),
          true, false);
    QCOMPARE(store.latestUndoable(kServer)->runId, QStringLiteral("20260101-110000-0002"));
    write(header(QStringLiteral("20260101-160000-0007"), QStringLiteral("unannotate"),
                 QStringLiteral("20260101-110000-0002")),
          true, true);
    QCOMPARE(store.latestUndoable(kServer)->runId, QStringLiteral("20260101-100000-0001"));
    write(header(QStringLiteral("20260101-170000-0008"), QStringLiteral("unannotate"),
                 QStringLiteral("20260101-100000-0001")),
          false, true);
    QString error;
    QVERIFY(!store.latestUndoable(kServer, &error));
    QVERIFY2(error.contains(QStringLiteral("https://10.0.0.10:6443")), qPrintable(error));
}

void TestPodCidrJournalStore::runIdMustNotBeAPath()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!PodCidrJournalStore(dir.path()).read(QStringLiteral("../etc/passwd"), &error));
    QVERIFY(error.contains(QStringLiteral("not a run id")));
    QVERIFY(!PodCidrJournalStore(dir.path()).read(QStringLiteral("20260101-120000-ffff"), &error));
    QVERIFY(error.contains(QStringLiteral("20260101-120000-ffff")));
}

QTEST_GUILESS_MAIN(TestPodCidrJournalStore)
#include "tst_podcidrjournalstore.moc"
