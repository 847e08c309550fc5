// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "manifest/TemplateSource.h"
#include "openstack/PortSelection.h"
#include "profile/Profile.h"

#include <QProcessEnvironment>

namespace podnet {

class SetupState;

/// Moves settings between a Profile and the wizard's SetupState, both ways, without the
/// network and without secrets. Connections (credentials, kubeconfig) are not made here: the
/// faces resolve them (the command line through ProfileConnector), because they may need a
/// password, a prompt or the keychain.
class ProfileStateMapper
{
public:
    /// The non-secret settings of \a state as a profile, with \a portPattern (empty: all
    /// compute ports). A side without credentials or connection is written as skipped. A
    /// clouds.yaml cloud is written by name only when \a environment's clouds.yaml still has
    /// it with the same auth URL; otherwise the auth URL, user and project are written.
    static Profile fromState(const SetupState &state, const QString &portPattern,
                             const QProcessEnvironment &environment
                             = QProcessEnvironment::systemEnvironment());

    /// Puts what needs no network into \a state: the network values, the image tag, the
    /// built-in template (other templates must be loaded by the caller: see templateSource();
    /// a template of another source already in the state is dropped, so nothing stale is
    /// rendered), and a skipped side's connection is cleared. Values the profile leaves empty
    /// keep what the state has.
    static void apply(const Profile &profile, SetupState *state);

    /// The template the profile asks for; upstream when it names none.
    static TemplateSource templateSource(const Profile &profile);
    /// The profile's "template" value for \a source.
    static QString templateValue(const TemplateSource &source);
    /// Which compute ports get pairs.
    static PortSelection portSelection(const Profile &profile);
};

} // namespace podnet
