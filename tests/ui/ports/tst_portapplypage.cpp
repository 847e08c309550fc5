// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortLab.h"

#include "i18n/LanguageManager.h"
#include "openstack/PortPlanModel.h"
#include "pages/ports/PortApplyPage.h"
#include "pages/ports/PortPlanPage.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace podnet;
using podnet::test::PortLab;

namespace {

const QString clusterCidr = QStringLiteral("10.200.0.0/16");
const QString serviceCidr = QStringLiteral("10.32.0.0/24");

} // namespace

/// Drives the plan page, then the apply page, like a person against the simulator's lab.
class TestPortApplyPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PortLab> m_lab;
    std::unique_ptr<PortPlanPage> m_planPage;
    std::unique_ptr<PortApplyPage> m_page;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }
    QPushButton *button(const char *name) { return find<QPushButton>(name); }
    QAbstractItemModel *table() { return find<QTableView>("applyTable")->model(); }

    bool plan()
    {
        m_planPage->initializePage();
        return QTest::qWaitFor([this] { return m_planPage->isComplete(); }, 10000);
    }
    /// Enters the apply page and waits for its stale-plan check.
    bool enterApply()
    {
        m_page->initializePage();
        m_page->show();
        return QTest::qWaitFor([this] { return !find<QWidget>("busyIndicator")->isVisible(); },
                               10000);
    }
    bool click(const char *name)
    {
        QPushButton *b = button(name);
        if (!b || !b->isVisible() || !b->isEnabled())
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }
    QStringList workerPorts()
    {
        return {m_lab->portOf(QStringLiteral("worker-0.k8s.lan")),
                m_lab->portOf(QStringLiteral("worker-1.k8s.lan")),
                m_lab->portOf(QStringLiteral("worker-2.k8s.lan"))};
    }

private Q_SLOTS:
    void init()
    {
        m_lab = std::make_unique<PortLab>();
        QVERIFY(m_lab->start());
        m_planPage = std::make_unique<PortPlanPage>(&m_lab->state);
        m_page = std::make_unique<PortApplyPage>(&m_lab->state);
        m_page->setJournalDirectory(m_lab->journalDir.path());
    }

    void cleanup()
    {
        m_page.reset();
        m_planPage.reset();
        m_lab.reset();
    }

    void appliesThenASecondVisitSendsNothing()
    {
        QVERIFY(plan());
        QVERIFY(enterApply());
        QVERIFY(!m_page->isComplete()); // the page does not apply by itself
        QCOMPARE(m_lab->puts(), 0);
        QVERIFY(click("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 20000);
        for (const QString &port : workerPorts())
            QCOMPARE(m_lab->pairsOf(port), QStringList({clusterCidr, serviceCidr}));
        QCOMPARE(m_lab->puts(), 3);
        QVERIFY2(podnet::test::englishPlurals(find<QLabel>("resultLabel")->text())
                         .contains(QStringLiteral("3 ports changed")),
                 qPrintable(find<QLabel>("resultLabel")->text()));
        QCOMPARE(find<QProgressBar>("progressBar")->value(),
                 find<QProgressBar>("progressBar")->maximum());
        const int row = PortLab::rowWith(table(), PortPlanModel::ServerColumn,
                                         QStringLiteral("worker-0.k8s.lan"));
        QCOMPARE(table()->index(row, PortPlanModel::ApplyStateColumn).data().toString(),
                 PortPlanModel::applyStateText(PortApplyResult::State::Done));

        // Rerunning after success: all "=", nothing to do, nothing sent.
        QVERIFY(plan());
        QCOMPARE(m_lab->state.openStack()->portPlan()->totals().portsToChange, 0);
        QVERIFY(enterApply());
        QVERIFY(m_page->isComplete());
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(find<QLabel>("statusLabel")->text().startsWith(QStringLiteral("Nothing to do")));
        QCOMPARE(m_lab->puts(), 3);
    }

    void stalePlanAsksForConfirmation()
    {
        QVERIFY(plan());
        const QString w0 = m_lab->portOf(QStringLiteral("worker-0.k8s.lan"));
        m_lab->addPairBehindOurBack(w0, QStringLiteral("10.77.0.0/16"));
        QVERIFY(enterApply());
        QVERIFY(find<QLabel>("staleLabel")->isVisible());
        QVERIFY(button("confirmPlanButton")->isVisible());
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(!click("applyButton"));
        QCOMPARE(m_lab->puts(), 0);
        // The new plan shows the port as it is now.
        const int row = PortLab::rowWith(table(), PortPlanModel::ServerColumn,
                                         QStringLiteral("worker-0.k8s.lan"));
        QVERIFY(table()->index(row, PortPlanModel::PairsNowColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("10.77.0.0/16")));
        QVERIFY(click("confirmPlanButton"));
        QVERIFY(button("applyButton")->isEnabled());
        QVERIFY(click("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 20000);
        QCOMPARE(m_lab->pairsOf(w0),
                 QStringList({clusterCidr, serviceCidr, QStringLiteral("10.77.0.0/16")}));
    }

    void cancelReportsExactlyWhatChanged()
    {
        QStringList extra;
        for (int i = 0; i < 10; ++i) {
            sim::OsServer server {.name = QStringLiteral("extra-%1").arg(i),
                                  .projectId
                                  = m_lab->sim.store()
                                            .projectByName(sim::OpenStackLab::projectName,
                                                           QStringLiteral("Default"))
                                            ->id};
            const QString serverId = m_lab->sim.store().addServer(server);
            extra.append(m_lab->sim.store().addPort(
                    {.networkId = m_lab->sim.store().networks().first().id,
                     .deviceId = serverId,
                     .deviceOwner = QStringLiteral("compute:nova")}));
        }
        QVERIFY(plan());
        QVERIFY(enterApply());
        QSpinBox *spin = find<QSpinBox>("concurrencySpin");
        QCOMPARE(spin->value(), 8);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("1"));
        QCOMPARE(spin->value(), 1);
        m_lab->sim.delayNext("PUT", QStringLiteral("/network/v2.0/ports/.*"),
                             std::chrono::milliseconds(150), 50);
        QVERIFY(click("applyButton"));
        QVERIFY(button("cancelButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->puts() >= 2, 10000);
        QVERIFY(click("cancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 20000);
        QVERIFY(find<QLabel>("resultLabel")->text().startsWith(QStringLiteral("Cancelled")));

        // Exactly the ports shown as changed have the pairs; the others are untouched.
        int changed = 0;
        int notChanged = 0;
        for (int row = 0; row < table()->rowCount(); ++row) {
            const QModelIndex index = table()->index(row, 0);
            if (index.data(PortPlanModel::ActionRole).toInt()
                != static_cast<int>(PortPlan::Action::Change))
                continue;
            const QString port = index.data(PortPlanModel::PortIdRole).toString();
            const auto state = static_cast<PortApplyResult::State>(
                    index.data(PortPlanModel::ApplyStateRole).toInt());
            const bool hasCluster = m_lab->pairsOf(port).contains(clusterCidr);
            if (state == PortApplyResult::State::Done) {
                QVERIFY(hasCluster);
                ++changed;
            } else {
                QCOMPARE(state, PortApplyResult::State::Cancelled);
                QVERIFY(!hasCluster);
                ++notChanged;
            }
        }
        QVERIFY(changed >= 1);
        QVERIFY(notChanged >= 1);
        QCOMPARE(changed + notChanged, 13); // worker-0..2 and the ten extras
        QCOMPARE(m_lab->puts(), changed);
        const QString details = find<QPlainTextEdit>("resultDetails")->toPlainText();
        QCOMPARE(details.count(QStringLiteral("✓ Changed")), changed);
        // A new plan shows what is left.
        QVERIFY(plan());
        QCOMPARE(m_lab->state.openStack()->portPlan()->totals().portsToChange, notChanged);
    }

    void undoRemovesExactlyWhatTheRunAdded()
    {
        const QHash<QString, QStringList> before = m_lab->allPairs();
        QVERIFY(plan());
        QVERIFY(enterApply());
        QVERIFY(!button("undoButton")->isVisible());
        QVERIFY(click("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 20000);
        QVERIFY(m_lab->allPairs() != before);
        const QString runId = m_lab->state.openStack()->lastRunId();
        QVERIFY(!runId.isEmpty());

        const int putsAfterRun = m_lab->puts();
        QVERIFY(click("undoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);
        QCOMPARE(m_lab->puts(), putsAfterRun); // shown first, not applied
        QCOMPARE(button("applyButton")->text(), QStringLiteral("&Apply undo"));
        int minus = 0;
        for (int row = 0; row < table()->rowCount(); ++row)
            minus += table()->index(row, PortPlanModel::SymbolColumn).data().toString()
                    == QLatin1String("-");
        QCOMPARE(minus, 3);
        QVERIFY(click("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!button("cancelButton")->isVisible(), 20000);
        QTRY_VERIFY(m_page->isComplete());
        QCOMPARE(m_lab->allPairs(), before);
        // worker-1 keeps the pair it had before the run.
        QCOMPARE(m_lab->pairsOf(m_lab->portOf(QStringLiteral("worker-1.k8s.lan"))),
                 QStringList({serviceCidr}));

        // The earlier run is listed for undo too.
        QVERIFY(click("previousRunsButton"));
        QListWidget *runs = find<QListWidget>("runsList");
        QVERIFY(runs->isVisible());
        QCOMPARE(runs->count(), 1);
        QCOMPARE(runs->item(0)->data(Qt::UserRole).toString(), runId);
        runs->setCurrentRow(0);
        QVERIFY(button("undoSelectedButton")->isEnabled());
    }

    void backWhileRunningCancels()
    {
        QVERIFY(plan());
        QVERIFY(enterApply());
        m_lab->sim.delayNext("PUT", QStringLiteral("/network/v2.0/ports/.*"),
                             std::chrono::milliseconds(300), 10);
        QSignalSpy handled(&m_lab->sim, &sim::OpenStackSimulator::requestHandled);
        QVERIFY(click("applyButton"));
        m_page->cleanupPage(); // what QWizard does on Back
        m_page.reset();        // closing the wizard mid-run must not crash
        // Every PUT that went out is answered, to a page that is gone.
        const auto answeredPuts = [&handled] {
            return std::count_if(handled.cbegin(), handled.cend(), [](const QList<QVariant> &args) {
                return args.at(0).toByteArray() == "PUT";
            });
        };
        QTRY_COMPARE(answeredPuts(), qsizetype(m_lab->puts()));
    }

    void koreanFlowDoesNotCrash()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QVERIFY(plan());
        QVERIFY(enterApply());
        QVERIFY(click("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 20000);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QVERIFY(click("undoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestPortApplyPage)
#include "tst_portapplypage.moc"
