// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"

#include "FirstPaintReporter.h"
#include "PodNetWizard.h"
#include "pages/welcome/WelcomePage.h"

#include <QApplication>
#include <QIcon>

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
    // The reverse-DNS id of the desktop entry and metainfo (packaging/CMakeLists.txt).
    QGuiApplication::setDesktopFileName(QStringLiteral(PODNET_APP_ID));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::rememberedOrSystem());

    PodNetWizard wizard(&languages, TemplateCache(), nullptr,
                        PodNetWizard::PageBuilding::AfterFirstPaint);
    FirstPaintReporter::installIfRequested(&wizard);
    // The SVG icon needs Qt's image plugins; the first frame does not wait for them.
    QObject::connect(&wizard, &PodNetWizard::firstFrameShown, &wizard, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" PODNET_APP_ID ".svg")));
    });
    // --demo: the Welcome page with the demo chosen and starting.
    if (QCoreApplication::arguments().contains(QStringLiteral("--demo"))) {
        if (auto *welcome = qobject_cast<WelcomePage *>(wizard.page(PodNetWizard::WelcomePageId)))
            welcome->startDemo();
    }
    wizard.show();
    return QApplication::exec();
}
