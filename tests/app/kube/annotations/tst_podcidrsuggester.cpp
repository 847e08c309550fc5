// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrSuggester.h"

#include <QSet>
#include <QTest>

using namespace podnet;

namespace {

Cidr cidr(const QString &text)
{
    const CidrParse parsed = Cidr::parse(text);
    if (!parsed.ok())
        qWarning("not a valid CIDR in the test: %s", qPrintable(text));
    return parsed.cidr;
}

QStringList names(int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result << QStringLiteral("node-%1").arg(i, 4, 10, QLatin1Char('0'));
    return result;
}

QStringList ranges(const QList<PodCidrSuggester::Suggestion> &suggestions)
{
    QStringList result;
    for (const PodCidrSuggester::Suggestion &suggestion : suggestions)
        result << (suggestion.ok() ? suggestion.range.toString() : QStringLiteral("-"));
    return result;
}

} // namespace

class TestPodCidrSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyClusterGivesLowestBlocksInOrder();
    void skipsRangesInUse();
    void ignoresOtherFamilyAndOutsideRanges();
    void fullClusterHasNoFreeRange();
    void ipv6GivesSlash64s();
    void clusterSmallerThanBlockIsSplitInFour();
    void clusterOfExactlyOneBlock();
    void nullClusterSuggestsNothing();
    void fiveThousandNodesInSlash8();
    void deterministic();
};

void TestPodCidrSuggester::emptyClusterGivesLowestBlocksInOrder()
{
    const auto suggestions = PodCidrSuggester::suggest(
            cidr(QStringLiteral("10.200.0.0/16")), {},
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(ranges(suggestions),
             QStringList({QStringLiteral("10.200.0.0/24"), QStringLiteral("10.200.1.0/24"),
                          QStringLiteral("10.200.2.0/24")}));
    QCOMPARE(suggestions.at(1).node, QStringLiteral("b"));
    QVERIFY(suggestions.at(2).message.isEmpty());
}

void TestPodCidrSuggester::skipsRangesInUse()
{
    // A /23 takes blocks 1 and 2, a /25 takes the /24 around it (block 4), an exact /24 block 6.
    const QList<Cidr> inUse {cidr(QStringLiteral("10.200.2.0/23")),
                             cidr(QStringLiteral("10.200.4.128/25")),
                             cidr(QStringLiteral("10.200.6.0/24"))};
    const auto suggestions
            = PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")), inUse, names(5));
    QCOMPARE(ranges(suggestions),
             QStringList({QStringLiteral("10.200.0.0/24"), QStringLiteral("10.200.1.0/24"),
                          QStringLiteral("10.200.5.0/24"), QStringLiteral("10.200.7.0/24"),
                          QStringLiteral("10.200.8.0/24")}));
    for (const PodCidrSuggester::Suggestion &suggestion : suggestions) {
        for (const Cidr &used : inUse)
            QVERIFY2(!suggestion.range.overlaps(used), qPrintable(suggestion.range.toString()));
    }
}

void TestPodCidrSuggester::ignoresOtherFamilyAndOutsideRanges()
{
    // The whole cluster is covered by a larger range: nothing left.
    QCOMPARE(ranges(PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")),
                                              {cidr(QStringLiteral("10.0.0.0/8"))}, names(1))),
             QStringList {QStringLiteral("-")});
    // Other families and ranges outside do not count.
    QCOMPARE(ranges(PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")),
                                              {cidr(QStringLiteral("fd00::/64")),
                                               cidr(QStringLiteral("10.201.0.0/24")),
                                               cidr(QStringLiteral("10.199.255.0/24"))},
                                              names(1))),
             QStringList {QStringLiteral("10.200.0.0/24")});
}

void TestPodCidrSuggester::fullClusterHasNoFreeRange()
{
    const auto suggestions
            = PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")), {}, names(258));
    QCOMPARE(suggestions.size(), 258);
    QCOMPARE(suggestions.at(255).range.toString(), QStringLiteral("10.200.255.0/24"));
    QVERIFY(!suggestions.at(256).ok());
    QVERIFY(!suggestions.at(257).ok());
    const QString message = suggestions.at(256).message;
    QVERIFY2(message.contains(QStringLiteral("node-0256")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("10.200.0.0/16")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("larger cluster CIDR")), qPrintable(message));
    QSet<QString> distinct;
    for (qsizetype i = 0; i < 256; ++i)
        distinct.insert(suggestions.at(i).range.toString());
    QCOMPARE(distinct.size(), 256);

    // The last free block in the middle of used ones is found, then nothing.
    QList<Cidr> used;
    for (int i = 0; i < 256; ++i) {
        if (i != 77)
            used << cidr(QStringLiteral("10.200.%1.0/24").arg(i));
    }
    QCOMPARE(ranges(PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")), used,
                                              names(2))),
             QStringList({QStringLiteral("10.200.77.0/24"), QStringLiteral("-")}));
}

void TestPodCidrSuggester::ipv6GivesSlash64s()
{
    const Cidr cluster = cidr(QStringLiteral("fd00:10:200::/56"));
    QCOMPARE(PodCidrSuggester::blockPrefixLength(cluster), 64);
    const auto suggestions = PodCidrSuggester::suggest(
            cluster,
            {cidr(QStringLiteral("fd00:10:200:1::/64")), cidr(QStringLiteral("10.200.0.0/24"))},
            names(3));
    QCOMPARE(ranges(suggestions),
             QStringList({QStringLiteral("fd00:10:200::/64"), QStringLiteral("fd00:10:200:2::/64"),
                          QStringLiteral("fd00:10:200:3::/64")}));
    // A /56 holds 256 of them.
    const auto all = PodCidrSuggester::suggest(cluster, {}, names(257));
    QCOMPARE(all.at(255).range.toString(), QStringLiteral("fd00:10:200:ff::/64"));
    QVERIFY(!all.at(256).ok());
    // A range smaller than a /64 takes the /64 around it.
    QCOMPARE(ranges(PodCidrSuggester::suggest(
                     cluster, {cidr(QStringLiteral("fd00:10:200:0:8000::/65"))}, names(1))),
             QStringList {QStringLiteral("fd00:10:200:1::/64")});
}

void TestPodCidrSuggester::clusterSmallerThanBlockIsSplitInFour()
{
    const Cidr cluster = cidr(QStringLiteral("10.200.0.0/26"));
    QCOMPARE(PodCidrSuggester::blockPrefixLength(cluster), 28);
    QCOMPARE(ranges(PodCidrSuggester::suggest(cluster, {cidr(QStringLiteral("10.200.0.16/28"))},
                                              names(4))),
             QStringList({QStringLiteral("10.200.0.0/28"), QStringLiteral("10.200.0.32/28"),
                          QStringLiteral("10.200.0.48/28"), QStringLiteral("-")}));
    QCOMPARE(PodCidrSuggester::blockPrefixLength(cidr(QStringLiteral("10.0.0.0/31"))), 32);
    QCOMPARE(PodCidrSuggester::blockPrefixLength(cidr(QStringLiteral("fd00::/120"))), 122);
    QCOMPARE(ranges(PodCidrSuggester::suggest(cidr(QStringLiteral("fd00::/127")), {}, names(3))),
             QStringList({QStringLiteral("fd00::/128"), QStringLiteral("fd00::1/128"),
                          QStringLiteral("-")}));
}

void TestPodCidrSuggester::clusterOfExactlyOneBlock()
{
    QCOMPARE(ranges(PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.7.0/24")), {}, names(2))),
             QStringList({QStringLiteral("10.200.7.0/24"), QStringLiteral("-")}));
}

void TestPodCidrSuggester::nullClusterSuggestsNothing()
{
    const auto suggestions = PodCidrSuggester::suggest(Cidr(), {}, names(1));
    QCOMPARE(suggestions.size(), 1);
    QVERIFY(!suggestions.at(0).ok());
    QVERIFY(suggestions.at(0).message.contains(QStringLiteral("node-0000")));
}

void TestPodCidrSuggester::fiveThousandNodesInSlash8()
{
    // Every other /24 of the first 4,000 is in use; 5,000 nodes must get the free ones.
    QList<Cidr> used;
    for (int i = 0; i < 4000; i += 2)
        used << cidr(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256));
    const auto suggestions
            = PodCidrSuggester::suggest(cidr(QStringLiteral("10.0.0.0/8")), used, names(5000));
    QCOMPARE(suggestions.size(), 5000);
    QSet<QString> distinct;
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const PodCidrSuggester::Suggestion &suggestion = suggestions.at(i);
        QVERIFY(suggestion.ok());
        QCOMPARE(suggestion.range.prefixLength(), 24);
        distinct.insert(suggestion.range.toString());
    }
    QCOMPARE(distinct.size(), 5000);
    QCOMPARE(suggestions.at(0).range.toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(suggestions.at(1999).range.toString(), QStringLiteral("10.15.159.0/24"));
    // After the used stretch (blocks 0..3999), the blocks follow one another from 4000 on.
    QCOMPARE(suggestions.at(2000).range.toString(), QStringLiteral("10.15.160.0/24"));
    QCOMPARE(suggestions.at(4999).range.toString(), QStringLiteral("10.27.87.0/24"));
    // Spot-check overlaps against the used list (all of it for a few, no quadratic test).
    for (qsizetype i : {qsizetype(0), qsizetype(1234), qsizetype(1999), qsizetype(4999)}) {
        for (const Cidr &range : std::as_const(used))
            QVERIFY(!suggestions.at(i).range.overlaps(range));
    }
}

void TestPodCidrSuggester::deterministic()
{
    const QList<Cidr> used {cidr(QStringLiteral("10.200.3.0/24")),
                            cidr(QStringLiteral("10.200.0.0/24"))};
    const auto first
            = PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")), used, names(10));
    QList<Cidr> reversed(used.crbegin(), used.crend());
    const auto second
            = PodCidrSuggester::suggest(cidr(QStringLiteral("10.200.0.0/16")), reversed, names(10));
    QCOMPARE(ranges(first), ranges(second));
    QCOMPARE(first.at(0).range.toString(), QStringLiteral("10.200.1.0/24"));
}

QTEST_GUILESS_MAIN(TestPodCidrSuggester)
#include "tst_podcidrsuggester.moc"
