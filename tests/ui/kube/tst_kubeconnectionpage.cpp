// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"
#include "TestData.h"
#include "i18n/LanguageManager.h"
#include "kube/LoginShellPath.h"
#include "pages/kube/KubeConnectionPage.h"
#include "pages/kube/KubeConnectionResultPanel.h"
#include "sim/kube/KubeFaultInjector.h"
#include "sim/kube/KubeSimulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace podnet;

/// Drives the Kubernetes connection page offscreen like a person, against the simulator.
class TestKubeConnectionPage : public QObject
{
    Q_OBJECT
private:
    sim::KubeSimulator m_sim;
    QTemporaryDir m_dir;

    struct Fixture
    {
        QNetworkAccessManager network;
        SetupState state {&network};
        QWizard wizard;
        KubeConnectionPage *page = new KubeConnectionPage(&state);

        Fixture(const QString &kubeconfigVariable, const QString &home)
        {
            // No login shell to ask in the test: the process's PATH is the login PATH.
            state.kube()->loginShellPath()->setLoginPath(qEnvironmentVariable("PATH"));
            page->setEnvironment(kubeconfigVariable, home);
            wizard.addPage(page);
            wizard.addPage(new QWizardPage);
            wizard.show();
        }

        template<typename T>
        T *find(const char *name)
        {
            T *child = page->findChild<T *>(QLatin1String(name));
            if (!child)
                qWarning("no child named %s", name);
            return child;
        }
        KubeConnectionResultPanel *panel()
        {
            return find<KubeConnectionResultPanel>("kubeTestResult");
        }
        bool nextEnabled() { return wizard.button(QWizard::NextButton)->isEnabled(); }
        void type(const char *name, const QString &text)
        {
            QLineEdit *edit = find<QLineEdit>(name);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        }
        void click(const char *name)
        {
            QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton);
        }
        void chooseContext(const QString &name)
        {
            QComboBox *combo = find<QComboBox>("kubeContextCombo");
            const int target = combo->findText(name);
            QVERIFY(target >= 0);
            combo->setFocus();
            while (combo->currentIndex() != target)
                QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        }
        /// Presses Test connection and waits until it is done.
        void test()
        {
            click("kubeTestButton");
            QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), 20000);
        }
    };

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qWarning("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

    QByteArray simServer() const { return m_sim.baseUrl().toString().toUtf8(); }

    /// The first KUBECONFIG file: the simulator's cluster and user, plus an unreachable one
    /// that is the current context.
    QString writeFirstKubeconfig()
    {
        return write(QStringLiteral("first.yaml"),
                     "apiVersion: v1\nkind: Config\ncurrent-context: other\nclusters:\n"
                     "- name: sim-cluster\n  cluster:\n    server: "
                             + simServer() + "\n    certificate-authority-data: "
                             + m_sim.caCertificatePem().toBase64()
                             + "\n- name: other-cluster\n  cluster:\n"
                               "    server: https://127.0.0.1:9\n"
                               "users:\n- name: sim-user\n  user:\n    token: "
                             + m_sim.token().toUtf8()
                             + "\ncontexts:\n- name: other\n  context:\n"
                               "    cluster: other-cluster\n    user: sim-user\n"
                               "- name: sim\n  context:\n    cluster: sim-cluster\n"
                               "    user: sim-user\n");
    }

    /// The second file: its sim-cluster and current-context lose to the first file's.
    QString writeSecondKubeconfig()
    {
        return write(QStringLiteral("second.yaml"),
                     "apiVersion: v1\nkind: Config\ncurrent-context: second-only\nclusters:\n"
                     "- name: sim-cluster\n  cluster:\n    server: https://127.0.0.1:7\n"
                     "contexts:\n- name: second-only\n  context:\n    cluster: sim-cluster\n"
                     "    user: sim-user\n");
    }

    QString kubeconfigVariable()
    {
        return writeFirstKubeconfig() + QLatin1Char(':') + writeSecondKubeconfig();
    }

    QString caFile() { return write(QStringLiteral("sim-ca.pem"), m_sim.caCertificatePem()); }

    void typeManual(Fixture &f, const QString &ca, const QString &token)
    {
        f.click("kubeManualChoice");
        f.type("kubeServerEdit", m_sim.baseUrl().toString());
        f.type("kubeCaFileEdit", ca);
        f.type("kubeTokenEdit", token);
    }

    void kubeconfigFlow()
    {
        Fixture f(kubeconfigVariable(), m_dir.path());
        QVERIFY(f.find<QRadioButton>("kubeFoundChoice")->isChecked());
        QVERIFY(f.find<QRadioButton>("kubeFoundChoice")
                        ->text()
                        .contains(QLatin1String("second.yaml")));
        QComboBox *combo = f.find<QComboBox>("kubeContextCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("other"));
        QVERIFY(combo->findText(QStringLiteral("second-only")) >= 0);
        QVERIFY(!f.nextEnabled());

        f.chooseContext(QStringLiteral("sim"));
        QVERIFY2(f.find<QLabel>("kubeContextInfo")->text().contains(m_sim.baseUrl().toString()),
                 qPrintable(f.find<QLabel>("kubeContextInfo")->text()));
        QVERIFY(f.find<QLabel>("kubeContextInfo")->text().contains(QLatin1String("sim-user")));
        f.test();
        QVERIFY2(f.panel()->text().contains(QLatin1String("v1.32.4")),
                 qPrintable(f.panel()->text()));
        QVERIFY(f.page->isComplete());
        QVERIFY(f.nextEnabled());
        QCOMPARE(f.state.kube()->contextName(), QStringLiteral("sim"));
        QCOMPARE(f.state.network()->apiServerUrl(),
                 m_sim.baseUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY(f.find<QLabel>("kubeApiServerNote")->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSignalSpy ready(&m_sim, &sim::KubeSimulator::ready);
        m_sim.start();
        QVERIFY(ready.wait(20000));
    }

    void cleanup() { m_sim.faults().clear(); }

    void kubeconfigFilesFirstWinsAndTestFillsTheApiServer() { kubeconfigFlow(); }

    void aSetApiServerIsNeverOverwritten()
    {
        Fixture f(kubeconfigVariable(), m_dir.path());
        f.state.network()->setApiServerUrl(QStringLiteral("https://10.0.0.10:6443"));
        f.chooseContext(QStringLiteral("sim"));
        f.test();
        QVERIFY(f.page->isComplete());
        QCOMPARE(f.state.network()->apiServerUrl(), QStringLiteral("https://10.0.0.10:6443"));
        QVERIFY(!f.find<QLabel>("kubeApiServerNote")->isVisible());
    }

    void unreachableCurrentContextFails()
    {
        Fixture f(kubeconfigVariable(), m_dir.path());
        f.test();
        QVERIFY(!f.page->isComplete());
        QVERIFY(!f.nextEnabled());
        QVERIFY2(f.panel()->text().startsWith(QStringLiteral("✖ Cannot reach")),
                 qPrintable(f.panel()->text()));
    }

    void manualEntryWithCaAndTokenAndKeychainFallback()
    {
        Fixture f({}, m_dir.filePath(QStringLiteral("nohome")));
        QVERIFY(f.find<QRadioButton>("kubeManualChoice")->isChecked());
        QVERIFY(!f.find<QRadioButton>("kubeFoundChoice")->isEnabled());
        typeManual(f, caFile(), m_sim.token());
        QCOMPARE(f.find<QLineEdit>("kubeTokenEdit")->echoMode(), QLineEdit::Password);
        f.click("kubeShowTokenCheck");
        QCOMPARE(f.find<QLineEdit>("kubeTokenEdit")->echoMode(), QLineEdit::Normal);
        f.click("kubeRememberTokenCheck");
        f.test();
        QVERIFY2(f.page->isComplete(), qPrintable(f.panel()->text()));
        QVERIFY(f.panel()->text().contains(QLatin1String("v1.32.4")));
        QVERIFY(f.panel()->text().contains(QLatin1String("podnet-demo")));
        // No Secret Service in the test environment: the token stays in memory only.
        QLabel *note = f.find<QLabel>("kubeKeychainNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 20000);
        QVERIFY2(note->text().contains(QLatin1String("kept in memory only")),
                 qPrintable(note->text()));

        // Editing anything after success invalidates the check.
        QTest::keyClick(f.find<QLineEdit>("kubeTokenEdit"), Qt::Key_X);
        QVERIFY(!f.page->isComplete());
        QVERIFY(!f.nextEnabled());
        QVERIFY(!f.state.kube()->isConnected());
    }

    void wrongTokenIsNotAccepted()
    {
        Fixture f({}, m_dir.filePath(QStringLiteral("nohome")));
        typeManual(f, caFile(), QStringLiteral("not-the-token"));
        f.test();
        QVERIFY2(f.panel()->text().contains(QLatin1String("did not accept the credentials")),
                 qPrintable(f.panel()->text()));
        QVERIFY(!f.page->isComplete());
        QVERIFY(!f.nextEnabled());
    }

    void wrongCaIsATlsProblem()
    {
        Fixture f({}, m_dir.filePath(QStringLiteral("nohome")));
        typeManual(f, podnet::test::dataPath(QStringLiteral("kube/certs/ca.crt")), m_sim.token());
        f.test();
        QVERIFY2(f.panel()->text().contains(QLatin1String("could not be verified")),
                 qPrintable(f.panel()->text()));
        QVERIFY(!f.page->isComplete());
    }

    void malformedKubeconfigShowsWhere()
    {
        Fixture f({}, m_dir.filePath(QStringLiteral("nohome")));
        f.click("kubeFileChoice");
        f.type("kubeFileEdit",
               podnet::test::dataPath(QStringLiteral("ui/kube/malformed-kubeconfig.yaml")));
        QTest::keyClick(f.find<QLineEdit>("kubeFileEdit"), Qt::Key_Return);
        const QString text = f.panel()->text();
        QVERIFY2(text.contains(QRegularExpression(
                         QStringLiteral("malformed-kubeconfig\\.yaml:\\d+:\\d+"))),
                 qPrintable(text));
        QVERIFY(!f.find<QPushButton>("kubeTestButton")->isEnabled());
        QVERIFY(!f.nextEnabled());
    }

    void insecureKubeconfigShowsARedWarning()
    {
        const QString path = write(
                QStringLiteral("insecure.yaml"),
                "apiVersion: v1\nkind: Config\ncurrent-context: sim\nclusters:\n- name: sim\n"
                "  cluster:\n    server: "
                        + simServer()
                        + "\n    insecure-skip-tls-verify: true\n"
                          "    proxy-url: http://127.0.0.1:3128\n"
                          "users:\n- name: sim\n  user:\n    token: "
                        + m_sim.token().toUtf8()
                        + "\ncontexts:\n- name: sim\n  context:\n    cluster: sim\n    user: "
                          "sim\n");
        Fixture f(path, m_dir.filePath(QStringLiteral("nohome")));
        QLabel *insecure = f.find<QLabel>("kubeInsecureWarning");
        QVERIFY(insecure->isVisible());
        QVERIFY(insecure->styleSheet().contains(QLatin1String("#b00020")));
        QVERIFY(insecure->text().contains(QLatin1String("insecure-skip-tls-verify")));
        QVERIFY(f.find<QLabel>("kubeConnectionWarnings")->isVisible());
        QVERIFY(f.find<QLabel>("kubeConnectionWarnings")->text().contains(QLatin1String("proxy")));
    }

    void execPluginCredential()
    {
        const QString script = write(
                QStringLiteral("get-token.sh"),
                "#!/bin/sh\nprintf '%s' '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                "\"kind\":\"ExecCredential\",\"status\":{\"token\":\""
                        + m_sim.token().toUtf8() + "\"}}'\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString path = write(
                QStringLiteral("exec.yaml"),
                "apiVersion: v1\nkind: Config\ncurrent-context: sim\nclusters:\n- name: sim\n"
                "  cluster:\n    server: "
                        + simServer()
                        + "\n    certificate-authority-data: " + m_sim.caCertificatePem().toBase64()
                        + "\nusers:\n- name: sim\n  user:\n    exec:\n"
                          "      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: "
                        + script.toUtf8()
                        + "\n      interactiveMode: Never\n"
                          "contexts:\n- name: sim\n  context:\n    cluster: sim\n    user: sim\n");
        Fixture f(path, m_dir.filePath(QStringLiteral("nohome")));
        QVERIFY(f.find<QLabel>("kubeContextInfo")
                        ->text()
                        .contains(QLatin1String("credential plugin")));
        f.click("kubeTestButton");
        QVERIFY(f.panel()->isBusy());
        QVERIFY2(f.panel()->text().contains(QLatin1String("Waiting for the credential plugin")),
                 qPrintable(f.panel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isTesting(), 20000);
        QVERIFY2(f.page->isComplete(), qPrintable(f.panel()->text() + f.panel()->detailText()));
    }

    void cancelStopsASlowTest()
    {
        Fixture f(kubeconfigVariable(), m_dir.path());
        f.chooseContext(QStringLiteral("sim"));
        m_sim.faults().delayNext("GET", QStringLiteral("/version"), 1, 10000);
        f.click("kubeTestButton");
        QVERIFY(f.page->isTesting());
        QVERIFY(f.panel()->isBusy());
        f.click("kubeTestCancelButton");
        QVERIFY(!f.page->isTesting());
        QVERIFY(!f.panel()->isBusy());
        QVERIFY(!f.page->isComplete());
        QVERIFY(f.find<QPushButton>("kubeTestButton")->isEnabled());
    }

    void skipEnablesNext()
    {
        Fixture f({}, m_dir.filePath(QStringLiteral("nohome")));
        QVERIFY(!f.nextEnabled());
        f.click("kubeSkipCheck");
        QVERIFY(f.page->isSkipped());
        QVERIFY(f.page->property("skipped").toBool());
        QVERIFY(f.wizard.field(QStringLiteral("kubeSkipped")).toBool());
        QVERIFY(f.nextEnabled());
    }

    void koreanRetranslatesWithoutCrashing()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ko")));
        kubeconfigFlow();
        {
            Fixture f(kubeconfigVariable(), m_dir.path());
            QCOMPARE(f.find<QPushButton>("kubeTestButton")->text(),
                     QStringLiteral("연결 시험(&T)"));
            // The language change reaches the widgets as a posted event.
            QVERIFY(languages.setLanguage(QStringLiteral("en")));
            QTRY_COMPARE(f.find<QPushButton>("kubeTestButton")->text(),
                         QStringLiteral("&Test connection"));
            QVERIFY(languages.setLanguage(QStringLiteral("ko")));
            QTRY_COMPARE(f.find<QPushButton>("kubeTestButton")->text(),
                         QStringLiteral("연결 시험(&T)"));
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestKubeConnectionPage)
#include "tst_kubeconnectionpage.moc"
