// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "LoopbackHttpServer.h"
#include "PodNetWizard.h"
#include "TestData.h"
#include "demo/DemoController.h"
#include "demo/DemoEnvironment.h"
#include "i18n/LanguageManager.h"
#include "manifest/ManifestRenderer.h"
#include "manifest/TemplateLoader.h"
#include "pages/apply/SetupApplyPage.h"
#include "sim/openstack/OpenStackSimulator.h"
#include "widgets/FieldFeedback.h"
#include "widgets/YamlHighlighter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace podnet;

namespace {

const QString apiServer = QStringLiteral("https://10.0.0.10:6443");

} // namespace

/// Drives the wizard offscreen as a person would: typing, clicking Next, choosing files, and
/// closing the window while a run goes on.
class TestPodNetWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    PodNetWizard *m_wizard = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    // With PODNET_SCREENSHOT_DIR set, every page the test reaches is saved as a PNG to look at.
    void snapshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PODNET_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_wizard->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QAbstractButton *next() { return m_wizard->button(QWizard::NextButton); }

    bool clickNext()
    {
        if (!next()->isVisible() || !next()->isEnabled())
            return false;
        QTest::mouseClick(next(), Qt::LeftButton);
        return true;
    }

    // From the welcome page to the network page, leaving both clouds out: these tests are about
    // the manifest; the cloud pages have tests of their own.
    bool skipToNetworkPage()
    {
        if (m_wizard->currentId() != PodNetWizard::WelcomePageId || !clickNext())
            return false;
        for (const char *skip : {"skipCheck", "kubeSkipCheck"}) {
            auto *box = m_wizard->currentPage()->findChild<QCheckBox *>(QLatin1String(skip));
            if (!box)
                return false;
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            if (!box->isChecked() || !clickNext())
                return false;
        }
        return m_wizard->currentId() == PodNetWizard::NetworkPageId;
    }

    // A person clicks on a radio button's label, not on the empty space beside it.
    static void choose(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }

    void retype(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    // Reaches the preview with the built-in template and the given network values.
    void walkToPreview()
    {
        QCOMPARE(m_wizard->currentId(), int(PodNetWizard::WelcomePageId));
        QVERIFY(skipToNetworkPage());
        QVERIFY(!next()->isEnabled());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(clickNext());
        QCOMPARE(m_wizard->currentId(), int(PodNetWizard::ManifestSourcePageId));
        QVERIFY(!next()->isEnabled());
        choose(find<QRadioButton>("builtInChoice"));
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(clickNext());
        QCOMPARE(m_wizard->currentId(), int(PodNetWizard::PlanPageId));
    }

    SetupApplyPage *applyPage()
    {
        return qobject_cast<SetupApplyPage *>(m_wizard->page(PodNetWizard::ApplyPageId));
    }

    // Demo mode (no delays) from the Welcome page to Apply, then Apply with slow ports, so that
    // the run is still going on when the window is closed.
    void startSlowDemoRun()
    {
        auto *demo = m_wizard->findChild<DemoController *>(QStringLiteral("demoController"));
        QVERIFY(demo);
        demo->setZeroDelays(true);
        applyPage()->setJournalDirectory(m_dir.filePath(QStringLiteral("journals")));
        choose(find<QRadioButton>("demoChoice"));
        QTRY_COMPARE_WITH_TIMEOUT(demo->status(), DemoController::Status::Ready, 20000);
        while (m_wizard->currentId() != PodNetWizard::ApplyPageId) {
            const int before = m_wizard->currentId();
            auto *acknowledge = m_wizard->currentPage()->findChild<QCheckBox *>(
                    QStringLiteral("acknowledgeCheck"));
            QVERIFY2(QTest::qWaitFor(
                             [&] {
                                 return next()->isEnabled()
                                         || (acknowledge && acknowledge->isVisible()
                                             && acknowledge->isEnabled());
                             },
                             30000),
                     qPrintable(QStringLiteral("Next stays off on page %1").arg(before)));
            if (!next()->isEnabled()) {
                qWarning("pre-flight findings: %s",
                         qPrintable(find<QLabel>("preflightStatus")->text()));
                QTest::mouseClick(acknowledge, Qt::LeftButton, {},
                                  QPoint(8, acknowledge->height() / 2));
            }
            QVERIFY2(clickNext(), qPrintable(QStringLiteral("Next is off on page %1").arg(before)));
            QVERIFY(m_wizard->currentId() != before);
        }
        demo->environment()->openStack()->delayNext("PUT", QStringLiteral("/network/v2.0/ports/.*"),
                                                    std::chrono::milliseconds(800), 10);
        QTest::mouseClick(find<QPushButton>("applyButton"), Qt::LeftButton);
        QVERIFY(applyPage()->isRunning());
    }

    QMessageBox *closeQuestion()
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>(
                                 QStringLiteral("closeDuringRunQuestion")))
                        && box->isVisible());
        }();
        return box;
    }

    QString pathInDialog(const char *dialogName, const QString &path)
    {
        QFileDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog *>(QLatin1String(dialogName))));
        }();
        if (!dialog)
            return {};
        auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!fileName)
            return {};
        // Typed character by character, a path makes the dialog wander through folders;
        // people paste it.
        QGuiApplication::clipboard()->setText(path);
        fileName->setFocus();
        fileName->selectAll();
        QTest::keyClick(fileName, Qt::Key_V, Qt::ControlModifier);
        // The accept button (Open or Save), as a person would press it after typing.
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        if (!buttons)
            return {};
        QPushButton *accept = buttons->button(dialog->acceptMode() == QFileDialog::AcceptSave
                                                      ? QDialogButtonBox::Save
                                                      : QDialogButtonBox::Open);
        if (!accept || !accept->isEnabled()) {
            qWarning() << "cannot accept the file dialog with" << fileName->text();
            return {};
        }
        QTest::mouseClick(accept, Qt::LeftButton);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        applyAppIdentity();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_languages = new LanguageManager;
        m_languages->setLanguage(QStringLiteral("en"));
        m_wizard = new PodNetWizard(m_languages,
                                    TemplateCache(m_dir.filePath(QStringLiteral("cache"))));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        delete m_wizard;
        delete m_languages;
        m_wizard = nullptr;
        m_languages = nullptr;
    }

    void badCidrIsShownFixedAndTheSavedFileIsWhatSedWouldWrite()
    {
        QVERIFY(skipToNetworkPage());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(next()->isEnabled());

        retype(find<QLineEdit>("clusterCidrEdit"), QStringLiteral("10.200.0.1/16"));
        auto *feedback = find<FieldFeedback>("clusterCidrFeedback");
        QVERIFY(feedback->isVisible());
        QVERIFY(feedback->text().contains(QStringLiteral("Did you mean 10.200.0.0/16?")));
        QVERIFY(!next()->isEnabled());
        snapshot(QStringLiteral("en-2-network"));
        retype(find<QLineEdit>("clusterCidrEdit"), QStringLiteral("10.200.0.0/16"));
        QVERIFY(!feedback->isVisible());

        QVERIFY(clickNext());
        QVERIFY(!next()->isEnabled());
        choose(find<QRadioButton>("builtInChoice"));
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("5 objects")));
        QVERIFY(clickNext());

        snapshot(QStringLiteral("en-4-preview"));
        const QString shown = find<QPlainTextEdit>("manifestView")->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("server: https://10.0.0.10:6443")));
        QVERIFY(shown.contains(QStringLiteral("clusterCIDR: \"10.200.0.0/16\"")));
        QVERIFY(!shown.contains(QStringLiteral("%APISERVER%")));
        auto *objects = find<QTreeWidget>("objectList");
        QCOMPARE(objects->topLevelItemCount(), 5);
        QCOMPARE(objects->topLevelItem(1)->text(0), QStringLiteral("DaemonSet"));
        QCOMPARE(objects->topLevelItem(3)->text(0), QStringLiteral("ClusterRole"));
        QCOMPARE(objects->topLevelItem(3)->text(2), QStringLiteral("kube-system"));

        // The unpinned image is reported on the preview.
        auto *findings = find<QListWidget>("findingsList");
        QVERIFY(findings->count() >= 1);
        QVERIFY(findings->item(0)->text().contains(QStringLiteral("not pinned")));

        const QString target = m_dir.filePath(QStringLiteral("kube-router.yaml"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QCOMPARE(pathInDialog("saveManifestDialog", target), target);
        QTRY_VERIFY2(find<QLabel>("saveStatus")->text().contains(QStringLiteral("Saved")),
                     qPrintable(find<QLabel>("saveStatus")->text()));
        const QByteArray expected = ManifestRenderer::substitute(
                TemplateLoader::builtIn().text, apiServer, QStringLiteral("10.200.0.0/16"));
        QCOMPARE(test::readAll(target), expected);

        QTest::mouseClick(find<QPushButton>("copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), expected);
        QVERIFY(find<QLabel>("saveStatus")->text().contains(QStringLiteral("Copied")));
    }

    void substitutedValuesAreHighlighted()
    {
        walkToPreview();
        auto *view = find<QPlainTextEdit>("manifestView");
        const QString text = view->toPlainText();
        const int at = static_cast<int>(text.indexOf(apiServer));
        QVERIFY(at > 0);
        // The preview opens where the first value went in.
        QCOMPARE(view->textCursor().block().text().trimmed(),
                 QStringLiteral("clusterCIDR: \"10.200.0.0/16\""));
        const QTextBlock block = view->document()->findBlock(at);
        const int column = at - block.position();
        bool highlighted = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start == column && range.length == apiServer.size())
                highlighted
                        = range.format.background() == YamlHighlighter::valueFormat().background();
        }
        QVERIFY2(highlighted, "the API server URL is not marked as a substituted value");
    }

    void pinningTheImageRewritesBothContainers()
    {
        QVERIFY(skipToNetworkPage());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(clickNext());
        choose(find<QRadioButton>("builtInChoice"));
        QTRY_VERIFY(next()->isEnabled());
        auto *pin = find<QCheckBox>("pinCheck");
        pin->click();
        QVERIFY(!next()->isEnabled()); // pinning on, no tag yet
        QTest::keyClicks(find<QLineEdit>("tagEdit"), QStringLiteral("v2 11"));
        QVERIFY(find<FieldFeedback>("tagFeedback")->isVisible());
        QVERIFY(!next()->isEnabled());
        retype(find<QLineEdit>("tagEdit"), QStringLiteral("v2.11.1"));
        QVERIFY(next()->isEnabled());
        QVERIFY(clickNext());
        const QString shown = find<QPlainTextEdit>("manifestView")->toPlainText();
        QCOMPARE(
                shown.count(QStringLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1")),
                2);
        auto *findings = find<QListWidget>("findingsList");
        for (int i = 0; i < findings->count(); ++i)
            QVERIFY(!findings->item(i)->text().contains(QStringLiteral("not pinned")));
    }

    void aBrokenLocalTemplateIsExplainedAndBlocksNext()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.yaml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: %OTHER%\n");
        }
        QVERIFY(skipToNetworkPage());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(clickNext());
        choose(find<QRadioButton>("fileChoice"));
        QTest::mouseClick(find<QPushButton>("browseButton"), Qt::LeftButton);
        QCOMPARE(pathInDialog("templateFileDialog", path), path);
        QTRY_VERIFY2(find<QLabel>("templateStatus")->text().contains(QStringLiteral("%OTHER%")),
                     qPrintable(find<QLabel>("templateStatus")->text()));
        QVERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("Line 6")));
        QVERIFY(!next()->isEnabled());

        // Choosing a good file instead unblocks the page.
        retype(find<QLineEdit>("pathEdit"), test::builtInTemplatePath());
        QTest::keyClick(find<QLineEdit>("pathEdit"), Qt::Key_Return);
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("templateStatus")->text().contains(test::builtInTemplatePath()));
    }

    void aMissingLocalFileSaysSo()
    {
        QVERIFY(skipToNetworkPage());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(clickNext());
        choose(find<QRadioButton>("fileChoice"));
        QTest::keyClicks(find<QLineEdit>("pathEdit"),
                         m_dir.filePath(QStringLiteral("absent.yaml")));
        QTest::keyClick(find<QLineEdit>("pathEdit"), Qt::Key_Return);
        QTRY_VERIFY(
                find<QLabel>("templateStatus")->text().contains(QStringLiteral("does not exist")));
        QVERIFY(!next()->isEnabled());
        QVERIFY(find<QPushButton>("useBuiltInButton")->isVisible());
        QTest::mouseClick(find<QPushButton>("useBuiltInButton"), Qt::LeftButton);
        QTRY_VERIFY(next()->isEnabled());
    }

    void aFailedDownloadOffersTheSavedCopyAndTheBuiltInTemplate()
    {
        test::LoopbackHttpServer server;
        QVERIFY(server.isListening());
        server.route(QStringLiteral("/kube-router.yaml"), 200, TemplateLoader::builtIn().text);
        const QString address = server.url(QStringLiteral("/kube-router.yaml")).toString();

        QVERIFY(skipToNetworkPage());
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), apiServer);
        QVERIFY(clickNext());
        QVERIFY(find<QRadioButton>("downloadChoice")->isChecked());
        QVERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("Press Download")));
        retype(find<QLineEdit>("urlEdit"), address);
        QTest::mouseClick(find<QPushButton>("downloadButton"), Qt::LeftButton);
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("templateStatus")
                        ->text()
                        .contains(QStringLiteral("Downloaded from ") + address));
        QCOMPARE(server.requestCount(QStringLiteral("/kube-router.yaml")), 1);

        // The server now fails: the page says why and offers both ways out.
        server.route(QStringLiteral("/kube-router.yaml"), 404, "gone");
        QTest::mouseClick(find<QPushButton>("downloadButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("404")));
        QVERIFY(!next()->isEnabled());
        snapshot(QStringLiteral("en-3-download-failed"));
        auto *savedCopy = find<QPushButton>("useSavedCopyButton");
        QVERIFY(savedCopy->isVisible());
        QVERIFY(find<QPushButton>("useBuiltInButton")->isVisible());
        QTest::mouseClick(savedCopy, Qt::LeftButton);
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("Saved copy of ")));
        QVERIFY(clickNext());
        QVERIFY(find<QPlainTextEdit>("manifestView")
                        ->toPlainText()
                        .contains(QStringLiteral("server: https://10.0.0.10:6443")));
    }

    void switchingToKoreanRetranslatesEverythingAtOnce()
    {
        auto *language = find<QComboBox>("languageCombo");
        QCOMPARE(next()->text(), QStringLiteral("&Next >"));
        const QString englishTitle = m_wizard->currentPage()->title();

        language->setFocus();
        language->setCurrentIndex(language->findData(QStringLiteral("ko")));
        QCOMPARE(m_languages->current(), QStringLiteral("ko"));
        QTRY_COMPARE(m_wizard->currentPage()->title(), QStringLiteral("파드 네트워크 라우팅"));
        QVERIFY(m_wizard->currentPage()->title() != englishTitle);
        QCOMPARE(next()->text(), QStringLiteral("다음(&N) >"));
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("PodNet 마법사"));
        snapshot(QStringLiteral("ko-1-welcome"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
        QCOMPARE(LanguageManager::rememberedOrSystem(), QStringLiteral("ko"));

        // The next pages are Korean too, errors included.
        QVERIFY(skipToNetworkPage());
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("클러스터 네트워크"));
        QTest::keyClicks(find<QLineEdit>("apiServerEdit"), QStringLiteral("10.0.0.10:6443"));
        QVERIFY(find<FieldFeedback>("apiServerFeedback")
                        ->text()
                        .contains(QStringLiteral("https://로 시작하세요")));
        snapshot(QStringLiteral("ko-2-network"));
        QTest::mouseClick(find<FieldFeedback>("apiServerFeedback")->fixButton(), Qt::LeftButton);
        QVERIFY(clickNext());
        choose(find<QRadioButton>("builtInChoice"));
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(find<QLabel>("templateStatus")->text().contains(QStringLiteral("오브젝트 5개")));
        snapshot(QStringLiteral("ko-3-manifest"));
        QVERIFY(clickNext());
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("미리 보기"));
        snapshot(QStringLiteral("ko-4-preview"));
        QVERIFY(find<QListWidget>("findingsList")
                        ->item(0)
                        ->text()
                        .startsWith(QStringLiteral("경고: ")));
        QCOMPARE(find<QTreeWidget>("objectList")->headerItem()->text(0), QStringLiteral("종류"));

        // Back on the first page, English returns everywhere, including the visited pages.
        while (m_wizard->currentId() != PodNetWizard::WelcomePageId
               && m_wizard->button(QWizard::BackButton)->isEnabled())
            QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(PodNetWizard::WelcomePageId));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTRY_COMPARE(m_wizard->currentPage()->title(), QStringLiteral("Pod network routing"));
        QCOMPARE(next()->text(), QStringLiteral("&Next >"));
        QCOMPARE(m_wizard->page(PodNetWizard::PlanPageId)->title(), QStringLiteral("Preview"));
        QCOMPARE(find<QTreeWidget>("objectList")->headerItem()->text(0), QStringLiteral("Kind"));
    }

    void closingDuringARunAsksAndKeepRunningKeepsItOpen()
    {
        startSlowDemoRun();
        if (QTest::currentTestFailed())
            return;
        // Closing the window asks first; the run goes on meanwhile.
        QVERIFY(!m_wizard->close());
        QMessageBox *box = closeQuestion();
        QVERIFY(box);
        QVERIFY(!box->text().isEmpty());
        auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepRunningButton"));
        QVERIFY(keep);
        QCOMPARE(box->defaultButton(), keep);
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("stopAndCloseButton")));
        QVERIFY(applyPage()->isRunning());
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!box || !box->isVisible());
        QVERIFY(m_wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!applyPage()->isRunning(), 40000);
        QVERIFY(m_wizard->isVisible());
        QVERIFY(m_wizard->state()->runRecord());
        QVERIFY(m_wizard->state()->runRecord()->isOk());
        // After the run, Cancel closes without a question.
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QVERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("closeDuringRunQuestion")));
    }

    void stopAndCloseCancelsThenCloses()
    {
        startSlowDemoRun();
        if (QTest::currentTestFailed())
            return;
        // The wizard's own Cancel button asks too.
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QMessageBox *box = closeQuestion();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("stopAndCloseButton")),
                          Qt::LeftButton);
        // The changes under way finish first; then the window closes.
        QVERIFY(m_wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 30000);
        QVERIFY(!applyPage()->isRunning());
        // A consistent, resumable state: the record says where it stopped; nothing after it ran.
        const auto &record = m_wizard->state()->runRecord();
        QVERIFY(record);
        QVERIFY(!record->isOk());
        QCOMPARE(record->steps.size(), 4);
        const SetupStepState ports = record->steps.at(0).state;
        QVERIFY(ports == SetupStepState::Cancelled || ports == SetupStepState::Done);
        QVERIFY(!record->steps.at(0).message.isEmpty() || ports == SetupStepState::Done);
        QCOMPARE(record->steps.at(2).state, SetupStepState::Pending); // no manifest sent
        QCOMPARE(record->steps.at(3).state, SetupStepState::Pending);
    }
};

QTEST_MAIN(TestPodNetWizard)
#include "tst_podnetwizard.moc"
