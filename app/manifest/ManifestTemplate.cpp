// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#include "ManifestTemplate.h"

#include <QLocale>

namespace podnet {

QString ManifestTemplate::origin() const
{
    const QString when = QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat);
    switch (source.kind) {
    case TemplateSource::Kind::BuiltIn:
        return tr("Built-in template (kube-router all features, unpinned image)");
    case TemplateSource::Kind::File:
        return tr("File %1").arg(source.location);
    case TemplateSource::Kind::Upstream:
    case TemplateSource::Kind::Url:
        if (fromCache)
            return tr("Saved copy of %1, downloaded %2").arg(source.url().toString(), when);
        return tr("Downloaded from %1 at %2").arg(source.url().toString(), when);
    }
    return {};
}

} // namespace podnet
