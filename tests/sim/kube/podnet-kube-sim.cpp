// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Runs the built-in Kubernetes simulator until killed or told to quit, for trying it with
// kubectl by hand and for benchmarks that drive it from another process. See --help.

#include "sim/kube/KubeClusterController.h"
#include "sim/kube/KubeNodeSpec.h"
#include "sim/kube/KubeSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStringList>
#include <QTextStream>

#include <unistd.h>

using podnet::sim::KubeNodeSpec;
using podnet::sim::KubeSimulator;

namespace {

const char kDescription[]
        = "Runs the built-in Kubernetes API server on 127.0.0.1, writes a kubeconfig for it to\n"
          "KUBECONFIG-PATH and prints \"ready <url>\". PODNET_KUBE_SIM_LOG=1 logs requests.\n"
          "\n"
          "Commands on stdin, one per line, each answered with one line on stdout:\n"
          "  touch N                   N node heartbeats (MODIFIED events) -> touched N\n"
          "  hold                      open watches queue their events     -> held\n"
          "  release                   queued events go out at once        -> released\n"
          "  add-node NAME IP [CIDR]   a new NotReady node                 -> added NAME\n"
          "  remove-node NAME          removes a node and its pod          -> removed NAME\n"
          "  watches                   open watch streams                  -> watches COUNT\n"
          "  quit                      stops the simulator                 -> bye\n"
          "Anything else is answered with \"error <why>\". End of input only stops reading.";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString answer(KubeSimulator &simulator, const QStringList &words)
{
    const QString command = words.value(0);
    bool ok = false;
    if (command == QLatin1String("touch") && words.size() == 2) {
        const int events = words.at(1).toInt(&ok);
        if (ok && events >= 0)
            return QStringLiteral("touched %1").arg(simulator.touchNodes(events));
    } else if (command == QLatin1String("hold") && words.size() == 1) {
        simulator.holdWatches(true);
        return QStringLiteral("held");
    } else if (command == QLatin1String("release") && words.size() == 1) {
        simulator.holdWatches(false);
        return QStringLiteral("released");
    } else if (command == QLatin1String("add-node") && (words.size() == 3 || words.size() == 4)) {
        if (simulator.cluster().addNode(
                    KubeNodeSpec {words.at(1), words.at(2), words.value(3), {}}))
            return QStringLiteral("added ") + words.at(1);
        return QStringLiteral("error node %1 exists").arg(words.at(1));
    } else if (command == QLatin1String("remove-node") && words.size() == 2) {
        if (simulator.cluster().removeNode(words.at(1)))
            return QStringLiteral("removed ") + words.at(1);
        return QStringLiteral("error no node %1").arg(words.at(1));
    } else if (command == QLatin1String("watches") && words.size() == 1) {
        return QStringLiteral("watches %1").arg(simulator.openWatchCount());
    }
    return QStringLiteral("error cannot understand \"%1\"; see --help")
            .arg(words.join(QLatin1Char(' ')));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Demo timing and story: worker-2 has no pod "
                                                 "range, so its kube-router crash-loops."));
    const QCommandLineOption nodes(QStringLiteral("nodes"),
                                   QStringLiteral("N generated nodes (node-00000.k8s.lan, ...) "
                                                  "instead of the three lab workers."),
                                   QStringLiteral("N"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("Watch events kept for resuming (default "
                                                    "1000)."),
                                     QStringLiteral("N"));
    parser.addOptions({demo, nodes, history});
    parser.addPositionalArgument(QStringLiteral("KUBECONFIG-PATH"),
                                 QStringLiteral("Where to write the kubeconfig."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    KubeSimulator::Options options
            = parser.isSet(demo) ? KubeSimulator::demoOptions() : KubeSimulator::Options();
    bool ok = true;
    if (parser.isSet(nodes))
        options.nodes = KubeNodeSpec::generated(parser.value(nodes).toInt(&ok));
    if (ok && parser.isSet(history))
        options.historyLimit = parser.value(history).toInt(&ok);
    if (!ok) {
        QTextStream(stderr) << "--nodes and --history take a number\n";
        return 2;
    }
    const QString kubeconfig = parser.positionalArguments().first();

    KubeSimulator simulator(options);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t size = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (size <= 0) {
            input.setEnabled(false); // end of input: keep serving until killed
            return;
        }
        pending.append(buffer, size);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QStringList words = QString::fromUtf8(pending.left(end))
                                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            pending.remove(0, end + 1);
            if (words.isEmpty())
                continue;
            if (words == QStringList {QStringLiteral("quit")}) {
                out() << "bye" << Qt::endl;
                app.quit();
                return;
            }
            out() << answer(simulator, words) << Qt::endl;
        }
    });
    input.setEnabled(false); // commands wait for the server
    QObject::connect(&simulator, &KubeSimulator::ready, &app, [&] {
        QString error;
        if (!simulator.writeKubeconfig(kubeconfig, &error)) {
            QTextStream(stderr) << "cannot write the kubeconfig: " << error << '\n';
            app.exit(1);
            return;
        }
        out() << "ready " << simulator.baseUrl().toString() << Qt::endl;
        input.setEnabled(true);
    });
    QObject::connect(&simulator, &KubeSimulator::failed, &app, [&](const QString &message) {
        QTextStream(stderr) << "simulator failed: " << message << '\n';
        app.exit(1);
    });
    simulator.start();
    return app.exec();
}
