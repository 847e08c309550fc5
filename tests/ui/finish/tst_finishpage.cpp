// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The Finish page, offscreen: the outcome, saving the report (through the button's dialog and
// directly), exporting the commands, the undo preview, and both languages.

#include "../../app/report/SampleRunRecord.h"

#include "SetupState.h"
#include "i18n/LanguageManager.h"
#include "pages/finish/FinishPage.h"
#include "pages/finish/FinishUndoBox.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace podnet;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestFinishPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheOutcome();
    void savesReportThroughTheButton();
    void savesHtmlAndMarkdownBySuffix();
    void exportsAnExecutableScript();
    void buttonsHaveNamesAndMnemonics();
    void undoPreviewSaysWhatCannotBeRead();
    void bothLanguages();

private:
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SetupState> m_state;
    std::unique_ptr<FinishPage> m_page;
    QTemporaryDir m_dir;
};

void TestFinishPage::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_state = std::make_unique<SetupState>(m_network.get());
    m_page = std::make_unique<FinishPage>(m_state.get());
    m_page->setRecord(test::sampleRunRecord());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFinishPage::cleanup()
{
    m_page.reset();
    m_state.reset();
    m_network.reset();
}

void TestFinishPage::showsTheOutcome()
{
    const auto *outcome = m_page->findChild<QLabel *>(QStringLiteral("outcome"));
    QVERIFY(outcome);
    QVERIFY(outcome->text().contains(QLatin1String("stopped at \"Nodes Ready\"")));
    const auto *steps = m_page->findChild<QPlainTextEdit *>(QStringLiteral("steps"));
    QVERIFY(steps->toPlainText().contains(
            QStringLiteral("Allowed address pairs: Done (2.5 s) — 2 ports changed")));
    QVERIFY(steps->toPlainText().contains(QLatin1String("stayed NotReady")));

    SetupRunRecord ok = test::sampleRunRecord();
    ok.steps[3].state = SetupStepState::Done;
    ok.steps[3].message.clear();
    ok.allReady = true;
    m_page->setRecord(ok);
    QVERIFY(outcome->text().contains(QLatin1String("every node is Ready")));
}

void TestFinishPage::savesReportThroughTheButton()
{
    const QString path = m_dir.filePath(QStringLiteral("via-dialog.md"));
    button("saveReport")->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>()) && dialog->isVisible());
    dialog->selectFile(path);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY(readText(path).startsWith(QLatin1String("# PodNet Wizard run report")));
    const auto *status = m_page->findChild<QLabel *>(QStringLiteral("finishStatus"));
    QVERIFY(status->text().contains(path));
}

void TestFinishPage::savesHtmlAndMarkdownBySuffix()
{
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const QString md = m_dir.filePath(QStringLiteral("report.md"));
    QVERIFY(m_page->saveReportTo(html));
    QVERIFY(m_page->saveReportTo(md));
    QVERIFY(readText(html).startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(readText(html).contains(QLatin1String("<td>worker-2.k8s.lan</td>")));
    QVERIFY(readText(md).contains(QLatin1String("| worker-2.k8s.lan | NotReady |")));
    // A folder that does not exist: the page says so and nothing is written.
    const QString bad = m_dir.filePath(QStringLiteral("no/such/report.md"));
    QVERIFY(!m_page->saveReportTo(bad));
    const auto *status = m_page->findChild<QLabel *>(QStringLiteral("finishStatus"));
    QVERIFY(status->text().contains(QLatin1String("Choose a folder")));
}

void TestFinishPage::exportsAnExecutableScript()
{
    const QString path = m_dir.filePath(QStringLiteral("run.sh"));
    QVERIFY(m_page->exportCommandsTo(path));
    QVERIFY(QFile::permissions(path) & QFile::ExeOwner);
    const QString script = readText(path);
    QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash\n")));
    QVERIFY(script.contains(QLatin1String("openstack port set --allowed-address")));
}

void TestFinishPage::buttonsHaveNamesAndMnemonics()
{
    for (const char *name : {"saveReport", "exportCommands", "undoRun"}) {
        QPushButton *b = button(name);
        QVERIFY(b);
        QVERIFY(b->text().contains(QLatin1Char('&')));
        QVERIFY(!b->accessibleName().isEmpty());
        QVERIFY(b->isEnabled());
    }
    QCOMPARE(button("saveReport")->accessibleName(), QStringLiteral("Save report"));
}

void TestFinishPage::undoPreviewSaysWhatCannotBeRead()
{
    // The sample's journals are not in this (empty) folder: the preview says so and the undo
    // cannot start.
    m_page->undoBox()->setJournalDirectories(m_dir.path(), m_dir.path());
    QVERIFY(!m_page->undoBox()->isVisible());
    button("undoRun")->click();
    QVERIFY(m_page->undoBox()->isVisible());
    auto *preview = m_page->findChild<QPlainTextEdit *>(QStringLiteral("undoPreview"));
    QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("cannot be read")));
    QVERIFY(preview->toPlainText().contains(QLatin1String("kept")));
    QVERIFY(!button("undoNow")->isEnabled());
    const auto *status = m_page->findChild<QLabel *>(QStringLiteral("undoStatus"));
    QVERIFY(status->text().contains(QLatin1String("could not be read")));
}

void TestFinishPage::bothLanguages()
{
    LanguageManager languages;
    QPushButton *save = button("saveReport");
    const QString english = save->text();
    QCOMPARE(english, QStringLiteral("&Save report…"));
    QVERIFY(languages.setLanguage(QStringLiteral("ko")));
    QTRY_VERIFY(save->text() != english);
    QVERIFY(save->text().contains(QLatin1Char('&')));
    const QString html = m_dir.filePath(QStringLiteral("ko.html"));
    QVERIFY(m_page->saveReportTo(html));
    QVERIFY(readText(html).contains(QLatin1String("<html lang=\"ko\">")));
    QVERIFY(!readText(html).contains(QLatin1String("<h2>Settings</h2>")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(save->text(), english);
    QCOMPARE(m_page->title(), QStringLiteral("Finished"));
}

QTEST_MAIN(TestFinishPage)
#include "tst_finishpage.moc"
