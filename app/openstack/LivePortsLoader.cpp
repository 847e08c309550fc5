// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "openstack/LivePortsLoader.h"

#include "openstack/NeutronPortClient.h"
#include "openstack/NovaServerNamesJob.h"

namespace podnet {

LivePortsLoader::LivePortsLoader(KeystoneSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(new NeutronPortClient(session, this))
    , m_names(new NovaServerNamesJob(session, this))
{
    connect(m_names, &NovaServerNamesJob::finished, this,
            [this](const QHash<QString, QString> &names) {
                if (!m_loading)
                    return;
                m_loading = false;
                QString problem;
                if (names.isEmpty() && !m_names->lastFailure().isOk())
                    problem = tr("Server names could not be read from Nova (%1); ports are shown "
                                 "by their own names.")
                                      .arg(m_names->lastFailure().message());
                Q_EMIT finished(m_ports, names, PortFailure(), problem);
            });
}

LivePortsLoader::~LivePortsLoader() = default;

void LivePortsLoader::load()
{
    delete m_context;
    m_context = new QObject(this);
    m_loading = true;
    m_ports.clear();
    m_client->listPorts(m_context, [this](const QList<Port> &ports, const PortFailure &failure) {
        if (!failure.isOk()) {
            m_loading = false;
            Q_EMIT finished({}, {}, failure, QString());
            return;
        }
        m_ports = ports;
        // Listing authenticated the session, which Nova needs.
        m_names->start();
    });
}

} // namespace podnet
