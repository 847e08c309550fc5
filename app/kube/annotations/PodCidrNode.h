// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace podnet {

/// What one node says about its pod range, read from the node object: spec.podCIDR(s) and
/// kube-router's two annotations. kube-router reads `kube-router.io/pod-cidr` (wins when set)
/// or spec.podCIDR, and `kube-router.io/pod-cidrs` (comma-separated) or spec.podCIDRs.
class PodCidrNode
{
    Q_DECLARE_TR_FUNCTIONS(PodCidrNode)
public:
    /// The two annotations; nullopt: the key is absent.
    struct Annotations
    {
        std::optional<QString> podCidr;  ///< kube-router.io/pod-cidr
        std::optional<QString> podCidrs; ///< kube-router.io/pod-cidrs

        /// Both keys set to \a range, as PodCidrAnnotationJob sets them.
        static Annotations both(const QString &range) { return {range, range}; }
        /// {"kube-router.io/pod-cidr": value or null, …}: as a merge patch, null removes.
        QJsonObject toJson() const;
        /// The inverse of toJson(); a missing or null key is absent.
        static Annotations fromJson(const QJsonObject &object);
        /// "kube-router.io/pod-cidr=X, kube-router.io/pod-cidrs=(none)", untranslated keys.
        QString toText() const;

        friend bool operator==(const Annotations &a, const Annotations &b)
        {
            return a.podCidr == b.podCidr && a.podCidrs == b.podCidrs;
        }
    };

    /// "kube-router.io/pod-cidr".
    static QString podCidrKey() { return QStringLiteral("kube-router.io/pod-cidr"); }
    /// "kube-router.io/pod-cidrs".
    static QString podCidrsKey() { return QStringLiteral("kube-router.io/pod-cidrs"); }

    /// Reads a node object as the API returns it.
    static PodCidrNode fromJson(const QJsonObject &node);

    QString name;
    QString resourceVersion;
    QString specPodCidr;
    QStringList specPodCidrs;
    Annotations annotations;

    /// The ranges kube-router uses on this node (annotations win over spec), without
    /// duplicates. Empty: kube-router crash-loops there.
    QStringList ranges() const;
    /// Every range the node carries anywhere (spec and annotations), for overlap checks.
    QStringList allRanges() const;
    bool hasRange() const { return !ranges().isEmpty(); }
    /// Translated, for previews: "10.200.0.0/24 (annotation)", "10.244.1.0/24 (spec.podCIDR)",
    /// "none".
    QString currentText() const;
};

} // namespace podnet
