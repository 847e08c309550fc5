// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The simulator under load and its benchmark hooks: thousands of realistic nodes, bursts of
// node events, held watches, and the stand-alone podnet-kube-sim driven through stdin.

#include "KubeSimTestClient.h"
#include "sim/kube/KubeNodeSpec.h"
#include "sim/kube/KubeSimulator.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podnet::sim;
using podnet::test::KubeSimTestClient;

namespace {

/// Starts \a options as a simulator; null (with a failed check) when it does not start.
std::unique_ptr<KubeSimulator> startSimulator(KubeSimulator::Options options)
{
    auto simulator = std::make_unique<KubeSimulator>(std::move(options));
    QSignalSpy ready(simulator.get(), &KubeSimulator::ready);
    simulator->start();
    if (!ready.wait(20000))
        return nullptr;
    return simulator;
}

/// The complete lines of a growing watch stream, parsed.
QList<QJsonObject> events(const QByteArray &stream)
{
    QList<QJsonObject> result;
    const QList<QByteArray> lines = stream.left(stream.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

qsizetype eventCount(const QList<QJsonObject> &list, const char *type)
{
    return std::count_if(list.cbegin(), list.cend(), [type](const QJsonObject &event) {
        return event.value(QStringLiteral("type")).toString() == QLatin1String(type);
    });
}

} // namespace

class TestKubeSimLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedSpecs();
    void listsFiveThousandNodes();
    void touchNodesStreamsEvents();
    void holdQueuesUntilRelease();
    void commandLineSimulator();
};

void TestKubeSimLoad::generatedSpecs()
{
    const QList<KubeNodeSpec> nodes = KubeNodeSpec::generated(5000);
    QCOMPARE(nodes.size(), 5000);
    QCOMPARE(nodes.first().name, QStringLiteral("node-00000.k8s.lan"));
    QCOMPARE(nodes.last().name, QStringLiteral("node-04999.k8s.lan"));
    QCOMPARE(nodes.first().internalIP, QStringLiteral("10.1.0.1"));
    QCOMPARE(nodes.at(250).internalIP, QStringLiteral("10.1.1.1"));
    QCOMPARE(nodes.at(300).podCIDR, QStringLiteral("10.129.44.0/24"));
    QSet<QString> names;
    QSet<QString> addresses;
    QSet<QString> ranges;
    for (const KubeNodeSpec &node : nodes) {
        names.insert(node.name);
        addresses.insert(node.internalIP);
        ranges.insert(node.podCIDR);
    }
    QCOMPARE(names.size(), 5000);
    QCOMPARE(addresses.size(), 5000);
    QCOMPARE(ranges.size(), 5000);
    QVERIFY(nodes.at(2).labels.contains(QStringLiteral("node-role.kubernetes.io/control-plane")));
    QVERIFY(nodes.at(3).labels.isEmpty());
    QVERIFY(KubeNodeSpec::generated(0).isEmpty());
}

void TestKubeSimLoad::listsFiveThousandNodes()
{
    KubeSimulator::Options options;
    options.nodes = KubeNodeSpec::generated(5000);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<KubeSimulator> sim = startSimulator(options);
    QVERIFY(sim);
    qInfo("simulator with 5000 nodes up in %lld ms", timer.elapsed());
    KubeSimTestClient client(*sim);

    // Twice: the second LIST shows the steady state, the first includes warming up.
    qint64 listMs = 0;
    QByteArray raw;
    for (int round = 0; round < 2; ++round) {
        timer.restart();
        std::unique_ptr<QNetworkReply> reply(client.start("GET", QStringLiteral("/api/v1/nodes")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        listMs = timer.elapsed();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        raw = reply->readAll();
        qInfo("LIST of 5000 nodes, round %d: %lld ms for %lld bytes", round + 1, listMs,
              qint64(raw.size()));
    }
    const QJsonArray items
            = QJsonDocument::fromJson(raw).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5000);
    const qsizetype average = raw.size() / items.size();
    qInfo("%lld bytes per node", qint64(average));
    QVERIFY2(average >= 3000 && average <= 8000, qPrintable(QString::number(average)));
    QVERIFY2(listMs < 3000, qPrintable(QString::number(listMs)));
    QSet<QString> addresses;
    for (const QJsonValue &item : items) {
        const QJsonObject status = item.toObject().value(QStringLiteral("status")).toObject();
        addresses.insert(status.value(QStringLiteral("addresses"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("address"))
                                 .toString());
        QCOMPARE(status.value(QStringLiteral("conditions")).toArray().size(), 4);
    }
    QCOMPARE(addresses.size(), 5000);
    const QJsonObject info = items.at(42)
                                     .toObject()
                                     .value(QStringLiteral("status"))
                                     .toObject()
                                     .value(QStringLiteral("nodeInfo"))
                                     .toObject();
    QCOMPARE(info.value(QStringLiteral("kubeletVersion")).toString(), QStringLiteral("v1.32.4"));
    QVERIFY(info.value(QStringLiteral("machineID")).toString()
            != items.at(43)
                       .toObject()
                       .value(QStringLiteral("status"))
                       .toObject()
                       .value(QStringLiteral("nodeInfo"))
                       .toObject()
                       .value(QStringLiteral("machineID"))
                       .toString());

    // A watch without a version starts with every node as ADDED.
    timer.restart();
    std::unique_ptr<QNetworkReply> watch(
            client.start("GET", QStringLiteral("/api/v1/nodes?watch=1&timeoutSeconds=60")));
    QByteArray stream;
    connect(watch.get(), &QIODevice::readyRead, this, [&] { stream += watch->readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(stream.count('\n'), 5000, 20000);
    qInfo("initial watch of 5000 nodes: %lld ms", timer.elapsed());
    QCOMPARE(eventCount(events(stream), "ADDED"), 5000);
}

void TestKubeSimLoad::touchNodesStreamsEvents()
{
    KubeSimulator::Options options;
    options.nodes = KubeNodeSpec::generated(7);
    options.historyLimit = 100;
    std::unique_ptr<KubeSimulator> sim = startSimulator(options);
    QVERIFY(sim);
    KubeSimTestClient client(*sim);
    const QString version = client.get(QStringLiteral("/api/v1/nodes"))
                                    .value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("resourceVersion"))
                                    .toString();
    std::unique_ptr<QNetworkReply> watch(client.start(
            "GET", QStringLiteral("/api/v1/nodes?watch=1&resourceVersion=") + version));
    QByteArray stream;
    connect(watch.get(), &QIODevice::readyRead, this, [&] { stream += watch->readAll(); });
    QTRY_COMPARE(sim->openWatchCount(), 1);
    QCOMPARE(sim->touchNodes(700), 700);
    QTRY_COMPARE_WITH_TIMEOUT(stream.count('\n'), 700, 20000);
    const QList<QJsonObject> received = events(stream);
    QCOMPARE(eventCount(received, "MODIFIED"), 700);
    // Round robin: every node 100 times, each heartbeat later than its previous one.
    QHash<QString, QStringList> beats;
    for (const QJsonObject &event : received) {
        const QJsonObject node = event.value(QStringLiteral("object")).toObject();
        beats[node.value(QStringLiteral("metadata"))
                      .toObject()
                      .value(QStringLiteral("name"))
                      .toString()]
                << node.value(QStringLiteral("status"))
                           .toObject()
                           .value(QStringLiteral("conditions"))
                           .toArray()
                           .last()
                           .toObject()
                           .value(QStringLiteral("lastHeartbeatTime"))
                           .toString();
    }
    QCOMPARE(beats.size(), 7);
    for (auto it = beats.cbegin(); it != beats.cend(); ++it) {
        QCOMPARE(it.value().size(), 100);
        for (qsizetype i = 1; i < it.value().size(); ++i)
            QVERIFY2(it.value().at(i) > it.value().at(i - 1), qPrintable(it.key()));
    }
    QCOMPARE(sim->touchNodes(0), 0);
}

void TestKubeSimLoad::holdQueuesUntilRelease()
{
    std::unique_ptr<KubeSimulator> sim = startSimulator({});
    QVERIFY(sim);
    KubeSimTestClient client(*sim);
    std::unique_ptr<QNetworkReply> first(
            client.start("GET", QStringLiteral("/api/v1/nodes?watch=1")));
    QByteArray stream;
    connect(first.get(), &QIODevice::readyRead, this, [&] { stream += first->readAll(); });
    QTRY_COMPARE(stream.count('\n'), 3); // the three lab nodes, ADDED
    sim->holdWatches(true);
    QVERIFY(sim->watchesHeld());
    // A watch opened while held queues its initial events too.
    std::unique_ptr<QNetworkReply> second(
            client.start("GET", QStringLiteral("/api/v1/nodes?watch=1")));
    QByteArray late;
    connect(second.get(), &QIODevice::readyRead, this, [&] { late += second->readAll(); });
    QTRY_COMPARE(sim->openWatchCount(), 2);
    QCOMPARE(sim->touchNodes(30), 30);
    // A full request round trip later, nothing has arrived.
    QCOMPARE(client.call("GET", QStringLiteral("/api/v1/nodes")).status, 200);
    QCOMPARE(stream.count('\n'), 3);
    QCOMPARE(late.count('\n'), 0);
    sim->holdWatches(false);
    QVERIFY(!sim->watchesHeld());
    QTRY_COMPARE(stream.count('\n'), 33);
    QTRY_COMPARE(late.count('\n'), 33);
    QCOMPARE(eventCount(events(stream), "MODIFIED"), 30);
    QCOMPARE(eventCount(events(late), "ADDED"), 3);
    // Released means live again.
    QCOMPARE(sim->touchNodes(1), 1);
    QTRY_COMPARE(stream.count('\n'), 34);
}

void TestKubeSimLoad::commandLineSimulator()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(QStringLiteral(PODNET_KUBE_SIM),
                  {QStringLiteral("--nodes"), QStringLiteral("20"), QStringLiteral("--history"),
                   QStringLiteral("50"), dir.filePath(QStringLiteral("kubeconfig"))});
    QString output;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { output += QString::fromUtf8(process.readAllStandardOutput()); });
    QTRY_VERIFY_WITH_TIMEOUT(output.contains(QLatin1Char('\n')), 20000);
    QVERIFY2(output.startsWith(QLatin1String("ready https://127.0.0.1:")), qPrintable(output));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("kubeconfig"))));
    const QList<std::pair<QByteArray, QString>> dialogue {
            {"watches", QStringLiteral("watches 0")},
            {"touch 25", QStringLiteral("touched 25")},
            {"hold", QStringLiteral("held")},
            {"release", QStringLiteral("released")},
            {"add-node extra.k8s.lan 10.9.9.9", QStringLiteral("added extra.k8s.lan")},
            {"add-node extra.k8s.lan 10.9.9.9", QStringLiteral("error node extra.k8s.lan exists")},
            {"remove-node extra.k8s.lan", QStringLiteral("removed extra.k8s.lan")},
            {"remove-node extra.k8s.lan", QStringLiteral("error no node extra.k8s.lan")},
            {"touch many", QStringLiteral("error cannot understand \"touch many\"; see --help")},
            {"quit", QStringLiteral("bye")}};
    for (const auto &[command, expected] : dialogue) {
        const qsizetype lines = output.count(QLatin1Char('\n'));
        process.write(QByteArray(command + '\n'));
        QTRY_COMPARE_WITH_TIMEOUT(output.count(QLatin1Char('\n')), lines + 1, 10000);
        QCOMPARE(output.trimmed().section(QLatin1Char('\n'), -1), expected);
    }
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QProcess help;
    QSignalSpy helpDone(&help, &QProcess::finished);
    help.start(QStringLiteral(PODNET_KUBE_SIM), {QStringLiteral("--help")});
    QTRY_COMPARE_WITH_TIMEOUT(helpDone.size(), 1, 10000);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY(text.contains(QLatin1String("--nodes <N>")));
    QVERIFY(text.contains(QLatin1String("remove-node NAME")));
}

QTEST_GUILESS_MAIN(TestKubeSimLoad)
#include "tst_kubesimload.moc"
