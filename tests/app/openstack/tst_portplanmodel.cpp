// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/PortPlanModel.h"
#include "openstack/PortPlanner.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace podnet;

namespace {

/// Untranslated %n plurals read "2 port(s)"; the English .ts makes them "2 ports". Compare the
/// meaning either way: "1 x(s)" → "1 x", "n x(s)" → "n xs".
QString englishPlurals(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("\\b1 (\\w+)\\(s\\)")), QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

Port computePort(const QString &id, const QString &server, const QStringList &pairs = {},
                 bool portSecurity = true)
{
    Port port;
    port.id = id;
    port.name = id + QStringLiteral("-name");
    port.deviceId = server;
    port.deviceOwner = QStringLiteral("compute:nova");
    port.macAddress = QStringLiteral("fa:16:3e:00:00:01");
    port.fixedIps = {QStringLiteral("10.240.0.20")};
    port.portSecurityEnabled = portSecurity;
    port.revisionNumber = 1;
    for (const QString &pair : pairs)
        port.allowedAddressPairs.append(PortAddressPair(pair, port.macAddress));
    return port;
}

QList<Port> livePorts()
{
    Port dhcp;
    dhcp.id = QStringLiteral("p-dhcp");
    dhcp.deviceId = QStringLiteral("dhcp-1");
    dhcp.deviceOwner = QStringLiteral("network:dhcp");
    return {computePort(QStringLiteral("p-a1"), QStringLiteral("srv-a")),
            computePort(QStringLiteral("p-a2"), QStringLiteral("srv-a")),
            computePort(QStringLiteral("p-b"), QStringLiteral("srv-b"),
                        {QStringLiteral("10.200.0.0/16"), QStringLiteral("10.32.0.0/24")}),
            computePort(QStringLiteral("p-c"), QStringLiteral("srv-c"), {}, false), dhcp};
}

PortPlan planFor(const QList<Port> &ports, const PortSelection &selection = {})
{
    PortPlanner planner;
    planner.setCidrs({Cidr::parse(QStringLiteral("10.200.0.0/16")).cidr,
                      Cidr::parse(QStringLiteral("10.32.0.0/24")).cidr});
    planner.setSelection(selection);
    planner.setServerNames({{QStringLiteral("srv-a"), QStringLiteral("alpha")},
                            {QStringLiteral("srv-b"), QStringLiteral("bravo")},
                            {QStringLiteral("srv-c"), QStringLiteral("charlie")}});
    return planner.plan(ports);
}

} // namespace

class TestPortPlanModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryPortWithItsSymbol()
    {
        PortPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPlan(planFor(livePorts()));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(PortPlanModel::ColumnCount));
        QStringList symbols;
        QStringList categories;
        for (int row = 0; row < model.rowCount(); ++row) {
            symbols.append(model.index(row, PortPlanModel::SymbolColumn).data().toString());
            categories.append(model.index(row, 0).data(PortPlanModel::CategoryRole).toString());
        }
        QCOMPARE(symbols,
                 QStringList({QStringLiteral("+"), QStringLiteral("+"), QStringLiteral("="),
                              QStringLiteral("skip"), QString()}));
        QCOMPARE(categories.last(), QStringLiteral("notselected"));
        QCOMPARE(model.index(0, PortPlanModel::ServerColumn).data().toString(),
                 QStringLiteral("alpha"));
        QVERIFY(model.index(0, PortPlanModel::ChangeColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("+ 10.200.0.0/16")));
        QVERIFY(model.index(0, 0)
                        .data(PortPlanModel::CommandRole)
                        .toString()
                        .startsWith(QStringLiteral("openstack port set p-a1")));
        // The DHCP port cannot be ticked.
        QVERIFY(!(model.flags(model.index(4, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QCOMPARE(englishPlurals(PortPlanModel::totalsText(model.plan())),
                 QStringLiteral("2 ports to change · 4 pairs to add · 1 complete · 1 skipped · "
                                "0 blocked"));
        QCOMPARE(model.commandsText().count(QStringLiteral("openstack port set")), 2);
    }

    void tickingARowTicksTheWholeServer()
    {
        PortPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planFor(livePorts()));
        QSignalSpy ticked(&model, &PortPlanModel::tickedServersChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(ticked.size(), 1);
        QCOMPARE(ticked.first().first().value<QSet<QString>>(),
                 QSet<QString>({QStringLiteral("srv-a")}));
        // Both of alpha's rows in one range.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.setData(model.index(4, 0), Qt::Checked, Qt::CheckStateRole));
    }

    void samePortsChangeInPlaceWithoutReset()
    {
        PortPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Port> ports = livePorts();
        model.setPlan(planFor(ports));
        const QString firstPort = model.index(0, 0).data(PortPlanModel::PortIdRole).toString();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Only bravo: the planner sorts alpha's ports to the end, the model keeps its rows.
        model.setPlan(planFor(ports, PortSelection::byServerIds({QStringLiteral("srv-b")})));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(PortPlanModel::PortIdRole).toString(), firstPort);
        QCOMPARE(model.index(0, PortPlanModel::SymbolColumn).data().toString(), QString());

        // Other ports: a reset.
        QList<Port> fewer = ports;
        fewer.removeLast();
        model.setPlan(planFor(fewer));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    void applyStatesPerRow()
    {
        PortPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planFor(livePorts()));
        QCOMPARE(
                model.index(0, PortPlanModel::ApplyStateColumn).data(PortPlanModel::ApplyStateRole),
                QVariant(-1));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setApplyState(QStringLiteral("p-a2"), PortApplyResult::State::Done);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, PortPlanModel::ApplyStateColumn).data().toString(),
                 PortPlanModel::applyStateText(PortApplyResult::State::Done));
        model.setApplyState(QStringLiteral("p-a1"), PortApplyResult::State::Failed);
        QCOMPARE(model.index(0, 0).data(PortPlanModel::CategoryRole).toString(),
                 QStringLiteral("problem"));
        model.clearApplyStates();
        QCOMPARE(model.index(1, PortPlanModel::ApplyStateColumn).data().toString(), QString());
        QVERIFY(!model.hasApplyStates());
    }

    void languageChangeAnnouncesNewTexts()
    {
        PortPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planFor(livePorts()));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortPlanModel)
#include "tst_portplanmodel.moc"
