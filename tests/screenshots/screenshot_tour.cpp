// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Walks the whole wizard in demo mode (zero delays) the way a person would and saves a PNG of
// every page, in the language given: podnet-screenshot-tour OUTPUT-DIR en|ko. Run it under a
// real X server (tests/screenshots/take.sh starts Xvfb) so fonts and scaling are the real ones.

#include "PodNetWizard.h"
#include "demo/DemoController.h"
#include "i18n/LanguageManager.h"
#include "kube/nodes/NodeTableModel.h"
#include "pages/welcome/WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace podnet;

namespace {

constexpr int waitMs = 60000;

bool fail(const char *what)
{
    std::fprintf(stderr, "screenshot-tour: %s\n", what);
    return false;
}

class Tour
{
public:
    Tour(PodNetWizard *wizard, QString directory)
        : m_wizard(wizard)
        , m_directory(std::move(directory))
    { }

    void shoot(const QString &name)
    {
        // grab() paints the widget now; only pending layout and show events must go first.
        QApplication::processEvents();
        const QString path = m_directory
                + QStringLiteral("/%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name);
        if (!m_wizard->grab().save(path))
            std::fprintf(stderr, "screenshot-tour: cannot write %s\n", qPrintable(path));
    }

    bool waitNextEnabled()
    {
        return QTest::qWaitFor(
                [this] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, waitMs);
    }

    bool next(PodNetWizard::PageId expected)
    {
        if (!waitNextEnabled())
            return fail("Next stayed disabled");
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        return QTest::qWaitFor([this, expected] { return m_wizard->currentId() == expected; },
                               waitMs);
    }

    template<typename T>
    T *find(const char *name) const
    {
        return m_wizard->currentPage()->findChild<T *>(QLatin1String(name));
    }

private:
    PodNetWizard *m_wizard;
    QString m_directory;
    int m_count = 0;
};

bool walk(PodNetWizard &wizard, Tour &tour)
{
    using Id = PodNetWizard::PageId;
    tour.shoot(QStringLiteral("welcome"));
    auto *welcome = qobject_cast<WelcomePage *>(wizard.page(Id::WelcomePageId));
    welcome->startDemo();
    if (!tour.waitNextEnabled())
        return fail("the demo did not start");
    tour.shoot(QStringLiteral("welcome-demo"));
    const std::pair<Id, const char *> setupPages[] = {
            {Id::OpenStackPageId, "openstack"}, {Id::KubeConnectionPageId, "kubernetes"},
            {Id::NetworkPageId, "network"},     {Id::ManifestSourcePageId, "manifest"},
            {Id::PreflightPageId, "preflight"},
    };
    for (const auto &[id, name] : setupPages) {
        if (!tour.next(id))
            return fail(name);
        tour.waitNextEnabled(); // connection checks, template loading
        if (id == Id::PreflightPageId) {
            // The checks are done when the problems ask to be acknowledged (or Next is on).
            if (!QTest::qWaitFor(
                        [&] {
                            auto *acknowledge = tour.find<QCheckBox>("acknowledgeCheck");
                            return (acknowledge && acknowledge->isVisible())
                                    || wizard.button(QWizard::NextButton)->isEnabled();
                        },
                        waitMs))
                return fail("the pre-flight checks did not finish");
            tour.shoot(QString::fromLatin1(name));
            if (auto *acknowledge = tour.find<QCheckBox>("acknowledgeCheck");
                acknowledge->isVisible() && !acknowledge->isChecked())
                acknowledge->click();
            continue;
        }
        tour.shoot(QString::fromLatin1(name));
    }
    if (!tour.next(Id::PlanPageId) || !tour.waitNextEnabled())
        return fail("preview");
    auto *tabs = tour.find<QTabWidget>("planTabs");
    const char *tabNames[]
            = {"preview-ports", "preview-pod-ranges", "preview-kube-router", "preview-manifest"};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        tour.shoot(QString::fromLatin1(tabNames[i]));
    }
    tabs->setCurrentIndex(0);
    if (!tour.next(Id::ApplyPageId))
        return fail("apply page");
    tour.shoot(QStringLiteral("apply"));
    QTest::mouseClick(tour.find<QPushButton>("applyButton"), Qt::LeftButton);
    if (!tour.waitNextEnabled())
        return fail("the run did not finish");
    tour.shoot(QStringLiteral("apply-done"));
    if (!tour.next(Id::NodeStatusPageId))
        return fail("node status");
    auto *model = wizard.currentPage()->findChild<NodeTableModel *>();
    if (!model || !QTest::qWaitFor([model] { return model->allReady(); }, waitMs))
        return fail("the nodes did not turn Ready");
    tour.shoot(QStringLiteral("node-status"));
    if (!tour.next(Id::FinishPageId))
        return fail("finish");
    tour.shoot(QStringLiteral("finish"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: podnet-screenshot-tour OUTPUT-DIR en|ko\n");
        return 2;
    }
    const QString directory = arguments.at(1);
    QDir().mkpath(directory);
    LanguageManager languages;
    languages.setLanguage(arguments.at(2));
    PodNetWizard wizard(&languages);
    if (auto *demo = wizard.findChild<DemoController *>())
        demo->setZeroDelays(true);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return fail("the window was not shown") ? 0 : 1;
    Tour tour(&wizard, directory);
    return walk(wizard, tour) ? 0 : 1;
}
