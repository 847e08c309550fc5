# SPDX-FileCopyrightText: 2026 PodNet Wizard contributors
# SPDX-License-Identifier: Apache-2.0
"""Keystone's public WSGI application for uwsgi; the configuration comes from OS_KEYSTONE_CONFIG_FILES."""
from keystone.server.wsgi import initialize_public_application

application = initialize_public_application()
