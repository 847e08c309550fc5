// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "KubeApplyRollout.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace podnet {

KubeApplyRollout::KubeApplyRollout(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("rolloutLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("rolloutProgress"));
    m_bar->setTextVisible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    retranslate();
    setVisible(false);
}

void KubeApplyRollout::setTiming(std::chrono::milliseconds interval,
                                 std::chrono::milliseconds timeout)
{
    m_interval = interval;
    m_timeout = timeout;
}

void KubeApplyRollout::start(KubeClient *client, const QString &path)
{
    reset();
    m_name = path.section(QLatin1Char('/'), -1);
    auto *watch = new RolloutWatch(client, path, this);
    if (m_interval.count() > 0)
        watch->setInterval(m_interval);
    if (m_timeout.count() > 0)
        watch->setTimeout(m_timeout);
    m_watch = watch;
    connect(watch, &RolloutWatch::progress, this, [this, watch] { show(watch); });
    connect(watch, &RolloutWatch::finished, this, [this, watch] {
        show(watch);
        m_watch = nullptr;
        Q_EMIT finished();
    });
    setVisible(true);
    retranslate();
    watch->start();
}

void KubeApplyRollout::reset()
{
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->deleteLater();
        m_watch = nullptr;
    }
    m_outcome = RolloutWatch::Outcome::Running;
    m_counts = {};
    m_summary.clear();
    m_detail.clear();
    setVisible(false);
}

void KubeApplyRollout::show(const RolloutWatch *watch)
{
    m_outcome = watch->outcome();
    m_counts = watch->counts();
    if (m_outcome == RolloutWatch::Outcome::Failed) {
        m_summary = watch->errorMessage();
        m_detail = watch->errorDetail();
    } else if (m_outcome != RolloutWatch::Outcome::Running) {
        m_summary = watch->summary();
    }
    retranslate();
}

QString KubeApplyRollout::text() const
{
    return m_label->text();
}

void KubeApplyRollout::retranslate()
{
    m_bar->setAccessibleName(tr("Rollout progress"));
    m_label->setAccessibleName(tr("Rollout"));
    const int desired = static_cast<int>(m_counts.desired);
    const int ready = static_cast<int>(m_counts.ready);
    m_bar->setRange(0, desired > 0 ? desired : 0);
    m_bar->setValue(desired > 0 ? ready : 0);
    m_bar->setFormat(desired > 0 ? tr("%1 of %2 ready").arg(ready).arg(desired) : QString());
    QString text;
    switch (m_outcome) {
    case RolloutWatch::Outcome::Running:
        text = desired > 0 ? tr("⏳ %1: %2 of %3 ready, %4 up to date")
                                     .arg(m_name)
                                     .arg(ready)
                                     .arg(desired)
                                     .arg(m_counts.updated)
                           : tr("⏳ Waiting for %1's pods…").arg(m_name);
        break;
    case RolloutWatch::Outcome::Complete:
        text = tr("✔ %1: %2 of %3 ready. %4").arg(m_name).arg(ready).arg(desired).arg(m_summary);
        if (desired <= 0) {
            m_bar->setRange(0, 1);
            m_bar->setValue(1);
            m_bar->setFormat(tr("done"));
        }
        break;
    case RolloutWatch::Outcome::TimedOut:
        text = tr("⚠ %1: not rolled out in time. %2").arg(m_name, m_summary);
        break;
    case RolloutWatch::Outcome::Failed:
        text = tr("✖ Could not follow %1's rollout: %2").arg(m_name, m_summary);
        break;
    }
    m_label->setText(text);
    m_label->setToolTip(m_detail);
}

} // namespace podnet
