// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/ManifestReader.h"
#include "manifest/ManifestRenderer.h"
#include "net/ApiServerUrl.h"
#include "net/Cidr.h"

#include "TestData.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace podnet;

namespace {

using Substitution = RenderedManifest::Substitution;

const QString sedPath = QStringLiteral("/bin/sed");
const QString upstreamFile = QStringLiteral("daemonset/generic-kuberouter-all-features.yaml");
const QByteArray kubeRouterImageLine
        = QByteArrayLiteral("image: docker.io/cloudnativelabs/kube-router\n");

// The tutorial's command, verbatim: the values reach sed through the shell's environment.
const QString tutorialCommand = QStringLiteral(
        "%1 -e \"s;%APISERVER%;$APISERVER;g\" -e \"s;%CLUSTERCIDR%;$CLUSTERCIDR;g\"");

// Runs the tutorial's sed on \a input. Fails the current test when sed does not succeed.
void runSed(const QByteArray &input, const QString &apiServer, const QString &clusterCidr,
            QByteArray *output)
{
    QProcess sed;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("APISERVER"), apiServer);
    environment.insert(QStringLiteral("CLUSTERCIDR"), clusterCidr);
    sed.setProcessEnvironment(environment);
    QSignalSpy finished(&sed, &QProcess::finished);
    sed.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), tutorialCommand.arg(sedPath)});
    // Written before sed has started: QProcess keeps it until the pipe is open.
    QCOMPARE(sed.write(input), input.size());
    sed.closeWriteChannel();
    QVERIFY2(finished.count() > 0 || finished.wait(30000), qPrintable(sed.errorString()));
    QCOMPARE(sed.exitStatus(), QProcess::NormalExit);
    const QByteArray errors = sed.readAllStandardError();
    QVERIFY2(sed.exitCode() == 0, errors.constData());
    QVERIFY2(errors.isEmpty(), errors.constData());
    *output = sed.readAllStandardOutput();
}

QByteArray dataFile(const QString &name)
{
    const QString path = test::dataPath(QStringLiteral("manifests/") + name);
    if (!QFileInfo::exists(path))
        qFatal("missing test input %s", qPrintable(path));
    return test::readAll(path);
}

QString dump(const QList<ManifestProblem> &problems)
{
    QStringList out;
    for (const ManifestProblem &problem : problems)
        out << QStringLiteral("%1 %2:%3 %4 (%5)")
                        .arg(problem.isError() ? QStringLiteral("error")
                                               : QStringLiteral("warning"))
                        .arg(problem.line)
                        .arg(problem.column)
                        .arg(problem.message, problem.detail);
    return out.join(QLatin1Char('\n'));
}

QStringList positions(const QList<ManifestProblem> &problems)
{
    QStringList out;
    for (const ManifestProblem &problem : problems)
        out << QStringLiteral("%1%2:%3")
                        .arg(problem.isError() ? QLatin1Char('E') : QLatin1Char('W'))
                        .arg(problem.line)
                        .arg(problem.column);
    return out;
}

int countOf(const QList<Substitution> &substitutions, Substitution::Value value)
{
    return static_cast<int>(
            std::count_if(substitutions.cbegin(), substitutions.cend(),
                          [value](const Substitution &s) { return s.value == value; }));
}

bool anyMessageContains(const QList<ManifestProblem> &problems, const QString &text)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&text](const ManifestProblem &p) { return p.message.contains(text); });
}

// Value pairs a user may enter; each passes NetworkSettings' checks.
void addValueRows(const char *templateName, const QString &templateFile)
{
    struct Pair
    {
        const char *name;
        const char *apiServer;
        const char *clusterCidr;
    };
    const Pair pairs[] = {
            {"tutorial", "https://10.0.0.10:6443", "10.200.0.0/16"},
            {"ipv6 with path", "https://[fd00:10::1]:6443/k8s/api", "fd00:10:200::/56"},
            {"host name", "https://k8s.example.com:6443", "10.244.0.0/16"},
            {"http loopback", "http://127.0.0.1:8080", "192.168.0.0/16"},
            {"punctuation sed keeps", "https://10.0.0.10:6443/p-a_t.h~!$()*+,=@x", "172.16.0.0/12"},
    };
    for (const Pair &pair : pairs) {
        QTest::addRow("%s, %s", templateName, pair.name)
                << templateFile << QString::fromLatin1(pair.apiServer)
                << QString::fromLatin1(pair.clusterCidr);
    }
}

// Template file names: "builtin" and "upstream" are special, others are under manifests/.
QByteArray loadTemplate(const QString &name)
{
    if (name == QLatin1String("builtin"))
        return test::readAll(test::builtInTemplatePath());
    if (name == QLatin1String("upstream"))
        return test::readAll(test::upstreamPath(upstreamFile));
    return dataFile(name);
}

} // namespace

class TestManifestRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renderEqualsSed_data();
    void renderEqualsSed();
    void substituteEqualsSed_data();
    void substituteEqualsSed();
    void substitutionsPointAtValues();
    void leftoverPlaceholder();
    void missingApiServerPlaceholder();
    void unpinnedImageWarning();
    void pinnedImage_data();
    void pinnedImage();
    void pinningWithoutImage();
    void yamlErrorsStopRendering_data();
    void yamlErrorsStopRendering();
    void brokenYamlAfterSubstitution();
};

void TestManifestRenderer::initTestCase()
{
    QVERIFY2(QFileInfo(sedPath).isExecutable(), "the tests compare against /bin/sed");
    // The judge itself works: sed must change something.
    QByteArray judged;
    runSed(QByteArrayLiteral("a %APISERVER% b %CLUSTERCIDR%\n"), QStringLiteral("X"),
           QStringLiteral("Y"), &judged);
    QCOMPARE(judged, QByteArrayLiteral("a X b Y\n"));
}

void TestManifestRenderer::renderEqualsSed_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QString>("apiServer");
    QTest::addColumn<QString>("clusterCidr");

    addValueRows("built-in", QStringLiteral("builtin"));
    addValueRows("upstream", QStringLiteral("upstream"));
    addValueRows("LF", QStringLiteral("placeholders.yaml"));
    addValueRows("CRLF", QStringLiteral("placeholders-crlf.yaml"));
    addValueRows("no final newline", QStringLiteral("placeholders-no-final-newline.yaml"));
    addValueRows("several on a line", QStringLiteral("multi-placeholder.yaml"));
}

void TestManifestRenderer::renderEqualsSed()
{
    QFETCH(QString, templateFile);
    QFETCH(QString, apiServer);
    QFETCH(QString, clusterCidr);

    if (templateFile == QLatin1String("upstream")
        && !QFileInfo::exists(test::upstreamPath(upstreamFile)))
        QSKIP(qPrintable(QStringLiteral("the upstream kube-router copy is absent (%1); the "
                                        "comparison with upstream's own file is skipped")
                                 .arg(test::upstreamPath(upstreamFile))));

    // Only values the wizard accepts are promised to match sed.
    QVERIFY(!ValidationMessage::anyError(ApiServerUrl::check(apiServer)));
    QVERIFY(Cidr::parse(clusterCidr).ok());

    const QByteArray templateText = loadTemplate(templateFile);
    QVERIFY(!templateText.isEmpty());
    QVERIFY(templateText.contains(ManifestRenderer::apiServerPlaceholder()));

    QByteArray expected;
    runSed(templateText, apiServer, clusterCidr, &expected);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(expected != templateText);
    QVERIFY(!expected.contains(ManifestRenderer::apiServerPlaceholder()));

    const RenderedManifest rendered
            = ManifestRenderer::render(templateText, {apiServer, clusterCidr, {}});
    QVERIFY2(rendered.ok(), qPrintable(dump(rendered.problems)));
    QCOMPARE(rendered.text, expected);
    QCOMPARE(rendered.text.size(), expected.size());

    // The objects listed are those of the rendered text.
    const ManifestReadResult reread = ManifestReader::read(expected);
    QVERIFY(reread.ok());
    QVERIFY(rendered.resources == reread.resources);
    QVERIFY(!rendered.resources.isEmpty());
}

void TestManifestRenderer::substituteEqualsSed_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QString>("apiServer");
    QTest::addColumn<QString>("clusterCidr");

    addValueRows("built-in", QStringLiteral("builtin"));
    addValueRows("CRLF", QStringLiteral("placeholders-crlf.yaml"));
    addValueRows("several on a line", QStringLiteral("multi-placeholder.yaml"));
    // substitute() is the bare replace-all: even empty values behave as in sed.
    QTest::newRow("several on a line, empty values")
            << QStringLiteral("multi-placeholder.yaml") << QString() << QString();
    QTest::newRow("leftover tokens stay")
            << QStringLiteral("leftover-placeholder.yaml")
            << QStringLiteral("https://10.0.0.10:6443") << QStringLiteral("10.200.0.0/16");
    QTest::newRow("no placeholder at all")
            << QStringLiteral("missing-name.yaml") << QStringLiteral("https://10.0.0.10:6443")
            << QStringLiteral("10.200.0.0/16");
}

void TestManifestRenderer::substituteEqualsSed()
{
    QFETCH(QString, templateFile);
    QFETCH(QString, apiServer);
    QFETCH(QString, clusterCidr);

    const QByteArray templateText = loadTemplate(templateFile);
    QByteArray expected;
    runSed(templateText, apiServer, clusterCidr, &expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ManifestRenderer::substitute(templateText, apiServer, clusterCidr), expected);
}

void TestManifestRenderer::substitutionsPointAtValues()
{
    const QString apiServer = QStringLiteral("https://[fd00:10::1]:6443/k8s/api");
    const QString clusterCidr = QStringLiteral("fd00:10:200::/56");
    struct Case
    {
        const char *file;
        int apiServers;
        int clusterCidrs;
    };
    // multi-placeholder.yaml, as sed sees it: "same-line" 2 + 3, "shared-percent" 1 + 0,
    // "shared-percent-reversed" 1 + 0, "chained" 1 + 1, "doubled" 1 + 0, kubeconfig 1 + 1.
    const Case cases[] = {{"builtin", 1, 1},
                          {"placeholders.yaml", 1, 1},
                          {"placeholders-crlf.yaml", 1, 1},
                          {"placeholders-no-final-newline.yaml", 2, 1},
                          {"multi-placeholder.yaml", 7, 5}};
    for (const Case &c : cases) {
        const QString name = QString::fromLatin1(c.file);
        const QByteArray templateText = loadTemplate(name);
        const RenderedManifest rendered
                = ManifestRenderer::render(templateText, {apiServer, clusterCidr, {}});
        QVERIFY2(rendered.ok(), qPrintable(name + QLatin1Char('\n') + dump(rendered.problems)));
        QCOMPARE(countOf(rendered.substitutions, Substitution::Value::ApiServer), c.apiServers);
        QCOMPARE(countOf(rendered.substitutions, Substitution::Value::ClusterCidr), c.clusterCidrs);
        QCOMPARE(countOf(rendered.substitutions, Substitution::Value::ImageTag), 0);

        // Each substitution covers exactly its value; putting the tokens back where the
        // substitutions say gives the template again.
        QList<Substitution> sorted = rendered.substitutions;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Substitution &a, const Substitution &b) { return a.offset < b.offset; });
        QByteArray restored;
        qsizetype start = 0;
        for (const Substitution &substitution : std::as_const(sorted)) {
            const bool api = substitution.value == Substitution::Value::ApiServer;
            const QByteArray value = (api ? apiServer : clusterCidr).toUtf8();
            QCOMPARE(substitution.length, value.size());
            QVERIFY(substitution.offset >= start);
            QCOMPARE(rendered.text.mid(substitution.offset, substitution.length), value);
            restored += rendered.text.mid(start, substitution.offset - start);
            restored += api ? ManifestRenderer::apiServerPlaceholder()
                            : ManifestRenderer::clusterCidrPlaceholder();
            start = substitution.offset + substitution.length;
        }
        restored += rendered.text.mid(start);
        QCOMPARE(restored, templateText);
    }
}

void TestManifestRenderer::leftoverPlaceholder()
{
    const QByteArray templateText = dataFile(QStringLiteral("leftover-placeholder.yaml"));
    const RenderedManifest rendered = ManifestRenderer::render(
            templateText,
            {QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"), {}});
    QVERIFY(!rendered.ok());
    QVERIFY(rendered.text.isEmpty());
    // Positions in the template as the user has it, not in the rendered text (where the URL
    // before %NODE_NAME% would move it to another column).
    QCOMPARE(positions(rendered.problems),
             QStringList({QStringLiteral("E7:25"), QStringLiteral("E18:25")}));
    QVERIFY2(rendered.problems[0].message.contains(QStringLiteral("%NODE_NAME%")),
             qPrintable(rendered.problems[0].message));
    QVERIFY2(rendered.problems[0].message.contains(QStringLiteral("line 7, column 25")),
             qPrintable(rendered.problems[0].message));
    QVERIFY2(rendered.problems[1].message.contains(QStringLiteral("%OWNER%")),
             qPrintable(rendered.problems[1].message));

    // The same file with the tokens at the same places, with CRLF line breaks.
    QByteArray crlf = templateText;
    crlf.replace("\n", "\r\n");
    const RenderedManifest fromCrlf = ManifestRenderer::render(
            crlf, {QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"), {}});
    QCOMPARE(positions(fromCrlf.problems), positions(rendered.problems));
    QVERIFY(fromCrlf.text.isEmpty());
}

void TestManifestRenderer::missingApiServerPlaceholder()
{
    const QByteArray templateText = dataFile(QStringLiteral("no-apiserver-placeholder.yaml"));
    const QString apiServer = QStringLiteral("https://10.0.0.10:6443");
    const QString clusterCidr = QStringLiteral("10.200.0.0/16");
    const RenderedManifest rendered
            = ManifestRenderer::render(templateText, {apiServer, clusterCidr, {}});
    QVERIFY2(rendered.ok(), qPrintable(dump(rendered.problems)));
    QCOMPARE(positions(rendered.problems), QStringList {QStringLiteral("W0:0")});
    QVERIFY2(rendered.problems[0].message.contains(QStringLiteral("no %APISERVER% placeholder")),
             qPrintable(rendered.problems[0].message));
    QByteArray expected;
    runSed(templateText, apiServer, clusterCidr, &expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rendered.text, expected);

    // A template with the placeholder gets no such warning.
    const RenderedManifest withPlaceholder = ManifestRenderer::render(
            dataFile(QStringLiteral("placeholders.yaml")), {apiServer, clusterCidr, {}});
    QVERIFY2(withPlaceholder.problems.isEmpty(), qPrintable(dump(withPlaceholder.problems)));
}

void TestManifestRenderer::unpinnedImageWarning()
{
    const QByteArray templateText = test::readAll(test::builtInTemplatePath());
    const RenderValues values {
            QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"), {}};

    const RenderedManifest unpinned = ManifestRenderer::render(templateText, values);
    QVERIFY2(unpinned.ok(), qPrintable(dump(unpinned.problems)));
    QCOMPARE(positions(unpinned.problems), QStringList {QStringLiteral("W0:0")});
    QVERIFY2(unpinned.problems[0].message.contains(
                     QStringLiteral("docker.io/cloudnativelabs/kube-router is not pinned")),
             qPrintable(unpinned.problems[0].message));

    RenderValues pinnedValues = values;
    pinnedValues.imageTag = QStringLiteral("v2.11.1");
    const RenderedManifest pinned = ManifestRenderer::render(templateText, pinnedValues);
    QVERIFY2(pinned.ok(), qPrintable(dump(pinned.problems)));
    QVERIFY2(pinned.problems.isEmpty(), qPrintable(dump(pinned.problems)));
    QVERIFY(!anyMessageContains(pinned.problems, QStringLiteral("not pinned")));
}

void TestManifestRenderer::pinnedImage_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("suffix");

    const QByteArray digest = QByteArrayLiteral(
            "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::newRow("built-in, tag") << QStringLiteral("builtin") << QStringLiteral("v2.11.1")
                                   << QByteArrayLiteral(":v2.11.1");
    QTest::newRow("built-in, digest")
            << QStringLiteral("builtin") << QString::fromLatin1(digest) << QByteArray('@' + digest);
    QTest::newRow("upstream, tag") << QStringLiteral("upstream") << QStringLiteral("v2.11.1")
                                   << QByteArrayLiteral(":v2.11.1");
}

void TestManifestRenderer::pinnedImage()
{
    QFETCH(QString, templateFile);
    QFETCH(QString, tag);
    QFETCH(QByteArray, suffix);

    if (templateFile == QLatin1String("upstream")
        && !QFileInfo::exists(test::upstreamPath(upstreamFile)))
        QSKIP(qPrintable(QStringLiteral("the upstream kube-router copy is absent (%1); pinning "
                                        "upstream's own file is not checked")
                                 .arg(test::upstreamPath(upstreamFile))));

    const QString apiServer = QStringLiteral("https://10.0.0.10:6443");
    const QString clusterCidr = QStringLiteral("10.200.0.0/16");
    const QByteArray templateText = loadTemplate(templateFile);
    QByteArray expected;
    runSed(templateText, apiServer, clusterCidr, &expected);
    if (QTest::currentTestFailed())
        return;
    // sed's output with both image lines (init container and container) pinned.
    QCOMPARE(expected.count(kubeRouterImageLine), 2);
    QByteArray pinnedLine = kubeRouterImageLine;
    pinnedLine.insert(pinnedLine.size() - 1, suffix);
    expected.replace(kubeRouterImageLine, pinnedLine);
    QCOMPARE(expected.count(pinnedLine), 2);

    const RenderedManifest rendered
            = ManifestRenderer::render(templateText, {apiServer, clusterCidr, tag});
    QVERIFY2(rendered.ok(), qPrintable(dump(rendered.problems)));
    QCOMPARE(rendered.text, expected);
    QCOMPARE(rendered.resources.size(), 5);

    QCOMPARE(countOf(rendered.substitutions, Substitution::Value::ImageTag), 2);
    for (const Substitution &substitution : rendered.substitutions) {
        const QByteArray value = substitution.value == Substitution::Value::ImageTag ? suffix
                : substitution.value == Substitution::Value::ApiServer ? apiServer.toUtf8()
                                                                       : clusterCidr.toUtf8();
        QCOMPARE(rendered.text.mid(substitution.offset, substitution.length), value);
    }
}

void TestManifestRenderer::pinningWithoutImage()
{
    const RenderedManifest rendered = ManifestRenderer::render(
            dataFile(QStringLiteral("placeholders.yaml")),
            {QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"),
             QStringLiteral("v2.11.1")});
    QVERIFY(!rendered.ok());
    QVERIFY(rendered.text.isEmpty());
    QVERIFY2(anyMessageContains(rendered.problems, QStringLiteral("no kube-router image to pin")),
             qPrintable(dump(rendered.problems)));
}

void TestManifestRenderer::yamlErrorsStopRendering_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("bad indentation")
            << QStringLiteral("bad-indentation.yaml") << QStringList {QStringLiteral("E5:3")};
    QTest::newRow("tab indentation")
            << QStringLiteral("tab-indentation.yaml")
            << QStringList({QStringLiteral("E5:1"), QStringLiteral("E14:3")});
    QTest::newRow("third document") << QStringLiteral("error-in-third-document.yaml")
                                    << QStringList {QStringLiteral("E17:3")};
    QTest::newRow("missing kind") << QStringLiteral("missing-kind.yaml")
                                  << QStringList {QStringLiteral("E7:1")};
    QTest::newRow("duplicate keys")
            << QStringLiteral("duplicate-keys.yaml")
            << QStringList({QStringLiteral("E5:3"), QStringLiteral("E14:5")});
    QTest::newRow("not UTF-8") << QStringLiteral("not-utf8.yaml")
                               << QStringList {QStringLiteral("E0:0")};
    QTest::newRow("no objects") << QStringLiteral("no-objects.yaml")
                                << QStringList {QStringLiteral("E0:0")};
}

void TestManifestRenderer::yamlErrorsStopRendering()
{
    QFETCH(QString, templateFile);
    QFETCH(QStringList, problems);

    const QByteArray templateText = dataFile(templateFile);
    const RenderedManifest rendered = ManifestRenderer::render(
            templateText,
            {QStringLiteral("https://10.0.0.10:6443"), QStringLiteral("10.200.0.0/16"), {}});
    QVERIFY(!rendered.ok());
    QVERIFY(rendered.text.isEmpty());
    QVERIFY(rendered.resources.isEmpty());
    QVERIFY(rendered.substitutions.isEmpty());
    // The same findings, at the same places, as reading the template.
    const QList<ManifestProblem> errors = [&rendered] {
        QList<ManifestProblem> out;
        for (const ManifestProblem &problem : rendered.problems) {
            if (problem.isError())
                out << problem;
        }
        return out;
    }();
    QVERIFY2(positions(errors) == problems, qPrintable(dump(rendered.problems)));
    QCOMPARE(positions(ManifestReader::read(templateText).problems), problems);
}

void TestManifestRenderer::brokenYamlAfterSubstitution()
{
    // render() does not validate the values; a quote in the URL breaks the quoted scalar it
    // lands in, and the check after substituting catches it.
    const RenderedManifest rendered = ManifestRenderer::render(
            dataFile(QStringLiteral("multi-placeholder.yaml")),
            {QStringLiteral("https://10.0.0.10:6443/\"x"), QStringLiteral("10.200.0.0/16"), {}});
    QVERIFY(!rendered.ok());
    QVERIFY(rendered.text.isEmpty());
    QVERIFY(ManifestProblem::anyError(rendered.problems));
}

QTEST_GUILESS_MAIN(TestManifestRenderer)
#include "tst_manifestrenderer.moc"
