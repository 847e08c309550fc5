#!/usr/bin/env bash
# An openrc file in the shape the dashboard ("API Access") hands out: it prompts for the
# password when sourced.
export OS_AUTH_URL=https://keystone.lab.example:5000/v3
# Keystone v3 scopes to a project.
export OS_PROJECT_ID=6f1c3e0d2b8a4c7e9f00a1b2c3d4e5f6
export OS_PROJECT_NAME="k8s-lab"
export OS_USER_DOMAIN_NAME="Default"
if [ -z "$OS_USER_DOMAIN_NAME" ]; then unset OS_USER_DOMAIN_NAME; fi
export OS_PROJECT_DOMAIN_ID="default"
if [ -z "$OS_PROJECT_DOMAIN_ID" ]; then unset OS_PROJECT_DOMAIN_ID; fi
# Drop the v2.0 names in case the shell still has them.
unset OS_TENANT_ID
unset OS_TENANT_NAME
export OS_USERNAME="alice"
echo "Please enter your OpenStack Password for project $OS_PROJECT_NAME as user $OS_USERNAME: "
read -sr OS_PASSWORD_INPUT
export OS_PASSWORD=$OS_PASSWORD_INPUT
export OS_REGION_NAME="RegionOne"
if [ -z "$OS_REGION_NAME" ]; then unset OS_REGION_NAME; fi
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
