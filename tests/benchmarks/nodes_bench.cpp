// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Benchmark (issue 5 §6): the live node table under load. A separate simulator process
// (podnet-kube-sim --nodes N) serves N realistic nodes; this program lists and watches them
// through the engine (NodeStatusMonitor: informers + NodeTableModel) and then times a burst of E
// watch events: the simulator holds its watches, makes E heartbeats, and releases them at once,
// so only the consumer is timed. The same burst is then timed for `kubectl get nodes -w` in the
// same run. Prints events per second, the longest event-loop stall, peak RSS and the ratio.
//
// usage: podnet-nodes-bench --sim PATH [--kubectl PATH] [--nodes 5000] [--events 100000]

#include "kube/KubeClient.h"
#include "kube/KubeConfig.h"
#include "kube/KubeConfigError.h"
#include "kube/nodes/KubeInformer.h"
#include "kube/nodes/NodeStatusMonitor.h"
#include "kube/nodes/NodeTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

#include <sys/resource.h>
#include <time.h>

using namespace podnet;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 rate(qint64 events, qint64 milliseconds)
{
    return events * 1000 / std::max<qint64>(1, milliseconds);
}

/// CPU time of this thread, in milliseconds.
qint64 threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

/// CPU time of the whole process (all threads), in milliseconds.
qint64 processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// The simulator process and its one-line command protocol.
class SimProcess : public QObject
{
public:
    explicit SimProcess(QObject *parent)
        : QObject(parent)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (m_waiting)
                    std::exchange(m_waiting, nullptr)(line);
            }
        });
    }
    ~SimProcess() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void start(const QString &program, const QStringList &arguments,
               std::function<void(const QString &)> onLine)
    {
        m_waiting = std::move(onLine);
        m_process.start(program, arguments);
    }
    void command(const QString &text, std::function<void(const QString &)> onLine)
    {
        m_waiting = std::move(onLine);
        m_process.write(text.toUtf8() + '\n');
    }

private:
    QProcess m_process;
    std::function<void(const QString &)> m_waiting;
};

/// Measures the longest gap between ticks of a short repeating timer: how long the event loop
/// was busy without a break.
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_longest = std::max(m_longest, m_clock.elapsed());
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

class Bench : public QObject
{
public:
    Bench(QString sim, QString kubectl, int nodes, int events)
        : m_simPath(std::move(sim))
        , m_kubectlPath(std::move(kubectl))
        , m_nodes(nodes)
        , m_events(events)
        , m_sim(new SimProcess(this))
        , m_stall(new StallMeter(this))
    { }

    void run()
    {
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        out() << "starting the simulator with " << m_nodes << " nodes…" << Qt::endl;
        m_sim->start(m_simPath,
                     {QStringLiteral("--nodes"), QString::number(m_nodes),
                      QStringLiteral("--history"), QString::number(m_events * 2 + m_nodes),
                      m_kubeconfig},
                     [this](const QString &line) {
                         if (!line.startsWith(QLatin1String("ready ")))
                             return fail(QStringLiteral("simulator: ") + line);
                         connectEngine();
                     });
    }

private:
    void fail(const QString &why)
    {
        QTextStream(stderr) << "benchmark failed: " << why << Qt::endl;
        QCoreApplication::exit(1);
    }

    void connectEngine()
    {
        KubeConfigError error;
        const std::optional<KubeConfig> config = KubeConfig::load({m_kubeconfig}, &error);
        const std::optional<KubeConnection> connection
                = config ? config->resolve(config->defaultContext(), &error) : std::nullopt;
        if (!connection)
            return fail(QStringLiteral("kubeconfig: ") + error.message);
        m_client = std::make_unique<KubeClient>(*connection, &m_network);
        m_monitor = std::make_unique<NodeStatusMonitor>(m_client.get());
        QElapsedTimer listing;
        listing.start();
        connect(m_monitor->nodeInformer(), &KubeInformer::eventReceived, this,
                [this] { ++m_received; });
        connect(m_monitor->model(), &NodeTableModel::summaryChanged, this, [this, listing] {
            if (m_phase == Phase::Listing && m_monitor->model()->nodeCount() == m_nodes) {
                out() << "engine: listed " << m_nodes << " nodes into the table in "
                      << listing.elapsed() << " ms" << Qt::endl;
                m_phase = Phase::Held;
                burst([this] { m_stall->start(); }, [this] { return m_received >= m_events; },
                      [this](qint64 ms) { engineDone(ms); });
            }
        });
        m_monitor->start();
    }

    // hold → touch E → (start clock) release → until done() → report(ms)
    void burst(std::function<void()> onRelease, std::function<bool()> done,
               std::function<void(qint64)> report)
    {
        m_sim->command(QStringLiteral("hold"), [=, this](const QString &) {
            QElapsedTimer making;
            making.start();
            m_sim->command(QStringLiteral("touch %1").arg(m_events), [=, this](const QString &) {
                out() << "simulator made " << m_events << " events in " << making.elapsed()
                      << " ms (not timed)" << Qt::endl;
                m_sim->command(QStringLiteral("release"), [](const QString &) {});
                m_clock.start();
                m_threadCpuAtRelease = threadCpuMs();
                m_processCpuAtRelease = processCpuMs();
                onRelease();
                m_poll = new QTimer(this);
                connect(m_poll, &QTimer::timeout, this, [=, this] {
                    if (!done())
                        return;
                    const qint64 ms = std::max<qint64>(1, m_clock.elapsed());
                    m_poll->deleteLater();
                    report(ms);
                });
                m_poll->start(1);
            });
        });
    }

    void engineDone(qint64 ms)
    {
        m_monitor->model()->flush();
        m_engineMs = m_clock.elapsed();
        const qint64 stall = m_stall->stop();
        Q_UNUSED(ms);
        out() << "engine: " << m_events << " events through the watcher and the table in "
              << m_engineMs << " ms = " << rate(m_events, m_engineMs)
              << " events/s; longest event-loop stall " << stall << " ms; peak RSS "
              << peakRssKb() / 1024 << " MB; rows " << m_monitor->model()->nodeCount() << Qt::endl;
        m_engineStall = stall;
        out() << "engine CPU during the burst: main thread " << threadCpuMs() - m_threadCpuAtRelease
              << " ms, whole process " << processCpuMs() - m_processCpuAtRelease << " ms"
              << Qt::endl;
        m_monitor->stop();
        runKubectl();
    }

    void runKubectl()
    {
        if (m_kubectlPath.isEmpty()) {
            out() << "kubectl: not given, skipped" << Qt::endl;
            return QCoreApplication::exit(0);
        }
        m_kubectl = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
        m_kubectl->setProcessEnvironment(env);
        m_kubectl->setProcessChannelMode(QProcess::SeparateChannels);
        connect(m_kubectl, &QProcess::readyReadStandardOutput, this, [this] {
            m_kubectlLines += m_kubectl->readAllStandardOutput().count('\n');
            if (m_phase == Phase::KubectlListing && m_kubectlLines >= m_nodes + 1) {
                m_phase = Phase::KubectlBurst;
                m_kubectlStart = m_kubectlLines;
                burst([] {}, [this] { return m_kubectlLines - m_kubectlStart >= m_events; },
                      [this](qint64 ms) { kubectlDone(ms); });
            }
        });
        m_phase = Phase::KubectlListing;
        m_kubectl->start(m_kubectlPath,
                         {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-w")});
    }

    void kubectlDone(qint64 ms)
    {
        m_kubectl->kill();
        m_kubectl->waitForFinished(5000);
        out() << "kubectl get nodes -w: " << m_events << " events in " << ms
              << " ms = " << rate(m_events, ms) << " events/s" << Qt::endl;
        out() << "RESULT events/s=" << rate(m_events, m_engineMs) << " stall_ms=" << m_engineStall
              << " peak_rss_mb=" << peakRssKb() / 1024 << " kubectl_over_engine="
              << QString::number(static_cast<double>(ms) / static_cast<double>(m_engineMs), 'f', 2)
              << Qt::endl;
        m_sim->command(QStringLiteral("quit"), [](const QString &) { QCoreApplication::exit(0); });
    }

    enum class Phase { Listing, Held, KubectlListing, KubectlBurst };

    QString m_simPath;
    QString m_kubectlPath;
    int m_nodes;
    int m_events;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    SimProcess *m_sim;
    StallMeter *m_stall;
    QNetworkAccessManager m_network;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<NodeStatusMonitor> m_monitor;
    Phase m_phase = Phase::Listing;
    qint64 m_received = 0;
    QElapsedTimer m_clock;
    QTimer *m_poll = nullptr;
    qint64 m_engineMs = 0;
    qint64 m_threadCpuAtRelease = 0;
    qint64 m_processCpuAtRelease = 0;
    qint64 m_engineStall = 0;
    QProcess *m_kubectl = nullptr;
    qint64 m_kubectlLines = 0;
    qint64 m_kubectlStart = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the live node table under a burst of "
                                                    "watch events, against kubectl get -w."));
    parser.addHelpOption();
    const QCommandLineOption sim(QStringLiteral("sim"), QStringLiteral("podnet-kube-sim path."),
                                 QStringLiteral("path"));
    const QCommandLineOption kubectl(QStringLiteral("kubectl"),
                                     QStringLiteral("kubectl path (empty: skip it)."),
                                     QStringLiteral("path"));
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Nodes (5000)."),
                                   QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events (100000)."),
                                    QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({sim, kubectl, nodes, events});
    parser.process(app);
    if (!parser.isSet(sim)) {
        QTextStream(stderr) << "--sim is required\n";
        return 2;
    }
    Bench bench(parser.value(sim), parser.value(kubectl), parser.value(nodes).toInt(),
                parser.value(events).toInt());
    QTimer::singleShot(0, &bench, &Bench::run);
    return app.exec();
}
