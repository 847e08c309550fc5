// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "SetupState.h"
#include "TestData.h"
#include "i18n/LanguageManager.h"
#include "pages/openstack/ConnectionResultPanel.h"
#include "pages/openstack/OpenStackPage.h"
#include "sim/openstack/NeutronService.h"
#include "sim/openstack/OpenStackSimulator.h"
#include "widgets/FieldFeedback.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace podnet;

namespace {

const QString password = QStringLiteral("demo-password");
const QString noKeychainNote = QStringLiteral("No keychain is available");

} // namespace

/// Drives the OpenStack page offscreen as a person would, against the built-in simulator.
class TestOpenStackPage : public QObject
{
    Q_OBJECT
private:
    // The page inside a small wizard, so that the Next button says what the page allows.
    struct Fixture
    {
        sim::OpenStackSimulator simulator;
        QTemporaryDir dir;
        QNetworkAccessManager network;
        SetupState state {&network};
        std::unique_ptr<QWizard> wizard; // before state goes: the page uses its session
        OpenStackPage *page = nullptr;

        Fixture()
        {
            if (simulator.start())
                simulator.loadLab();
        }
        ~Fixture() { wizard.reset(); }

        QString authUrl() const { return simulator.authUrl().toString(); }

        // A data file with the simulator's address filled in, written to \a folder.
        QString install(const QString &dataName, const QString &folder, const QString &name)
        {
            QByteArray text
                    = test::readAll(test::dataPath(QStringLiteral("ui/openstack/") + dataName));
            text.replace("@AUTH_URL@", authUrl().toUtf8());
            QDir().mkpath(dir.filePath(folder));
            const QString path = dir.filePath(folder + QLatin1Char('/') + name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                return {};
            return path;
        }

        // clouds.yaml with "lab" and "lab-nopass", secure.yaml with lab's password.
        OpenStackSources twoClouds()
        {
            install(QStringLiteral("clouds.yaml.in"), QStringLiteral("config"),
                    QStringLiteral("clouds.yaml"));
            install(QStringLiteral("secure.yaml"), QStringLiteral("config"),
                    QStringLiteral("secure.yaml"));
            return {QProcessEnvironment(), {dir.filePath(QStringLiteral("config"))}};
        }

        void open(const OpenStackSources &sources)
        {
            QVERIFY2(simulator.baseUrl().port() > 0, qPrintable(simulator.errorString()));
            wizard = std::make_unique<QWizard>();
            page = new OpenStackPage(&state, sources);
            wizard->addPage(page);
            wizard->addPage(new QWizardPage);
            wizard->resize(1100, 900);
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        }

        template<typename T>
        T *find(const char *name) const
        {
            T *child = page->findChild<T *>(QLatin1String(name));
            if (!child)
                qWarning("no child named %s", name);
            return child;
        }
        QLabel *label(const char *name) const { return find<QLabel>(name); }
        QLineEdit *edit(const char *name) const { return find<QLineEdit>(name); }
        QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
        QString summary() const { return label("resultSummary")->text(); }

        void clickTest() const
        {
            QPushButton *test = find<QPushButton>("testConnectionButton");
            QVERIFY(test->isEnabled());
            QTest::mouseClick(test, Qt::LeftButton);
        }
    };

    // A person clicks on a radio button's label, not on the empty space beside it.
    static void choose(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    // Opens the combo's list and walks down to the entry with the keyboard. (A click into a
    // list that has just opened is taken for the end of the opening click and ignored.)
    static void pick(QComboBox *combo, const QString &text)
    {
        const int row = combo->findText(text);
        QVERIFY2(row >= 0, qPrintable(text));
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        for (int i = 0; i <= combo->count() && view->currentIndex().row() != row; ++i)
            QTest::keyClick(view, view->currentIndex().row() < row ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), row);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!view->isVisible());
        QCOMPARE(combo->currentText(), text);
    }

    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }

    static void retype(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static void waitForConnected(const Fixture &f)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(f.summary().startsWith(QStringLiteral("✔")),
                                  qPrintable(f.summary()), 15000);
    }

    static void waitForFailure(const Fixture &f)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(f.summary().startsWith(QStringLiteral("✖")),
                                  qPrintable(f.summary()), 15000);
    }

    // Every file under HOME (settings, caches), searched for \a needle.
    static QStringList filesContaining(const QByteArray &needle)
    {
        QStringList found;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (test::readAll(path).contains(needle))
                found << path;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        applyAppIdentity();
        // Never the developer's own keychain: without a session bus there is none, as in CI.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void init() { QSettings().clear(); }

    void cloudsYamlWithSecureYamlConnectsAndEditingInvalidates()
    {
        Fixture f;
        f.open(f.twoClouds());
        auto *combo = f.find<QComboBox>("cloudCombo");
        QVERIFY(f.find<QRadioButton>("cloudsYamlChoice")->isChecked());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(f.label("cloudsFileLabel")->text().contains(QStringLiteral("clouds.yaml")));
        QVERIFY(f.label("importStatus")->text().contains(QStringLiteral("Choose")));
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(!f.find<QPushButton>("testConnectionButton")->isEnabled());

        pick(combo, QStringLiteral("lab"));
        QCOMPARE(f.edit("authUrlEdit")->text(), f.authUrl());
        QCOMPARE(f.edit("userEdit")->text(), QStringLiteral("demo"));
        QCOMPARE(f.edit("projectEdit")->text(), QStringLiteral("k8s-lab"));
        QCOMPARE(f.edit("secretEdit")->text(), password);
        QCOMPARE(f.edit("secretEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(f.label("importStatus")->text().contains(QStringLiteral("secure.yaml")));
        QVERIFY(!f.find<QLabel>("verifyWarning")->isVisible());

        // The show toggle reveals the password and hides it again.
        auto *show = f.find<QAbstractButton>("showSecretButton");
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(f.edit("secretEdit")->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(f.edit("secretEdit")->echoMode(), QLineEdit::Password);

        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.label("resultUser")->text().contains(QStringLiteral("demo")));
        QVERIFY(f.label("resultProject")->text().contains(QStringLiteral("k8s-lab")));
        QCOMPARE(f.label("resultRegion")->text(), QStringLiteral("RegionOne"));
        QVERIFY2(f.label("resultEndpoint")->text().startsWith(f.simulator.baseUrl().toString()),
                 qPrintable(f.label("resultEndpoint")->text()));
        QVERIFY(f.label("allowedAddressPairsMark")->isVisible());
        QVERIFY(f.label("allowedAddressPairsMark")->text().startsWith(QStringLiteral("✓")));
        QVERIFY(f.label("allowedAddressPairsMark")->text().contains(QStringLiteral("available")));
        QVERIFY(f.label("portSecurityMark")->text().startsWith(QStringLiteral("✓")));
        QVERIFY(f.label("revisionIfMatchMark")->text().startsWith(QStringLiteral("✓")));
        QVERIFY(f.state.openStack()->isConnected());
        QVERIFY(f.next()->isEnabled());

        // Any edit afterwards needs a new test.
        typeInto(f.edit("regionEdit"), QStringLiteral("X"));
        QVERIFY(!f.state.openStack()->isConnected());
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(f.summary().contains(QStringLiteral("changed")));
        QCOMPARE(f.state.openStack()->credentials().regionName, QStringLiteral("RegionOneX"));
    }

    void missingPasswordIsAskedForAndNothingSecretIsWritten()
    {
        Fixture f;
        f.open(f.twoClouds());
        pick(f.find<QComboBox>("cloudCombo"), QStringLiteral("lab-nopass"));
        QVERIFY(f.edit("secretEdit")->text().isEmpty());
        auto *feedback = f.find<FieldFeedback>("secretFeedback");
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().contains(QStringLiteral("Enter the password")),
                 qPrintable(feedback->text()));
        // The page looked in the keychain first, and says plainly that there is none.
        QTRY_VERIFY2_WITH_TIMEOUT(f.label("keychainStatus")->text().contains(noKeychainNote),
                                  qPrintable(f.label("keychainStatus")->text()), 15000);
        QVERIFY(f.label("keychainStatus")->text().contains(QStringLiteral("memory only")));
        QVERIFY(!f.find<QPushButton>("testConnectionButton")->isEnabled());
        // The cursor waits in the password field.
        QTRY_COMPARE(f.wizard->focusWidget(), f.edit("secretEdit"));

        choose(f.find<QCheckBox>("rememberSecretsCheck"));
        QVERIFY(f.find<QCheckBox>("rememberSecretsCheck")->isChecked());
        typeInto(f.edit("secretEdit"), password);
        QVERIFY(!feedback->isVisible());
        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.next()->isEnabled());
        // Storing it found no keychain either: memory only, said without alarm.
        QTRY_VERIFY_WITH_TIMEOUT(f.label("keychainStatus")->text().contains(noKeychainNote), 15000);
        QVERIFY(!f.label("keychainStatus")->text().contains(QStringLiteral("✖")));

        QSettings settings;
        settings.sync();
        const QByteArray stored = test::readAll(settings.fileName());
        QVERIFY2(stored.contains("rememberSecrets"), qPrintable(settings.fileName()));
        QVERIFY(!stored.contains(password.toUtf8()));
        QCOMPARE(filesContaining(password.toUtf8()), QStringList());
    }

    void wrongPasswordIsExplainedWithDetails()
    {
        Fixture f;
        f.open(f.twoClouds());
        pick(f.find<QComboBox>("cloudCombo"), QStringLiteral("lab-nopass"));
        typeInto(f.edit("secretEdit"), QStringLiteral("not-the-password"));
        f.clickTest();
        waitForFailure(f);
        QVERIFY2(f.summary().contains(QStringLiteral("password")), qPrintable(f.summary()));
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(f.find<QPushButton>("testConnectionButton")->isEnabled());

        auto *details = f.find<QPushButton>("resultDetailsButton");
        QVERIFY(details->isVisible());
        QVERIFY(!f.find<QPlainTextEdit>("resultDetails")->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(f.find<QPlainTextEdit>("resultDetails")->isVisible());
        const QString shown = f.find<QPlainTextEdit>("resultDetails")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("auth/tokens")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("not-the-password")));

        // Correcting the password and testing again succeeds.
        retype(f.edit("secretEdit"), password);
        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.next()->isEnabled());
    }

    void horizonOpenrcIsReadAndAsksForThePassword()
    {
        Fixture f;
        const QString path
                = f.install(QStringLiteral("horizon-openrc.sh.in"), QStringLiteral("downloads"),
                            QStringLiteral("k8s-lab-openrc.sh"));
        QVERIFY(!path.isEmpty());
        f.open({QProcessEnvironment(), {f.dir.filePath(QStringLiteral("empty"))}});
        QVERIFY(!f.find<QRadioButton>("cloudsYamlChoice")->isEnabled());
        QVERIFY(f.find<QRadioButton>("typeInChoice")->isChecked());

        choose(f.find<QRadioButton>("openRcChoice"));
        QVERIFY(f.find<QRadioButton>("openRcChoice")->isChecked());
        QTest::mouseClick(f.find<QPushButton>("openRcBrowseButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY(
                (dialog = f.page->findChild<QFileDialog *>(QStringLiteral("openRcFileDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);

        QTRY_COMPARE(f.edit("userEdit")->text(), QStringLiteral("demo"));
        QCOMPARE(f.edit("authUrlEdit")->text(), f.authUrl());
        QCOMPARE(f.edit("projectEdit")->text(), QStringLiteral("k8s-lab"));
        QCOMPARE(f.edit("regionEdit")->text(), QStringLiteral("RegionOne"));
        QVERIFY2(f.label("importStatus")->text().contains(QStringLiteral("asks for the password")),
                 qPrintable(f.label("importStatus")->text()));
        QVERIFY(f.edit("secretEdit")->text().isEmpty());
        QVERIFY(f.find<FieldFeedback>("secretFeedback")
                        ->text()
                        .contains(QStringLiteral("Enter the password")));

        typeInto(f.edit("secretEdit"), password);
        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.next()->isEnabled());
    }

    void environmentIsOfferedOnlyWhenSet()
    {
        {
            Fixture f;
            f.open({QProcessEnvironment(), {}});
            QVERIFY(!f.find<QRadioButton>("environmentChoice")->isEnabled());
            QVERIFY(f.label("environmentNote")->text().contains(QStringLiteral("OS_AUTH_URL")));
        }
        Fixture f;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OS_AUTH_URL"), f.authUrl());
        environment.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("demo"));
        environment.insert(QStringLiteral("OS_PASSWORD"), password);
        environment.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("k8s-lab"));
        environment.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
        environment.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
        environment.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionOne"));
        f.open({environment, {}});
        QVERIFY(f.find<QRadioButton>("environmentChoice")->isEnabled());
        QVERIFY(f.find<QRadioButton>("environmentChoice")->isChecked());
        QCOMPARE(f.edit("authUrlEdit")->text(), f.authUrl());
        QCOMPARE(f.edit("secretEdit")->text(), password);
        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.next()->isEnabled());
    }

    void verifyFalseIsARedWarning()
    {
        Fixture f;
        f.install(QStringLiteral("clouds-insecure.yaml.in"), QStringLiteral("insecure"),
                  QStringLiteral("clouds.yaml"));
        f.open({QProcessEnvironment(), {f.dir.filePath(QStringLiteral("insecure"))}});
        QCOMPARE(f.find<QComboBox>("cloudCombo")->currentText(), QStringLiteral("insecure-lab"));
        QLabel *warning = f.label("verifyWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QStringLiteral("⚠")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("TLS")));
        QVERIFY(warning->styleSheet().contains(QStringLiteral("#b00020")));
        // A warning, not an error: testing is still possible.
        QVERIFY(f.find<QPushButton>("testConnectionButton")->isEnabled());

        // Typed in, the values no longer come from that file: verification is on again.
        choose(f.find<QRadioButton>("typeInChoice"));
        QVERIFY(!warning->isVisible());
        QVERIFY(f.state.openStack()->credentials().verify);
        QCOMPARE(f.edit("userEdit")->text(), QStringLiteral("demo"));
    }

    void missingAllowedAddressPairsFails()
    {
        Fixture f;
        f.simulator.neutron().setExtensionEnabled(QStringLiteral("allowed-address-pairs"), false);
        f.open(f.twoClouds());
        pick(f.find<QComboBox>("cloudCombo"), QStringLiteral("lab"));
        f.clickTest();
        waitForFailure(f);
        QVERIFY2(f.summary().contains(QStringLiteral("allowed address pairs")),
                 qPrintable(f.summary()));
        QLabel *mark = f.label("allowedAddressPairsMark");
        QVERIFY(mark->isVisible());
        QVERIFY2(mark->text().startsWith(QStringLiteral("✗")), qPrintable(mark->text()));
        QVERIFY(mark->text().contains(QStringLiteral("not available")));
        QVERIFY(f.label("portSecurityMark")->text().startsWith(QStringLiteral("✓")));
        QVERIFY(!f.next()->isEnabled());
    }

    void cancelStopsTheTest()
    {
        Fixture f;
        f.simulator.delayNext("POST", QStringLiteral(".*/auth/tokens"),
                              std::chrono::milliseconds(3000));
        f.open(f.twoClouds());
        pick(f.find<QComboBox>("cloudCombo"), QStringLiteral("lab"));
        f.clickTest();
        QVERIFY(f.page->isTesting());
        QVERIFY(f.find<QProgressBar>("testProgress")->isVisible());
        auto *cancel = f.find<QPushButton>("cancelTestButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(!f.find<QPushButton>("testConnectionButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!f.page->isTesting());
        QVERIFY(!cancel->isVisible());
        QVERIFY(f.summary().contains(QStringLiteral("cancelled")));
        QVERIFY(f.find<QPushButton>("testConnectionButton")->isEnabled());
        QVERIFY(!f.next()->isEnabled());
    }

    void skipEnablesNext()
    {
        Fixture f;
        f.open({QProcessEnvironment(), {}});
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(!f.wizard->field(QStringLiteral("openStackSkipped")).toBool());
        choose(f.find<QCheckBox>("skipCheck"));
        QVERIFY(f.next()->isEnabled());
        QVERIFY(f.page->property("skipped").toBool());
        QVERIFY(f.wizard->field(QStringLiteral("openStackSkipped")).toBool());
        choose(f.find<QCheckBox>("skipCheck"));
        QVERIFY(!f.next()->isEnabled());
    }

    void koreanKeyFlowAndRetranslation()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        Fixture f;
        f.open(f.twoClouds());
        pick(f.find<QComboBox>("cloudCombo"), QStringLiteral("lab"));
        f.clickTest();
        waitForConnected(f);
        QVERIFY(f.next()->isEnabled());

        // Switching language re-sets every text from tr(): a stale title does not survive.
        f.page->setTitle(QStringLiteral("stale"));
        f.label("resultSummary")->setText(QStringLiteral("stale"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(f.page->title() != QStringLiteral("stale"));
        QCOMPARE(f.page->title(), QStringLiteral("OpenStack"));
        QVERIFY(f.summary().startsWith(QStringLiteral("✔")));
        QVERIFY(f.next()->isEnabled());
    }
};

QTEST_MAIN(TestOpenStackPage)
#include "tst_openstackpage.moc"
