"""Helpers shared by the BrowserStack Test Management fake's tests."""

from __future__ import annotations

import base64

from qaclients_fakes._browserstack_tm import DEFAULT_ACCESS_KEY, DEFAULT_USERNAME

BASE_URL = "https://test-management.browserstack.com/api/v2"
CREDENTIALS = (DEFAULT_USERNAME, DEFAULT_ACCESS_KEY)
AUTH = {"Authorization": "Basic " + base64.b64encode(f"{DEFAULT_USERNAME}:{DEFAULT_ACCESS_KEY}".encode()).decode()}
RUNS = "/projects/PR-1/test-runs"
