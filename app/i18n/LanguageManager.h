// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace podnet {

/// Installs the translations for one language at a time, for our strings and for Qt's own
/// (the wizard's Back/Next buttons), and remembers the user's choice. Widgets retranslate on
/// the QEvent::LanguageChange that installing a translator sends.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// Language codes we ship, in the order a selector shows them.
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ko")}; }
    /// The language's own name ("English", "한국어").
    static QString nativeName(const QString &code);
    /// The first shipped language among the system's UI languages; English otherwise.
    static QString systemLanguage();

    QString current() const { return m_current; }

    /// Switches to \a code (one of available()); returns false for an unknown code.
    bool setLanguage(const QString &code);

    /// The choice remembered in QSettings, or the system's language when there is none.
    static QString rememberedOrSystem();
    void remember() const;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_ours;
    QTranslator m_qts;
    QString m_current;
};

} // namespace podnet
