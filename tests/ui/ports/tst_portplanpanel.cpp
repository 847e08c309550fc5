// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "PortLab.h"

#include "i18n/LanguageManager.h"
#include "openstack/PortPlanModel.h"
#include "pages/ports/PortPlanPanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace podnet;
using podnet::test::PortLab;

/// Drives the plan page like a person against the simulator's lab.
class TestPortPlanPanel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PortLab> m_lab;
    std::unique_ptr<PortPlanPanel> m_page;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }
    QAbstractItemModel *table() { return find<QTableView>("planTable")->model(); }
    QString symbolOf(const QString &server)
    {
        const int row = PortLab::rowWith(table(), PortPlanModel::ServerColumn, server);
        return row < 0 ? QStringLiteral("<absent>")
                       : table()->index(row, PortPlanModel::SymbolColumn).data().toString();
    }
    bool enter()
    {
        m_page->refresh();
        m_page->show();
        return QTest::qWaitFor([this] { return m_page->isReady(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_lab = std::make_unique<PortLab>();
        QVERIFY(m_lab->start());
        // worker-2 already has both pairs: "=".
        const QString w2 = m_lab->portOf(QStringLiteral("worker-2.k8s.lan"));
        m_lab->addPairBehindOurBack(w2, QStringLiteral("10.200.0.0/16"));
        m_lab->addPairBehindOurBack(w2, QStringLiteral("10.32.0.0/24"));
        m_page = std::make_unique<PortPlanPanel>(&m_lab->state);
    }

    void cleanup()
    {
        m_page.reset();
        m_lab.reset();
    }

    void showsTheLabsPortsWithTheirSymbols()
    {
        QVERIFY(!m_page->isReady());
        QVERIFY(enter());
        QCOMPARE(symbolOf(QStringLiteral("worker-0.k8s.lan")), QStringLiteral("+"));
        QCOMPARE(symbolOf(QStringLiteral("worker-1.k8s.lan")), QStringLiteral("+"));
        QCOMPARE(symbolOf(QStringLiteral("worker-2.k8s.lan")), QStringLiteral("="));
        QCOMPARE(symbolOf(QStringLiteral("controller-0.k8s.lan")), QStringLiteral("skip"));
        QCOMPARE(symbolOf(QStringLiteral("other-vm")), QStringLiteral("<absent>"));
        QCOMPARE(table()->rowCount(), 6); // + the DHCP and router ports, not selected
        int notSelected = 0;
        for (int row = 0; row < table()->rowCount(); ++row) {
            if (table()->index(row, 0).data(PortPlanModel::CategoryRole).toString()
                == QLatin1String("notselected")) {
                ++notSelected;
                QVERIFY(table()->index(row, PortPlanModel::SymbolColumn)
                                .data()
                                .toString()
                                .isEmpty());
            }
        }
        QCOMPARE(notSelected, 2);
        QCOMPARE(podnet::test::englishPlurals(find<QLabel>("totalsLabel")->text()),
                 QStringLiteral("2 ports to change · 3 pairs to add · 1 complete · 1 skipped · "
                                "0 blocked"));
        QVERIFY(find<QRadioButton>("allComputeRadio")->isChecked());
        QVERIFY(m_lab->state.openStack()->portPlan().has_value());
        QCOMPARE(m_lab->state.openStack()->portPlan()->totals().portsToChange, 2);
        QVERIFY(!find<QWidget>("errorPanel")->isVisible());
    }

    void filtersHideRows()
    {
        QVERIFY(enter());
        QComboBox *filter = find<QComboBox>("filterCombo");
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down); // "+ Changes"
        QCOMPARE(table()->rowCount(), 2);
        QTest::keyClick(filter, Qt::Key_Down); // "= Complete"
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(symbolOf(QStringLiteral("worker-2.k8s.lan")), QStringLiteral("="));
        QTest::keyClick(filter, Qt::Key_Down); // skipped
        QCOMPARE(table()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Down); // problems
        QCOMPARE(table()->rowCount(), 0);
        QTest::keyClick(filter, Qt::Key_Down); // not selected
        QCOMPARE(table()->rowCount(), 2);
        QTest::keyClick(filter, Qt::Key_Home);
        QCOMPARE(table()->rowCount(), 6);
        QTest::keyClicks(find<QLineEdit>("serverFilterEdit"), QStringLiteral("WORKER-0"));
        QCOMPARE(table()->rowCount(), 1);
    }

    void patternSelectionChangesThePlan()
    {
        QVERIFY(enter());
        QRadioButton *pattern = find<QRadioButton>("patternRadio");
        QTest::mouseClick(pattern, Qt::LeftButton, {}, QPoint(8, pattern->height() / 2));
        QVERIFY(pattern->isChecked());
        QLineEdit *edit = find<QLineEdit>("patternEdit");
        QVERIFY(edit->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("worker-?.k8s*"));
        QCOMPARE(symbolOf(QStringLiteral("controller-0.k8s.lan")), QString());
        QCOMPARE(symbolOf(QStringLiteral("worker-0.k8s.lan")), QStringLiteral("+"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("worker-0*"));
        QCOMPARE(symbolOf(QStringLiteral("worker-1.k8s.lan")), QString());
        QCOMPARE(podnet::test::englishPlurals(find<QLabel>("totalsLabel")->text()),
                 QStringLiteral("1 port to change · 2 pairs to add · 0 complete · 0 skipped · "
                                "0 blocked"));
        QCOMPARE(m_lab->state.openStack()->portPlan()->totals().portsToChange, 1);
    }

    void tickingRowsChoosesServers()
    {
        QVERIFY(enter());
        QTableView *view = find<QTableView>("planTable");
        const int row = PortLab::rowWith(table(), PortPlanModel::ServerColumn,
                                         QStringLiteral("worker-1.k8s.lan"));
        QVERIFY(row >= 0);
        QCOMPARE(table()->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        view->setFocus();
        view->setCurrentIndex(table()->index(row, PortPlanModel::CheckColumn));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(find<QRadioButton>("tickedRadio")->isChecked());
        QCOMPARE(symbolOf(QStringLiteral("worker-1.k8s.lan")), QString());
        QCOMPARE(symbolOf(QStringLiteral("worker-0.k8s.lan")), QStringLiteral("+"));
        QCOMPARE(m_lab->state.openStack()->portPlan()->totals().portsToChange, 1);
        // The keyboard stays on the same port.
        QCOMPARE(view->currentIndex().data(PortPlanModel::ServerIdRole).toString().isEmpty(),
                 false);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(symbolOf(QStringLiteral("worker-1.k8s.lan")), QStringLiteral("+"));
    }

    void showsTheEquivalentCommands()
    {
        QVERIFY(enter());
        QPlainTextEdit *commands = find<QPlainTextEdit>("commandsView");
        QVERIFY(!commands->isVisible());
        QCheckBox *toggle = find<QCheckBox>("showCommandsToggle");
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(commands->isVisible());
        const QString text = commands->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("openstack port set ")
                               + m_lab->portOf(QStringLiteral("worker-0.k8s.lan"))),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("openstack port set")), 2);
        QVERIFY(!text.contains(sim::OpenStackLab::password));
        QVERIFY(find<QPushButton>("copyCommandsButton")->isVisible());
    }

    void unreachableCloudShowsAnErrorWithDetails()
    {
        m_lab->sim.failNext("GET", QStringLiteral("/network/v2.0/ports"), 500, 10);
        m_page->refresh();
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("errorPanel")->isVisible(), 20000);
        QVERIFY(!m_page->isReady());
        QVERIFY(!find<QLabel>("errorLabel")->text().isEmpty());
    }

    void koreanRetranslatesWithoutCrashing()
    {
        LanguageManager languages;
        QVERIFY(enter());
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QVERIFY(!find<QLabel>("totalsLabel")->text().isEmpty());
        QRadioButton *pattern = find<QRadioButton>("patternRadio");
        QTest::mouseClick(pattern, Qt::LeftButton, {}, QPoint(8, pattern->height() / 2));
        QTest::keyClicks(find<QLineEdit>("patternEdit"), QStringLiteral("worker-*"));
        QPushButton *refresh = find<QPushButton>("refreshButton");
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady(), 10000);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestPortPlanPanel)
#include "tst_portplanpanel.moc"
