// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "net/Cidr.h"

#include <QTest>

using namespace podnet;

Q_DECLARE_METATYPE(podnet::Cidr::Error)

namespace {

QString errorName(Cidr::Error error)
{
    switch (error) {
    case Cidr::Error::None:
        return QStringLiteral("None");
    case Cidr::Error::Empty:
        return QStringLiteral("Empty");
    case Cidr::Error::Whitespace:
        return QStringLiteral("Whitespace");
    case Cidr::Error::MissingPrefix:
        return QStringLiteral("MissingPrefix");
    case Cidr::Error::BadAddress:
        return QStringLiteral("BadAddress");
    case Cidr::Error::BadPrefix:
        return QStringLiteral("BadPrefix");
    case Cidr::Error::HostBitsSet:
        return QStringLiteral("HostBitsSet");
    }
    return QStringLiteral("unknown");
}

Cidr mustParse(const QString &text)
{
    const CidrParse parsed = Cidr::parse(text);
    if (!parsed.ok())
        qWarning("not a valid CIDR in the test table: %s", qPrintable(text));
    return parsed.cidr;
}

} // namespace

class TestCidr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void refusesInvalid_data();
    void refusesInvalid();
    void hostBitsSet_data();
    void hostBitsSet();
    void describeSaysWhatToDo_data();
    void describeSaysWhatToDo();
    void describeNone();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void nullCidr();
    void equality();
};

void TestCidr::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<bool>("ipv6");

    QTest::newRow("tutorial cluster")
            << QStringLiteral("10.200.0.0/16") << QStringLiteral("10.200.0.0/16") << 16 << false;
    QTest::newRow("tutorial service")
            << QStringLiteral("10.32.0.0/24") << QStringLiteral("10.32.0.0/24") << 24 << false;
    QTest::newRow("v4 /0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << 0
                           << false;
    QTest::newRow("v4 /32 host") << QStringLiteral("10.0.0.1/32") << QStringLiteral("10.0.0.1/32")
                                 << 32 << false;
    QTest::newRow("v4 /31") << QStringLiteral("10.0.0.2/31") << QStringLiteral("10.0.0.2/31") << 31
                            << false;
    QTest::newRow("v4 zero octet")
            << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.0.0.0/8") << 8 << false;
    QTest::newRow("v4 255") << QStringLiteral("255.255.255.0/24")
                            << QStringLiteral("255.255.255.0/24") << 24 << false;
    QTest::newRow("v4 odd prefix") << QStringLiteral("172.16.128.0/17")
                                   << QStringLiteral("172.16.128.0/17") << 17 << false;
    QTest::newRow("v6 ula /64") << QStringLiteral("fd00::/64") << QStringLiteral("fd00::/64") << 64
                                << true;
    QTest::newRow("v6 /56") << QStringLiteral("fd00:10:200::/56")
                            << QStringLiteral("fd00:10:200::/56") << 56 << true;
    QTest::newRow("v6 /0") << QStringLiteral("::/0") << QStringLiteral("::/0") << 0 << true;
    QTest::newRow("v6 /128 loopback")
            << QStringLiteral("::1/128") << QStringLiteral("::1/128") << 128 << true;
    QTest::newRow("v6 /128 host") << QStringLiteral("fd00:10::1/128")
                                  << QStringLiteral("fd00:10::1/128") << 128 << true;
    QTest::newRow("v6 uppercase -> lowercase")
            << QStringLiteral("FD00:AB::/32") << QStringLiteral("fd00:ab::/32") << 32 << true;
    QTest::newRow("v6 zeros compressed")
            << QStringLiteral("fd00:0:0:0::/64") << QStringLiteral("fd00::/64") << 64 << true;
    QTest::newRow("v6 leading zeros in a group (Go accepts them)")
            << QStringLiteral("fd00:0010:0000::/48") << QStringLiteral("fd00:10::/48") << 48
            << true;
    QTest::newRow("v6 full form") << QStringLiteral("2001:0db8:0000:0000:0000:0000:0000:0000/32")
                                  << QStringLiteral("2001:db8::/32") << 32 << true;
}

void TestCidr::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, prefixLength);
    QFETCH(bool, ipv6);

    const CidrParse parsed = Cidr::parse(text);
    QCOMPARE(errorName(parsed.error), QStringLiteral("None"));
    QVERIFY(parsed.ok());
    QVERIFY(!parsed.cidr.isNull());
    QVERIFY(parsed.corrected.isNull());
    QCOMPARE(parsed.cidr.toString(), canonical);
    QCOMPARE(parsed.cidr.prefixLength(), prefixLength);
    QCOMPARE(parsed.cidr.isIPv6(), ipv6);
    QCOMPARE(parsed.cidr.network().protocol(),
             ipv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol);
    QCOMPARE(parsed.cidr.network(), QHostAddress(canonical.section(QLatin1Char('/'), 0, 0)));

    // The canonical form is a fixed point.
    const CidrParse again = Cidr::parse(canonical);
    QVERIFY(again.ok());
    QVERIFY(again.cidr == parsed.cidr);
    QCOMPARE(again.cidr.toString(), canonical);
}

void TestCidr::refusesInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cidr::Error>("error");

    QTest::newRow("empty") << QString() << Cidr::Error::Empty;
    QTest::newRow("empty string") << QStringLiteral("") << Cidr::Error::Empty;

    QTest::newRow("only a space") << QStringLiteral(" ") << Cidr::Error::Whitespace;
    QTest::newRow("leading space") << QStringLiteral(" 10.200.0.0/16") << Cidr::Error::Whitespace;
    QTest::newRow("trailing space") << QStringLiteral("10.200.0.0/16 ") << Cidr::Error::Whitespace;
    QTest::newRow("space before slash")
            << QStringLiteral("10.200.0.0 /16") << Cidr::Error::Whitespace;
    QTest::newRow("space after slash")
            << QStringLiteral("10.200.0.0/ 16") << Cidr::Error::Whitespace;
    QTest::newRow("tab") << QStringLiteral("10.200.0.0/16\t") << Cidr::Error::Whitespace;
    QTest::newRow("newline") << QStringLiteral("10.200.0.0/16\n") << Cidr::Error::Whitespace;
    QTest::newRow("carriage return")
            << QStringLiteral("10.200.0.0/16\r") << Cidr::Error::Whitespace;
    QTest::newRow("no-break space")
            << QStringLiteral("10.200.0.0/16\u00a0") << Cidr::Error::Whitespace;
    QTest::newRow("ideographic space (Korean IME)")
            << QStringLiteral("10.200.0.0\u3000/16") << Cidr::Error::Whitespace;

    QTest::newRow("v4 without prefix")
            << QStringLiteral("10.200.0.0") << Cidr::Error::MissingPrefix;
    QTest::newRow("v6 without prefix") << QStringLiteral("fd00::") << Cidr::Error::MissingPrefix;
    QTest::newRow("word") << QStringLiteral("cluster") << Cidr::Error::MissingPrefix;

    QTest::newRow("leading zero octet")
            << QStringLiteral("010.200.0.0/16") << Cidr::Error::BadAddress;
    QTest::newRow("leading zero last octet")
            << QStringLiteral("10.200.0.00/16") << Cidr::Error::BadAddress;
    QTest::newRow("octet 256") << QStringLiteral("10.256.0.0/16") << Cidr::Error::BadAddress;
    QTest::newRow("octet 999") << QStringLiteral("999.0.0.0/8") << Cidr::Error::BadAddress;
    QTest::newRow("four digit octet") << QStringLiteral("1000.0.0.0/8") << Cidr::Error::BadAddress;
    QTest::newRow("three octets") << QStringLiteral("10.200.0/16") << Cidr::Error::BadAddress;
    QTest::newRow("five octets") << QStringLiteral("10.200.0.0.0/16") << Cidr::Error::BadAddress;
    QTest::newRow("single number") << QStringLiteral("167772160/8") << Cidr::Error::BadAddress;
    QTest::newRow("hex octet") << QStringLiteral("0x0a.0.0.0/8") << Cidr::Error::BadAddress;
    QTest::newRow("negative octet") << QStringLiteral("10.-1.0.0/16") << Cidr::Error::BadAddress;
    QTest::newRow("trailing dot") << QStringLiteral("10.200.0.0./16") << Cidr::Error::BadAddress;
    QTest::newRow("no address") << QStringLiteral("/16") << Cidr::Error::BadAddress;
    QTest::newRow("host name") << QStringLiteral("localhost/8") << Cidr::Error::BadAddress;
    QTest::newRow("v6 triple colon") << QStringLiteral("fd00:::/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 two ::") << QStringLiteral("fd00::1::/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 bad hex") << QStringLiteral("fd00::g/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 group of five") << QStringLiteral("fd000::/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 nine groups")
            << QStringLiteral("1:2:3:4:5:6:7:8:9/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 in brackets") << QStringLiteral("[fd00::]/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 zone id") << QStringLiteral("fe80::%eth0/64") << Cidr::Error::BadAddress;
    QTest::newRow("v6 numeric zone id") << QStringLiteral("fe80::%1/64") << Cidr::Error::BadAddress;

    QTest::newRow("empty prefix") << QStringLiteral("10.200.0.0/") << Cidr::Error::BadPrefix;
    QTest::newRow("v4 /33") << QStringLiteral("10.200.0.0/33") << Cidr::Error::BadPrefix;
    QTest::newRow("v4 /128") << QStringLiteral("10.200.0.0/128") << Cidr::Error::BadPrefix;
    QTest::newRow("v6 /129") << QStringLiteral("fd00::/129") << Cidr::Error::BadPrefix;
    QTest::newRow("v6 /1000") << QStringLiteral("fd00::/1000") << Cidr::Error::BadPrefix;
    QTest::newRow("negative prefix") << QStringLiteral("10.200.0.0/-1") << Cidr::Error::BadPrefix;
    QTest::newRow("plus prefix") << QStringLiteral("10.200.0.0/+16") << Cidr::Error::BadPrefix;
    QTest::newRow("prefix leading zero")
            << QStringLiteral("10.200.0.0/016") << Cidr::Error::BadPrefix;
    QTest::newRow("prefix 00") << QStringLiteral("0.0.0.0/00") << Cidr::Error::BadPrefix;
    QTest::newRow("prefix with letters")
            << QStringLiteral("10.200.0.0/16a") << Cidr::Error::BadPrefix;
    QTest::newRow("netmask instead of prefix")
            << QStringLiteral("10.200.0.0/255.255.0.0") << Cidr::Error::BadPrefix;
    QTest::newRow("two slashes") << QStringLiteral("10.200.0.0/16/8") << Cidr::Error::BadPrefix;
    QTest::newRow("fullwidth digits")
            << QStringLiteral("10.200.0.0/\uff11\uff16") << Cidr::Error::BadPrefix;
    QTest::newRow("huge prefix") << QStringLiteral("10.200.0.0/99999999999999999999")
                                 << Cidr::Error::BadPrefix;
}

void TestCidr::refusesInvalid()
{
    QFETCH(QString, text);
    QFETCH(Cidr::Error, error);

    const CidrParse parsed = Cidr::parse(text);
    QCOMPARE(errorName(parsed.error), errorName(error));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.cidr.isNull());
    QVERIFY(parsed.corrected.isNull());
    QCOMPARE(parsed.cidr.toString(), QString());
}

void TestCidr::hostBitsSet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("corrected");

    QTest::newRow("tutorial typo")
            << QStringLiteral("10.200.0.1/16") << QStringLiteral("10.200.0.0/16");
    QTest::newRow("v4 partial octet")
            << QStringLiteral("10.200.255.255/17") << QStringLiteral("10.200.128.0/17");
    QTest::newRow("v4 /25") << QStringLiteral("192.168.1.130/25")
                            << QStringLiteral("192.168.1.128/25");
    QTest::newRow("v4 /31") << QStringLiteral("10.0.0.1/31") << QStringLiteral("10.0.0.0/31");
    QTest::newRow("v4 /0") << QStringLiteral("255.255.255.255/0") << QStringLiteral("0.0.0.0/0");
    QTest::newRow("v4 /1") << QStringLiteral("192.0.0.0/1") << QStringLiteral("128.0.0.0/1");
    QTest::newRow("v6 /64") << QStringLiteral("fd00::1/64") << QStringLiteral("fd00::/64");
    QTest::newRow("v6 /56") << QStringLiteral("fd00:10:200:ff::1/56")
                            << QStringLiteral("fd00:10:200::/56");
    QTest::newRow("v6 /127") << QStringLiteral("fd00::3/127") << QStringLiteral("fd00::2/127");
    QTest::newRow("v6 /0") << QStringLiteral("::1/0") << QStringLiteral("::/0");
    QTest::newRow("v6 uppercase") << QStringLiteral("FD00:AB::1/32")
                                  << QStringLiteral("fd00:ab::/32");
}

void TestCidr::hostBitsSet()
{
    QFETCH(QString, text);
    QFETCH(QString, corrected);

    const CidrParse parsed = Cidr::parse(text);
    QCOMPARE(errorName(parsed.error), QStringLiteral("HostBitsSet"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.cidr.isNull());
    QCOMPARE(parsed.corrected.toString(), corrected);

    // The correction is itself valid and is the same network.
    const CidrParse fixed = Cidr::parse(corrected);
    QVERIFY(fixed.ok());
    QVERIFY(fixed.cidr == parsed.corrected);
    QVERIFY(parsed.corrected.contains(fixed.cidr));

    const QString message = Cidr::describe(parsed.error, text);
    QVERIFY2(message.contains(QStringLiteral("Did you mean %1?").arg(corrected)),
             qPrintable(message));
    QVERIFY2(message.contains(text), qPrintable(message));
}

void TestCidr::describeSaysWhatToDo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("empty") << QString() << QStringLiteral("10.200.0.0/16");
    QTest::newRow("whitespace") << QStringLiteral("10.200.0.0 /16")
                                << QStringLiteral("without spaces");
    QTest::newRow("missing prefix")
            << QStringLiteral("10.200.0.0") << QStringLiteral("10.200.0.0/16");
    QTest::newRow("bad address") << QStringLiteral("010.200.0.0/16")
                                 << QStringLiteral("\"010.200.0.0/16\"");
    QTest::newRow("zone id") << QStringLiteral("fe80::%eth0/64")
                             << QStringLiteral("\"fe80::%eth0/64\"");
    QTest::newRow("bad prefix") << QStringLiteral("10.200.0.0/33") << QStringLiteral("0 to 32");
    QTest::newRow("bad v6 prefix") << QStringLiteral("fd00::/129") << QStringLiteral("0 to 128");
    QTest::newRow("host bits") << QStringLiteral("10.200.0.1/16")
                               << QStringLiteral("Did you mean 10.200.0.0/16?");
    QTest::newRow("v6 host bits") << QStringLiteral("fd00::1/64")
                                  << QStringLiteral("Did you mean fd00::/64?");
}

void TestCidr::describeSaysWhatToDo()
{
    QFETCH(QString, text);
    QFETCH(QString, mustContain);

    const CidrParse parsed = Cidr::parse(text);
    QVERIFY(!parsed.ok());
    const QString message = Cidr::describe(parsed.error, text);
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(mustContain), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')) || message.endsWith(QLatin1Char('?')),
             qPrintable(message));
}

void TestCidr::describeNone()
{
    QCOMPARE(Cidr::describe(Cidr::Error::None, QStringLiteral("10.200.0.0/16")), QString());
}

void TestCidr::containsAndOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("bContainsA");
    QTest::addColumn<bool>("overlap");

    const auto row
            = [](const char *name, const char *a, const char *b, bool ab, bool ba, bool overlap) {
                  QTest::newRow(name) << QString::fromLatin1(a) << QString::fromLatin1(b) << ab
                                      << ba << overlap;
              };
    row("same", "10.200.0.0/16", "10.200.0.0/16", true, true, true);
    row("tutorial pair disjoint", "10.200.0.0/16", "10.32.0.0/24", false, false, false);
    row("/8 holds the service range", "10.0.0.0/8", "10.32.0.0/24", true, false, true);
    row("service range inside /8", "10.32.0.0/24", "10.0.0.0/8", false, true, true);
    row("adjacent halves", "10.0.0.0/25", "10.0.0.128/25", false, false, false);
    row("neighbouring /16", "10.200.0.0/16", "10.201.0.0/16", false, false, false);
    row("/15 holds the next /16", "10.200.0.0/15", "10.201.0.0/16", true, false, true);
    row("last address", "10.200.0.0/16", "10.200.255.255/32", true, false, true);
    row("just outside", "10.200.0.0/16", "10.201.0.0/32", false, false, false);
    row("v4 /0 holds everything", "0.0.0.0/0", "192.168.0.0/16", true, false, true);
    row("v4 host in itself", "10.0.0.1/32", "10.0.0.1/32", true, true, true);
    row("v4 hosts differ", "10.0.0.1/32", "10.0.0.2/32", false, false, false);
    row("v6 /8 holds /32", "fd00::/8", "fd00:10::/32", true, false, true);
    row("v6 /64 neighbours", "fd00::/64", "fd00:0:0:1::/64", false, false, false);
    row("v6 /0 holds everything", "::/0", "fd00::/64", true, false, true);
    row("v6 host", "fd00::/64", "fd00::ffff/128", true, false, true);
    row("families v4 /0 and v6 /0", "0.0.0.0/0", "::/0", false, false, false);
    row("families v4 and mapped v6", "10.0.0.0/8", "::ffff:10.0.0.0/104", false, false, false);
    row("families zero networks", "0.0.0.0/32", "::/128", false, false, false);
}

void TestCidr::containsAndOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, bContainsA);
    QFETCH(bool, overlap);

    const Cidr first = mustParse(a);
    const Cidr second = mustParse(b);
    QVERIFY(!first.isNull());
    QVERIFY(!second.isNull());
    QCOMPARE(first.contains(second), aContainsB);
    QCOMPARE(second.contains(first), bContainsA);
    QCOMPARE(first.overlaps(second), overlap);
    QCOMPARE(second.overlaps(first), overlap);
}

void TestCidr::nullCidr()
{
    const Cidr none;
    QVERIFY(none.isNull());
    QCOMPARE(none.prefixLength(), -1);
    QCOMPARE(none.toString(), QString());
    QVERIFY(!none.isIPv6());

    const Cidr all = mustParse(QStringLiteral("0.0.0.0/0"));
    QVERIFY(!all.contains(none));
    QVERIFY(!none.contains(all));
    QVERIFY(!all.overlaps(none));
    QVERIFY(!none.overlaps(none));
    QVERIFY(!(none == all));
}

void TestCidr::equality()
{
    QVERIFY(mustParse(QStringLiteral("fd00::/64")) == mustParse(QStringLiteral("FD00:0::/64")));
    QVERIFY(!(mustParse(QStringLiteral("10.0.0.0/8")) == mustParse(QStringLiteral("10.0.0.0/16"))));
    QVERIFY(!(mustParse(QStringLiteral("10.0.0.0/8")) == mustParse(QStringLiteral("11.0.0.0/8"))));
    QVERIFY(!(mustParse(QStringLiteral("0.0.0.0/0")) == mustParse(QStringLiteral("::/0"))));
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
