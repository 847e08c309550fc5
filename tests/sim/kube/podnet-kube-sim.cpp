// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Runs the built-in Kubernetes simulator until killed, for trying it with kubectl by hand:
//   podnet-kube-sim [--demo] KUBECONFIG-PATH
// Prints "ready <url>" once the kubeconfig is written. PODNET_KUBE_SIM_LOG=1 logs requests.

#include "sim/kube/KubeSimulator.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool demo = arguments.removeAll(QStringLiteral("--demo")) > 0;
    if (arguments.size() != 1) {
        QTextStream(stderr) << "usage: podnet-kube-sim [--demo] KUBECONFIG-PATH\n";
        return 2;
    }
    podnet::sim::KubeSimulator simulator(demo ? podnet::sim::KubeSimulator::demoOptions()
                                              : podnet::sim::KubeSimulator::Options());
    QObject::connect(&simulator, &podnet::sim::KubeSimulator::ready, &app, [&] {
        QString error;
        if (!simulator.writeKubeconfig(arguments.first(), &error)) {
            QTextStream(stderr) << "cannot write the kubeconfig: " << error << '\n';
            app.exit(1);
            return;
        }
        QTextStream(stdout) << "ready " << simulator.baseUrl().toString() << Qt::endl;
    });
    QObject::connect(&simulator, &podnet::sim::KubeSimulator::failed, &app,
                     [&](const QString &message) {
                         QTextStream(stderr) << "simulator failed: " << message << '\n';
                         app.exit(1);
                     });
    simulator.start();
    return app.exec();
}
