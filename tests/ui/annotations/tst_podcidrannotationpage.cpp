// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The pod-range annotations page against the Kubernetes simulator, driven offscreen with the
// keyboard and mouse as a person would: suggestions, inline validation, apply, the kube-router
// restart offer, undo, a refused patch, a node deleted meanwhile, and a language switch.

#include "KubeApplyTestCluster.h"
#include "i18n/LanguageManager.h"
#include "kube/annotations/PodCidrPatchJob.h"
#include "pages/annotations/PodCidrAnnotationPage.h"
#include "sim/kube/KubeFaultInjector.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <algorithm>
#include <optional>

using namespace podnet;
using namespace podnet::test;

namespace {

// The table's columns, as the page shows them.
enum Column { NodeColumn, CurrentColumn, RangeColumn, ActionColumn, ResultColumn, MessageColumn };

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

} // namespace

class TestPodCidrAnnotationPage : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_journal;
    QWizard *m_wizard = nullptr;
    PodCidrAnnotationPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *back() { return m_wizard->button(QWizard::BackButton); }
    QTableView *table() { return find<QTableView>("podCidrTable"); }
    QAbstractItemModel *model() { return table()->model(); }
    QPushButton *applyButton() { return find<QPushButton>("applyButton"); }
    QString status() { return find<QLabel>("statusLabel")->text(); }
    QString hint() { return find<QLabel>("applyHint")->text(); }
    QString log() { return find<QPlainTextEdit>("annotationLog")->toPlainText(); }

    QString cell(int row, int column) { return model()->index(row, column).data().toString(); }

    QStringList column(int column)
    {
        QStringList texts;
        for (int row = 0; row < model()->rowCount(); ++row)
            texts << cell(row, column);
        return texts;
    }

    static void click(QAbstractButton *button)
    {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Start page → the annotations page, with the nodes read.
    void enterPage()
    {
        click(next());
        QCOMPARE(m_wizard->currentPage(), m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading(), 20000);
    }

    // With the keyboard only: focus the table, go to \a row, Enter, type, Enter.
    void typeRange(int row, const QString &text)
    {
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        table()->setCurrentIndex(model()->index(row, NodeColumn));
        QTest::keyClick(table(), Qt::Key_Return);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "Enter did not open an editor on the range cell");
        QCOMPARE(table()->currentIndex().column(), int(RangeColumn));
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(table()->hasFocus()); // the editor closed
    }

    void applyAndWait()
    {
        click(applyButton());
        QVERIFY(!m_page->isComplete());
        QVERIFY(!next()->isEnabled());
        QVERIFY(!back()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading(), 20000);
        QVERIFY(m_page->isComplete());
        QVERIFY(next()->isEnabled());
    }

    // The node as the API server has it now.
    QJsonObject node(const QString &name)
    {
        KubeReply *reply = m_cluster.state->kube()->client()->getObject(
                QStringLiteral("/api/v1/nodes/") + name);
        std::optional<QJsonObject> object;
        connect(reply, &KubeReply::finished, this, [&, reply] { object = reply->object(); });
        if (!QTest::qWaitFor([&] { return object.has_value(); }, 10000))
            qWarning("GET node %s got no answer", qPrintable(name));
        return object.value_or(QJsonObject());
    }

    QJsonObject annotations(const QString &name)
    {
        return node(name)
                .value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("annotations"))
                .toObject();
    }

    bool hasOurAnnotations(const QString &name)
    {
        const QJsonObject values = annotations(name);
        return values.contains(QStringLiteral("kube-router.io/pod-cidr"))
                || values.contains(QStringLiteral("kube-router.io/pod-cidrs"));
    }

    // kube-router's pods as the API server lists them.
    QList<QJsonObject> kubeRouterPods()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("k8s-app=kube-router"));
        KubeReply *reply
                = m_cluster.state->kube()->client()->get(QStringLiteral("/api/v1/pods"), query);
        std::optional<QList<QJsonObject>> pods;
        connect(reply, &KubeReply::finished, this, [&, reply] {
            QList<QJsonObject> items;
            for (const QJsonValue &value : reply->object().value(QStringLiteral("items")).toArray())
                items << value.toObject();
            pods = items;
        });
        if (!QTest::qWaitFor([&] { return pods.has_value(); }, 10000))
            qWarning("listing kube-router's pods got no answer");
        return pods.value_or(QList<QJsonObject>());
    }

    static bool isReady(const QJsonObject &pod)
    {
        const QJsonArray conditions = pod.value(QStringLiteral("status"))
                                              .toObject()
                                              .value(QStringLiteral("conditions"))
                                              .toArray();
        for (const QJsonValue &value : conditions) {
            const QJsonObject condition = value.toObject();
            if (condition.value(QStringLiteral("type")) == QLatin1String("Ready"))
                return condition.value(QStringLiteral("status")) == QLatin1String("True");
        }
        return false;
    }

    bool mergePatch(const QString &name, const QJsonObject &values)
    {
        const QJsonObject patch {{QStringLiteral("metadata"),
                                  QJsonObject {{QStringLiteral("annotations"), values}}}};
        KubeReply *reply = m_cluster.state->kube()->client()->mergePatch(
                QStringLiteral("/api/v1/nodes/") + name, patch);
        std::optional<bool> ok;
        connect(reply, &KubeReply::finished, this, [&, reply] { ok = reply->isOk(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && ok.value_or(false);
    }

    void makeWizard()
    {
        m_wizard = new QWizard;
        m_wizard->addPage(new QWizardPage);
        m_page = new PodCidrAnnotationPage(m_cluster.state.get());
        m_page->setJournalDirectory(m_journal->path());
        m_wizard->addPage(m_page);
        m_wizard->addPage(new QWizardPage);
        // The table's model keeps the model contract through every re-plan and result.
        new QAbstractItemModelTester(
                model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_wizard);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QApplication::setActiveWindow(m_wizard);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_cluster.start());
        m_journal = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journal->isValid());
    }

    void cleanup()
    {
        delete m_wizard;
        m_wizard = nullptr;
        m_page = nullptr;
        m_cluster.stop();
        m_journal.reset();
    }

    void suggestsRangesForNodesWithout();
    void overlapIsShownInlineAndBlocksApply();
    void badRangesSayWhatToDo();
    void appliesBothAnnotations();
    void offersAndRestartsKubeRouter();
    void undoTakesBackTheRun();
    void forbiddenNamesThePermissionAndChangesNothing();
    void nodeDeletedMeanwhile();
    void everyNodeHasARange();
    void withoutConnection();
    void keyboardAndMnemonics();
    void retranslatesAtOnce();
};

void TestPodCidrAnnotationPage::suggestsRangesForNodesWithout()
{
    makeWizard();
    enterPage();
    QCOMPARE(column(NodeColumn), (QStringList {worker(0), worker(1), worker(2)}));
    QCOMPARE(column(RangeColumn),
             (QStringList {QStringLiteral("10.200.0.0/24"), QStringLiteral("10.200.1.0/24"),
                           QStringLiteral("10.200.2.0/24")}));
    QCOMPARE(column(CurrentColumn), QStringList(3, QStringLiteral("none")));
    QCOMPARE(column(ActionColumn), QStringList(3, QStringLiteral("+ set (suggested)")));
    QCOMPARE(find<QLabel>("totalsLabel")->text(), m_page->plan().summary());
    QVERIFY(find<QLabel>("totalsLabel")->text().contains(QLatin1String("3 to set")));
    QVERIFY(applyButton()->isEnabled());
    QVERIFY(m_page->isComplete());
    QVERIFY(next()->isEnabled());
    // Nothing was changed by looking.
    QVERIFY(!hasOurAnnotations(worker(0)));

    // The commands are the table's, exactly.
    auto *commands = find<QPlainTextEdit>("commandsView");
    QVERIFY(!commands->isVisible());
    click(find<QCheckBox>("showCommandsToggle"));
    QVERIFY(commands->isVisible());
    QVERIFY(commands->toPlainText().contains(
            QStringLiteral("kubectl annotate node/worker-1.k8s.lan "
                           "\"kube-router.io/pod-cidr=10.200.1.0/24\" "
                           "\"kube-router.io/pod-cidrs=10.200.1.0/24\" --overwrite")));
    QCOMPARE(commands->toPlainText().count(QLatin1String("kubectl annotate")), 3);
    QVERIFY(!commands->toPlainText().contains(QLatin1String("delete pod")));
}

void TestPodCidrAnnotationPage::overlapIsShownInlineAndBlocksApply()
{
    makeWizard();
    enterPage();
    // worker-0 was offered 10.200.0.0/24: asking it for worker-1 too is an overlap.
    typeRange(1, QStringLiteral("10.200.0.0/23"));
    QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.0.0/23"));
    QCOMPARE(cell(1, ActionColumn), QStringLiteral("✖ invalid"));
    QVERIFY2(cell(1, MessageColumn).contains(worker(0)), qPrintable(cell(1, MessageColumn)));
    QVERIFY(cell(1, MessageColumn).contains(QLatin1String("overlaps")));
    // The other rows keep what they were offered.
    QCOMPARE(cell(0, RangeColumn), QStringLiteral("10.200.0.0/24"));
    QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.2.0/24"));
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY2(hint().contains(QLatin1String("Apply is off")), qPrintable(hint()));
    QVERIFY(hint().contains(worker(0)));
    QVERIFY(m_page->isComplete()); // the step stays optional

    typeRange(1, QStringLiteral("10.200.7.0/24"));
    QCOMPARE(cell(1, ActionColumn), QStringLiteral("+ set"));
    QVERIFY(cell(1, MessageColumn).isEmpty());
    QVERIFY(applyButton()->isEnabled());
    QVERIFY(hint().contains(QLatin1String("3 node(s)"))
            || hint().contains(QLatin1String("3 nodes")));
    QVERIFY(find<QPlainTextEdit>("commandsView")
                    ->toPlainText()
                    .contains(QLatin1String("pod-cidr=10.200.7.0/24")));

    // Clearing the cell goes back to the suggestion.
    typeRange(1, QString());
    QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.1.0/24"));
    QCOMPARE(cell(1, ActionColumn), QStringLiteral("+ set (suggested)"));
}

void TestPodCidrAnnotationPage::badRangesSayWhatToDo()
{
    makeWizard();
    enterPage();
    auto *fix = find<QPushButton>("useCorrectionButton");
    QVERIFY(!fix->isVisible());

    typeRange(2, QStringLiteral("10.200.3.1/24"));
    QCOMPARE(cell(2, ActionColumn), QStringLiteral("✖ invalid"));
    QVERIFY(cell(2, MessageColumn).contains(QLatin1String("host bits")));
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("&Use 10.200.3.0/24 for worker-2.k8s.lan"));
    click(fix);
    QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.3.0/24"));
    QCOMPARE(cell(2, ActionColumn), QStringLiteral("+ set"));
    QVERIFY(!fix->isVisible());
    QVERIFY(applyButton()->isEnabled());

    const struct
    {
        QString text;
        QString says;
    } cases[] = {
            {QStringLiteral("banana"), QStringLiteral("not a network in CIDR notation")},
            {QStringLiteral("10.99.0.0/24"), QStringLiteral("not inside the cluster CIDR")},
            {QStringLiteral("fd00::/64"), QStringLiteral("IPv6")},
    };
    for (const auto &bad : cases) {
        typeRange(0, bad.text);
        QCOMPARE(cell(0, ActionColumn), QStringLiteral("✖ invalid"));
        QVERIFY2(cell(0, MessageColumn).contains(bad.says), qPrintable(cell(0, MessageColumn)));
        QVERIFY(!applyButton()->isEnabled());
        QVERIFY(hint().contains(bad.says));
    }
    QVERIFY(!fix->isVisible());
}

void TestPodCidrAnnotationPage::appliesBothAnnotations()
{
    makeWizard();
    enterPage();
    typeRange(2, QStringLiteral("10.200.9.0/24"));
    applyAndWait();
    const QStringList expected {QStringLiteral("10.200.0.0/24"), QStringLiteral("10.200.1.0/24"),
                                QStringLiteral("10.200.9.0/24")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject values = annotations(worker(i));
        QCOMPARE(values.value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
                 expected.at(i));
        QCOMPARE(values.value(QStringLiteral("kube-router.io/pod-cidrs")).toString(),
                 expected.at(i));
    }
    QVERIFY(!table()->isColumnHidden(ResultColumn));
    QCOMPARE(column(ResultColumn), QStringList(3, QStringLiteral("✔ annotated")));
    // Read again after the run: the nodes now hold their ranges.
    QCOMPARE(column(ActionColumn), QStringList(3, QStringLiteral("= unchanged")));
    QCOMPARE(cell(2, CurrentColumn), QStringLiteral("10.200.9.0/24 (annotation)"));
    QVERIFY(log().contains(QLatin1String("node/worker-0.k8s.lan annotated (10.200.0.0/24)")));
    QVERIFY2(status().startsWith(QStringLiteral("✔")), qPrintable(status()));
    QVERIFY(!applyButton()->isEnabled()); // nothing left to set
    // No kube-router yet: nothing to restart. The run can be undone.
    QVERIFY(!find<QWidget>("restartBox")->isVisible());
    QVERIFY(find<QWidget>("undoBox")->isVisible());
    QVERIFY(!QDir(m_journal->path()).entryList(QDir::Files).isEmpty());
    // The step is done: Next goes on.
    click(next());
    QVERIFY(m_wizard->currentPage() != m_page);
}

void TestPodCidrAnnotationPage::offersAndRestartsKubeRouter()
{
    QVERIFY(m_cluster.applyWithEngine(
            KubeApplyTestCluster::render(KubeApplyTestCluster::server())));
    // Without a range, kube-router crash-loops on every node.
    QTRY_COMPARE_WITH_TIMEOUT(kubeRouterPods().size(), 3, 10000);
    const QList<QJsonObject> before = kubeRouterPods();
    QVERIFY(std::none_of(before.cbegin(), before.cend(), isReady));
    QStringList oldNames;
    for (const QJsonObject &pod : std::as_const(before))
        oldNames << pod.value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();

    makeWizard();
    enterPage();
    click(find<QCheckBox>("showCommandsToggle"));
    QCOMPARE(find<QPlainTextEdit>("commandsView")
                     ->toPlainText()
                     .count(QLatin1String("kubectl -n kube-system delete pod kube-router-")),
             3);
    applyAndWait();
    auto *restartButton = find<QPushButton>("restartButton");
    QVERIFY(find<QWidget>("restartBox")->isVisible());
    const QString offer = find<QLabel>("restartText")->text();
    QVERIFY2(offer.contains(QLatin1String("only when it starts")), qPrintable(offer));
    for (int i = 0; i < 3; ++i)
        QVERIFY(offer.contains(worker(i)));
    // Annotations alone do not help the pods already crashing (until their next restart).
    const QList<QJsonObject> crashing = kubeRouterPods();
    QVERIFY(std::none_of(crashing.cbegin(), crashing.cend(), isReady));

    click(restartButton);
    QVERIFY(!m_page->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QVERIFY(m_page->isComplete());
    QCOMPARE(column(ResultColumn),
             QStringList(3, QStringLiteral("✔ annotated, kube-router restarted")));
    QVERIFY(log().contains(QLatin1String("deleted; the DaemonSet starts a new one")));
    QVERIFY(find<QLabel>("restartText")->text().startsWith(QStringLiteral("✔")));
    QVERIFY(!restartButton->isEnabled());
    // New pods, and they find their ranges this time.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<QJsonObject> pods = kubeRouterPods();
                if (pods.size() != 3)
                    return false;
                for (const QJsonObject &pod : pods) {
                    const QString name = pod.value(QStringLiteral("metadata"))
                                                 .toObject()
                                                 .value(QStringLiteral("name"))
                                                 .toString();
                    if (oldNames.contains(name) || !isReady(pod))
                        return false;
                }
                return true;
            }(),
            20000);
}

void TestPodCidrAnnotationPage::undoTakesBackTheRun()
{
    // worker-1 carries an unrelated annotation that must survive.
    QVERIFY(mergePatch(worker(1), {{QStringLiteral("example.com/keep"), QStringLiteral("yes")}}));
    makeWizard();
    enterPage();
    applyAndWait();
    // Someone else sets worker-2's range by hand after the run.
    QVERIFY(mergePatch(
            worker(2),
            {{QStringLiteral("kube-router.io/pod-cidr"), QStringLiteral("10.200.50.0/24")}}));

    auto *undo = find<QPushButton>("undoButton");
    click(undo);
    auto *preview = find<QPlainTextEdit>("undoPreview");
    QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), 10000);
    const QString lines = preview->toPlainText();
    QVERIFY2(lines.contains(QLatin1String("node/worker-0.k8s.lan: remove "
                                          "kube-router.io/pod-cidr=10.200.0.0/24")),
             qPrintable(lines));
    QVERIFY(lines.contains(QLatin1String("node/worker-2.k8s.lan: changed since")));
    QVERIFY(find<QLabel>("undoStatus")->text().contains(QLatin1String("Nothing has been changed")));
    // Nothing is taken back before the user confirms; the table waits meanwhile.
    QVERIFY(hasOurAnnotations(worker(0)));
    QVERIFY(!(model()->flags(model()->index(0, RangeColumn)) & Qt::ItemIsEditable));

    click(find<QPushButton>("confirmUndoButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReading(), 20000);
    QVERIFY(!hasOurAnnotations(worker(0)));
    QVERIFY(!hasOurAnnotations(worker(1)));
    QCOMPARE(annotations(worker(1)).value(QStringLiteral("example.com/keep")).toString(),
             QStringLiteral("yes"));
    QCOMPARE(annotations(worker(2)).value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
             QStringLiteral("10.200.50.0/24"));
    QCOMPARE(cell(0, ResultColumn), QStringLiteral("✔ taken back"));
    QCOMPARE(cell(2, ResultColumn), QStringLiteral("left alone: changed since"));
    QVERIFY2(status().startsWith(QStringLiteral("✔ Undone")), qPrintable(status()));
    QVERIFY(!undo->isEnabled()); // nothing of that run is left
    // The nodes without a range are offered one again.
    QCOMPARE(cell(0, ActionColumn), QStringLiteral("+ set (suggested)"));
}

void TestPodCidrAnnotationPage::forbiddenNamesThePermissionAndChangesNothing()
{
    makeWizard();
    enterPage();
    typeRange(2, QStringLiteral("10.200.9.0/24"));
    m_cluster.sim->faults().failNext("PATCH", QStringLiteral("/api/v1/nodes/*"), 1, 403);
    applyAndWait();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!hasOurAnnotations(worker(i)));
    QCOMPARE(cell(0, ResultColumn), QStringLiteral("✖ failed"));
    QCOMPARE(cell(1, ResultColumn), QStringLiteral("✖ not tried"));
    QCOMPARE(cell(0, MessageColumn), PodCidrPatchJob::forbiddenMessage());
    const QString error = find<QLabel>("errorLabel")->text();
    QVERIFY2(error.contains(QLatin1String("\"patch\" \"nodes\"")), qPrintable(error));
    QVERIFY(status().startsWith(QStringLiteral("✖")));
    // The technical detail is one click away.
    auto *details = find<QPushButton>("errorDetailsButton");
    click(details);
    QVERIFY(find<QPlainTextEdit>("errorDetails")->toPlainText().contains(QLatin1String("403")));
    QVERIFY(model()->index(0, MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("403")));
    // What the user typed is still there, and nothing offers a restart or an undo.
    QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.9.0/24"));
    QVERIFY(!find<QWidget>("restartBox")->isVisible());
    QVERIFY(!find<QWidget>("undoBox")->isVisible());
    QVERIFY(applyButton()->isEnabled()); // try again once the permission is granted
}

void TestPodCidrAnnotationPage::nodeDeletedMeanwhile()
{
    makeWizard();
    enterPage();
    QVERIFY(m_cluster.sim->cluster().removeNode(worker(1)));
    applyAndWait();
    QCOMPARE(annotations(worker(0)).value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
             QStringLiteral("10.200.0.0/24"));
    QCOMPARE(annotations(worker(2)).value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
             QStringLiteral("10.200.2.0/24"));
    // The re-read after the run drops the gone node's row.
    QCOMPARE(column(NodeColumn), (QStringList {worker(0), worker(2)}));
    QVERIFY(log().contains(QLatin1String("node/worker-1.k8s.lan failed")));
    QVERIFY(find<QLabel>("errorLabel")->text().contains(QLatin1String("no longer exists")));
}

void TestPodCidrAnnotationPage::everyNodeHasARange()
{
    m_cluster.setPodRanges();
    makeWizard();
    enterPage();
    QVERIFY2(status().contains(QLatin1String("Every node already has a pod range")),
             qPrintable(status()));
    QCOMPARE(column(ActionColumn), QStringList(3, QStringLiteral("skip")));
    QCOMPARE(cell(0, CurrentColumn), QStringLiteral("10.200.0.0/24 (spec.podCIDR)"));
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY(next()->isEnabled());
    click(next());
    QVERIFY(m_wizard->currentPage() != m_page);
}

void TestPodCidrAnnotationPage::withoutConnection()
{
    m_cluster.state->kube()->clearConnection();
    makeWizard();
    click(next());
    QCOMPARE(m_wizard->currentPage(), m_page);
    QVERIFY(!m_page->isReading());
    QVERIFY2(status().contains(QLatin1String("no connection")), qPrintable(status()));
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY(next()->isEnabled());
}

void TestPodCidrAnnotationPage::keyboardAndMnemonics()
{
    makeWizard();
    enterPage();
    // Every mnemonic on the page, and the wizard's own buttons, is unique.
    QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::FinishButton})
        widgets << m_wizard->button(which);
    QHash<QChar, QString> seen;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    for (QWidget *widget : std::as_const(widgets)) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        QVERIFY2(!seen.contains(key),
                 qPrintable(QStringLiteral("%1 and %2 share &%3").arg(seen.value(key), text, key)));
        seen.insert(key, text);
    }
    QVERIFY(seen.size() >= 10);

    // Alt+P goes to the table; Tab leaves it for the next control, not the next cell.
    QTest::keyClick(m_wizard, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Tab);
    QVERIFY(!table()->hasFocus());
    QCOMPARE(QApplication::focusWidget(), find<QCheckBox>("showCommandsToggle"));

    // F2 on a row edits its range, wherever the cursor was.
    table()->setFocus();
    table()->setCurrentIndex(model()->index(1, NodeColumn));
    QTest::keyClick(table(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("10.200.1.0/24"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.1.0/24"));
    // Enter on the table never presses Next.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentPage(), m_page);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // Alt+A applies.
    QTest::keyClick(m_wizard, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
            annotations(worker(1)).value(QStringLiteral("kube-router.io/pod-cidr")).toString(),
            QStringLiteral("10.200.1.0/24"), 10000);
}

void TestPodCidrAnnotationPage::retranslatesAtOnce()
{
    LanguageManager languages;
    makeWizard();
    enterPage();
    typeRange(1, QStringLiteral("10.200.0.0/24"));
    QLabel *tableLabel = nullptr;
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy() == table())
            tableLabel = label;
    }
    QVERIFY(tableLabel);
    const QString english = tableLabel->text();
    const QString title = m_page->title();
    // Stale words everywhere; the language change must put them back at once.
    tableLabel->setText(QStringLiteral("stale"));
    applyButton()->setText(QStringLiteral("stale"));
    m_page->setTitle(QStringLiteral("stale"));
    QVERIFY(languages.setLanguage(QStringLiteral("ko")));
    QTRY_VERIFY(tableLabel->text() != QLatin1String("stale"));
    QTRY_VERIFY(applyButton()->text() != QLatin1String("stale"));
    QTRY_VERIFY(m_page->title() != QLatin1String("stale"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(tableLabel->text(), english);
    QTRY_COMPARE(m_page->title(), title);
    QTRY_COMPARE(applyButton()->text(), QStringLiteral("&Apply annotations"));
    // What was typed and its verdict survive the switches.
    QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.0.0/24"));
    QCOMPARE(cell(1, ActionColumn), QStringLiteral("✖ invalid"));
    QVERIFY(!applyButton()->isEnabled());
}

QTEST_MAIN(TestPodCidrAnnotationPage)
#include "tst_podcidrannotationpage.moc"
