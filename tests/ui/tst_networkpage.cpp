// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"

#include "pages/network/NetworkPage.h"
#include "widgets/FieldFeedback.h"
#include <QNetworkAccessManager>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;

class TestNetworkPage : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        QNetworkAccessManager network;
        SetupState state {&network};
        NetworkPage page {&state};
        QLineEdit *edit(const char *name)
        {
            return page.findChild<QLineEdit *>(QLatin1String(name));
        }
        FieldFeedback *feedback(const char *name)
        {
            return page.findChild<FieldFeedback *>(QLatin1String(name));
        }
        void retype(const char *name, const QString &text)
        {
            QLineEdit *field = edit(name);
            field->setFocus();
            field->selectAll();
            QTest::keyClick(field, Qt::Key_Backspace);
            QTest::keyClicks(field, text);
        }
    };

private Q_SLOTS:
    void startsWithTheTutorialsDefaultsAndWaitsForTheApiServer()
    {
        Fixture f;
        f.page.show();
        QCOMPARE(f.edit("clusterCidrEdit")->text(), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(f.edit("serviceCidrEdit")->text(), QStringLiteral("10.32.0.0/24"));
        QVERIFY(f.edit("apiServerEdit")->text().isEmpty());
        QVERIFY(!f.page.isComplete());
        QVERIFY(f.feedback("apiServerFeedback")->isVisible());
        QVERIFY(!f.feedback("clusterCidrFeedback")->isVisible());
    }

    void typingAValidUrlCompletesThePage()
    {
        Fixture f;
        f.page.show();
        QSignalSpy completeChanged(&f.page, &QWizardPage::completeChanged);
        QTest::keyClicks(f.edit("apiServerEdit"), QStringLiteral("https://10.0.0.10:6443"));
        QVERIFY(f.page.isComplete());
        QVERIFY(!completeChanged.isEmpty());
        QCOMPARE(f.state.network()->apiServerUrl(), QStringLiteral("https://10.0.0.10:6443"));
        QVERIFY(!f.feedback("apiServerFeedback")->isVisible());
    }

    void hostBitsShowTheCorrectedNetworkAndTheFixButtonAppliesIt()
    {
        Fixture f;
        f.page.show();
        QTest::keyClicks(f.edit("apiServerEdit"), QStringLiteral("https://10.0.0.10:6443"));
        f.retype("clusterCidrEdit", QStringLiteral("10.200.0.1/16"));
        QVERIFY(!f.page.isComplete());
        FieldFeedback *feedback = f.feedback("clusterCidrFeedback");
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().contains(QStringLiteral("Did you mean 10.200.0.0/16?")),
                 qPrintable(feedback->text()));
        QVERIFY(feedback->fixButton()->isVisible());
        QCOMPARE(feedback->fixButton()->text(), QStringLiteral("Use 10.200.0.0/16"));

        QTest::mouseClick(feedback->fixButton(), Qt::LeftButton);
        QCOMPARE(f.edit("clusterCidrEdit")->text(), QStringLiteral("10.200.0.0/16"));
        QCOMPARE(f.state.network()->clusterCidr(), QStringLiteral("10.200.0.0/16"));
        QVERIFY(f.page.isComplete());
        QVERIFY(!feedback->isVisible());
    }

    void overlappingRangesBlockThePage()
    {
        Fixture f;
        f.page.show();
        QTest::keyClicks(f.edit("apiServerEdit"), QStringLiteral("https://10.0.0.10:6443"));
        f.retype("clusterCidrEdit", QStringLiteral("10.0.0.0/8"));
        QVERIFY(!f.page.isComplete());
        QVERIFY(f.feedback("serviceCidrFeedback")->text().contains(QStringLiteral("overlaps")));
        f.retype("clusterCidrEdit", QStringLiteral("10.200.0.0/16"));
        QVERIFY(f.page.isComplete());
    }

    void missingSchemeOffersHttps()
    {
        Fixture f;
        f.page.show();
        QTest::keyClicks(f.edit("apiServerEdit"), QStringLiteral("10.0.0.10:6443"));
        FieldFeedback *feedback = f.feedback("apiServerFeedback");
        QVERIFY(!f.page.isComplete());
        QTest::mouseClick(feedback->fixButton(), Qt::LeftButton);
        QCOMPARE(f.edit("apiServerEdit")->text(), QStringLiteral("https://10.0.0.10:6443"));
        QVERIFY(f.page.isComplete());
    }

    void loopbackHttpIsAllowedButFlagged()
    {
        Fixture f;
        f.page.show();
        QTest::keyClicks(f.edit("apiServerEdit"), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(f.page.isComplete());
        QVERIFY(f.feedback("apiServerFeedback")->isVisible());
        QVERIFY(f.feedback("apiServerFeedback")->text().startsWith(QStringLiteral("⚠")));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
