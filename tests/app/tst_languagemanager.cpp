// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "i18n/LanguageManager.h"
#include "net/ApiServerUrl.h"
#include "net/Cidr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace podnet;

namespace {

bool containsHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3; });
}

// Strings from three sources: Qt's own translation (qtbase), a Qt string our file translates
// with the glossary's word, and strings of our own.
QString qtOnly()
{
    return QCoreApplication::translate("QFileDialog", "Alias");
}

QString wizardNext()
{
    return QCoreApplication::translate("QWizard", "&Next >");
}

QString ours()
{
    return ApiServerUrl::check(QString()).value(0).text;
}

QString oursToo()
{
    return Cidr::describe(Cidr::Error::Empty, QString());
}

const QString settingsKey = QStringLiteral("ui/language");

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void available();
    void nativeName();
    void systemLanguage();
    void startsWithoutLanguage();
    void switchesToKorean();
    void switchesBackToEnglish();
    void sameLanguageAgain();
    void refusesUnknownCodes_data();
    void refusesUnknownCodes();
    void destroyingRemovesTranslations();
    void remembersChoice();

private:
    QString m_englishOurs;
    QString m_englishOursToo;
};

void TestLanguageManager::initTestCase()
{
    applyAppIdentity();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("podnet-wizard"));
    m_englishOurs = ours();
    m_englishOursToo = oursToo();
    QVERIFY(!m_englishOurs.isEmpty());
    QVERIFY(!containsHangul(m_englishOurs));
    QCOMPARE(wizardNext(), QStringLiteral("&Next >"));
    QCOMPARE(qtOnly(), QStringLiteral("Alias"));
}

void TestLanguageManager::cleanup()
{
    // Every test leaves the application in English, whatever it did.
    LanguageManager reset;
    reset.setLanguage(QStringLiteral("en"));
}

void TestLanguageManager::available()
{
    QCOMPARE(LanguageManager::available(),
             QStringList({QStringLiteral("en"), QStringLiteral("ko")}));
}

void TestLanguageManager::nativeName()
{
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("ko")),
             QStringLiteral("\ud55c\uad6d\uc5b4"));
    // Each name is in its own language, whatever the current one is.
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguageManager::systemLanguage()
{
    const QString system = LanguageManager::systemLanguage();
    QVERIFY2(LanguageManager::available().contains(system), qPrintable(system));
    // ctest runs every test with LANG=C.UTF-8 and no LANGUAGE.
    if (qEnvironmentVariable("LANG") == QLatin1String("C.UTF-8")
        && qEnvironmentVariableIsEmpty("LANGUAGE") && qEnvironmentVariableIsEmpty("LC_ALL"))
        QCOMPARE(system, QStringLiteral("en"));
}

void TestLanguageManager::startsWithoutLanguage()
{
    LanguageManager manager;
    QCOMPARE(manager.current(), QString());
    QCOMPARE(ours(), m_englishOurs);
}

void TestLanguageManager::switchesToKorean()
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(changed.isValid());

    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("ko"));
    QCOMPARE(manager.current(), QStringLiteral("ko"));
    QCOMPARE(QLocale().language(), QLocale::Korean);

    // Qt's own strings come from Qt's Korean file.
    QTranslator qtbase;
    QVERIFY2(qtbase.load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "Qt's Korean translation (qtbase_ko.qm) is not installed");
    const QString expectedQt = qtbase.translate("QFileDialog", "Alias");
    QVERIFY(containsHangul(expectedQt));
    QCOMPARE(qtOnly(), expectedQt);

    // The wizard's buttons are Korean (our glossary's word where we have one, Qt's otherwise).
    QVERIFY2(containsHangul(wizardNext()), qPrintable(wizardNext()));
    QVERIFY2(wizardNext().contains(QStringLiteral("\ub2e4\uc74c")), qPrintable(wizardNext()));
    QVERIFY2(wizardNext().contains(QStringLiteral("&N")), qPrintable(wizardNext()));

    // And our own messages.
    QVERIFY2(containsHangul(ours()), qPrintable(ours()));
    QVERIFY2(containsHangul(oursToo()), qPrintable(oursToo()));
    QVERIFY(ours() != m_englishOurs);
}

void TestLanguageManager::switchesBackToEnglish()
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    QVERIFY(containsHangul(ours()));

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("en"));
    QCOMPARE(manager.current(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(ours(), m_englishOurs);
    QCOMPARE(oursToo(), m_englishOursToo);
    QCOMPARE(wizardNext(), QStringLiteral("&Next >"));
    QCOMPARE(qtOnly(), QStringLiteral("Alias"));
}

void TestLanguageManager::sameLanguageAgain()
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(containsHangul(ours()));
}

void TestLanguageManager::refusesUnknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("KO");
    QTest::newRow("with country") << QStringLiteral("ko_KR");
    QTest::newRow("BCP 47") << QStringLiteral("ko-KR");
    QTest::newRow("name") << QStringLiteral("Korean");
    QTest::newRow("spaces") << QStringLiteral(" ko");
    QTest::newRow("path") << QStringLiteral("../ko");
}

void TestLanguageManager::refusesUnknownCodes()
{
    QFETCH(QString, code);

    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("ko")));
    const QString korean = ours();
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);

    QVERIFY(!manager.setLanguage(code));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(manager.current(), QStringLiteral("ko"));
    QCOMPARE(ours(), korean);
    QCOMPARE(QLocale().language(), QLocale::Korean);
}

void TestLanguageManager::destroyingRemovesTranslations()
{
    auto manager = std::make_unique<LanguageManager>();
    QVERIFY(manager->setLanguage(QStringLiteral("ko")));
    QVERIFY(containsHangul(ours()));
    manager.reset();
    QCOMPARE(ours(), m_englishOurs);
    QCOMPARE(wizardNext(), QStringLiteral("&Next >"));
}

void TestLanguageManager::remembersChoice()
{
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        QSKIP("XDG_CONFIG_HOME is not set: run this test through ctest, which gives it its own "
              "settings folder, so that your own settings stay untouched");
    QSettings settings;
    QVERIFY2(QDir::cleanPath(settings.fileName())
                     .startsWith(QDir::cleanPath(configHome) + QLatin1Char('/')),
             qPrintable(settings.fileName()));
    settings.remove(settingsKey);
    settings.sync();

    // Nothing remembered: the system's language.
    QCOMPARE(LanguageManager::rememberedOrSystem(), LanguageManager::systemLanguage());

    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("ko")));
        manager.remember();
    }
    QCOMPARE(LanguageManager::rememberedOrSystem(), QStringLiteral("ko"));
    QSettings reread;
    QCOMPARE(reread.value(settingsKey).toString(), QStringLiteral("ko"));
    reread.sync();
    QVERIFY(QFileInfo::exists(reread.fileName()));

    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("en")));
        manager.remember();
    }
    QCOMPARE(LanguageManager::rememberedOrSystem(), QStringLiteral("en"));

    // A value that is not a language we ship (an older version, a hand edit) is ignored.
    QSettings().setValue(settingsKey, QStringLiteral("fr"));
    QCOMPARE(LanguageManager::rememberedOrSystem(), LanguageManager::systemLanguage());
    QSettings().setValue(settingsKey, 42);
    QCOMPARE(LanguageManager::rememberedOrSystem(), LanguageManager::systemLanguage());

    QSettings().remove(settingsKey);
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
