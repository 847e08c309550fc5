// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The whole wizard in demo mode, offscreen, clicked through like a person: Welcome → "Try it
// without a cloud" → every page → Apply → node status → Finish, in English and in Korean, and
// the outcome asserted where it lives (pairs on the simulated ports, kube-router in the
// simulated cluster, every node Ready and covered in the table). Then every page's failure
// path, reached through the simulators' fault injection: a wrong password, a port that refuses
// pairs, a 409 on the manifest, a watch that drops, a node that never turns Ready.

#include "KubeFieldConflict.h"
#include "PodNetWizard.h"
#include "SetupState.h"
#include "demo/DemoController.h"
#include "demo/DemoEnvironment.h"
#include "i18n/LanguageManager.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/nodes/KubeInformer.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"
#include "pages/apply/SetupApplyPage.h"
#include "pages/apply/SetupStepRows.h"
#include "pages/nodes/NodeStatusPage.h"
#include "run/NodePortCoverage.h"
#include "sim/kube/KubeClusterController.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace podnet;

namespace {

using Id = PodNetWizard::PageId;

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

const QString daemonSetPath = QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/"
                                             "kube-router");

} // namespace

class TestDemoFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_journals;
    LanguageManager *m_languages = nullptr;
    PodNetWizard *m_wizard = nullptr;
    DemoController *m_demo = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    template<typename T>
    T *onPage(const char *name)
    {
        T *child = m_wizard->currentPage()->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s on page %d", name, m_wizard->currentId());
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }
    SetupApplyPage *applyPage()
    {
        return qobject_cast<SetupApplyPage *>(m_wizard->page(PodNetWizard::ApplyPageId));
    }
    NodeStatusPage *nodePage()
    {
        return qobject_cast<NodeStatusPage *>(m_wizard->page(PodNetWizard::NodeStatusPageId));
    }
    DemoEnvironment *demo() { return m_demo->environment(); }
    SetupStepRows *steps() { return applyPage()->findChild<SetupStepRows *>(); }
    QTableView *nodeTable()
    {
        return nodePage()->findChild<QTableView *>(QStringLiteral("nodeTable"));
    }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Waits until Next can be pressed (the page finished reading or testing), then presses it.
    void clickNext(int expected)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(
                next()->isVisible() && next()->isEnabled(),
                qPrintable(QStringLiteral("Next stays off on page %1").arg(m_wizard->currentId())),
                30000);
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), expected);
    }

    // "Try it without a cloud" on the Welcome page; Next waits for the built-in cloud.
    void chooseDemo()
    {
        QCOMPARE(m_wizard->currentId(), int(Id::WelcomePageId));
        auto *choice = find<QRadioButton>("demoChoice");
        QVERIFY(choice);
        // A person clicks the label, not the empty space beside it.
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        QVERIFY(choice->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(m_demo->status(), DemoController::Status::Ready, 20000);
        QVERIFY(find<QWidget>("demoBanner")->isVisible());
    }

    // From the Welcome page through every page up to Apply (OpenStack and Kubernetes test
    // their connections on their own in demo mode; the pre-flight findings are acknowledged
    // when there are any, as a person reading them would).
    void walkToApply()
    {
        chooseDemo();
        clickNext(Id::OpenStackPageId);
        clickNext(Id::KubeConnectionPageId);
        clickNext(Id::NetworkPageId);
        QCOMPARE(onPage<QLineEdit>("apiServerEdit")->text(), DemoEnvironment::apiServerUrl());
        clickNext(Id::ManifestSourcePageId);
        clickNext(Id::PreflightPageId);
        auto *acknowledge = onPage<QCheckBox>("acknowledgeCheck");
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return next()->isEnabled()
                            || (acknowledge->isVisible() && acknowledge->isEnabled());
                },
                30000));
        if (!next()->isEnabled()) {
            qWarning("pre-flight findings: %s",
                     qPrintable(onPage<QLabel>("preflightStatus")->text()));
            // On the box and its words, as a person clicks.
            QTest::mouseClick(acknowledge, Qt::LeftButton, {},
                              QPoint(8, acknowledge->height() / 2));
        }
        clickNext(Id::PlanPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 30000);
        QVERIFY(!onPage<QLabel>("planTotals")->text().isEmpty());
        clickNext(Id::ApplyPageId);
    }

    void applyAndWait()
    {
        click(applyPage()->findChild<QPushButton *>(QStringLiteral("applyButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!applyPage()->isRunning(), 40000);
        QTRY_VERIFY(applyPage()->isComplete());
    }

    QString applyLog()
    {
        return applyPage()->findChild<QPlainTextEdit *>(QStringLiteral("runLog"))->toPlainText();
    }

    QString portOf(const QString &serverName)
    {
        const sim::OpenStackStore &store = demo()->openStack()->store();
        QString server;
        for (const sim::OsServer &s : store.servers()) {
            if (s.name == serverName)
                server = s.id;
        }
        for (const sim::OsPort &port : store.ports()) {
            if (!server.isEmpty() && port.deviceId == server)
                return port.id;
        }
        return {};
    }

    QStringList pairsOf(const QString &portId)
    {
        QStringList list;
        if (const sim::OsPort *port = demo()->openStack()->store().port(portId)) {
            for (const auto &pair : port->allowedAddressPairs)
                list.append(pair.ipAddress);
        }
        list.sort();
        return list;
    }

    // The object at \a path in the simulated cluster (through the wizard's own client).
    std::optional<QJsonObject> get(const QString &path)
    {
        KubeReply *reply = m_wizard->state()->kube()->client()->getObject(path);
        std::optional<QJsonObject> object;
        bool done = false;
        connect(reply, &KubeReply::finished, this, [&, reply] {
            if (reply->isOk() && !reply->isAbsent())
                object = reply->object();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return std::nullopt;
        return object;
    }

    // Another field manager takes the kube-router ConfigMap's kubeconfig key first.
    bool takeKubeconfigAsOtherTool()
    {
        return test::takeKubeconfigAsOtherTool(m_wizard->state()->kube()->client());
    }

    QString nodeCell(const QString &node, int column)
    {
        QAbstractItemModel *model = nodeTable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(NodeTableModel::NodeNameRole).toString() == node)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("<no row for %1>").arg(node);
    }

    int readyRows()
    {
        QAbstractItemModel *model = nodeTable()->model();
        int ready = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            ready += model->index(row, 0).data(NodeTableModel::RowStateRole).toInt()
                    == int(NodeTableModel::RowState::Ready);
        return ready;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_journals.isValid()); }

    void init()
    {
        QSettings().clear();
        m_languages = new LanguageManager;
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        m_wizard = new PodNetWizard(m_languages,
                                    TemplateCache(m_journals.filePath(QStringLiteral("cache"))));
        m_demo = m_wizard->findChild<DemoController *>(QStringLiteral("demoController"));
        QVERIFY(m_demo);
        m_demo->setZeroDelays(true);
        applyPage()->setJournalDirectory(m_journals.path());
        applyPage()->setReadyTimeout(std::chrono::seconds(20));
        nodePage()->setBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        delete m_wizard;
        delete m_languages;
        m_wizard = nullptr;
        m_languages = nullptr;
        m_demo = nullptr;
    }

    void wholeFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void wholeFlow()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        walkToApply();
        applyAndWait();
        for (const SetupStep step : allSetupSteps)
            QVERIFY2(steps()->state(step) == SetupStepState::Done,
                     qPrintable(SetupStepText::name(step) + QLatin1Char('\n') + applyLog()));

        // The cloud: both pairs on every worker's port.
        for (int i = 0; i < 3; ++i) {
            const QString port = portOf(worker(i));
            QVERIFY2(!port.isEmpty(), qPrintable(worker(i)));
            QVERIFY2(pairsOf(port).contains(QStringLiteral("10.200.0.0/16")), qPrintable(port));
            QVERIFY2(pairsOf(port).contains(QStringLiteral("10.32.0.0/24")), qPrintable(port));
        }
        // The cluster: kube-router's objects.
        QVERIFY(get(daemonSetPath));
        QVERIFY(get(test::kubeRouterConfigMapPath()));
        QVERIFY(get(QStringLiteral("/api/v1/namespaces/kube-system/serviceaccounts/kube-router")));

        // The node table: every node Ready, and the pairs cover each of them.
        clickNext(Id::NodeStatusPageId);
        QTRY_COMPARE_WITH_TIMEOUT(nodeTable()->model()->rowCount(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(readyRows(), 3, 15000);
        NodePortCoverage::Entry covered;
        covered.state = NodePortCoverage::State::Covered;
        const QString coveredText = NodePortCoverage::text(covered);
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(nodeCell(worker(i), NodeTableModel::PairsCoverColumn),
                                      coveredText, 15000);

        // Finish: the outcome, in the language chosen.
        clickNext(Id::FinishPageId);
        const QString outcome = onPage<QLabel>("outcome")->text();
        QCOMPARE(outcome,
                 QCoreApplication::translate("podnet::FinishPage",
                                             "The pod network is set up: every step succeeded "
                                             "and every node is Ready."));
        QVERIFY(onPage<QAbstractButton>("saveReport")->isEnabled());
        QVERIFY(onPage<QAbstractButton>("exportCommands")->isEnabled());
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    }

    void wrongPasswordSaysSoAndKeepsTheEntries()
    {
        chooseDemo();
        clickNext(Id::OpenStackPageId);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 15000); // the demo's own test passed
        auto *secret = onPage<QLineEdit>("secretEdit");
        const QString authUrl = onPage<QLineEdit>("authUrlEdit")->text();
        const QString user = onPage<QLineEdit>("userEdit")->text();
        const QString project = onPage<QLineEdit>("projectEdit")->text();
        secret->setFocus();
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_Backspace);
        QTest::keyClicks(secret, QStringLiteral("not-the-password"));
        QVERIFY(!next()->isEnabled()); // a changed entry needs a new test
        click(onPage<QPushButton>("testConnectionButton"));
        auto *summary = onPage<QLabel>("resultSummary");
        QTRY_VERIFY_WITH_TIMEOUT(
                summary->text().contains(QLatin1String("401"))
                        || summary->text().contains(QLatin1String("password"), Qt::CaseInsensitive),
                15000);
        QVERIFY(!next()->isEnabled());
        // Every entry is kept, the wrong password too, so it can be corrected.
        QCOMPARE(onPage<QLineEdit>("authUrlEdit")->text(), authUrl);
        QCOMPARE(onPage<QLineEdit>("userEdit")->text(), user);
        QCOMPARE(onPage<QLineEdit>("projectEdit")->text(), project);
        QCOMPARE(secret->text(), QStringLiteral("not-the-password"));

        secret->setFocus();
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_Backspace);
        QTest::keyClicks(secret, QStringLiteral("demo-password"));
        click(onPage<QPushButton>("testConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 15000);
        clickNext(Id::KubeConnectionPageId);
    }

    void portRefusingPairsThenRetry()
    {
        chooseDemo();
        const QString refused = portOf(worker(1));
        QVERIFY(!refused.isEmpty());
        walkToApply();
        demo()->openStack()->failNext("PUT", QStringLiteral("/network/v2.0/ports/") + refused, 403);
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Ports), SetupStepState::Failed);
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Pending);
        QVERIFY2(steps()->resultText(SetupStep::Ports).contains(refused.left(8)),
                 qPrintable(steps()->resultText(SetupStep::Ports)));
        QVERIFY(!pairsOf(refused).contains(QStringLiteral("10.200.0.0/16")));
        click(applyPage()->findChild<QPushButton *>(QStringLiteral("retryButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!applyPage()->isRunning(), 40000);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Done);
        QVERIFY(pairsOf(refused).contains(QStringLiteral("10.200.0.0/16")));
    }

    void manifestConflictTakeOwnership()
    {
        chooseDemo();
        QVERIFY(takeKubeconfigAsOtherTool());
        walkToApply();
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Ports), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Failed);
        QVERIFY(steps()->resultText(SetupStep::Manifest).contains(QLatin1String("other-tool")));
        auto *force = applyPage()->findChild<QPushButton *>(QStringLiteral("takeOwnershipButton"));
        QVERIFY(force->isVisible());
        click(force);
        QTRY_VERIFY_WITH_TIMEOUT(!applyPage()->isRunning(), 40000);
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Done);
        QVERIFY(get(daemonSetPath));
    }

    void droppedWatchReconnectsThenLive()
    {
        walkToApply();
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Done);
        clickNext(Id::NodeStatusPageId);
        QVERIFY(nodePage()->monitor());
        QTRY_COMPARE_WITH_TIMEOUT(nodePage()->monitor()->state(), KubeInformer::State::Live, 10000);
        auto *connection = onPage<QLabel>("connectionState");
        const QString live = connection->text();
        demo()->kube()->faults().failNext("GET", QStringLiteral("/api/v1/nodes*"), 3, 503);
        demo()->kube()->dropWatches();
        QTRY_VERIFY_WITH_TIMEOUT(nodePage()->monitor()->state() != KubeInformer::State::Live,
                                 10000);
        QTRY_VERIFY(connection->text() != live);
        QTRY_COMPARE_WITH_TIMEOUT(nodePage()->monitor()->state(), KubeInformer::State::Live, 15000);
        QTRY_VERIFY(connection->text().startsWith(live.left(4)));
        QCOMPARE(readyRows(), 3);
    }

    void nodeNeverReadyTimesOutWithASummary()
    {
        chooseDemo();
        // worker-2's kubelet stops: it never turns Ready.
        QVERIFY(demo()->kube()->cluster().setNodeReady(
                worker(2), sim::KubeClusterController::Readiness::Unknown));
        applyPage()->setReadyTimeout(std::chrono::milliseconds(1500));
        walkToApply();
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Failed);
        QVERIFY2(steps()->resultText(SetupStep::Ready).contains(worker(2)),
                 qPrintable(steps()->resultText(SetupStep::Ready)));

        // The node page's own wait gives up with what is still wrong, and why.
        clickNext(Id::NodeStatusPageId);
        QTRY_COMPARE_WITH_TIMEOUT(readyRows(), 2, 15000);
        auto *timeout = onPage<QSpinBox>("waitTimeout");
        timeout->setValue(timeout->minimum());
        click(onPage<QPushButton>("waitReadyButton"));
        auto *result = onPage<QLabel>("waitResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Not everything")),
                                 (timeout->value() + 10) * 1000);
        QVERIFY2(result->text().contains(worker(2)), qPrintable(result->text()));
        QVERIFY(!result->text().contains(worker(0)));
        QVERIFY(!nodeCell(worker(2), NodeTableModel::WhyNotReadyColumn).isEmpty());

        // Finish says that not every node is Ready.
        clickNext(Id::FinishPageId);
        QVERIFY2(onPage<QLabel>("outcome")->text().contains(QLatin1String("Ready")),
                 qPrintable(onPage<QLabel>("outcome")->text()));
    }
};

QTEST_MAIN(TestDemoFlow)
#include "tst_demoflow.moc"
