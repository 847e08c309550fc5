// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The preview's pod-range panel against the Kubernetes simulator, driven offscreen with the
// keyboard and mouse as a person would: suggestions, inline validation with what to do, the
// one-click correction, every node already ranged, no connection, mnemonics and a language
// switch. Sending the plan is the apply page's (see tst_setuprun and tst_setupapplypage).

#include "KubeApplyTestCluster.h"
#include "i18n/LanguageManager.h"
#include "pages/annotations/PodRangePanel.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace podnet;
using namespace podnet::test;

namespace {

// The table's columns, as the panel shows them.
enum Column { NodeColumn, CurrentColumn, RangeColumn, ActionColumn, ResultColumn, MessageColumn };

QString worker(int i)
{
    return QStringLiteral("worker-%1.k8s.lan").arg(i);
}

} // namespace

class TestPodRangePanel : public QObject
{
    Q_OBJECT

private:
    KubeApplyTestCluster m_cluster;
    std::unique_ptr<QWidget> m_window;
    PodRangePanel *m_panel = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_panel->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QTableView *table() { return find<QTableView>("podCidrTable"); }
    QAbstractItemModel *model() { return table()->model(); }
    QString status() { return find<QLabel>("statusLabel")->text(); }
    QString totals() { return find<QLabel>("podRangeTotals")->text(); }
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

    // The panel in a window of its own, reading the nodes at once (as the preview does).
    void open()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_panel = new PodRangePanel(m_cluster.state.get(), m_window.get());
        layout->addWidget(m_panel);
        // The table's model keeps the model contract through every re-plan.
        new QAbstractItemModelTester(
                model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isReading(), 20000);
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

    bool hasOurAnnotations(const QString &name)
    {
        KubeReply *reply = m_cluster.state->kube()->client()->getObject(
                QStringLiteral("/api/v1/nodes/") + name);
        std::optional<QJsonObject> node;
        connect(reply, &KubeReply::finished, this, [&, reply] { node = reply->object(); });
        if (!QTest::qWaitFor([&] { return node.has_value(); }, 10000))
            qWarning("GET node %s got no answer", qPrintable(name));
        const QJsonObject values = node.value_or(QJsonObject())
                                           .value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("annotations"))
                                           .toObject();
        return values.contains(QStringLiteral("kube-router.io/pod-cidr"))
                || values.contains(QStringLiteral("kube-router.io/pod-cidrs"));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_cluster.start()); }

    void cleanup()
    {
        m_window.reset();
        m_panel = nullptr;
        m_cluster.stop();
    }

    void suggestsRangesForNodesWithout()
    {
        open();
        QCOMPARE(column(NodeColumn), (QStringList {worker(0), worker(1), worker(2)}));
        QCOMPARE(column(RangeColumn),
                 (QStringList {QStringLiteral("10.200.0.0/24"), QStringLiteral("10.200.1.0/24"),
                               QStringLiteral("10.200.2.0/24")}));
        QCOMPARE(column(CurrentColumn), QStringList(3, QStringLiteral("none")));
        QCOMPARE(column(ActionColumn), QStringList(3, QStringLiteral("+ set (suggested)")));
        QCOMPARE(totals(), m_panel->plan().summary());
        QVERIFY2(totals().contains(QLatin1String("3 to set")), qPrintable(totals()));
        QVERIFY(m_panel->isReady());
        QVERIFY2(status().contains(QLatin1String("crash-loop")), qPrintable(status()));
        // Looking changes nothing.
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
    }

    void overlapIsShownInlineAndBlocks()
    {
        open();
        QSignalSpy changed(m_panel, &PodRangePanel::readyChanged);
        // worker-0 was offered 10.200.0.0/24: asking it for worker-1 too is an overlap.
        typeRange(1, QStringLiteral("10.200.0.0/23"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.0.0/23"));
        QCOMPARE(cell(1, ActionColumn), QStringLiteral("✖ invalid"));
        QVERIFY2(cell(1, MessageColumn).contains(worker(0)), qPrintable(cell(1, MessageColumn)));
        QVERIFY(cell(1, MessageColumn).contains(QLatin1String("overlaps")));
        // The other rows keep what they were offered.
        QCOMPARE(cell(0, RangeColumn), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.2.0/24"));
        QVERIFY(!m_panel->isReady());
        QVERIFY(!m_panel->plan().isApplicable());

        typeRange(1, QStringLiteral("10.200.7.0/24"));
        QCOMPARE(cell(1, ActionColumn), QStringLiteral("+ set"));
        QVERIFY(cell(1, MessageColumn).isEmpty());
        QVERIFY(m_panel->isReady());
        QVERIFY(find<QPlainTextEdit>("commandsView")
                        ->toPlainText()
                        .contains(QLatin1String("pod-cidr=10.200.7.0/24")));

        // Clearing the cell goes back to the suggestion.
        typeRange(1, QString());
        QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.1.0/24"));
        QCOMPARE(cell(1, ActionColumn), QStringLiteral("+ set (suggested)"));
    }

    void badRangesSayWhatToDo()
    {
        open();
        auto *fix = find<QPushButton>("useCorrectionButton");
        QVERIFY(!fix->isVisible());

        typeRange(2, QStringLiteral("10.200.3.1/24"));
        QCOMPARE(cell(2, ActionColumn), QStringLiteral("✖ invalid"));
        QVERIFY(cell(2, MessageColumn).contains(QLatin1String("host bits")));
        QVERIFY(!m_panel->isReady());
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), QStringLiteral("&Use 10.200.3.0/24 for worker-2.k8s.lan"));
        click(fix);
        QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.3.0/24"));
        QCOMPARE(cell(2, ActionColumn), QStringLiteral("+ set"));
        QVERIFY(!fix->isVisible());
        QVERIFY(m_panel->isReady());

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
            QVERIFY(!m_panel->isReady());
        }
        QVERIFY(!fix->isVisible());
    }

    void typedRangesSurviveReadingAgain()
    {
        open();
        typeRange(2, QStringLiteral("10.200.9.0/24"));
        click(find<QPushButton>("readAgainButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isReading(), 20000);
        QCOMPARE(cell(2, RangeColumn), QStringLiteral("10.200.9.0/24"));
        QCOMPARE(cell(2, ActionColumn), QStringLiteral("+ set"));
        QVERIFY(m_panel->isReady());
    }

    void everyNodeHasARange()
    {
        m_cluster.setPodRanges();
        open();
        QVERIFY2(status().contains(QLatin1String("Every node already has a pod range")),
                 qPrintable(status()));
        QCOMPARE(column(ActionColumn), QStringList(3, QStringLiteral("skip")));
        QCOMPARE(cell(0, CurrentColumn), QStringLiteral("10.200.0.0/24 (spec.podCIDR)"));
        QVERIFY(m_panel->isReady());
        QCOMPARE(m_panel->plan().count(PodCidrAnnotationPlan::Action::Set), 0);
    }

    void withoutConnection()
    {
        m_cluster.state->kube()->clearConnection();
        open();
        QVERIFY(!m_panel->isReading());
        QVERIFY2(status().contains(QLatin1String("no connection")), qPrintable(status()));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!m_panel->isReady());
    }

    void keyboardAndMnemonics()
    {
        open();
        // Every mnemonic in the panel is unique.
        QHash<QChar, QString> seen;
        static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
        for (QWidget *widget : m_panel->findChildren<QWidget *>()) {
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            const QRegularExpressionMatch match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(
                    !seen.contains(key),
                    qPrintable(
                            QStringLiteral("%1 and %2 share &%3").arg(seen.value(key), text, key)));
            seen.insert(key, text);
        }
        QVERIFY(seen.size() >= 4);
        // Every control has an accessible name.
        QVERIFY(!table()->accessibleName().isEmpty());
        QVERIFY(!find<QPushButton>("readAgainButton")->accessibleName().isEmpty());
        QVERIFY(!find<QCheckBox>("showCommandsToggle")->accessibleName().isEmpty());

        // Alt+P goes to the table; Tab leaves it for the next control, not the next cell.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Tab);
        QVERIFY(!table()->hasFocus());
        QCOMPARE(QApplication::focusWidget(), find<QCheckBox>("showCommandsToggle"));

        // F2 on a row edits its range, wherever the cursor was; Escape keeps the value.
        table()->setFocus();
        table()->setCurrentIndex(model()->index(1, NodeColumn));
        QTest::keyClick(table(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("10.200.1.0/24"));
        QTest::keyClicks(editor, QStringLiteral("x"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.1.0/24"));
        QCOMPARE(cell(1, ActionColumn), QStringLiteral("+ set (suggested)"));
        // Alt+G reads again.
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isReading(), 20000);
        QCOMPARE(model()->rowCount(), 3);
    }

    void retranslatesAtOnce()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        open();
        typeRange(1, QStringLiteral("10.200.0.0/24"));
        QLabel *tableLabel = nullptr;
        for (QLabel *label : m_panel->findChildren<QLabel *>()) {
            if (label->buddy() == table())
                tableLabel = label;
        }
        QVERIFY(tableLabel);
        const QString english = tableLabel->text();
        auto *toggle = find<QCheckBox>("showCommandsToggle");
        // Stale words everywhere; the language change must put them back at once.
        tableLabel->setText(QStringLiteral("stale"));
        toggle->setText(QStringLiteral("stale"));
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        QTRY_VERIFY(tableLabel->text() != QLatin1String("stale"));
        QVERIFY(toggle->text() != QLatin1String("stale"));
        QVERIFY(toggle->text() != QLatin1String("Show co&mmands")); // Korean now
        tableLabel->setText(QStringLiteral("stale"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(tableLabel->text(), english);
        // Language changes reach the widgets as posted events: wait for the one that is seen.
        QTRY_COMPARE(toggle->text(), QStringLiteral("Show co&mmands"));
        // What was typed and its verdict survive the switches.
        QCOMPARE(cell(1, RangeColumn), QStringLiteral("10.200.0.0/24"));
        QCOMPARE(cell(1, ActionColumn), QStringLiteral("✖ invalid"));
        QVERIFY(!m_panel->isReady());
    }
};

QTEST_MAIN(TestPodRangePanel)
#include "tst_podrangepanel.moc"
