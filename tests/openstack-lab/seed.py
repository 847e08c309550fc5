# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
"""Seeds the loopback lab with a known set of ports, in one process with bulk creates.

usage: /usr/bin/python3 seed.py STATE_DIR [--compute-ports N] [--reset]

Without --reset: brings projects `lab` and `other` to exactly this set of ports, created as admin
and owned by the project (existing ports that match by name, network, owner, device and port
security are kept, their pairs put back when a test changed them; any other port is deleted, so a
second run is fast; Neutron needs ~0.3-0.6 s of CPU per port delete, far more than per update):
  lab:   network lab-net + subnet lab-subnet 10.240.0.0/24 (kept when present), and ports
         worker-0..3            compute:nova, device_id = fake server UUID
         az2-worker-0..1        compute:az2
         paired-0               compute:nova with the pair 192.168.50.0/24
         nosec-0                compute:nova, port_security_enabled=false, no security groups
         full-0                 compute:nova with 9 pairs (one more is allowed, two are not)
         dhcp-0                 network:dhcp
         router-0               network:router_interface
         compute-0000..N-1      compute:nova, only with --compute-ports N (bulk POSTs)
  other: network other-net + subnet 10.241.0.0/24, port other-worker-0 (compute:nova): never
         to be listed or selected for `lab`.
Prints a JSON summary (port ids by category) and writes it to STATE_DIR/seed.json.
With --reset: only deletes every port of both projects and removes seed.json.
"""
import argparse
import concurrent.futures
import json
import os
import sys
import time
import uuid

import openstack
from openstack import config as os_config

NAMESPACE = uuid.UUID("6f1c7e52-3b0e-4d0c-9a51-2f0d4c1be0a1")
CHUNK = 50  # ports per bulk POST; two go in flight (api_workers = 2)


def server_uuid(name):
    """A fake, stable Nova server id for a port name."""
    return str(uuid.uuid5(NAMESPACE, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state_dir")
    parser.add_argument("--compute-ports", type=int, default=0, metavar="N",
                        help="extra compute:nova ports compute-0000.. (pagination, benchmarks)")
    parser.add_argument("--reset", action="store_true",
                        help="only delete every port of projects lab and other")
    args = parser.parse_args()
    state = os.path.abspath(args.state_dir)
    started = time.monotonic()

    with open(os.path.join(state, "lab.json")) as f:
        ids = json.load(f)
    lab_id, other_id = ids["lab_project_id"], ids["other_project_id"]
    cloud = os_config.OpenStackConfig(
        config_files=[os.path.join(state, "clouds.yaml")]).get_one(cloud="lab-admin")
    conn = openstack.connection.Connection(config=cloud)
    net = conn.network  # a keystoneauth adapter on the network endpoint (paths under /v2.0)

    def ok(response, what):
        if response.status_code >= 400:
            sys.exit("seed: %s failed: HTTP %d %s" % (what, response.status_code, response.text))
        return response.json() if response.content else None

    def get(path):
        return ok(net.get(path, raise_exc=False), "GET " + path)

    def post(path, body):
        return ok(net.post(path, json=body, raise_exc=False), "POST " + path)

    def delete_port(port_id):
        response = net.delete("/ports/" + port_id, raise_exc=False)
        if response.status_code not in (204, 404):
            sys.exit("seed: DELETE port %s failed: HTTP %d %s"
                     % (port_id, response.status_code, response.text))

    def project_ports(project_id):
        return get("/ports?project_id=%s&fields=id" % project_id)["ports"]

    # Deletes have no bulk form: several in flight use both API workers.
    def delete_all(port_ids):
        if port_ids:
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                list(pool.map(delete_port, port_ids))

    if args.reset:
        doomed = [p["id"] for pid in (lab_id, other_id) for p in project_ports(pid)]
        delete_all(doomed)
        try:
            os.remove(os.path.join(state, "seed.json"))
        except FileNotFoundError:
            pass
        print(json.dumps({"deleted_ports": len(doomed),
                          "seconds": round(time.monotonic() - started, 1)}))
        return

    def ensure_network(project_id, name, cidr):
        found = get("/networks?project_id=%s&name=%s&fields=id" % (project_id, name))["networks"]
        if found:
            network_id = found[0]["id"]
        else:
            network_id = post("/networks", {"network": {
                "name": name, "project_id": project_id, "admin_state_up": True}})["network"]["id"]
        subnets = get("/subnets?network_id=%s&fields=id" % network_id)["subnets"]
        if subnets:
            subnet_id = subnets[0]["id"]
        else:
            subnet_id = post("/subnets", {"subnet": {
                "name": name.replace("-net", "-subnet"), "network_id": network_id,
                "project_id": project_id, "ip_version": 4, "cidr": cidr,
                "enable_dhcp": False}})["subnet"]["id"]
        return network_id, subnet_id

    lab_net, lab_subnet = ensure_network(lab_id, "lab-net", "10.240.0.0/24")
    other_net, other_subnet = ensure_network(other_id, "other-net", "10.241.0.0/24")

    def port(name, category, project_id=lab_id, network_id=lab_net, owner="compute:nova",
             device_id=None, **extra):
        body = {"name": name, "project_id": project_id, "network_id": network_id,
                "device_owner": owner, "device_id": device_id or server_uuid(name),
                "admin_state_up": True}
        body.update(extra)
        return category, body

    fixed = [port("worker-%d" % i, "compute") for i in range(4)]
    fixed += [port("az2-worker-%d" % i, "compute_az2", owner="compute:az2") for i in range(2)]
    fixed.append(port("paired-0", "pre_paired",
                      allowed_address_pairs=[{"ip_address": "192.168.50.0/24"}]))
    fixed.append(port("nosec-0", "port_security_disabled", port_security_enabled=False,
                      security_groups=[]))
    fixed.append(port("full-0", "nine_pairs", allowed_address_pairs=[
        {"ip_address": "192.168.%d.0/24" % (60 + i)} for i in range(9)]))
    fixed.append(port("dhcp-0", "dhcp", owner="network:dhcp",
                      device_id="dhcp" + server_uuid("dhcp-0") + "-" + lab_net))
    fixed.append(port("router-0", "router_interface", owner="network:router_interface"))
    fixed.append(port("other-worker-0", "other_project", project_id=other_id,
                      network_id=other_net))
    extra = [port("compute-%04d" % i, "bulk_compute") for i in range(args.compute_ports)]

    # Compare what is there with what should be: keep, repair (pairs only) or replace.
    wanted = {body["name"]: (category, body) for category, body in fixed + extra}
    existing = get("/ports?project_id=%s&project_id=%s&fields=id&fields=name&fields=project_id"
                   "&fields=network_id&fields=device_owner&fields=device_id&fields=mac_address"
                   "&fields=allowed_address_pairs&fields=port_security_enabled"
                   % (lab_id, other_id))["ports"]
    results, repairs, doomed = [], [], []
    for p in existing:
        category, body = wanted.get(p["name"], (None, None))
        # Neutron turns port security off by itself for network:* owners.
        security = body is not None and body.get(
            "port_security_enabled", not body["device_owner"].startswith("network:"))
        same = body is not None and all(p[k] == body[k] for k in (
            "project_id", "network_id", "device_owner", "device_id")) and p[
            "port_security_enabled"] == security
        if not same:
            doomed.append(p["id"])
            continue
        del wanted[p["name"]]
        pairs = {(a["ip_address"], a["mac_address"]) for a in p["allowed_address_pairs"]}
        want = {(a["ip_address"], p["mac_address"]) for a in body.get("allowed_address_pairs", [])}
        if pairs != want or len(p["allowed_address_pairs"]) != len(want):
            print("seed: %s: pairs %s, want %s" % (p["name"], sorted(pairs), sorted(want)),
                  file=sys.stderr)
            repairs.append((p["id"], body.get("allowed_address_pairs", [])))
        results.append((category, p))
    delete_all(doomed)

    def repair(item):
        port_id, pairs = item
        ok(net.put("/ports/" + port_id, json={"port": {"allowed_address_pairs": pairs}},
                   raise_exc=False), "PUT port " + port_id)

    if repairs:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(repair, repairs))

    missing = list(wanted.values())
    batches = [missing[i:i + CHUNK] for i in range(0, len(missing), CHUNK)]

    def create(batch):
        created = post("/ports", {"ports": [body for _, body in batch]})["ports"]
        return [(category, p) for (category, _), p in zip(batch, created)]

    created = []
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for done in pool.map(create, batches):
            created.extend(done)
    results.extend(created)

    # Neutron 21 (ML2) drops allowed_address_pairs given in a bulk POST (the ports come back with
    # none, observed): put them on afterwards, like a repair.
    bodies = {body["name"]: body for _, body in fixed + extra}
    late = [(p["id"], bodies[p["name"]]["allowed_address_pairs"]) for _, p in created
            if bodies[p["name"]].get("allowed_address_pairs") and not p["allowed_address_pairs"]]
    if late:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(repair, late))

    order = {name: i for i, name in enumerate(b["name"] for _, b in fixed + extra)}
    results.sort(key=lambda cp: order[cp[1]["name"]])
    categories = {}
    by_name = {}
    for category, p in results:
        categories.setdefault(category, []).append(p["id"])
        by_name[p["name"]] = p["id"]
    lab_compute = [p["id"] for c, p in results
                   if p["project_id"] == lab_id and p["device_owner"].startswith("compute:")]
    summary = {
        "lab_project_id": lab_id, "other_project_id": other_id,
        "network_id": lab_net, "subnet_id": lab_subnet, "cidr": "10.240.0.0/24",
        "other_network_id": other_net, "other_subnet_id": other_subnet,
        "ports": categories, "ports_by_name": by_name,
        "counts": {"lab": sum(1 for _, p in results if p["project_id"] == lab_id),
                   "lab_compute": len(lab_compute),
                   "other": len(categories.get("other_project", []))},
        "deleted_ports": len(doomed), "repaired_ports": len(repairs),
        "created_ports": len(missing),
        "seconds": round(time.monotonic() - started, 1),
    }
    text = json.dumps(summary, indent=2, sort_keys=True)
    tmp = os.path.join(state, "seed.json.tmp")
    with open(tmp, "w") as f:
        f.write(text + "\n")
    os.replace(tmp, os.path.join(state, "seed.json"))
    print(text)


if __name__ == "__main__":
    main()
