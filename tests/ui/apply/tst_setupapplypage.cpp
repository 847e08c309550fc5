// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The Apply page against both built-in simulators, offscreen, clicked as a person would: a
// whole run, and its faults — a port that refuses pairs (Retry), a 409 on the manifest (take
// ownership), a node that never turns Ready (timeout naming it), and Cancel during a run.

#include "SetupTestLab.h"
#include "pages/apply/SetupApplyPage.h"
#include "pages/apply/SetupStepRows.h"
#include "sim/kube/KubeClusterController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace podnet;
using namespace podnet::test;

namespace {

enum { ApplyPage = 1 };

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

} // namespace

class TestSetupApplyPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SetupTestLab> m_lab;
    std::unique_ptr<QWizard> m_wizard;
    SetupApplyPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *back() { return m_wizard->button(QWizard::BackButton); }
    SetupStepRows *steps() { return find<SetupStepRows>("stepRows"); }
    QString log() { return find<QPlainTextEdit>("runLog")->toPlainText(); }
    QString outcome() { return find<QLabel>("runOutcome")->text(); }
    int overall() { return find<QProgressBar>("overallProgress")->value(); }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    bool startLab(bool withOpenStack = true, bool withKube = true)
    {
        m_lab = std::make_unique<SetupTestLab>();
        return m_lab->start(withOpenStack, withKube);
    }

    // The plan as the preview stored it, then Next onto the apply page.
    void open(std::chrono::milliseconds readyTimeout = std::chrono::seconds(20))
    {
        const std::optional<SetupPlan> plan = m_lab->plan();
        QVERIFY(plan);
        m_lab->state->setPlan(*plan);
        m_wizard = std::make_unique<QWizard>();
        m_wizard->setPage(0, new QWizardPage);
        m_page = new SetupApplyPage(m_lab->state.get());
        m_page->setJournalDirectory(m_lab->journals.path());
        m_page->setReadyTimeout(readyTimeout);
        m_wizard->setPage(ApplyPage, m_page);
        m_wizard->setPage(2, new QWizardPage);
        m_wizard->resize(1100, 760);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QApplication::setActiveWindow(m_wizard.get());
        click(next());
        QCOMPARE(m_wizard->currentId(), int(ApplyPage));
        QVERIFY(!next()->isEnabled()); // nothing applied yet
        QVERIFY(!outcome().isEmpty());
    }

    void applyAndWait()
    {
        click(find<QPushButton>("applyButton"));
        QVERIFY(m_page->isRunning() || m_page->isComplete());
        waitStopped();
    }

    void waitStopped()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 40000);
        QTRY_VERIFY(m_page->isComplete());
        QVERIFY(next()->isEnabled());
        QVERIFY(back()->isEnabled());
    }

    void verifyAllDone()
    {
        for (const SetupStep step : allSetupSteps)
            QVERIFY2(steps()->state(step) == SetupStepState::Done,
                     qPrintable(SetupStepText::name(step) + QLatin1Char('\n') + log()));
        QCOMPARE(overall(), 100);
        QVERIFY2(outcome().startsWith(QStringLiteral("✔")), qPrintable(outcome()));
        QVERIFY(!find<QPushButton>("retryButton")->isVisible());
        QVERIFY(!find<QPushButton>("takeOwnershipButton")->isVisible());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_wizard.reset();
        m_page = nullptr;
        m_lab.reset();
    }

    void applyGoesThroughAndKeepsSecretsOut()
    {
        QVERIFY(startLab());
        open();
        click(find<QPushButton>("applyButton"));
        QVERIFY(m_page->isRunning());
        QVERIFY(!back()->isEnabled()); // a run must end first
        QVERIFY(!next()->isEnabled());
        QVERIFY(find<QPushButton>("cancelRunButton")->isEnabled());
        waitStopped();
        verifyAllDone();
        for (const SetupStep step : allSetupSteps)
            QVERIFY(!steps()->resultText(step).isEmpty());
        QVERIFY(!find<QPushButton>("cancelRunButton")->isEnabled());

        const QString text = log();
        QVERIFY(text.count(QLatin1Char('\n')) >= 5);
        QVERIFY2(text.contains(QLatin1String("node/worker-2.k8s.lan annotated")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("daemonset.apps/kube-router created")));
        QVERIFY(!text.contains(sim::OpenStackLab::password));
        QVERIFY(!text.contains(m_lab->kube->token()));
        QVERIFY(!outcome().contains(sim::OpenStackLab::password));

        // What the run did, on both sides.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                    m_lab->pairsOf(m_lab->portOf(worker(i))),
                    QStringList({QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}));
        QVERIFY(m_lab->get(SetupTestLab::daemonSetPath()));
        const auto &record = m_lab->state->runRecord();
        QVERIFY(record);
        QVERIFY(record->isOk());
        QVERIFY(record->allReady);

        // The equivalent commands are one click away.
        auto *commands = find<QPlainTextEdit>("commandsView");
        QVERIFY(!commands->isVisible());
        click(find<QAbstractButton>("showCommandsToggle"));
        QVERIFY(commands->isVisible());
        QVERIFY(commands->toPlainText().contains(QLatin1String("openstack port set")));
        QVERIFY(commands->toPlainText().contains(QLatin1String("kubectl")));
        QVERIFY(!commands->toPlainText().contains(sim::OpenStackLab::password));

        click(next());
        QCOMPARE(m_wizard->currentId(), 2);
    }

    void portRejectsPairsThenRetry()
    {
        QVERIFY(startLab());
        const QString refused = m_lab->portOf(worker(0));
        open();
        m_lab->openStack.failNext("PUT", QStringLiteral("/network/v2.0/ports/") + refused, 403);
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Ports), SetupStepState::Failed);
        QCOMPARE(steps()->state(SetupStep::PodRanges), SetupStepState::Pending);
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Pending);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Pending);
        const QString said = steps()->resultText(SetupStep::Ports);
        QVERIFY2(said.contains(refused.left(8)), qPrintable(said));
        QVERIFY2(outcome().startsWith(QStringLiteral("✖")), qPrintable(outcome()));
        QVERIFY(overall() < 100);
        QVERIFY(m_lab->pairsOf(refused).isEmpty());
        QVERIFY(!m_lab->get(SetupTestLab::daemonSetPath()));
        QVERIFY(!find<QPushButton>("takeOwnershipButton")->isVisible());

        const int puts = m_lab->puts();
        click(find<QPushButton>("retryButton"));
        waitStopped();
        verifyAllDone();
        QCOMPARE(m_lab->puts(), puts + 1); // only the refused port again
        QCOMPARE(m_lab->pairsOf(refused),
                 QStringList({QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}));
    }

    void manifestConflictTakeOwnership()
    {
        QVERIFY(startLab(false, true));
        QVERIFY(m_lab->takeKubeconfigAsOtherTool());
        open();
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Ports), SetupStepState::Skipped);
        QCOMPARE(steps()->state(SetupStep::PodRanges), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Failed);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Pending);
        QVERIFY2(steps()->resultText(SetupStep::Manifest).contains(QLatin1String("other-tool")),
                 qPrintable(steps()->resultText(SetupStep::Manifest)));
        QVERIFY2(outcome().contains(QLatin1String("Take ownership")), qPrintable(outcome()));
        auto *force = find<QPushButton>("takeOwnershipButton");
        QVERIFY(force->isVisible());
        QVERIFY(!force->accessibleName().isEmpty());
        QVERIFY(!m_lab->get(SetupTestLab::daemonSetPath()));

        click(force);
        waitStopped();
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Done);
        QVERIFY(m_lab->get(SetupTestLab::daemonSetPath()));
        QVERIFY(!force->isVisible());
        QVERIFY(outcome().startsWith(QStringLiteral("✔")));
    }

    void nodeNeverReadyTimesOutNamingIt()
    {
        QVERIFY(startLab(false, true));
        // worker-2's kubelet stops: it never turns Ready, whatever the run does.
        QVERIFY(m_lab->kube->cluster().setNodeReady(
                worker(2), sim::KubeClusterController::Readiness::Unknown));
        open(std::chrono::milliseconds(1500));
        applyAndWait();
        QCOMPARE(steps()->state(SetupStep::Manifest), SetupStepState::Done);
        QCOMPARE(steps()->state(SetupStep::Ready), SetupStepState::Failed);
        const QString said = steps()->resultText(SetupStep::Ready) + QLatin1Char('\n') + log();
        QVERIFY2(said.contains(worker(2)), qPrintable(said));
        QVERIFY2(steps()->resultText(SetupStep::Ready).contains(worker(2)),
                 qPrintable(steps()->resultText(SetupStep::Ready)));
        QVERIFY(outcome().startsWith(QStringLiteral("✖")));
        QVERIFY(find<QPushButton>("retryButton")->isVisible());
        QVERIFY(m_lab->state->runRecord());
        QVERIFY(!m_lab->state->runRecord()->allReady);
    }

    void cancelDuringARun()
    {
        QVERIFY(startLab());
        open();
        // Slow ports, so that the run is still at the first step when Cancel is pressed.
        m_lab->openStack.delayNext("PUT", QStringLiteral("/network/v2.0/ports/.*"),
                                   std::chrono::milliseconds(700), 10);
        click(find<QPushButton>("applyButton"));
        QTRY_COMPARE(steps()->state(SetupStep::Ports), SetupStepState::Running);
        click(find<QPushButton>("cancelRunButton"));
        QVERIFY(log().contains(QLatin1String("Cancelling")));
        waitStopped();
        QVERIFY2(outcome().startsWith(QStringLiteral("✖")), qPrintable(outcome()));
        QVERIFY(steps()->state(SetupStep::Manifest) != SetupStepState::Done);
        QVERIFY(steps()->state(SetupStep::Ready) != SetupStepState::Done);
        QVERIFY(!m_lab->get(SetupTestLab::daemonSetPath()));
        QVERIFY(m_lab->state->runRecord());
        QVERIFY(!m_lab->state->runRecord()->isOk());

        // Resumable: Retry goes on from what is left.
        click(find<QPushButton>("retryButton"));
        waitStopped();
        verifyAllDone();
        QVERIFY(m_lab->get(SetupTestLab::daemonSetPath()));
    }
};

QTEST_MAIN(TestSetupApplyPage)
#include "tst_setupapplypage.moc"
