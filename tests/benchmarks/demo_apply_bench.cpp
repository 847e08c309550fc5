// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// Benchmark (issue 6 §6): the full demo-mode apply, from the Apply click (SetupRun::start()) to
// every node Ready, with both built-in simulators on 127.0.0.1 and all their delays zero. Starts
// the OpenStack lab and the Kubernetes demo cluster, makes the combined plan (not timed), then
// times the run and prints the time, the steps and whether it meets the 2 s target.
//
// usage: podnet-demo-apply-bench

#include "SetupState.h"
#include "kube/KubeConnectionCheck.h"
#include "kube/KubeState.h"
#include "manifest/TemplateLoader.h"
#include "openstack/CloudCredentials.h"
#include "openstack/ConnectionCheckResult.h"
#include "run/SetupPlanJob.h"
#include "run/SetupRun.h"
#include "sim/kube/KubeSimulator.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace podnet;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// One lab: both simulators, a connected state, one plan, one timed run.
class Bench : public QObject
{
public:
    explicit Bench(QCoreApplication *app)
        : m_app(app)
    { }

    void start()
    {
        if (!m_journals.isValid() || !m_openStack.start())
            return fail(QStringLiteral("cannot start the OpenStack simulator"));
        m_openStack.loadLab();
        CloudCredentials credentials;
        credentials.authUrl = m_openStack.authUrl();
        credentials.username = sim::OpenStackLab::userName;
        credentials.userDomainName = QStringLiteral("Default");
        credentials.projectName = sim::OpenStackLab::projectName;
        credentials.projectDomainName = QStringLiteral("Default");
        credentials.secret = sim::OpenStackLab::password;
        m_state.openStack()->setCredentials(credentials);
        ConnectionCheckResult check;
        check.allowedAddressPairs = true;
        check.portSecurity = true;
        check.revisionIfMatch = true;
        check.computeEndpoint
                = QUrl(m_openStack.baseUrl().toString() + QStringLiteral("/compute/v2.1"));
        m_state.openStack()->setCheckResult(check);

        sim::KubeSimulator::Options options = sim::KubeSimulator::demoOptions();
        options.timing = {};
        options.timing.crashBackoffMs = 1;
        m_kube = std::make_unique<sim::KubeSimulator>(options);
        connect(m_kube.get(), &sim::KubeSimulator::failed, this,
                [this](const QString &message) { fail(message); });
        connect(m_kube.get(), &sim::KubeSimulator::ready, this, &Bench::connectKube);
        m_kube->start();
    }

private:
    void connectKube()
    {
        m_state.setManifestTemplate(TemplateLoader::builtIn());
        m_state.network()->setApiServerUrl(QStringLiteral("https://10.0.0.10:6443"));
        KubeConnection connection;
        connection.server = m_kube->baseUrl();
        connection.tls.caCertificates = QSslCertificate::fromData(m_kube->caCertificatePem());
        connection.token = m_kube->token();
        m_state.kube()->setConnection(connection);
        auto *check = new KubeConnectionCheck(m_state.kube()->client(), this);
        connect(check, &KubeConnectionCheck::finished, this, [this, check] {
            m_state.kube()->setCheckResult(check->result());
            if (!m_state.kube()->isConnected())
                return fail(QStringLiteral("the Kubernetes connection check failed"));
            plan();
        });
        check->start();
    }

    void plan()
    {
        auto *job = new SetupPlanJob(&m_state, this);
        connect(job, &SetupPlanJob::finished, this, [this, job] {
            if (!job->isOk())
                return fail(job->errorMessage());
            out() << "plan: " << job->plan().totalsText() << Qt::endl;
            run(job->plan());
        });
        job->start();
    }

    void run(const SetupPlan &plan)
    {
        auto *run = new SetupRun(&m_state, plan, this);
        run->setJournalDirectory(m_journals.path());
        run->setReadyTimeout(std::chrono::seconds(30));
        connect(run, &SetupRun::finished, this, [this, run](bool ok) {
            const qint64 ms = m_clock.elapsed();
            const SetupRunRecord record = run->record();
            for (const SetupRunRecord::Step &step : record.steps) {
                const qint64 took
                        = step.startedAt.isValid() ? step.startedAt.msecsTo(step.finishedAt) : 0;
                out() << "  " << SetupStepText::key(step.step) << ": "
                      << SetupStepText::key(step.state) << " in " << took << " ms — "
                      << step.summary << Qt::endl;
            }
            if (!ok || !record.allReady)
                return fail(QStringLiteral("the run did not finish with every node Ready"));
            out() << "apply → all nodes Ready: " << ms << " ms (" << record.nodes.size()
                  << " nodes)" << Qt::endl;
            out() << "target < 2000 ms: " << (ms < 2000 ? "met" : "not met") << Qt::endl;
            m_app->exit(ms < 2000 ? 0 : 1);
        });
        m_clock.start();
        run->start();
    }

    void fail(const QString &message)
    {
        out() << "error: " << message << Qt::endl;
        m_app->exit(2);
    }

    QCoreApplication *m_app;
    QTemporaryDir m_journals;
    sim::OpenStackSimulator m_openStack;
    std::unique_ptr<sim::KubeSimulator> m_kube;
    QNetworkAccessManager m_network;
    SetupState m_state {&m_network};
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench bench(&app);
    bench.start();
    return app.exec();
}
