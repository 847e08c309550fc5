# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
"""Starts neutron-server (eventlet) with Debian's Python packages.

Neutron 21 without the L3 service plugin answers GET/PUT of a port with HTTP 500 ("'Port' has no
attribute 'port_forwardings'") after a restart on an existing database: some relationships are only
added once every mapper is configured. Importing all models and configuring the mappers before the
server starts avoids that.
"""
import sys

from neutron.cmd.eventlet.server import main  # monkey-patches eventlet first
from neutron.db.migration.models import head  # noqa: F401  (imports every model)
import sqlalchemy.orm

sqlalchemy.orm.configure_mappers()

if __name__ == "__main__":
    sys.argv[0] = "neutron-server"
    sys.exit(main())
