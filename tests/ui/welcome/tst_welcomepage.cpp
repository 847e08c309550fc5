// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"
#include "demo/DemoBanner.h"
#include "demo/DemoController.h"
#include "demo/DemoEnvironment.h"
#include "i18n/LanguageManager.h"
#include "pages/kube/KubeConnectionPage.h"
#include "pages/network/NetworkPage.h"
#include "pages/openstack/OpenStackPage.h"
#include "pages/welcome/WelcomePage.h"
#include "pages/welcome/WelcomeProfileBox.h"
#include "sim/kube/KubeSimulator.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace podnet;

/// The Welcome page as a person meets it: choosing the demo fills the next pages (and their
/// connection tests pass on their own), choosing one's own cloud ends it, profiles load.
class TestWelcomePage : public QObject
{
    Q_OBJECT
private:
    enum { WelcomeId, OpenStackId, KubeId, NetworkId };

    QTemporaryDir m_home;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SetupState> m_state;
    QWizard *m_wizard = nullptr;
    DemoController *m_demo = nullptr;
    WelcomePage *m_welcome = nullptr;

    template<typename T>
    T *find(const char *name)
    {
        T *child = m_wizard->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no child named %s", name);
        return child;
    }

    QRadioButton *demoChoice() { return find<QRadioButton>("demoChoice"); }

    bool chooseDemoAndWait()
    {
        demoChoice()->click();
        return QTest::qWaitFor(
                       [this] { return m_demo->status() != DemoController::Status::Starting; },
                       20000)
                && m_demo->status() == DemoController::Status::Ready;
    }

private Q_SLOTS:
    void init()
    {
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_state = std::make_unique<SetupState>(m_network.get());
        m_wizard = new QWizard;
        m_demo = new DemoController(m_state.get(), m_wizard);
        m_demo->setZeroDelays(true);
        m_welcome = new WelcomePage(m_languages.get(), m_state.get(), m_demo, m_wizard);
        m_wizard->setPage(WelcomeId, m_welcome);
        // No clouds.yaml and no environment: the OpenStack page starts with "type in".
        m_wizard->setPage(OpenStackId,
                          new OpenStackPage(m_state.get(), OpenStackSources {{}, {}}, m_wizard));
        auto *kube = new KubeConnectionPage(m_state.get(), m_wizard);
        kube->setEnvironment({}, m_home.path());
        m_wizard->setPage(KubeId, kube);
        m_wizard->setPage(NetworkId, new NetworkPage(m_state.get(), m_wizard));
        m_wizard->setSideWidget(new DemoBanner(m_demo, m_wizard));
        m_wizard->resize(1000, 720);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        delete m_wizard;
        m_wizard = nullptr;
        m_state.reset();
        m_network.reset();
        m_languages.reset();
    }

    void startsWithOwnCloud()
    {
        QVERIFY(find<QRadioButton>("realCloudChoice")->isChecked());
        QVERIFY(m_welcome->isComplete());
        QVERIFY(!find<QWidget>("demoBanner")->isVisible());
        QVERIFY(!find<QLabel>("demoStatus")->isVisible());
    }

    void demoFillsThePages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void demoFillsThePages()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        const QString englishKubeTitle = QStringLiteral("Kubernetes cluster");

        demoChoice()->click();
        // Starting: shown, and Next waits for it.
        QVERIFY(m_demo->status() == DemoController::Status::Starting);
        QVERIFY(!m_welcome->isComplete());
        QVERIFY(find<QLabel>("demoStatus")->isVisible());
        QVERIFY(!find<QLabel>("demoStatus")->text().isEmpty());
        QVERIFY(find<QWidget>("demoBanner")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_welcome->isComplete(), 20000);
        QCOMPARE(m_demo->status(), DemoController::Status::Ready);
        DemoEnvironment *environment = m_demo->environment();
        QVERIFY(environment);
        QCOMPARE(m_state->openStack()->credentials().authUrl, environment->authUrl());

        // OpenStack: the form shows the demo's values and the test passes without typing.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(OpenStackId));
        QCOMPARE(find<QLineEdit>("authUrlEdit")->text(), environment->authUrl().toString());
        QCOMPARE(find<QLineEdit>("userEdit")->text(), QStringLiteral("demo"));
        QCOMPARE(find<QLineEdit>("projectEdit")->text(), QStringLiteral("k8s-lab"));
        QCOMPARE(find<QLineEdit>("secretEdit")->text(), QStringLiteral("demo-password"));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 15000);
        QVERIFY(m_state->openStack()->isConnected());
        QVERIFY(find<QWidget>("demoBanner")->isVisible());

        // Kubernetes: the demo kubeconfig is chosen and tested.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(KubeId));
        QVERIFY(find<QRadioButton>("kubeFileChoice")->isChecked());
        QCOMPARE(find<QLineEdit>("kubeFileEdit")->text(), environment->kubeconfigPath());
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 15000);
        QVERIFY(m_state->kube()->isConnected());
        if (language == QLatin1String("ko"))
            QVERIFY(m_wizard->currentPage()->title() != englishKubeTitle);
        else
            QCOMPARE(m_wizard->currentPage()->title(), englishKubeTitle);

        // Network: the lab's values, not the simulator's loopback address.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(NetworkId));
        QCOMPARE(find<QLineEdit>("apiServerEdit")->text(),
                 QStringLiteral("https://10.240.0.10:6443"));
        QCOMPARE(find<QLineEdit>("clusterCidrEdit")->text(), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(find<QLineEdit>("serviceCidrEdit")->text(), QStringLiteral("10.32.0.0/24"));
        QVERIFY(m_wizard->currentPage()->isComplete());
        QVERIFY(find<QWidget>("demoBanner")->isVisible());
    }

    void ownCloudEndsTheDemo()
    {
        QVERIFY(chooseDemoAndWait());
        const QString kubeconfig = m_demo->environment()->kubeconfigPath();
        QVERIFY(QFile::exists(kubeconfig));
        find<QRadioButton>("realCloudChoice")->click();
        QCOMPARE(m_demo->status(), DemoController::Status::Off);
        QVERIFY(!m_demo->environment());
        QVERIFY(!QFile::exists(kubeconfig));
        QVERIFY(!find<QWidget>("demoBanner")->isVisible());
        QVERIFY(m_state->openStack()->credentials().authUrl.isEmpty());
        QVERIFY(!m_state->kube()->hasConnection());
        QVERIFY(m_state->network()->apiServerUrl().isEmpty());
        QVERIFY(m_welcome->isComplete());

        // The pages start over instead of showing the dead demo's values.
        m_wizard->next();
        QVERIFY(find<QLineEdit>("authUrlEdit")->text().isEmpty());
        QVERIFY(!m_wizard->currentPage()->isComplete());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void startDemoChoosesIt()
    {
        m_welcome->startDemo();
        QVERIFY(demoChoice()->isChecked());
        QVERIFY(m_demo->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(m_demo->status(), DemoController::Status::Ready, 20000);
        QVERIFY(m_welcome->isComplete());
    }

    void retranslatesTheChoice()
    {
        auto *choice = find<QRadioButton>("realCloudChoice");
        const QString english = choice->text();
        QVERIFY(english.contains(QLatin1String("cloud")));
        auto *load = find<QPushButton>("loadProfileButton");
        QVERIFY(load->text().contains(QLatin1String("profile")));
        QVERIFY(m_languages->setLanguage(QStringLiteral("ko")));
        // The page title is translated already; the new strings follow once translated.
        QTRY_VERIFY(m_welcome->title() != QLatin1String("Pod network routing"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(m_welcome->title(), QStringLiteral("Pod network routing"));
        QCOMPARE(choice->text(), english);
    }

    void loadsAProfile()
    {
        const QString path = m_home.filePath(QStringLiteral("class.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\n"
                   "openstack:\n"
                   "  auth_url: https://keystone.example:5000/v3\n"
                   "  username: student\n"
                   "  project_name: k8s-lab\n"
                   "network:\n"
                   "  api_server_url: https://10.240.0.10:6443\n"
                   "  cluster_cidr: 10.200.0.0/16\n"
                   "  service_cidr: 10.32.0.0/24\n");
        file.close();
        auto *box = find<WelcomeProfileBox>("profileBox");
        QVERIFY(box->loadProfile(path));
        QCOMPARE(m_state->network()->apiServerUrl(), QStringLiteral("https://10.240.0.10:6443"));
        QCOMPARE(m_state->openStack()->credentials().username, QStringLiteral("student"));
        QVERIFY(find<QLabel>("profileMessage")->isVisible());

        m_wizard->next();
        QCOMPARE(find<QLineEdit>("authUrlEdit")->text(),
                 QStringLiteral("https://keystone.example:5000/v3"));
        QCOMPARE(find<QLineEdit>("userEdit")->text(), QStringLiteral("student"));
        // No secret in a profile: nothing is tested until the person types the password.
        QVERIFY(!m_wizard->currentPage()->isComplete());
    }

    void badProfileChangesNothing()
    {
        const QString path = m_home.filePath(QStringLiteral("bad.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nnetwork:\n  cluster_cidr: 10.200.0.0/16\n  colour: blue\n");
        file.close();
        auto *box = find<WelcomeProfileBox>("profileBox");
        QVERIFY(!box->loadProfile(path));
        auto *message = find<QLabel>("profileMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("bad.yaml:4")),
                 qPrintable(message->text()));
        QVERIFY(m_state->network()->apiServerUrl().isEmpty());
    }

    void savesAProfileWithoutSecrets()
    {
        QVERIFY(chooseDemoAndWait());
        const QString path = m_home.filePath(QStringLiteral("saved.yaml"));
        auto *box = find<WelcomeProfileBox>("profileBox");
        QVERIFY(box->saveProfile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("10.240.0.10:6443"));
        QVERIFY(!text.contains("demo-password"));
        QVERIFY(!text.contains(m_demo->environment()->kube()->token().toLatin1()));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
