// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CommandLine.h"

#include <QTest>

#include <vector>

using namespace podnet;

/// Which command lines open the wizard and which run headless.
class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    static bool headless(const QStringList &arguments)
    {
        std::vector<QByteArray> storage {QByteArrayLiteral("podnet-wizard")};
        for (const QString &argument : arguments)
            storage.push_back(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &argument : storage)
            argv.push_back(argument.data());
        return CommandLine::isHeadless(static_cast<int>(argv.size()), argv.data());
    }

private Q_SLOTS:
    void isHeadless_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("expected");
        QTest::newRow("nothing") << QStringList() << false;
        QTest::newRow("--demo") << QStringList {QStringLiteral("--demo")} << false;
        QTest::newRow("--demo with a Qt option")
                << QStringList {QStringLiteral("--demo"), QStringLiteral("-platform"),
                                QStringLiteral("offscreen")}
                << false;
        QTest::newRow("Qt option then --demo")
                << QStringList {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                QStringLiteral("--demo")}
                << false;
        QTest::newRow("--demo --help")
                << QStringList {QStringLiteral("--demo"), QStringLiteral("--help")} << true;
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << true;
        QTest::newRow("subcommand") << QStringList {QStringLiteral("render")} << true;
        QTest::newRow("typo") << QStringList {QStringLiteral("--demoo")} << true;
        QTest::newRow("--style") << QStringList {QStringLiteral("--style=fusion")} << false;
    }

    void isHeadless()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, expected);
        QCOMPARE(headless(arguments), expected);
    }

    void helpMentionsDemo() { QVERIFY(CommandLine::helpText().contains(QLatin1String("--demo"))); }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
