// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/annotations/PodCidrValidator.h"

#include <QTest>

using namespace podnet;

namespace {

Cidr cidr(const QString &text)
{
    return Cidr::parse(text).cidr;
}

const QString kNode = QStringLiteral("worker-1.k8s.lan");

QList<PodCidrValidator::Taken> taken()
{
    return {{QStringLiteral("worker-0.k8s.lan"), cidr(QStringLiteral("10.200.0.0/24")), false},
            {QStringLiteral("worker-2.k8s.lan"), cidr(QStringLiteral("10.200.8.0/22")), false},
            {QStringLiteral("worker-3.k8s.lan"), cidr(QStringLiteral("10.200.5.0/24")), true},
            // The node's own current range is no conflict.
            {kNode, cidr(QStringLiteral("10.200.1.0/24")), false}};
}

PodCidrValidator::Result check(const QString &text, const QString &cluster = {})
{
    return PodCidrValidator::check(
            kNode, text, cidr(cluster.isEmpty() ? QStringLiteral("10.200.0.0/16") : cluster),
            taken());
}

} // namespace

Q_DECLARE_METATYPE(podnet::PodCidrValidator::Problem)

class TestPodCidrValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void hostBitsSuggestCorrection();
    void namesTheOtherNode();
    void ipv6Cluster();
};

void TestPodCidrValidator::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("free /24") << QStringLiteral("10.200.2.0/24");
    QTest::newRow("own range") << QStringLiteral("10.200.1.0/24");
    QTest::newRow("smaller") << QStringLiteral("10.200.3.128/25");
    QTest::newRow("last block") << QStringLiteral("10.200.255.0/24");
}

void TestPodCidrValidator::accepts()
{
    QFETCH(QString, text);
    const PodCidrValidator::Result result = check(text);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.range.toString(), text);
    QVERIFY(result.message.isEmpty());
}

void TestPodCidrValidator::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PodCidrValidator::Problem>("problem");
    QTest::addColumn<QStringList>("mentions");
    using P = PodCidrValidator::Problem;
    QTest::newRow("empty") << QString() << P::Malformed << QStringList {QStringLiteral("CIDR")};
    QTest::newRow("no prefix") << QStringLiteral("10.200.2.0") << P::Malformed
                               << QStringList {QStringLiteral("10.200.2.0/16")};
    QTest::newRow("garbage") << QStringLiteral("ten.two/24") << P::Malformed
                             << QStringList {QStringLiteral("ten.two/24")};
    QTest::newRow("leading zero") << QStringLiteral("10.200.02.0/24") << P::Malformed
                                  << QStringList {QStringLiteral("leading zeros")};
    QTest::newRow("space") << QStringLiteral("10.200.2.0/24 ") << P::Malformed
                           << QStringList {QStringLiteral("spaces")};
    QTest::newRow("prefix 33") << QStringLiteral("10.200.2.0/33") << P::Malformed
                               << QStringList {QStringLiteral("0 to 32")};
    QTest::newRow("ipv6 in ipv4") << QStringLiteral("fd00:10:200::/64") << P::WrongFamily
                                  << QStringList {QStringLiteral("IPv6"), QStringLiteral("IPv4"),
                                                  QStringLiteral("10.200.0.0/16")};
    QTest::newRow("outside") << QStringLiteral("10.201.0.0/24") << P::OutsideCluster
                             << QStringList {QStringLiteral("10.200.0.0/16"),
                                             QStringLiteral("inside")};
    QTest::newRow("larger than cluster") << QStringLiteral("10.0.0.0/8") << P::OutsideCluster
                                         << QStringList {QStringLiteral("inside")};
    QTest::newRow("overlaps node")
            << QStringLiteral("10.200.0.0/23") << P::Overlaps
            << QStringList {QStringLiteral("worker-0.k8s.lan"), QStringLiteral("10.200.0.0/24"),
                            QStringLiteral("no other node")};
    QTest::newRow("inside another")
            << QStringLiteral("10.200.9.0/24") << P::Overlaps
            << QStringList {QStringLiteral("worker-2.k8s.lan"), QStringLiteral("10.200.8.0/22")};
    QTest::newRow("requested twice")
            << QStringLiteral("10.200.5.0/24") << P::RequestedTwice
            << QStringList {QStringLiteral("worker-3.k8s.lan"), QStringLiteral("range of its own")};
    QTest::newRow("overlaps requested")
            << QStringLiteral("10.200.5.0/25") << P::Overlaps
            << QStringList {QStringLiteral("worker-3.k8s.lan"), QStringLiteral("this request")};
}

void TestPodCidrValidator::rejects()
{
    QFETCH(QString, text);
    QFETCH(PodCidrValidator::Problem, problem);
    QFETCH(QStringList, mentions);
    const PodCidrValidator::Result result = check(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem, problem);
    QVERIFY2(result.message.contains(kNode), qPrintable(result.message));
    for (const QString &mention : mentions)
        QVERIFY2(result.message.contains(mention),
                 qPrintable(mention + QStringLiteral(" missing in: ") + result.message));
}

void TestPodCidrValidator::hostBitsSuggestCorrection()
{
    const PodCidrValidator::Result result = check(QStringLiteral("10.200.2.7/24"));
    QCOMPARE(result.problem, PodCidrValidator::Problem::HostBitsSet);
    QCOMPARE(result.corrected.toString(), QStringLiteral("10.200.2.0/24"));
    QVERIFY2(result.message.contains(QStringLiteral("Use the network itself: 10.200.2.0/24")),
             qPrintable(result.message));
    QVERIFY(result.message.contains(kNode));
    // Family wins over host bits: the correction would not help.
    QCOMPARE(check(QStringLiteral("fd00::1/64")).problem, PodCidrValidator::Problem::WrongFamily);
}

void TestPodCidrValidator::namesTheOtherNode()
{
    QCOMPARE(check(QStringLiteral("10.200.0.0/22")).otherNode, QStringLiteral("worker-0.k8s.lan"));
    QCOMPARE(check(QStringLiteral("10.200.5.0/24")).otherNode, QStringLiteral("worker-3.k8s.lan"));
}

void TestPodCidrValidator::ipv6Cluster()
{
    const QString cluster = QStringLiteral("fd00:10:200::/56");
    QVERIFY(check(QStringLiteral("fd00:10:200:5::/64"), cluster).ok());
    const PodCidrValidator::Result v4 = check(QStringLiteral("10.200.2.0/24"), cluster);
    QCOMPARE(v4.problem, PodCidrValidator::Problem::WrongFamily);
    QVERIFY(v4.message.contains(QStringLiteral("IPv4")));
    QVERIFY(v4.message.contains(QStringLiteral("IPv6")));
    QCOMPARE(check(QStringLiteral("fd00:10:201::/64"), cluster).problem,
             PodCidrValidator::Problem::OutsideCluster);
    QCOMPARE(check(QStringLiteral("fd00:10:200:5::1/64"), cluster).corrected.toString(),
             QStringLiteral("fd00:10:200:5::/64"));
}

QTEST_GUILESS_MAIN(TestPodCidrValidator)
#include "tst_podcidrvalidator.moc"
