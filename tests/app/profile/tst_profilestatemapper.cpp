// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "SetupState.h"
#include "kube/KubeConfig.h"
#include "manifest/TemplateLoader.h"
#include "profile/ProfileStateMapper.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace podnet;

class TestProfileStateMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesValuesWithoutNetwork();
    void emptyValuesKeepTheState();
    void fromStateRoundTrips();
};

void TestProfileStateMapper::appliesValuesWithoutNetwork()
{
    QNetworkAccessManager network;
    SetupState state(&network);
    Profile profile;
    profile.apiServerUrl = QStringLiteral("https://10.240.0.10:6443");
    profile.clusterCidr = QStringLiteral("10.244.0.0/16");
    profile.serviceCidr = QStringLiteral("10.96.0.0/24");
    profile.imageTag = QStringLiteral("v2.11.1");
    profile.templateSource = QStringLiteral("builtin");
    profile.portPattern = QStringLiteral("worker-*");
    ProfileStateMapper::apply(profile, &state);
    QCOMPARE(state.network()->apiServerUrl(), profile.apiServerUrl);
    QCOMPARE(state.network()->clusterCidr(), profile.clusterCidr);
    QCOMPARE(state.network()->serviceCidr(), profile.serviceCidr);
    QCOMPARE(state.imageTag(), profile.imageTag);
    QVERIFY(state.manifestTemplate().has_value());
    QCOMPARE(state.manifestTemplate()->source.kind, TemplateSource::Kind::BuiltIn);
    QVERIFY(state.render().ok());
    QCOMPARE(ProfileStateMapper::portSelection(profile).mode(), PortSelection::Mode::NamePattern);
}

void TestProfileStateMapper::emptyValuesKeepTheState()
{
    QNetworkAccessManager network;
    SetupState state(&network);
    state.network()->setApiServerUrl(QStringLiteral("https://10.0.0.10:6443"));
    ProfileStateMapper::apply(Profile {}, &state);
    QCOMPARE(state.network()->apiServerUrl(), QStringLiteral("https://10.0.0.10:6443"));
    QCOMPARE(state.network()->clusterCidr(), NetworkSettings::defaultClusterCidr());
    QCOMPARE(ProfileStateMapper::templateSource(Profile {}).kind, TemplateSource::Kind::Upstream);
    QCOMPARE(ProfileStateMapper::portSelection(Profile {}).mode(), PortSelection::Mode::All);
}

void TestProfileStateMapper::fromStateRoundTrips()
{
    QNetworkAccessManager network;
    SetupState state(&network);
    KubeConfigError error;
    const std::optional<KubeConnection> connection = KubeConfig::manual(
            QStringLiteral("https://127.0.0.1:6443"), {}, QStringLiteral("secret-token"), &error);
    QVERIFY2(connection, qPrintable(error.message));
    state.kube()->setConnection(*connection);
    CloudCredentials credentials;
    credentials.authUrl = QUrl(QStringLiteral("https://keystone.lab:5000/v3"));
    credentials.username = QStringLiteral("student1");
    credentials.projectName = QStringLiteral("k8s-lab");
    credentials.secret = QStringLiteral("hunter2");
    state.openStack()->setCredentials(credentials);
    state.network()->setApiServerUrl(QStringLiteral("https://10.240.0.10:6443"));
    state.setManifestTemplate(TemplateLoader::builtIn());

    const Profile profile = ProfileStateMapper::fromState(state, QStringLiteral("worker-*"),
                                                          QProcessEnvironment());
    QCOMPARE(profile.authUrl, QStringLiteral("https://keystone.lab:5000/v3"));
    QCOMPARE(profile.userName, QStringLiteral("student1"));
    QCOMPARE(profile.projectName, QStringLiteral("k8s-lab"));
    QCOMPARE(profile.portPattern, QStringLiteral("worker-*"));
    QCOMPARE(profile.server, QStringLiteral("https://127.0.0.1:6443"));
    QCOMPARE(profile.templateSource, QStringLiteral("builtin"));
    QCOMPARE(profile.clusterCidr, NetworkSettings::defaultClusterCidr());
    QVERIFY(!profile.skipOpenStack);
    QVERIFY(!profile.skipKubernetes);

    // Nothing connected: both sides are written as skipped.
    SetupState empty(&network);
    const Profile skipped = ProfileStateMapper::fromState(empty, {}, QProcessEnvironment());
    QVERIFY(skipped.skipOpenStack);
    QVERIFY(skipped.skipKubernetes);

    // Applying a skip clears that side.
    ProfileStateMapper::apply(skipped, &state);
    QVERIFY(!state.kube()->hasConnection());
    QVERIFY(state.openStack()->credentials().authUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStateMapper)
#include "tst_profilestatemapper.moc"
