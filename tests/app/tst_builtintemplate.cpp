// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifest/ManifestRenderer.h"
#include "manifest/TemplateLoader.h"

#include "TestData.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace podnet;

namespace {

const QString upstreamFile = QStringLiteral("daemonset/generic-kuberouter-all-features.yaml");

// What a scalar means to Kubernetes (sigs.k8s.io/yaml, YAML 1.1 rules for plain scalars):
// quoted and block scalars are strings; plain ones may be null, bool or a number.
QString scalarType(const YAML::Node &node)
{
    if (node.Tag() != "?")
        return QStringLiteral("str");
    const QString text = QString::fromStdString(node.Scalar());
    static const QRegularExpression null(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression boolean(
            QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|"
                           "ON|off|Off|OFF)$"));
    static const QRegularExpression integer(
            QStringLiteral("^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0[0-7_]+|0b[01_]+)$"));
    static const QRegularExpression real(
            QStringLiteral("^([-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?\\.(inf|Inf|INF)"
                           "|\\.(nan|NaN|NAN))$"));
    if (null.match(text).hasMatch())
        return QStringLiteral("null");
    if (boolean.match(text).hasMatch())
        return QStringLiteral("bool");
    if (integer.match(text).hasMatch())
        return QStringLiteral("int");
    if (real.match(text).hasMatch())
        return QStringLiteral("float");
    return QStringLiteral("str");
}

QString kindOf(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
        return QStringLiteral("undefined");
    case YAML::NodeType::Null:
        return QStringLiteral("null");
    case YAML::NodeType::Scalar:
        return QStringLiteral("scalar");
    case YAML::NodeType::Sequence:
        return QStringLiteral("sequence");
    case YAML::NodeType::Map:
        return QStringLiteral("mapping");
    }
    return QStringLiteral("?");
}

QString shortText(const YAML::Node &node)
{
    if (node.IsScalar()) {
        QString text = QString::fromStdString(node.Scalar());
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return kindOf(node);
}

/// Compares two YAML trees as Kubernetes would read them: mappings regardless of key order,
/// sequences in order, scalars by text and type. Returns the first difference, or nothing.
std::optional<QString> firstDifference(const YAML::Node &a, const YAML::Node &b,
                                       const QString &path)
{
    const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
    if (a.Type() != b.Type()) {
        return QStringLiteral("%1: %2 vs %3").arg(where, shortText(a), shortText(b));
    }
    switch (a.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return std::nullopt;
    case YAML::NodeType::Scalar:
        if (a.Scalar() != b.Scalar() || scalarType(a) != scalarType(b)) {
            return QStringLiteral("%1: %2 (%3) vs %4 (%5)")
                    .arg(where, shortText(a), scalarType(a), shortText(b), scalarType(b));
        }
        return std::nullopt;
    case YAML::NodeType::Sequence:
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (auto difference = firstDifference(a[i], b[i], item))
                return difference;
        }
        if (a.size() != b.size()) {
            return QStringLiteral("%1: %2 items vs %3 items")
                    .arg(where)
                    .arg(a.size())
                    .arg(b.size());
        }
        return std::nullopt;
    case YAML::NodeType::Map: {
        // Keys in the order of the first tree, then keys only the second has.
        std::vector<std::string> keys;
        for (const auto &entry : a)
            keys.push_back(entry.first.Scalar());
        for (const auto &entry : b) {
            if (!a[entry.first.Scalar()])
                keys.push_back(entry.first.Scalar());
        }
        for (const std::string &key : keys) {
            const QString child = (path.isEmpty() ? QString() : path + QLatin1Char('.'))
                    + QString::fromStdString(key);
            const YAML::Node left = a[key];
            const YAML::Node right = b[key];
            if (!left)
                return QStringLiteral("%1: missing in the first, present in the second").arg(child);
            if (!right)
                return QStringLiteral("%1: present in the first, missing in the second").arg(child);
            if (auto difference = firstDifference(left, right, child))
                return difference;
        }
        if (a.size() != b.size())
            return QStringLiteral("%1: %2 keys vs %3 keys").arg(where).arg(a.size()).arg(b.size());
        return std::nullopt;
    }
    }
    return std::nullopt;
}

// The documents of a manifest, without empty ones; nullopt (and a warning) on a YAML error.
std::optional<std::vector<YAML::Node>> loadDocuments(const QByteArray &text)
{
    try {
        std::vector<YAML::Node> documents;
        for (const YAML::Node &document : YAML::LoadAll(text.toStdString())) {
            if (!document.IsNull())
                documents.push_back(document);
        }
        return documents;
    } catch (const YAML::Exception &error) {
        qWarning("YAML error: %s", error.what());
        return std::nullopt;
    }
}

QString documentName(const YAML::Node &document)
{
    return QStringLiteral("%1 %2").arg(
            QString::fromStdString(document["kind"].as<std::string>("?")),
            QString::fromStdString(document["metadata"]["name"].as<std::string>("?")));
}

} // namespace

class TestBuiltInTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embeddedEqualsCommittedFile();
    void placeholdersOccurOnce();
    void comparisonFindsDifferences_data();
    void comparisonFindsDifferences();
    void equivalentToUpstream();
};

void TestBuiltInTemplate::embeddedEqualsCommittedFile()
{
    const ManifestTemplate builtIn = TemplateLoader::builtIn();
    QVERIFY2(!builtIn.text.isEmpty(), "the binary embeds no template");
    QVERIFY(builtIn.source.kind == TemplateSource::Kind::BuiltIn);
    const QByteArray committed = test::readAll(test::builtInTemplatePath());
    QVERIFY2(!committed.isEmpty(), qPrintable(test::builtInTemplatePath()));
    QCOMPARE(builtIn.text.size(), committed.size());
    QCOMPARE(builtIn.text, committed);
}

void TestBuiltInTemplate::placeholdersOccurOnce()
{
    const QByteArray text = TemplateLoader::builtIn().text;
    QCOMPARE(text.count(ManifestRenderer::apiServerPlaceholder()), 1);
    QCOMPARE(text.count(ManifestRenderer::clusterCidrPlaceholder()), 1);
    // Where the tutorial's sed expects them: inside the ConfigMap's kubeconfig.
    QVERIFY(text.contains("\n    clusterCIDR: \"%CLUSTERCIDR%\"\n"));
    QVERIFY(text.contains("\n        server: %APISERVER%\n"));
    // No other %TOKEN% that would be left after rendering.
    static const QRegularExpression token(QStringLiteral("%[A-Z][A-Z0-9_]*%"));
    QStringList tokens;
    for (const QRegularExpressionMatch &match : token.globalMatch(QString::fromUtf8(text)))
        tokens << match.captured();
    QCOMPARE(tokens, QStringList({QStringLiteral("%CLUSTERCIDR%"), QStringLiteral("%APISERVER%")}));
}

void TestBuiltInTemplate::comparisonFindsDifferences_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("difference"); // empty when equal

    QTest::newRow("key order") << QByteArrayLiteral("a: 1\nb: 2\n")
                               << QByteArrayLiteral("b: 2\na: 1\n") << QString();
    QTest::newRow("quoting a string")
            << QByteArrayLiteral("a: x\n") << QByteArrayLiteral("a: \"x\"\n") << QString();
    QTest::newRow("folded vs plain multi-line")
            << QByteArrayLiteral("a: >-\n  one\n  two\n") << QByteArrayLiteral("a: one\n  two\n")
            << QString();
    QTest::newRow("flow vs block")
            << QByteArrayLiteral("a: [1, 2]\n") << QByteArrayLiteral("a:\n- 1\n- 2\n") << QString();
    QTest::newRow("nested value") << QByteArrayLiteral("a:\n  b:\n    c: 1\n")
                                  << QByteArrayLiteral("a:\n  b:\n    c: 2\n")
                                  << QStringLiteral("a.b.c: \"1\" (int) vs \"2\" (int)");
    QTest::newRow("sequence order")
            << QByteArrayLiteral("a:\n- p\n- q\n") << QByteArrayLiteral("a:\n- q\n- p\n")
            << QStringLiteral("a[0]: \"p\" (str) vs \"q\" (str)");
    // YAML 1.1, as Kubernetes reads it: a plain y is a boolean.
    QTest::newRow("y is a bool") << QByteArrayLiteral("a: y\n") << QByteArrayLiteral("a: 'y'\n")
                                 << QStringLiteral("a: \"y\" (bool) vs \"y\" (str)");
    QTest::newRow("sequence length")
            << QByteArrayLiteral("a:\n- x\n") << QByteArrayLiteral("a:\n- x\n- z\n")
            << QStringLiteral("a: 1 items vs 2 items");
    QTest::newRow("missing key") << QByteArrayLiteral("a:\n  b: 1\n  c: 2\n")
                                 << QByteArrayLiteral("a:\n  b: 1\n")
                                 << QStringLiteral(
                                            "a.c: present in the first, missing in the second");
    QTest::newRow("extra key") << QByteArrayLiteral("a:\n  b: 1\n")
                               << QByteArrayLiteral("a:\n  b: 1\n  d: 2\n")
                               << QStringLiteral(
                                          "a.d: missing in the first, present in the second");
    QTest::newRow("bool vs string")
            << QByteArrayLiteral("a: true\n") << QByteArrayLiteral("a: \"true\"\n")
            << QStringLiteral("a: \"true\" (bool) vs \"true\" (str)");
    QTest::newRow("int vs string")
            << QByteArrayLiteral("port: 20244\n") << QByteArrayLiteral("port: \"20244\"\n")
            << QStringLiteral("port: \"20244\" (int) vs \"20244\" (str)");
    QTest::newRow("map vs scalar")
            << QByteArrayLiteral("a:\n  b: 1\n") << QByteArrayLiteral("a: b\n")
            << QStringLiteral("a: mapping vs \"b\"");
    QTest::newRow("in a list of maps")
            << QByteArrayLiteral("c:\n- name: x\n  image: one\n")
            << QByteArrayLiteral("c:\n- image: two\n  name: x\n")
            << QStringLiteral("c[0].image: \"one\" (str) vs \"two\" (str)");
}

void TestBuiltInTemplate::comparisonFindsDifferences()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, difference);

    const std::optional<QString> found = firstDifference(YAML::Load(first.toStdString()),
                                                         YAML::Load(second.toStdString()), {});
    QCOMPARE(found.value_or(QString()), difference);
}

void TestBuiltInTemplate::equivalentToUpstream()
{
    const QString path = test::upstreamPath(upstreamFile);
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("the upstream kube-router copy is absent (%1), so the "
                                        "built-in template cannot be compared with it")
                                 .arg(path)));

    const std::optional<std::vector<YAML::Node>> ours
            = loadDocuments(TemplateLoader::builtIn().text);
    const std::optional<std::vector<YAML::Node>> theirs = loadDocuments(test::readAll(path));
    QVERIFY(ours.has_value());
    QVERIFY(theirs.has_value());
    QCOMPARE(ours->size(), std::size_t(5));
    QCOMPARE(theirs->size(), std::size_t(5));
    for (std::size_t i = 0; i < ours->size(); ++i) {
        const QString name = documentName((*theirs)[i]);
        QCOMPARE(documentName((*ours)[i]), name);
        const std::optional<QString> difference
                = firstDifference((*ours)[i], (*theirs)[i], QString());
        QVERIFY2(!difference,
                 qPrintable(QStringLiteral("document %1 (%2), built-in vs upstream: %3")
                                    .arg(i + 1)
                                    .arg(name, difference.value_or(QString()))));
    }
}

QTEST_GUILESS_MAIN(TestBuiltInTemplate)
#include "tst_builtintemplate.moc"
