// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
//
// The baseline of the startup benchmark (tests/benchmarks/startup.sh): the smallest Qt 6 QWizard
// program, one page with a label, built with the same flags as podnet-wizard and reporting its
// first paint the same way (FirstPaintReporter, PODNET_REPORT_FIRST_PAINT).
#include "FirstPaintReporter.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A minimal Qt 6 wizard."), page));
    wizard.addPage(page);
    podnet::FirstPaintReporter::installIfRequested(&wizard);
    wizard.show();
    return QApplication::exec();
}
