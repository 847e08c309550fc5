// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/Port.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace podnet {

/// Joins the two sides for one node: finds the OpenStack port whose fixed IP is the node's
/// InternalIP and says whether its allowed address pairs let the node's pod traffic through
/// (the cluster CIDR, or at least the node's own pod range, and the service CIDR). Pure.
class NodePortCoverage
{
    Q_DECLARE_TR_FUNCTIONS(NodePortCoverage)
public:
    enum class State {
        Covered,         ///< the port's pairs cover the pod range and the service CIDR
        Missing,         ///< the port lacks some of them (see Entry::missing)
        PortSecurityOff, ///< no pairs needed: Neutron does not filter this port
        NoPort,          ///< no port of the project has the node's InternalIP
        Unknown,         ///< no OpenStack data (side skipped, or not read yet)
    };
    struct Entry
    {
        State state = State::Unknown;
        QString portId;      ///< the matched port
        QStringList missing; ///< CIDRs not covered, as text
        QString internalIp;  ///< the node's address the port was looked up by
    };

    /// The project's ports (as listed) and the networks that must be allowed.
    void setPorts(const QList<Port> &ports)
    {
        m_ports = ports;
        m_hasPorts = true;
    }
    void setCidrs(const QString &clusterCidr, const QString &serviceCidr);
    bool hasPorts() const { return m_hasPorts; }

    /// The coverage of a node with \a internalIp; \a podCidr (may be empty) is its own range,
    /// enough on its own when the cluster CIDR is not allowed as a whole.
    Entry forNode(const QString &internalIp, const QString &podCidr) const;

    /// Translated cell text: "yes", "no — missing 10.32.0.0/24", "not needed (port security
    /// off)", "no port with 10.240.0.20", "—" (unknown).
    static QString text(const Entry &entry);
    /// A translated sentence for tooltips and reports, naming the port.
    static QString explanation(const Entry &entry, const QString &internalIp);

private:
    QList<Port> m_ports;
    QString m_clusterCidr;
    QString m_serviceCidr;
    bool m_hasPorts = false;
};

} // namespace podnet
