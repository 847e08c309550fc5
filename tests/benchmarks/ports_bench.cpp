// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0

// The engine's headless apply, timed: log in from clouds.yaml, list, plan, apply (the same
// classes the wizard and `podnet-wizard ports apply` use). Prints one JSON object.
//
// usage: podnet-ports-bench [--cloud NAME] [--concurrency N] [--page-size N] [--no-if-match]
//   clouds.yaml from OS_CLIENT_CONFIG_FILE (openstacksdk's search order).

#include "net/Cidr.h"
#include "openstack/CloudConfig.h"
#include "openstack/KeystoneSession.h"
#include "openstack/NeutronPortClient.h"
#include "openstack/PortApplyJob.h"
#include "openstack/PortPlanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>

using namespace podnet;

namespace {

// Counts what goes on the wire, by method.
class CountingNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int gets = 0;
    int puts = 0;
    int posts = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        gets += op == GetOperation ? 1 : 0;
        puts += op == PutOperation ? 1 : 0;
        posts += op == PostOperation ? 1 : 0;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

int fail(const QString &message)
{
    std::fprintf(stderr, "podnet-ports-bench: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cloudOption(QStringLiteral("cloud"), QStringLiteral("Cloud name."),
                                         QStringLiteral("NAME"), QStringLiteral("lab-student"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Ports at once."),
                                               QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"),
                                        QStringLiteral("Ports per list page."), QStringLiteral("N"),
                                        QStringLiteral("200"));
    const QCommandLineOption noIfMatchOption(QStringLiteral("no-if-match"),
                                             QStringLiteral("Read before PUT, no If-Match."));
    parser.addOptions({cloudOption, concurrencyOption, pageOption, noIfMatchOption});
    parser.process(app);

    QElapsedTimer clock;
    clock.start();
    const CredentialsImport imported = CloudConfig().load(parser.value(cloudOption));
    if (!imported.ok() || !imported.credentials.hasSecret())
        return fail(QStringLiteral("cannot read cloud %1 from clouds.yaml")
                            .arg(parser.value(cloudOption)));

    CountingNetwork network;
    KeystoneSession session(&network, imported.credentials);
    NeutronPortClient client(&session);
    client.setPageSize(parser.value(pageOption).toInt());
    PortPlanner planner;
    planner.setCidrs({Cidr::parse(QStringLiteral("10.200.0.0/16")).cidr,
                      Cidr::parse(QStringLiteral("10.32.0.0/24")).cidr});

    qint64 listedMs = 0;
    QJsonObject report;
    client.listPorts(&app, [&](const QList<Port> &ports, const PortFailure &failure) {
        if (!failure.isOk()) {
            fail(failure.detail());
            return;
        }
        listedMs = clock.elapsed();
        const PortPlan plan = planner.plan(ports);
        auto *job = new PortApplyJob(&client, plan, &app);
        job->setConcurrency(parser.value(concurrencyOption).toInt());
        job->setRevisionIfMatch(!parser.isSet(noIfMatchOption));
        const int putsBefore = network.puts;
        QObject::connect(
                job, &PortApplyJob::finished, &app,
                [&, job, putsBefore, plan](const PortApplyResult &result) {
                    const qint64 total = clock.elapsed();
                    report = {
                            {QStringLiteral("ports_listed"), plan.entries.size()},
                            {QStringLiteral("ports_to_change"), plan.totals().portsToChange},
                            {QStringLiteral("changed"), result.changed().size()},
                            {QStringLiteral("failed"), result.failed().size()},
                            {QStringLiteral("blocked_in_plan"), plan.totals().blocked},
                            {QStringLiteral("puts"), network.puts - putsBefore},
                            {QStringLiteral("gets"), network.gets},
                            {QStringLiteral("auth_posts"), network.posts},
                            {QStringLiteral("ms_login_list_plan"), listedMs},
                            {QStringLiteral("ms_apply"), total - listedMs},
                            {QStringLiteral("ms_total"), total},
                    };
                    for (const PortApplyResult::Item &item : result.failed())
                        std::fprintf(stderr, "failed %s: %s\n", qPrintable(item.portId),
                                     qPrintable(item.failure.detail()));
                    job->deleteLater();
                    // Ports blocked in the plan (over the pair limit) are reported Failed
                    // without a request: not a failure of the run.
                    const auto unexpected = result.failed().size() - plan.totals().blocked;
                    QCoreApplication::exit(unexpected == 0 ? 0 : 1);
                });
        job->start();
    });
    const int code = QCoreApplication::exec();
    if (!report.isEmpty())
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return code;
}
