// SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace podnet {

/// The non-secret settings of one setup, saved as a small YAML file an instructor can hand to
/// every student (schema: docs/profile.md; sample: resources/profiles/sample.yaml). Never holds a
/// password, token, key or application-credential secret: those come from the keychain, the
/// user's own files, the environment or a prompt. Empty strings mean "not set" (the wizard's
/// default or the user's choice applies).
struct Profile
{
    // OpenStack: either a clouds.yaml cloud name, or an auth URL with user and project.
    QString cloud;         ///< openstack.cloud
    QString authUrl;       ///< openstack.auth_url
    QString userName;      ///< openstack.username
    QString userDomain;    ///< openstack.user_domain_name
    QString projectName;   ///< openstack.project_name
    QString projectDomain; ///< openstack.project_domain_name
    QString regionName;    ///< openstack.region_name
    QString portPattern;   ///< openstack.ports: glob over server names; empty: all compute ports
    bool skipOpenStack = false; ///< openstack: skip

    // Kubernetes: a kubeconfig and context, or a server URL.
    QString kubeconfig; ///< kubernetes.kubeconfig ("~" expands)
    QString context;    ///< kubernetes.context
    QString server;     ///< kubernetes.server (typed-in connection; token from the environment)
    bool skipKubernetes = false; ///< kubernetes: skip

    // Network and manifest.
    QString apiServerUrl;   ///< network.api_server_url (as the nodes reach it)
    QString clusterCidr;    ///< network.cluster_cidr
    QString serviceCidr;    ///< network.service_cidr
    QString templateSource; ///< manifest.template: "upstream", "builtin", a URL or a file path
    QString imageTag;       ///< manifest.image_tag

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace podnet
