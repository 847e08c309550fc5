// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/ImagePin.h"

#include "TestData.h"

#include <QFileInfo>
#include <QTest>

using namespace podnet;

namespace {

const QString digest
        = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QByteArray pinned(const QByteArray &manifest, const QString &tag)
{
    return TextEdit::apply(manifest, ImagePin::pinEdits(manifest, tag), nullptr);
}

} // namespace

class TestImagePin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repository();
    void checkTag_data();
    void checkTag();
    void unpinnedImages_data();
    void unpinnedImages();
    void unpinnedImagesOfBuiltInTemplate();
    void pinEdits_data();
    void pinEdits();
    void pinEditsOfBuiltInTemplate();
    void pinEditsOfUpstreamTemplate();
};

void TestImagePin::repository()
{
    QCOMPARE(ImagePin::repository(), QByteArrayLiteral("cloudnativelabs/kube-router"));
}

void TestImagePin::checkTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("release") << QStringLiteral("v2.11.1") << true << QString();
    QTest::newRow("latest") << QStringLiteral("latest") << true << QString();
    QTest::newRow("pre-release") << QStringLiteral("v2.11.1-rc.1") << true << QString();
    QTest::newRow("no v") << QStringLiteral("2.11") << true << QString();
    QTest::newRow("underscore first") << QStringLiteral("_build") << true << QString();
    QTest::newRow("single character") << QStringLiteral("1") << true << QString();
    QTest::newRow("128 characters")
            << QStringLiteral("v") + QString(127, QLatin1Char('a')) << true << QString();
    QTest::newRow("digest") << digest << true << QString();

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("129 characters")
            << QStringLiteral("v") + QString(128, QLatin1Char('a')) << false << QString();
    QTest::newRow("spaces around")
            << QStringLiteral("  v2.11.1 ") << false << QStringLiteral("v2.11.1");
    QTest::newRow("newline after")
            << QStringLiteral("v2.11.1\n") << false << QStringLiteral("v2.11.1");
    QTest::newRow("colon before") << QStringLiteral(":v1") << false << QStringLiteral("v1");
    QTest::newRow("colon and spaces")
            << QStringLiteral(" :v2.11.1 ") << false << QStringLiteral("v2.11.1");
    QTest::newRow("digest with space") << digest + QLatin1Char(' ') << false << digest;
    // No suggestion is better than one that is as wrong as what was typed.
    QTest::newRow("space inside") << QStringLiteral("v2 .11") << false << QString();
    QTest::newRow("only a colon") << QStringLiteral(":") << false << QString();
    QTest::newRow("colon then bad") << QStringLiteral(":v/1") << false << QString();
    QTest::newRow("slash") << QStringLiteral("v2/11") << false << QString();
    QTest::newRow("leading dash") << QStringLiteral("-v1") << false << QString();
    QTest::newRow("leading dot") << QStringLiteral(".v1") << false << QString();
    QTest::newRow("colon after") << QStringLiteral("v1:") << false << QString();
    QTest::newRow("at sign") << QStringLiteral("v1@x") << false << QString();
    QTest::newRow("plus") << QStringLiteral("v1+build") << false << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("v\u00fc") << false << QString();
    QTest::newRow("digest uppercase")
            << QStringLiteral("sha256:") + QString(64, QLatin1Char('A')) << false << QString();
    QTest::newRow("digest 63 hex")
            << QStringLiteral("sha256:") + QString(63, QLatin1Char('a')) << false << QString();
    QTest::newRow("digest 65 hex")
            << QStringLiteral("sha256:") + QString(65, QLatin1Char('a')) << false << QString();
    QTest::newRow("digest not hex")
            << QStringLiteral("sha256:") + QString(64, QLatin1Char('g')) << false << QString();
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('a')) << false
                            << QString();
}

void TestImagePin::checkTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QFETCH(QString, suggestion);

    const QList<ValidationMessage> messages = ImagePin::checkTag(tag);
    if (valid) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).text));
        return;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0].isError());
    QVERIFY(!messages[0].text.isEmpty());
    if (!tag.isEmpty())
        QVERIFY2(messages[0].text.contains(QLatin1Char('"') + tag + QLatin1Char('"')),
                 qPrintable(messages[0].text));
    QCOMPARE(messages[0].suggestion, suggestion);
    // What is offered is usable as it is.
    if (!messages[0].suggestion.isEmpty())
        QVERIFY(ImagePin::checkTag(messages[0].suggestion).isEmpty());
}

void TestImagePin::unpinnedImages_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QStringList>("unpinned");

    const QStringList upstream {QStringLiteral("docker.io/cloudnativelabs/kube-router")};
    QTest::newRow("unpinned") << QByteArrayLiteral(
            "      - name: kube-router\n        image: docker.io/cloudnativelabs/kube-router\n")
                              << upstream;
    QTest::newRow("listed once") << QByteArrayLiteral(
            "image: docker.io/cloudnativelabs/kube-router\n"
            "image: docker.io/cloudnativelabs/kube-router\n")
                                 << upstream;
    QTest::newRow("double quotes")
            << QByteArrayLiteral("  image: \"docker.io/cloudnativelabs/kube-router\"\n")
            << upstream;
    QTest::newRow("single quotes")
            << QByteArrayLiteral("  image: 'docker.io/cloudnativelabs/kube-router'\n") << upstream;
    QTest::newRow("comment after")
            << QByteArrayLiteral("  image: docker.io/cloudnativelabs/kube-router # newest\n")
            << upstream;
    QTest::newRow("CRLF") << QByteArrayLiteral(
            "  image: docker.io/cloudnativelabs/kube-router\r\n  imagePullPolicy: Always\r\n")
                          << upstream;
    QTest::newRow("no final newline")
            << QByteArrayLiteral("  image: docker.io/cloudnativelabs/kube-router") << upstream;
    QTest::newRow("list item, no registry")
            << QByteArrayLiteral("- image: cloudnativelabs/kube-router\n  name: x\n")
            << QStringList {QStringLiteral("cloudnativelabs/kube-router")};
    QTest::newRow("registry with port")
            << QByteArrayLiteral("  image: registry.local:5000/cloudnativelabs/kube-router\n")
            << QStringList {QStringLiteral("registry.local:5000/cloudnativelabs/kube-router")};
    QTest::newRow("two different references")
            << QByteArrayLiteral("image: ghcr.io/cloudnativelabs/kube-router\n"
                                 "image: docker.io/cloudnativelabs/kube-router\n")
            << QStringList({QStringLiteral("ghcr.io/cloudnativelabs/kube-router"),
                            QStringLiteral("docker.io/cloudnativelabs/kube-router")});

    QTest::newRow("tag") << QByteArrayLiteral(
            "image: docker.io/cloudnativelabs/kube-router:v2.11.1\n")
                         << QStringList();
    QTest::newRow("digest") << QByteArray(
            QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router@") + digest.toLatin1()
            + '\n') << QStringList();
    QTest::newRow("tag and digest")
            << QByteArray(QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1@")
                          + digest.toLatin1() + '\n')
            << QStringList();
    QTest::newRow("other image") << QByteArrayLiteral("image: docker.io/library/busybox\n")
                                 << QStringList();
    QTest::newRow("similar name") << QByteArrayLiteral(
            "image: docker.io/cloudnativelabs/kube-router-helper\n")
                                  << QStringList();
    QTest::newRow("other owner with same suffix")
            << QByteArrayLiteral("image: quay.io/notcloudnativelabs/kube-router\n")
            << QStringList();
    QTest::newRow("commented out")
            << QByteArrayLiteral("# image: docker.io/cloudnativelabs/kube-router\n")
            << QStringList();
    QTest::newRow("other key") << QByteArrayLiteral(
            "  baseImage: docker.io/cloudnativelabs/kube-router\n")
                               << QStringList();
    QTest::newRow("empty") << QByteArray() << QStringList();
}

void TestImagePin::unpinnedImages()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QStringList, unpinned);
    QCOMPARE(ImagePin::unpinnedImages(manifest), unpinned);
}

void TestImagePin::unpinnedImagesOfBuiltInTemplate()
{
    const QByteArray manifest = test::readAll(test::builtInTemplatePath());
    QVERIFY(!manifest.isEmpty());
    QCOMPARE(ImagePin::unpinnedImages(manifest),
             QStringList {QStringLiteral("docker.io/cloudnativelabs/kube-router")});
    QCOMPARE(ImagePin::unpinnedImages(pinned(manifest, QStringLiteral("v2.11.1"))), QStringList());
}

void TestImagePin::pinEdits_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("expected");

    const QString tag = QStringLiteral("v2.11.1");
    const QByteArray at = '@' + digest.toLatin1();
    QTest::newRow("add tag")
            << QByteArrayLiteral("  image: docker.io/cloudnativelabs/kube-router\n") << tag
            << QByteArrayLiteral("  image: docker.io/cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("add digest")
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router\n") << digest
            << QByteArray("image: docker.io/cloudnativelabs/kube-router" + at + '\n');
    QTest::newRow("replace tag")
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v1.0.0\n") << tag
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("replace tag by digest")
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v1.0.0\n") << digest
            << QByteArray("image: docker.io/cloudnativelabs/kube-router" + at + '\n');
    QTest::newRow("replace digest by tag")
            << QByteArray("image: docker.io/cloudnativelabs/kube-router" + at + '\n') << tag
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("replace tag and digest")
            << QByteArray("image: docker.io/cloudnativelabs/kube-router:v1.0.0" + at + '\n') << tag
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("double quotes")
            << QByteArrayLiteral("  image: \"docker.io/cloudnativelabs/kube-router:latest\"\n")
            << tag
            << QByteArrayLiteral("  image: \"docker.io/cloudnativelabs/kube-router:v2.11.1\"\n");
    QTest::newRow("single quotes")
            << QByteArrayLiteral("  image: 'docker.io/cloudnativelabs/kube-router'\n") << tag
            << QByteArrayLiteral("  image: 'docker.io/cloudnativelabs/kube-router:v2.11.1'\n");
    QTest::newRow("comment kept")
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v1 # pinned\n")
            << tag
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1 # pinned\n");
    QTest::newRow("list item") << QByteArrayLiteral("- image: cloudnativelabs/kube-router\n") << tag
                               << QByteArrayLiteral(
                                          "- image: cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("registry with port")
            << QByteArrayLiteral("image: registry.local:5000/cloudnativelabs/kube-router\n") << tag
            << QByteArrayLiteral(
                       "image: registry.local:5000/cloudnativelabs/kube-router:v2.11.1\n");
    QTest::newRow("CRLF kept")
            << QByteArrayLiteral("a: b\r\nimage: docker.io/cloudnativelabs/kube-router\r\nc: d\r\n")
            << tag
            << QByteArrayLiteral(
                       "a: b\r\nimage: docker.io/cloudnativelabs/kube-router:v2.11.1\r\nc: d\r\n");
    QTest::newRow("no final newline")
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router") << tag
            << QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1");
    const QByteArray others
            = QByteArrayLiteral("image: docker.io/library/busybox\n"
                                "image: docker.io/library/busybox:1.36\n"
                                "image: docker.io/cloudnativelabs/kube-router-helper\n"
                                "image: quay.io/notcloudnativelabs/kube-router\n"
                                "# image: docker.io/cloudnativelabs/kube-router\n"
                                "imagePullPolicy: Always\n");
    QTest::newRow("other images left alone") << others << tag << others;
    QTest::newRow("mixed") << QByteArray("image: docker.io/library/busybox\n"
                                         "image: docker.io/cloudnativelabs/kube-router\n"
                                         "image: ghcr.io/cloudnativelabs/kube-router:v1"
                                         + at + '\n')
                           << tag
                           << QByteArrayLiteral(
                                      "image: docker.io/library/busybox\n"
                                      "image: docker.io/cloudnativelabs/kube-router:v2.11.1\n"
                                      "image: ghcr.io/cloudnativelabs/kube-router:v2.11.1\n");
}

void TestImagePin::pinEdits()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, tag);
    QFETCH(QByteArray, expected);

    const QList<TextEdit> edits = ImagePin::pinEdits(manifest, tag);
    for (const TextEdit &edit : edits) {
        QVERIFY(edit.value == RenderedManifest::Substitution::Value::ImageTag);
        QVERIFY(edit.offset >= 0 && edit.offset + edit.length <= manifest.size());
        // The edit covers the old tag or digest only, never the repository.
        const QByteArray old = manifest.mid(edit.offset, edit.length);
        QVERIFY2(old.isEmpty() || old.startsWith(':') || old.startsWith('@'), old.constData());
    }
    QCOMPARE(TextEdit::apply(manifest, edits, nullptr), expected);
    // Pinning again with the same tag changes nothing more.
    QCOMPARE(pinned(expected, tag), expected);
}

void TestImagePin::pinEditsOfBuiltInTemplate()
{
    const QByteArray manifest = test::readAll(test::builtInTemplatePath());
    const QList<TextEdit> edits = ImagePin::pinEdits(manifest, QStringLiteral("v2.11.1"));
    QCOMPARE(edits.size(), 2);
    QList<RenderedManifest::Substitution> landed;
    const QByteArray result = TextEdit::apply(manifest, edits, &landed);
    QCOMPARE(landed.size(), 2);
    for (const RenderedManifest::Substitution &substitution : std::as_const(landed))
        QCOMPARE(result.mid(substitution.offset, substitution.length),
                 QByteArrayLiteral(":v2.11.1"));
    // Both image lines, and nothing else.
    const QByteArray before = QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router\n");
    const QByteArray after
            = QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router:v2.11.1\n");
    QCOMPARE(manifest.count(before), 2);
    QCOMPARE(result.count(after), 2);
    QCOMPARE(QByteArray(manifest).replace(before, after), result);
}

void TestImagePin::pinEditsOfUpstreamTemplate()
{
    const QString path
            = test::upstreamPath(QStringLiteral("daemonset/generic-kuberouter-all-features.yaml"));
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("the upstream kube-router copy is absent (%1)").arg(path)));
    const QByteArray manifest = test::readAll(path);
    QCOMPARE(ImagePin::unpinnedImages(manifest),
             QStringList {QStringLiteral("docker.io/cloudnativelabs/kube-router")});
    const QByteArray result = pinned(manifest, QStringLiteral("v2.11.1"));
    QCOMPARE(result.count("image: docker.io/cloudnativelabs/kube-router:v2.11.1\n"), 2);
    QCOMPARE(ImagePin::unpinnedImages(result), QStringList());
}

QTEST_GUILESS_MAIN(TestImagePin)
#include "tst_imagepin.moc"
