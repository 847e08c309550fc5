# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
"""Registers what the lab needs in Keystone, in one process (a dozen CLI calls would take ~40 s).

Idempotent: everything is looked up first and created (or corrected) only when missing.
  - the `service` project and the `neutron` user (admin role there), for Neutron's auth_token;
  - the `network` service with public/internal/admin endpoints (no /v2.0), and the identity
    endpoints corrected when Keystone's port changed since the bootstrap;
  - projects `lab` and `other` (domain Default), user `student` with the member role on `lab`;
  - an application credential `podnet-lab` of student (id and secret written to appcred.json,
    kept when it still works).
Writes STATE_DIR/lab.json with the ids. Run with /usr/bin/python3 (Debian's keystoneauth1).

usage: register.py STATE_DIR KEYSTONE_URL NEUTRON_URL ADMIN_PW NEUTRON_PW STUDENT_PW
"""
import json
import os
import sys

from keystoneauth1 import exceptions as ka_exc
from keystoneauth1 import session as ka_session
from keystoneauth1.identity import v3

REGION = "RegionOne"
APPCRED_NAME = "podnet-lab"


def main():
    state, keystone_url, neutron_url, admin_pw, neutron_pw, student_pw = sys.argv[1:7]
    auth_url = keystone_url + "/v3"
    admin = ka_session.Session(auth=v3.Password(
        auth_url=auth_url, username="admin", password=admin_pw, user_domain_id="default",
        project_name="admin", project_domain_id="default"))

    # Always talk to the Keystone given, not to the catalog (its port may be the old one).
    def call(method, path, sess=admin, **kw):
        kw.setdefault("raise_exc", True)
        return sess.request(auth_url + path, method, **kw)

    def find(collection, key, **query):
        qs = "&".join("%s=%s" % kv for kv in query.items())
        items = call("GET", "/%s?%s" % (collection, qs)).json()[key]
        return items[0] if items else None

    def ensure(collection, key, body, **query):
        item = find(collection, key, **query)
        if item is None:
            item = call("POST", "/" + collection, json={key[:-1]: body}).json()[key[:-1]]
            print("created %s %s" % (key[:-1], body.get("name", "")))
        return item

    role_ids = {r["name"]: r["id"] for r in call("GET", "/roles").json()["roles"]}

    def ensure_user(name, password, project, role):
        user = find("users", "users", name=name, domain_id="default")
        if user is None:
            user = call("POST", "/users", json={"user": {
                "name": name, "password": password, "domain_id": "default"}}).json()["user"]
            print("created user %s" % name)
        else:
            # Keeps the password in step with secrets.env (also after a manual change).
            call("PATCH", "/users/" + user["id"], json={"user": {"password": password}})
        call("PUT", "/projects/%s/users/%s/roles/%s" % (project["id"], user["id"], role_ids[role]))
        return user

    def ensure_project(name, description):
        return ensure("projects", "projects", {"name": name, "domain_id": "default",
                                               "description": description},
                      name=name, domain_id="default")

    service_project = ensure_project("service", "OpenStack services")
    lab = ensure_project("lab", "PodNet Wizard test project")
    other = ensure_project("other", "Another project: its ports must never show up for lab")
    neutron_user = ensure_user("neutron", neutron_pw, service_project, "admin")
    student = ensure_user("student", student_pw, lab, "member")

    def ensure_endpoints(service_type, name, url):
        service = ensure("services", "services", {"type": service_type, "name": name,
                                                  "enabled": True}, type=service_type)
        existing = call("GET", "/endpoints?service_id=" + service["id"]).json()["endpoints"]
        for interface in ("public", "internal", "admin"):
            mine = [e for e in existing if e["interface"] == interface]
            if not mine:
                call("POST", "/endpoints", json={"endpoint": {
                    "service_id": service["id"], "interface": interface, "url": url,
                    "region_id": REGION, "enabled": True}})
                print("created %s endpoint %s %s" % (service_type, interface, url))
            elif mine[0]["url"] != url:
                call("PATCH", "/endpoints/" + mine[0]["id"], json={"endpoint": {"url": url}})
                print("updated %s endpoint %s to %s" % (service_type, interface, url))
        return service

    ensure_endpoints("identity", "keystone", auth_url)
    ensure_endpoints("network", "neutron", neutron_url)

    # The student's application credential: kept when the recorded one still authenticates.
    appcred_file = os.path.join(state, "appcred.json")
    appcred = None
    if os.path.exists(appcred_file):
        with open(appcred_file) as f:
            appcred = json.load(f)
        try:
            ka_session.Session(auth=v3.ApplicationCredential(
                auth_url=auth_url, application_credential_id=appcred["id"],
                application_credential_secret=appcred["secret"])).get_token()
        except ka_exc.Unauthorized:
            appcred = None
    if appcred is None:
        student_sess = ka_session.Session(auth=v3.Password(
            auth_url=auth_url, username="student", password=student_pw,
            user_domain_id="default", project_id=lab["id"]))
        path = "/users/%s/application_credentials" % student["id"]
        for old in call("GET", path + "?name=" + APPCRED_NAME, sess=student_sess).json()[
                "application_credentials"]:
            call("DELETE", "%s/%s" % (path, old["id"]), sess=student_sess)
        created = call("POST", path, sess=student_sess, json={"application_credential": {
            "name": APPCRED_NAME, "description": "PodNet Wizard tests"}}).json()[
            "application_credential"]
        appcred = {"id": created["id"], "secret": created["secret"], "name": APPCRED_NAME,
                   "user_id": student["id"], "project_id": lab["id"]}
        tmp = appcred_file + ".tmp"
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            json.dump(appcred, f, indent=2)
        os.replace(tmp, appcred_file)
        print("created application credential %s for student" % created["id"])

    ids = {"lab_project_id": lab["id"], "other_project_id": other["id"],
           "service_project_id": service_project["id"], "student_user_id": student["id"],
           "neutron_user_id": neutron_user["id"], "appcred_id": appcred["id"]}
    with open(os.path.join(state, "lab.json"), "w") as f:
        json.dump(ids, f, indent=2)


if __name__ == "__main__":
    main()
