// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "FirstPaintReporter.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace podnet;

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

} // namespace

class TestFirstPaintReporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offWithoutTheVariable()
    {
        qunsetenv("PODNET_REPORT_FIRST_PAINT");
        QLabel window(QStringLiteral("window"));
        FirstPaintReporter::installIfRequested(&window);
        QVERIFY(window.findChildren<FirstPaintReporter *>().isEmpty());
    }

    void reportsOnceAfterTheFirstPaint()
    {
        qputenv("PODNET_REPORT_FIRST_PAINT", "1");
        QLabel window(QStringLiteral("window"));
        FirstPaintReporter::installIfRequested(&window);
        qunsetenv("PODNET_REPORT_FIRST_PAINT");
        const QList<FirstPaintReporter *> reporters = window.findChildren<FirstPaintReporter *>();
        QCOMPARE(reporters.size(), 1);
        QSignalSpy spy(reporters.first(), &FirstPaintReporter::reported);
        const qint64 before = monotonicNs();
        window.show();
        QVERIFY(spy.wait());
        const qint64 at = spy.first().first().toLongLong();
        QVERIFY(at > before);
        QVERIFY(at <= monotonicNs());
        // Later paints are not reported again: repaint() paints now, and the zero timer a second
        // report would need runs in processEvents().
        window.setText(QStringLiteral("changed"));
        window.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 1);
    }

    // The benchmark's baseline program prints the line and quits by itself.
    void quitsAfterReportingWhenAsked()
    {
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PODNET_REPORT_FIRST_PAINT"), QStringLiteral("quit"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        program.setProcessEnvironment(env);
        const qint64 before = monotonicNs();
        program.start(QStringLiteral(PODNET_MINIMAL_WIZARD), {});
        QSignalSpy finished(&program, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QCOMPARE(program.exitCode(), 0);
        const QString err = QString::fromLocal8Bit(program.readAllStandardError());
        const QStringList lines = err.split(QLatin1Char('\n'));
        const QStringList reports = lines.filter(QStringLiteral("first-paint-ns "));
        QCOMPARE(reports.size(), 1);
        bool ok = false;
        const qint64 at = reports.first().section(QLatin1Char(' '), 1).toLongLong(&ok);
        QVERIFY2(ok, qPrintable(reports.first()));
        QVERIFY(at > before);
        QVERIFY(at < monotonicNs());
    }
};

QTEST_MAIN(TestFirstPaintReporter)
#include "tst_firstpaintreporter.moc"
