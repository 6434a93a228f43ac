"""Basic auth with the user ``key`` and keys of every type: 401 for a bad key, 403 for the wrong type or another
workspace's id, 404 for an unknown id; the key never shows in a repr or an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from qaclients.core import ForbiddenError, NotFoundError, QAClientError, UnauthorizedError
from qaclients.mabl import Mabl
from qaclients_fakes import FakeTransport, KeyType, MablFake
from qaclients_fakes._mabl import (
    DEFAULT_ACCOUNT,
    DEFAULT_KEY,
    ENVIRONMENT,
    OTHER_APPLICATION,
    OTHER_WORKSPACE,
)
from tests.mabl._helpers import SharedClock, client

NOW_MS = 1_704_067_200_000
DAY_MS = 86_400_000

CALLS: dict[str, Callable[[Mabl], Any]] = {
    "read": lambda m: list(m.applications.list()),
    "write": lambda m: m.applications.create(name="x"),
    "deploy": lambda m: m.begin_deployment(environment_id=ENVIRONMENT, preview=True),
    "secrets": lambda m: list(m.credentials.list()),
    "link": lambda m: m.link_labels(),
    "download link agent": lambda m: m.link_agent_download_url(),
    "users": lambda m: list(m.users()),
    "usage": lambda m: m.test_run_counts(NOW_MS - DAY_MS, NOW_MS),
    "account usage": lambda m: m.account_test_run_counts(DEFAULT_ACCOUNT, NOW_MS - DAY_MS, NOW_MS),
}
# What each key type may do in the fake (inferred from the key descriptions of facts §2).
ALLOWED: dict[KeyType, set[str]] = {
    "viewer": {"read", "download link agent"},
    "editor": {"read", "write", "deploy", "download link agent"},
    "deployment": {"deploy"},
    "cli": {"read", "write", "deploy", "secrets", "link", "download link agent"},
    "link_agent": {"download link agent"},
    "workspace_admin": {"read", "write", "deploy", "secrets", "link", "download link agent", "users"},
    "reporting": {"usage", "account usage"},
    "user_management": {"users"},
}


@pytest.mark.parametrize("key_type", sorted(ALLOWED))
def test_each_key_type_is_refused_403_outside_its_permissions(
    fake: MablFake, clock: SharedClock, key_type: KeyType
) -> None:
    secret = f"{key_type}-key-0123456789"
    fake.add_key(secret, key_type)
    with client(fake, clock, secret) as mabl:
        for name, call in CALLS.items():
            if name in ALLOWED[key_type]:
                call(mabl)
            else:
                with pytest.raises(ForbiddenError) as refused:
                    call(mabl)
                assert refused.value.status == 403 and key_type in str(refused.value)
                assert secret not in str(refused.value) and secret not in repr(refused.value)


def test_a_bad_key_is_401_and_never_shown(fake: MablFake, clock: SharedClock) -> None:
    with client(fake, clock, "not-a-key-abcdef") as mabl:
        with pytest.raises(UnauthorizedError) as refused:
            mabl.applications.get("anything-a")
        assert "not-a-key-abcdef" not in repr(mabl) and "not-a-key-abcdef" not in repr(mabl.config)
    assert refused.value.status == 401 and "not-a-key-abcdef" not in str(refused.value) + repr(refused.value.headers)


def test_the_user_name_must_be_key(fake: MablFake) -> None:
    with httpx.Client(transport=FakeTransport(fake), base_url="https://api.mabl.com") as http:
        assert http.get("/link/labels", params={"workspace_id": "w"}, auth=("admin", DEFAULT_KEY)).status_code == 401
        assert http.get("/link/labels", params={"workspace_id": "w"}).status_code == 401
        assert (
            http.get("/link/labels", params={"workspace_id": OTHER_WORKSPACE}, auth=("key", DEFAULT_KEY)).status_code
            == 403
        )


def test_another_workspaces_id_is_403_and_an_unknown_id_404(mabl: Mabl) -> None:
    with pytest.raises(ForbiddenError):
        mabl.applications.get(OTHER_APPLICATION)
    with pytest.raises(ForbiddenError):
        list(mabl.applications.list(OTHER_WORKSPACE))
    with pytest.raises(NotFoundError):
        mabl.environments.get("no-such-environment-e")
    with pytest.raises(NotFoundError):
        mabl.deployment_result("no-such-event-v")


def test_a_key_is_required(fake: MablFake) -> None:
    with pytest.raises(QAClientError, match="API key"):
        Mabl(transport=FakeTransport(fake))
