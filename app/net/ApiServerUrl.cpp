// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ApiServerUrl.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace podnet {

namespace {

// Characters a URL may hold that are also safe in sed's replacement with ';' as the
// delimiter and in a plain YAML scalar. Everything else is refused.
bool isSafeCharacter(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static const QString allowed = QStringLiteral("-._~:/[]@!$()*+,=");
    return allowed.contains(c);
}

} // namespace

bool ApiServerUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<ValidationMessage> ApiServerUrl::problems(const QString &text)
{
    if (text.isEmpty()) {
        return {validationError(
                tr("Enter the API server URL as the worker nodes reach it, for example "
                   "https://10.0.0.10:6443."))};
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            return {validationError(tr("Remove the spaces and line breaks from the URL."),
                                    text.simplified().remove(QLatin1Char(' ')))};
        }
        if (!isSafeCharacter(c)) {
            return {validationError(
                    tr("The character %1 at position %2 cannot be used here: it would "
                       "corrupt the manifest or change what sed writes. Remove it.")
                            .arg(QStringLiteral("\u201c%1\u201d").arg(c))
                            .arg(i + 1))};
        }
    }
    if (!text.contains(QLatin1String("://"))) {
        // "https//host", "https:/host", "http:host": keep the rest, mend the scheme.
        static const QRegularExpression mistypedScheme(QStringLiteral("^https?(:/*|/+)(?=[^/])"),
                                                       QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch typo = mistypedScheme.match(text);
        const QString rest = typo.hasMatch() ? text.mid(typo.capturedLength()) : text;
        return {validationError(
                tr("Start the URL with https://, for example https://%1.").arg(rest),
                QStringLiteral("https://") + rest)};
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return {validationError(
                tr("This is not a valid URL (%1). Write it like https://10.0.0.10:6443.")
                        .arg(url.errorString()))};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return {validationError(tr("Use the https scheme, for example https://%1.")
                                        .arg(url.authority().isEmpty()
                                                     ? QStringLiteral("10.0.0.10:6443")
                                                     : url.authority()))};
    }
    if (url.host().isEmpty())
        return {validationError(
                tr("Add the host name or IP address of the API server after https://."))};
    // isNull, not isEmpty: "https://@host" has an empty user info, and Go's HTTP client (which
    // kube-router uses) sends any user info, even an empty one, as a Basic Authorization header.
    if (!url.userInfo().isNull()) {
        return {validationError(
                tr("Remove the user name and password from the URL: credentials never go "
                   "into the manifest."))};
    }

    QList<ValidationMessage> messages;
    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http")) {
        if (!loopback) {
            QUrl secure = url;
            secure.setScheme(QStringLiteral("https"));
            return {validationError(
                    tr("Use https: kube-router sends its service account token to this "
                       "address, so it must be encrypted. Plain http is only allowed for "
                       "127.0.0.1 or localhost."),
                    secure.toString())};
        }
        messages << validationWarning(
                tr("Plain http sends tokens unencrypted. Use it only for a local "
                   "test server."));
    }
    if (url.port() == -1) {
        QUrl withPort = url;
        withPort.setPort(6443);
        return {validationError(
                tr("Add the port, for example :6443 (the API server's usual port)."),
                withPort.toString())};
    }
    if (url.port() == 0)
        return {validationError(
                tr("Port 0 cannot be used. The API server usually listens on 6443."))};
    if (loopback) {
        messages << validationWarning(
                tr("%1 means each node itself, not this computer. Use the address "
                   "the worker nodes use to reach the API server, unless it runs "
                   "on every node.")
                        .arg(url.host()));
    }
    return messages;
}

QList<ValidationMessage> ApiServerUrl::check(const QString &text)
{
    QList<ValidationMessage> messages = problems(text);
    if (!ValidationMessage::anyError(messages))
        return messages;
    // Each problem knows one fix; follow them so that the offered value fixes everything
    // ("10.0.0.10" becomes https://10.0.0.10:6443), and never offer one that is still wrong.
    QString candidate = text;
    for (int step = 0; step < 4; ++step) {
        const QList<ValidationMessage> left = problems(candidate);
        if (!ValidationMessage::anyError(left))
            break;
        candidate = left.constFirst().suggestion;
        if (candidate.isEmpty())
            break;
    }
    const bool repaired = !candidate.isEmpty() && candidate != text
            && !ValidationMessage::anyError(problems(candidate));
    for (ValidationMessage &message : messages)
        message.suggestion = message.isError() && repaired ? candidate : QString();
    return messages;
}

} // namespace podnet
