// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "kube/nodes/KubeAge.h"

namespace podnet {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

QString pair(qint64 major, char majorUnit, qint64 minor, char minorUnit)
{
    QString text = QString::number(major) + QLatin1Char(majorUnit);
    if (minor != 0)
        text += QString::number(minor) + QLatin1Char(minorUnit);
    return text;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil-days method).
qint64 daysFromCivil(qint64 year, qint64 month, qint64 day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int digits(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

KubeAge KubeAge::fromJson(const QJsonObject &object)
{
    return KubeAge(parseTimestamp(object.value(QLatin1String("metadata"))
                                          .toObject()
                                          .value(QLatin1String("creationTimestamp"))
                                          .toString()));
}

QString KubeAge::humanDuration(qint64 milliseconds)
{
    // Integer division truncates toward zero, as Go's int(d.Seconds()) does: -1.5 s is "0s".
    const qint64 seconds = milliseconds / kSecond;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 120)
        return QString::number(seconds) + QLatin1Char('s');
    const qint64 minutes = milliseconds / kMinute;
    if (minutes < 10)
        return pair(minutes, 'm', seconds % 60, 's');
    if (minutes < 3 * 60)
        return QString::number(minutes) + QLatin1Char('m');
    const qint64 hours = milliseconds / kHour;
    if (hours < 8)
        return pair(hours, 'h', minutes % 60, 'm');
    if (hours < 48)
        return QString::number(hours) + QLatin1Char('h');
    if (hours < 24 * 8)
        return pair(hours / 24, 'd', hours % 24, 'h');
    if (hours < 24 * 365 * 2)
        return QString::number(hours / 24) + QLatin1Char('d');
    if (hours < 24 * 365 * 8)
        return pair(hours / 24 / 365, 'y', (hours / 24) % 365, 'd');
    return QString::number(hours / 24 / 365) + QLatin1Char('y');
}

QString KubeAge::since(const QDateTime &timestamp, const QDateTime &now)
{
    if (!timestamp.isValid())
        return QStringLiteral("<unknown>");
    return humanDuration(timestamp.msecsTo(now));
}

QDateTime KubeAge::parseTimestamp(const QString &text)
{
    // The API server always writes "YYYY-MM-DDTHH:MM:SSZ" (sometimes with fractions); parse that
    // by hand, since watch streams carry thousands of them, and leave the rest to Qt.
    if (text.size() >= 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && (text.at(10) == QLatin1Char('T') || text.at(10) == QLatin1Char('t'))
        && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')) {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        qsizetype pos = 19;
        int millis = 0;
        if (text.at(pos) == QLatin1Char('.')) {
            int scale = 100;
            for (++pos; pos < text.size() && text.at(pos).isDigit(); ++pos) {
                millis += (text.at(pos).unicode() - u'0') * scale;
                scale /= 10;
            }
        }
        const bool utc = pos == text.size() - 1
                && (text.at(pos) == QLatin1Char('Z') || text.at(pos) == QLatin1Char('z'));
        if (utc && year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0
            && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 61) {
            const qint64 msecs = daysFromCivil(year, month, day) * 24 * kHour + hour * kHour
                    + minute * kMinute + second * kSecond + millis;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace podnet
