// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace podnet {

/// Where the kube-router template comes from.
struct TemplateSource
{
    enum class Kind {
        Upstream, ///< the tutorial's URL on kube-router's master branch
        Url,      ///< another http(s) URL
        File,     ///< a local file
        BuiltIn,  ///< the copy inside the binary (offline, demo)
    };

    Kind kind = Kind::Upstream;
    QString location; ///< the URL or file path; empty for Upstream and BuiltIn

    static QUrl upstreamUrl()
    {
        return QUrl(QStringLiteral("https://raw.githubusercontent.com/cloudnativelabs/kube-router/"
                                   "master/daemonset/generic-kuberouter-all-features.yaml"));
    }

    /// The URL to download; empty for File and BuiltIn.
    QUrl url() const
    {
        if (kind == Kind::Upstream)
            return upstreamUrl();
        if (kind == Kind::Url)
            return QUrl(location);
        return {};
    }

    bool isDownload() const { return kind == Kind::Upstream || kind == Kind::Url; }

    /// The command line's --template value: "builtin", an http(s) URL, or a file path.
    static TemplateSource fromArgument(const QString &argument)
    {
        if (argument == QLatin1String("builtin"))
            return {Kind::BuiltIn, {}};
        if (argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
            || argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
            if (QUrl(argument) == upstreamUrl())
                return {Kind::Upstream, {}};
            return {Kind::Url, argument};
        }
        return {Kind::File, argument};
    }

    friend bool operator==(const TemplateSource &, const TemplateSource &) = default;
};

} // namespace podnet
