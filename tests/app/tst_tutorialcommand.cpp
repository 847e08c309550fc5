// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/TutorialCommand.h"

#include <QProcess>
#include <QTest>

using namespace podnet;

class TestTutorialCommand : public QObject
{
    Q_OBJECT

    static RenderValues values()
    {
        return {QStringLiteral("https://10.240.0.10:6443"), QStringLiteral("10.200.0.0/16"),
                QStringLiteral("v2.1.0")};
    }

private Q_SLOTS:
    void upstreamAndBuiltInUseTheTutorialsUrl()
    {
        const QString expected = QStringLiteral(
                "curl -fsSL 'https://raw.githubusercontent.com/cloudnativelabs/kube-router/master/"
                "daemonset/generic-kuberouter-all-features.yaml' | sed -e "
                "'s;%APISERVER%;https://10.240.0.10:6443;g' -e 's;%CLUSTERCIDR%;10.200.0.0/16;g' "
                "| kubectl apply -f -");
        QCOMPARE(TutorialCommand::renderAndApply({TemplateSource::Kind::Upstream, {}}, values()),
                 expected);
        QCOMPARE(TutorialCommand::renderAndApply({TemplateSource::Kind::BuiltIn, {}}, values()),
                 expected);
    }

    void aFileIsReadBySed()
    {
        const QString command = TutorialCommand::renderAndApply(
                {TemplateSource::Kind::File, QStringLiteral("/home/me/it's here.yaml")}, values());
        QCOMPARE(command,
                 QStringLiteral("sed -e 's;%APISERVER%;https://10.240.0.10:6443;g' -e "
                                "'s;%CLUSTERCIDR%;10.200.0.0/16;g' "
                                "'/home/me/it'\\''s here.yaml' | kubectl apply -f -"));
        // The quoting holds: bash parses it.
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), QStringLiteral("-c"), command});
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 0);
    }

    void anotherUrl()
    {
        const QString command = TutorialCommand::renderAndApply(
                {TemplateSource::Kind::Url, QStringLiteral("https://example.invalid/kr.yaml")},
                values());
        QVERIFY(command.startsWith(
                QStringLiteral("curl -fsSL 'https://example.invalid/kr.yaml' |")));
    }
};

QTEST_MAIN(TestTutorialCommand)
#include "tst_tutorialcommand.moc"
