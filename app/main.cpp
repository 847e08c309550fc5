// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"

#include "PodNetWizard.h"

#include <QApplication>

using namespace podnet;

int main(int argc, char **argv)
{
    // Subcommands, --help and --version never need a display.
    if (CommandLine::isHeadless(argc, argv)) {
        // Help texts name the program as users call it, not by the path it was started from.
        static char programName[] = "podnet-wizard";
        argv[0] = programName;
        QCoreApplication app(argc, argv);
        applyAppIdentity();
        LanguageManager languages;
        languages.setLanguage(LanguageManager::systemLanguage());
        return CommandLine::run(app, QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    applyAppIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("podnet-wizard"));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::rememberedOrSystem());

    PodNetWizard wizard(&languages);
    wizard.show();
    return QApplication::exec();
}
