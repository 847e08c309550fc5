// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeFaultInjector.h"

namespace podnet::sim {

void KubeFaultInjector::failNext(const QByteArray &method, const QString &path, int count,
                                 int status)
{
    m_faults << Fault {method, path, count, Action::Fail, status, 0};
}

void KubeFaultInjector::delayNext(const QByteArray &method, const QString &path, int count,
                                  int delayMs)
{
    m_faults << Fault {method, path, count, Action::Delay, 200, delayMs};
}

void KubeFaultInjector::dropNext(const QByteArray &method, const QString &path, int count)
{
    m_faults << Fault {method, path, count, Action::Drop, 0, 0};
}

void KubeFaultInjector::clear()
{
    m_faults.clear();
    m_expireNextWatch = false;
}

std::optional<KubeFaultInjector::Fault> KubeFaultInjector::take(const QByteArray &method,
                                                                const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        const bool prefix = fault.path.endsWith(QLatin1Char('*'));
        if (prefix ? !path.startsWith(fault.path.chopped(1)) : path != fault.path)
            continue;
        const Fault result = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return result;
    }
    return std::nullopt;
}

bool KubeFaultInjector::takeWatchExpiry()
{
    return std::exchange(m_expireNextWatch, false);
}

} // namespace podnet::sim
