// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
// KeystoneSession, ConnectionCheck and NovaServerNamesJob against the built-in simulator, which
// the engine meets only over HTTP, as it meets a real cloud.
#include "openstack/ConnectionCheck.h"
#include "openstack/KeystoneSession.h"
#include "openstack/NovaServerNamesJob.h"

#include "sim/openstack/NeutronService.h"
#include "sim/openstack/OpenStackLab.h"
#include "sim/openstack/OpenStackSimulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using podnet::sim::OpenStackLab;
using podnet::sim::OpenStackSimulator;

namespace {

CloudCredentials labCredentials(const OpenStackSimulator &simulator)
{
    CloudCredentials c;
    c.authUrl = simulator.authUrl();
    c.username = OpenStackLab::userName;
    c.userDomainName = QStringLiteral("Default");
    c.projectName = OpenStackLab::projectName;
    c.projectDomainName = QStringLiteral("Default");
    c.regionName = simulator.regionName();
    c.secret = OpenStackLab::password;
    return c;
}

HttpFailure failureOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? HttpFailure() : spy.constFirst().constFirst().value<HttpFailure>();
}

} // namespace

class TestOpenStackSessionSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void passwordConnectionCheck();
    void applicationCredential();
    void wrongPassword();
    void missingAllowedAddressPairs();
    void expiredTokenIsRenewedOnce();
    void serverNames();

private:
    std::unique_ptr<OpenStackSimulator> m_simulator;
};

void TestOpenStackSessionSim::init()
{
    m_simulator = std::make_unique<OpenStackSimulator>();
    m_simulator->loadLab();
    QVERIFY(m_simulator->start());
}

void TestOpenStackSessionSim::cleanup()
{
    m_simulator.reset();
}

void TestOpenStackSessionSim::passwordConnectionCheck()
{
    QNetworkAccessManager network;
    KeystoneSession session(&network, labCredentials(*m_simulator));
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failureOf(failed).message() + QLatin1Char('\n')
                        + failureOf(failed).detail()));
    const auto result = finished.constFirst().constFirst().value<ConnectionCheckResult>();
    QCOMPARE(result.userName, OpenStackLab::userName);
    QCOMPARE(result.projectName, OpenStackLab::projectName);
    QCOMPARE(result.regionName, m_simulator->regionName());
    QVERIFY(result.networkEndpoint.isValid());
    QVERIFY(result.allowedAddressPairs);
    QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
}

void TestOpenStackSessionSim::applicationCredential()
{
    CloudCredentials c;
    c.authType = CloudCredentials::AuthType::ApplicationCredential;
    c.authUrl = m_simulator->authUrl();
    c.applicationCredentialId = OpenStackLab::appCredentialId;
    c.secret = OpenStackLab::appCredentialSecret;
    QNetworkAccessManager network;
    KeystoneSession session(&network, c);
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QTRY_COMPARE(ok.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failureOf(failed).detail()));
    QCOMPARE(session.projectName(), OpenStackLab::projectName);
}

void TestOpenStackSessionSim::wrongPassword()
{
    CloudCredentials c = labCredentials(*m_simulator);
    c.secret = QStringLiteral("not-the-password");
    QNetworkAccessManager network;
    KeystoneSession session(&network, c);
    QSignalSpy failed(&session, &KeystoneSession::authenticationFailed);
    session.authenticate();
    QVERIFY(failed.wait());
    QCOMPARE(failureOf(failed).httpStatus(), 401);
    QVERIFY(!failureOf(failed).detail().contains(c.secret));
}

void TestOpenStackSessionSim::missingAllowedAddressPairs()
{
    m_simulator->neutron().setExtensionEnabled(QStringLiteral("allowed-address-pairs"), false);
    QNetworkAccessManager network;
    KeystoneSession session(&network, labCredentials(*m_simulator));
    ConnectionCheck check(&session);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QVERIFY(failed.wait());
    QVERIFY(failureOf(failed).message().contains(QLatin1String("allowed-address-pairs")));
}

void TestOpenStackSessionSim::expiredTokenIsRenewedOnce()
{
    QNetworkAccessManager network;
    KeystoneSession session(&network, labCredentials(*m_simulator));
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    m_simulator->expireTokensNow(); // the session still believes its token is good
    ConnectionCheck check(&session);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy failed(&check, &ConnectionCheck::failed);
    check.start();
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failureOf(failed).detail()));
    // The first sign-in, then exactly one renewal after Neutron's 401.
    QCOMPARE(m_simulator->requestCount("POST", QStringLiteral(".*/auth/tokens")), 2);
    QCOMPARE(m_simulator->requestCount("GET", QStringLiteral(".*/extensions")), 2);
}

void TestOpenStackSessionSim::serverNames()
{
    QNetworkAccessManager network;
    KeystoneSession session(&network, labCredentials(*m_simulator));
    QSignalSpy ok(&session, &KeystoneSession::authenticated);
    session.authenticate();
    QVERIFY(ok.wait());
    NovaServerNamesJob job(&session);
    job.setPageSize(2);
    QSignalSpy finished(&job, &NovaServerNamesJob::finished);
    job.start();
    QVERIFY(finished.wait());
    QVERIFY2(job.lastFailure().isOk(), qPrintable(job.lastFailure().detail()));
    const auto names = finished.constFirst().constFirst().value<QHash<QString, QString>>();
    QVERIFY2(names.size() >= 3, qPrintable(QString::number(names.size())));
    QVERIFY(names.values().contains(QStringLiteral("worker-0.k8s.lan"))
            || names.values().contains(QStringLiteral("worker-0")));
}

QTEST_GUILESS_MAIN(TestOpenStackSessionSim)
#include "tst_openstacksessionsim.moc"
