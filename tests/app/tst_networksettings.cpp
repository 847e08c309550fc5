// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "settings/NetworkSettings.h"

#include "ValidationText.h"

#include <QSignalSpy>
#include <QTest>

using namespace podnet;
using podnet::test::dump;
using podnet::test::severities;

Q_DECLARE_METATYPE(podnet::NetworkSettings::Field)

namespace {

using Field = NetworkSettings::Field;

const QString goodUrl = QStringLiteral("https://10.0.0.10:6443");

} // namespace

class TestNetworkSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void settersAndValue();
    void changedOncePerRealChange();
    void validate_data();
    void validate();
    void overlapMessageNamesBothRanges();
    void isValid_data();
    void isValid();
};

void TestNetworkSettings::defaults()
{
    QCOMPARE(NetworkSettings::defaultClusterCidr(), QStringLiteral("10.200.0.0/16"));
    QCOMPARE(NetworkSettings::defaultServiceCidr(), QStringLiteral("10.32.0.0/24"));

    const NetworkSettings settings;
    QCOMPARE(settings.clusterCidr(), QStringLiteral("10.200.0.0/16"));
    QCOMPARE(settings.serviceCidr(), QStringLiteral("10.32.0.0/24"));
    QCOMPARE(settings.apiServerUrl(), QString());
    QCOMPARE(settings.value(Field::ClusterCidr), QStringLiteral("10.200.0.0/16"));
    QCOMPARE(settings.value(Field::ServiceCidr), QStringLiteral("10.32.0.0/24"));
    QCOMPARE(settings.value(Field::ApiServerUrl), QString());

    // The tutorial's ranges are fine together; only the URL is missing.
    QCOMPARE(settings.validate(Field::ClusterCidr).size(), 0);
    QCOMPARE(settings.validate(Field::ServiceCidr).size(), 0);
    QCOMPARE(severities(settings.validate(Field::ApiServerUrl)), QStringLiteral("E"));
    QVERIFY(!settings.isValid());
}

void TestNetworkSettings::settersAndValue()
{
    NetworkSettings settings;
    settings.setApiServerUrl(goodUrl);
    settings.setClusterCidr(QStringLiteral("10.244.0.0/16"));
    settings.setServiceCidr(QStringLiteral("10.96.0.0/12"));
    QCOMPARE(settings.apiServerUrl(), goodUrl);
    QCOMPARE(settings.clusterCidr(), QStringLiteral("10.244.0.0/16"));
    QCOMPARE(settings.serviceCidr(), QStringLiteral("10.96.0.0/12"));
    QCOMPARE(settings.value(Field::ApiServerUrl), goodUrl);
    QCOMPARE(settings.value(Field::ClusterCidr), QStringLiteral("10.244.0.0/16"));
    QCOMPARE(settings.value(Field::ServiceCidr), QStringLiteral("10.96.0.0/12"));

    settings.setValue(Field::ApiServerUrl, QStringLiteral("https://k8s.example.com:6443"));
    settings.setValue(Field::ClusterCidr, QStringLiteral("fd00:10:200::/56"));
    settings.setValue(Field::ServiceCidr, QStringLiteral("fd00:10:96::/112"));
    QCOMPARE(settings.apiServerUrl(), QStringLiteral("https://k8s.example.com:6443"));
    QCOMPARE(settings.clusterCidr(), QStringLiteral("fd00:10:200::/56"));
    QCOMPARE(settings.serviceCidr(), QStringLiteral("fd00:10:96::/112"));

    // Values are kept as typed, even invalid ones: validation reports, it does not rewrite.
    settings.setClusterCidr(QStringLiteral(" 10.200.0.1/16 "));
    QCOMPARE(settings.clusterCidr(), QStringLiteral(" 10.200.0.1/16 "));
}

void TestNetworkSettings::changedOncePerRealChange()
{
    NetworkSettings settings;
    QSignalSpy spy(&settings, &NetworkSettings::changed);
    QVERIFY(spy.isValid());

    // The defaults again: nothing changes.
    settings.setClusterCidr(NetworkSettings::defaultClusterCidr());
    settings.setServiceCidr(NetworkSettings::defaultServiceCidr());
    settings.setApiServerUrl(QString());
    settings.setValue(Field::ClusterCidr, NetworkSettings::defaultClusterCidr());
    QCOMPARE(spy.count(), 0);

    settings.setApiServerUrl(goodUrl);
    QCOMPARE(spy.count(), 1);
    settings.setApiServerUrl(goodUrl);
    QCOMPARE(spy.count(), 1);
    settings.setValue(Field::ApiServerUrl, goodUrl);
    QCOMPARE(spy.count(), 1);

    settings.setClusterCidr(QStringLiteral("10.244.0.0/16"));
    QCOMPARE(spy.count(), 2);
    settings.setClusterCidr(QStringLiteral("10.244.0.0/16"));
    QCOMPARE(spy.count(), 2);

    settings.setServiceCidr(QStringLiteral("10.96.0.0/12"));
    QCOMPARE(spy.count(), 3);
    settings.setValue(Field::ServiceCidr, QStringLiteral("10.96.0.0/12"));
    QCOMPARE(spy.count(), 3);

    settings.setValue(Field::ServiceCidr, QStringLiteral("10.32.0.0/24"));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(settings.serviceCidr(), QStringLiteral("10.32.0.0/24"));

    // An invalid value is still a change; so is clearing a field.
    settings.setClusterCidr(QStringLiteral("nonsense"));
    QCOMPARE(spy.count(), 5);
    settings.setApiServerUrl(QString());
    QCOMPARE(spy.count(), 6);
    // Text that differs only in spaces is a different value.
    settings.setClusterCidr(QStringLiteral("nonsense "));
    QCOMPARE(spy.count(), 7);

    // The same text in a field that does not hold it is a change of that field.
    settings.setApiServerUrl(QStringLiteral("10.32.0.0/24"));
    QCOMPARE(spy.count(), 8);

    for (const QList<QVariant> &arguments : std::as_const(spy))
        QCOMPARE(arguments.size(), 0);
}

void TestNetworkSettings::validate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("service");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("expected");    // severities
    QTest::addColumn<QString>("suggestion");  // of the first message
    QTest::addColumn<QString>("mustContain"); // in the first message

    const QString cluster = NetworkSettings::defaultClusterCidr();
    const QString service = NetworkSettings::defaultServiceCidr();

    QTest::newRow("url ok") << goodUrl << cluster << service << Field::ApiServerUrl << QString()
                            << QString() << QString();
    QTest::newRow("url empty") << QString() << cluster << service << Field::ApiServerUrl
                               << QStringLiteral("E") << QString() << QStringLiteral("6443");
    QTest::newRow("url without scheme")
            << QStringLiteral("10.0.0.10:6443") << cluster << service << Field::ApiServerUrl
            << QStringLiteral("E") << QStringLiteral("https://10.0.0.10:6443")
            << QStringLiteral("https://");
    QTest::newRow("url without port")
            << QStringLiteral("https://10.0.0.10") << cluster << service << Field::ApiServerUrl
            << QStringLiteral("E") << QStringLiteral("https://10.0.0.10:6443")
            << QStringLiteral(":6443");
    QTest::newRow("url loopback warns")
            << QStringLiteral("https://127.0.0.1:6443") << cluster << service << Field::ApiServerUrl
            << QStringLiteral("W") << QString() << QStringLiteral("127.0.0.1");
    QTest::newRow("url problem stays in its field")
            << QStringLiteral("nonsense") << cluster << service << Field::ClusterCidr << QString()
            << QString() << QString();

    QTest::newRow("cluster ok") << goodUrl << cluster << service << Field::ClusterCidr << QString()
                                << QString() << QString();
    QTest::newRow("cluster host bits")
            << goodUrl << QStringLiteral("10.200.0.1/16") << service << Field::ClusterCidr
            << QStringLiteral("E") << QStringLiteral("10.200.0.0/16")
            << QStringLiteral("Did you mean 10.200.0.0/16?");
    QTest::newRow("cluster v6 host bits")
            << goodUrl << QStringLiteral("fd00::1/64") << service << Field::ClusterCidr
            << QStringLiteral("E") << QStringLiteral("fd00::/64")
            << QStringLiteral("Did you mean fd00::/64?");
    QTest::newRow("cluster missing prefix")
            << goodUrl << QStringLiteral("10.200.0.0") << service << Field::ClusterCidr
            << QStringLiteral("E") << QString() << QStringLiteral("10.200.0.0/16");
    QTest::newRow("cluster empty") << goodUrl << QString() << service << Field::ClusterCidr
                                   << QStringLiteral("E") << QString() << QStringLiteral("CIDR");
    QTest::newRow("cluster leading zero")
            << goodUrl << QStringLiteral("10.200.00.0/16") << service << Field::ClusterCidr
            << QStringLiteral("E") << QString() << QStringLiteral("leading zeros");
    QTest::newRow("cluster bad prefix")
            << goodUrl << QStringLiteral("10.200.0.0/33") << service << Field::ClusterCidr
            << QStringLiteral("E") << QString() << QStringLiteral("0 to 32");
    QTest::newRow("cluster spaces")
            << goodUrl << QStringLiteral(" 10.200.0.0/16") << service << Field::ClusterCidr
            << QStringLiteral("E") << QString() << QStringLiteral("spaces");
    // The overlap is the service field's problem, not the cluster field's.
    QTest::newRow("overlap not on cluster")
            << goodUrl << QStringLiteral("10.0.0.0/8") << service << Field::ClusterCidr << QString()
            << QString() << QString();
    QTest::newRow("family mismatch not on cluster")
            << goodUrl << QStringLiteral("fd00:10:200::/56") << service << Field::ClusterCidr
            << QString() << QString() << QString();

    QTest::newRow("service ok") << goodUrl << cluster << service << Field::ServiceCidr << QString()
                                << QString() << QString();
    QTest::newRow("service host bits")
            << goodUrl << cluster << QStringLiteral("10.32.0.1/24") << Field::ServiceCidr
            << QStringLiteral("E") << QStringLiteral("10.32.0.0/24")
            << QStringLiteral("Did you mean 10.32.0.0/24?");
    QTest::newRow("service empty") << goodUrl << cluster << QString() << Field::ServiceCidr
                                   << QStringLiteral("E") << QString() << QStringLiteral("CIDR");
    QTest::newRow("service inside cluster")
            << goodUrl << QStringLiteral("10.0.0.0/8") << service << Field::ServiceCidr
            << QStringLiteral("E") << QString() << QStringLiteral("overlaps");
    QTest::newRow("cluster inside service")
            << goodUrl << cluster << QStringLiteral("10.0.0.0/8") << Field::ServiceCidr
            << QStringLiteral("E") << QString() << QStringLiteral("overlaps");
    QTest::newRow("service equals cluster")
            << goodUrl << cluster << cluster << Field::ServiceCidr << QStringLiteral("E")
            << QString() << QStringLiteral("overlaps");
    QTest::newRow("v6 overlap") << goodUrl << QStringLiteral("fd00::/48")
                                << QStringLiteral("fd00:0:0:1::/112") << Field::ServiceCidr
                                << QStringLiteral("E") << QString() << QStringLiteral("overlaps");
    QTest::newRow("adjacent ranges")
            << goodUrl << QStringLiteral("10.0.0.0/25") << QStringLiteral("10.0.0.128/25")
            << Field::ServiceCidr << QString() << QString() << QString();
    QTest::newRow("v6 disjoint") << goodUrl << QStringLiteral("fd00:10:200::/56")
                                 << QStringLiteral("fd00:10:96::/112") << Field::ServiceCidr
                                 << QString() << QString() << QString();
    QTest::newRow("family mismatch v6 cluster")
            << goodUrl << QStringLiteral("fd00:10:200::/56") << service << Field::ServiceCidr
            << QStringLiteral("W") << QString() << QStringLiteral("different IP families");
    QTest::newRow("family mismatch v6 service")
            << goodUrl << cluster << QStringLiteral("fd00:10:96::/112") << Field::ServiceCidr
            << QStringLiteral("W") << QString() << QStringLiteral("different IP families");
    // With an invalid cluster CIDR there is nothing to compare against.
    QTest::newRow("invalid cluster, service alone")
            << goodUrl << QStringLiteral("10.0.0.1/8") << service << Field::ServiceCidr << QString()
            << QString() << QString();
    // The service field reports its own error, not an overlap.
    QTest::newRow("both invalid") << goodUrl << QStringLiteral("bad")
                                  << QStringLiteral("10.0.0.1/8") << Field::ServiceCidr
                                  << QStringLiteral("E") << QStringLiteral("10.0.0.0/8")
                                  << QStringLiteral("Did you mean 10.0.0.0/8?");
}

void TestNetworkSettings::validate()
{
    QFETCH(QString, url);
    QFETCH(QString, cluster);
    QFETCH(QString, service);
    QFETCH(Field, field);
    QFETCH(QString, expected);
    QFETCH(QString, suggestion);
    QFETCH(QString, mustContain);

    NetworkSettings settings;
    settings.setApiServerUrl(url);
    settings.setClusterCidr(cluster);
    settings.setServiceCidr(service);

    const QList<ValidationMessage> messages = settings.validate(field);
    QVERIFY2(severities(messages) == expected, qPrintable(dump(messages)));
    if (messages.isEmpty())
        return;
    QCOMPARE(messages.constFirst().suggestion, suggestion);
    QVERIFY2(messages.constFirst().text.contains(mustContain), qPrintable(dump(messages)));
    for (const ValidationMessage &message : messages)
        QVERIFY(!message.text.isEmpty());
}

void TestNetworkSettings::overlapMessageNamesBothRanges()
{
    NetworkSettings settings;
    settings.setClusterCidr(QStringLiteral("10.0.0.0/8"));
    settings.setServiceCidr(QStringLiteral("10.32.0.0/24"));
    const QList<ValidationMessage> messages = settings.validate(Field::ServiceCidr);
    QCOMPARE(messages.size(), 1);
    const QString text = messages.constFirst().text;
    QVERIFY2(text.contains(QStringLiteral("service CIDR 10.32.0.0/24")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("cluster CIDR 10.0.0.0/8")), qPrintable(text));
    // It proposes the tutorial's pair, which does not overlap.
    QVERIFY2(text.contains(QStringLiteral("10.200.0.0/16 and 10.32.0.0/24")), qPrintable(text));

    // Canonical forms are shown even when typed otherwise.
    settings.setClusterCidr(QStringLiteral("FD00::/48"));
    settings.setServiceCidr(QStringLiteral("fd00:0:0:1::/112"));
    const QString v6 = settings.validate(Field::ServiceCidr).constFirst().text;
    QVERIFY2(v6.contains(QStringLiteral("fd00::/48")), qPrintable(v6));
    QVERIFY2(v6.contains(QStringLiteral("fd00:0:0:1::/112")), qPrintable(v6));
}

void TestNetworkSettings::isValid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("valid");

    const QString cluster = NetworkSettings::defaultClusterCidr();
    const QString service = NetworkSettings::defaultServiceCidr();
    QTest::newRow("tutorial values") << goodUrl << cluster << service << true;
    QTest::newRow("warnings only: http loopback")
            << QStringLiteral("http://127.0.0.1:8080") << cluster << service << true;
    QTest::newRow("warnings only: mixed families")
            << goodUrl << QStringLiteral("fd00:10:200::/56") << service << true;
    QTest::newRow("bad url") << QStringLiteral("http://10.0.0.10:6443") << cluster << service
                             << false;
    QTest::newRow("no url") << QString() << cluster << service << false;
    QTest::newRow("bad cluster") << goodUrl << QStringLiteral("10.200.0.1/16") << service << false;
    QTest::newRow("bad service") << goodUrl << cluster << QStringLiteral("10.32.0.0/33") << false;
    QTest::newRow("overlap") << goodUrl << QStringLiteral("10.0.0.0/8") << service << false;
}

void TestNetworkSettings::isValid()
{
    QFETCH(QString, url);
    QFETCH(QString, cluster);
    QFETCH(QString, service);
    QFETCH(bool, valid);

    NetworkSettings settings;
    settings.setApiServerUrl(url);
    settings.setClusterCidr(cluster);
    settings.setServiceCidr(service);
    QCOMPARE(settings.isValid(), valid);

    bool anyError = false;
    for (Field field : {Field::ApiServerUrl, Field::ClusterCidr, Field::ServiceCidr})
        anyError = anyError || ValidationMessage::anyError(settings.validate(field));
    QCOMPARE(settings.isValid(), !anyError);
}

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
