// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// kubectl's AGE text (k8s.io/apimachinery duration.HumanDuration) at every boundary.

#include "kube/nodes/KubeAge.h"

#include <QTest>

using namespace podnet;

namespace {

constexpr qint64 kS = 1000;
constexpr qint64 kM = 60 * kS;
constexpr qint64 kH = 60 * kM;
constexpr qint64 kD = 24 * kH;
constexpr qint64 kY = 365 * kD;

} // namespace

class TestKubeAge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanDuration_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, qint64 ms, const char *text) {
            QTest::newRow(name) << ms << QString::fromLatin1(text);
        };
        // Clocks may disagree by up to (but not including) 2 s: that is "now".
        row("-1 ms", -1, "0s");
        row("-999 ms", -999, "0s");
        row("-1 s", -kS, "0s");
        row("-1.999 s", -2 * kS + 1, "0s");
        row("-2 s", -2 * kS, "<invalid>");
        row("-1 h", -kH, "<invalid>");
        row("0", 0, "0s");
        row("999 ms", 999, "0s");
        row("1 s", kS, "1s");
        row("59 s", 59 * kS, "59s");
        row("119.999 s", 2 * kM - 1, "119s");
        row("2 m", 2 * kM, "2m");
        row("2 m 1 s", 2 * kM + kS, "2m1s");
        row("3 m 20 s", 3 * kM + 20 * kS, "3m20s");
        row("9 m 59.999 s", 10 * kM - 1, "9m59s");
        row("10 m", 10 * kM, "10m");
        row("10 m 59 s", 10 * kM + 59 * kS, "10m");
        row("60 m", kH, "60m");
        row("179 m 59 s", 3 * kH - kS, "179m");
        row("3 h", 3 * kH, "3h");
        row("3 h 1 m", 3 * kH + kM, "3h1m");
        row("4 h 1 m 30 s", 4 * kH + kM + 30 * kS, "4h1m");
        row("7 h 59 m 59 s", 8 * kH - kS, "7h59m");
        row("8 h", 8 * kH, "8h");
        row("8 h 30 m", 8 * kH + 30 * kM, "8h");
        row("47 h 59 m", 48 * kH - kM, "47h");
        row("48 h", 48 * kH, "2d");
        row("2 d 1 h", 2 * kD + kH, "2d1h");
        row("3 d 5 h 30 m", 3 * kD + 5 * kH + 30 * kM, "3d5h");
        row("7 d 23 h 59 m", 8 * kD - kM, "7d23h");
        row("8 d", 8 * kD, "8d");
        row("8 d 23 h", 8 * kD + 23 * kH, "8d");
        row("729 d 23 h", 2 * kY - kH, "729d");
        row("2 y", 2 * kY, "2y");
        row("2 y 1 d", 2 * kY + kD, "2y1d");
        row("3 y 100 d 12 h", 3 * kY + 100 * kD + 12 * kH, "3y100d");
        row("7 y 364 d 23 h", 8 * kY - kH, "7y364d");
        row("8 y", 8 * kY, "8y");
        row("8 y 200 d", 8 * kY + 200 * kD, "8y");
        row("100 y", 100 * kY, "100y");
    }

    void humanDuration()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(KubeAge::humanDuration(milliseconds), text);
    }

    void sinceUnsetIsUnknown()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(KubeAge::since(QDateTime(), now), QStringLiteral("<unknown>"));
        QCOMPARE(KubeAge().text(now), QStringLiteral("<unknown>"));
        QVERIFY(KubeAge().isNull());
    }

    void sinceUsesBothTimes()
    {
        const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(KubeAge::since(created, created.addSecs(200)), QStringLiteral("3m20s"));
        QCOMPARE(KubeAge::since(created, created.addDays(3).addSecs(3600)), QStringLiteral("3d1h"));
        // A creation time in the future (clock skew beyond tolerance).
        QCOMPARE(KubeAge::since(created.addSecs(3600), created), QStringLiteral("<invalid>"));
        // The same instant in another offset is the same age.
        const QDateTime local = created.toOffsetFromUtc(9 * 3600);
        QCOMPARE(KubeAge::since(local, created.addSecs(90)), QStringLiteral("90s"));
    }

    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // -1: invalid
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("api server")
                << QStringLiteral("2026-03-04T05:06:07Z") << qint64(1772600767000);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z")
                                  << qint64(1709251199000);
        QTest::newRow("fraction") << QStringLiteral("2026-03-04T05:06:07.123456Z")
                                  << qint64(1772600767123);
        QTest::newRow("offset") << QStringLiteral("2026-03-04T14:06:07+09:00")
                                << qint64(1772600767000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
        QTest::newRow("bad month") << QStringLiteral("2026-13-04T05:06:07Z") << qint64(-1);
    }

    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime parsed = KubeAge::parseTimestamp(text);
        if (msecs < 0) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
            return;
        }
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toMSecsSinceEpoch(), msecs);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        // The fast path agrees with Qt's own parser (which rounds long fractions its own way).
        if (!text.contains(QLatin1Char('.')))
            QCOMPARE(parsed, QDateTime::fromString(text, Qt::ISODate));
    }

    void fromJsonReadsCreationTimestamp()
    {
        const QJsonObject node {{QStringLiteral("metadata"),
                                 QJsonObject {{QStringLiteral("name"), QStringLiteral("n")},
                                              {QStringLiteral("creationTimestamp"),
                                               QStringLiteral("2026-01-01T00:00:00Z")}}}};
        const KubeAge age = KubeAge::fromJson(node);
        QVERIFY(!age.isNull());
        QCOMPARE(age.text(QDateTime(QDate(2026, 1, 1), QTime(4, 1, 30), Qt::UTC)),
                 QStringLiteral("4h1m"));
        QVERIFY(KubeAge::fromJson(QJsonObject()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestKubeAge)
#include "tst_kubeage.moc"
