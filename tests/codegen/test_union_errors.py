"""When every variant of a oneOf/anyOf refuses a value, the error names the place inside the variant it was meant to be.

On Runscope's models (the vendor with discriminated unions): an environment's ``auth`` (Basic | OAuth 1 | OAuth 2 |
client certificate | NoAuth ``{}``), a test's ``last_run`` (a run or null), and NoAuth's ``maxProperties: 0``.
"""

from __future__ import annotations

from typing import Any

import pytest
from runscope_client.errors import DecodeError
from runscope_client.models import Environment, NoAuth, Test


def _auth_error(auth: Any) -> DecodeError:
    with pytest.raises(DecodeError) as caught:
        Environment.from_dict({"id": "env-1", "auth": auth})
    assert caught.value.model == "Environment"
    return caught.value


@pytest.mark.parametrize(
    ("auth", "place", "expected"),
    [
        # named by its discriminator: the wrong member inside that variant, whichever comes first in the oneOf
        ({"auth_type": "basic", "username": 12}, "auth.username", "string"),
        ({"auth_type": "oauth_2", "client_id": 12}, "auth.client_id", "string"),
        # the discriminator itself is wrong, or missing: named there (the object is a Basic one otherwise)
        ({"auth_type": 12, "username": "u"}, "auth.auth_type", "the constant 'basic'"),
        ({"username": "u", "password": "p"}, "auth.auth_type", "the constant 'basic'"),
    ],
)
def test_a_refused_variant_is_named_where_it_is_wrong(auth: Any, place: str, expected: str) -> None:
    error = _auth_error(auth)
    assert (error.field, error.expected) == (place, expected)


@pytest.mark.parametrize("auth", [{"unknown": 1}, ["not", "an object"], "basic"])
def test_a_value_like_no_variant_is_refused_at_the_union_naming_every_variant(auth: Any) -> None:
    error = _auth_error(auth)
    assert error.field == "auth" and error.value == auth
    assert all(name in error.expected for name in ("BasicAuth", "OAuth1Auth", "OAuth2Auth", "NoAuth"))


def test_no_auth_is_the_empty_object_only() -> None:
    assert Environment.from_dict({"id": "env-1", "auth": {}}).auth == NoAuth()
    with pytest.raises(DecodeError) as caught:
        NoAuth.from_dict({"auth_type": "none"})
    assert (caught.value.model, caught.value.field) == ("NoAuth", "")
    assert "at most 0 members" in str(caught.value)


def test_an_object_unlike_a_nullable_model_is_refused_at_its_place() -> None:
    test = {"id": "t-1", "name": "smoke"}
    assert Test.from_dict({**test, "last_run": None}).last_run is None
    with pytest.raises(DecodeError) as caught:
        Test.from_dict({**test, "last_run": {"not": "null"}})
    assert (caught.value.field, caught.value.value) == ("last_run", {"not": "null"})
    with pytest.raises(DecodeError) as caught:  # a run, wrong inside: named inside
        Test.from_dict({**test, "last_run": {"test_run_id": 12}})
    assert caught.value.field == "last_run.test_run_id"
