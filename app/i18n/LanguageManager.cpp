// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace podnet {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageManager::rememberedOrSystem()
{
    const QString remembered = QSettings().value(settingsKey).toString();
    return available().contains(remembered) ? remembered : systemLanguage();
}

void LanguageManager::remember() const
{
    QSettings().setValue(settingsKey, m_current);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_current)
        return true;
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qts);
    if (code != QLatin1String("en")
        && m_qts.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qts);
    // Installed last, so it is asked first: our glossary's words ("이전", "마침") win over Qt's
    // for the wizard buttons. English needs our file too, for the plural forms of %n messages.
    if (m_ours.load(QStringLiteral(":/i18n/podnet-wizard_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_ours);
    m_current = code;
    QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace podnet
