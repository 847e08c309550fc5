// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/TemplateSource.h"

#include <QTest>

using namespace podnet;

Q_DECLARE_METATYPE(podnet::TemplateSource::Kind)

class TestTemplateSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromArgument_data()
    {
        using Kind = TemplateSource::Kind;
        QTest::addColumn<QString>("argument");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("url");

        const QString upstream = TemplateSource::upstreamUrl().toString();
        QTest::newRow("builtin") << QStringLiteral("builtin") << Kind::BuiltIn << QString()
                                 << QString();
        QTest::newRow("upstream url") << upstream << Kind::Upstream << QString() << upstream;
        QTest::newRow("other https url")
                << QStringLiteral("https://example.invalid/kr.yaml") << Kind::Url
                << QStringLiteral("https://example.invalid/kr.yaml")
                << QStringLiteral("https://example.invalid/kr.yaml");
        QTest::newRow("upper-case scheme")
                << QStringLiteral("HTTPS://example.invalid/kr.yaml") << Kind::Url
                << QStringLiteral("HTTPS://example.invalid/kr.yaml")
                << QStringLiteral("https://example.invalid/kr.yaml");
        QTest::newRow("loopback http")
                << QStringLiteral("http://127.0.0.1:8080/kr.yaml") << Kind::Url
                << QStringLiteral("http://127.0.0.1:8080/kr.yaml")
                << QStringLiteral("http://127.0.0.1:8080/kr.yaml");
        QTest::newRow("relative file") << QStringLiteral("manifests/kr.yaml") << Kind::File
                                       << QStringLiteral("manifests/kr.yaml") << QString();
        QTest::newRow("absolute file") << QStringLiteral("/tmp/kr.yaml") << Kind::File
                                       << QStringLiteral("/tmp/kr.yaml") << QString();
        QTest::newRow("a file named like the keyword") << QStringLiteral("./builtin") << Kind::File
                                                       << QStringLiteral("./builtin") << QString();
    }

    void fromArgument()
    {
        QFETCH(QString, argument);
        QFETCH(TemplateSource::Kind, kind);
        QFETCH(QString, location);
        QFETCH(QString, url);

        const TemplateSource source = TemplateSource::fromArgument(argument);
        QCOMPARE(source.kind, kind);
        QCOMPARE(source.location, location);
        QCOMPARE(source.url().toString(), url);
        QCOMPARE(source.isDownload(), !url.isEmpty());
    }

    void theDefaultIsTheTutorialsAddress()
    {
        const TemplateSource source;
        QCOMPARE(source.kind, TemplateSource::Kind::Upstream);
        QCOMPARE(source.url().toString(),
                 QStringLiteral("https://raw.githubusercontent.com/cloudnativelabs/kube-router/"
                                "master/daemonset/generic-kuberouter-all-features.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateSource)
#include "tst_templatesource.moc"
