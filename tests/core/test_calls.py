"""qaclients.core._calls: what escapes a generated call becomes one of our errors."""

from __future__ import annotations

import json

import httpx
import pytest

from qaclients.core import (
    DecodeError,
    NotFoundError,
    TimeoutError,
    TransportError,
    async_api_error_hook,
    raise_api_errors,
    translated,
)


class GeneratedDecodeError(ValueError):
    """Shaped like a generated client's errors.DecodeError."""

    def __init__(self) -> None:
        super().__init__("Run.status: expected one of [2, 3, 4], got 9")
        self.model, self.field, self.value, self.expected = "Run", "status", 9, "one of [2, 3, 4]"


def test_generated_decode_error_becomes_ours() -> None:
    with pytest.raises(DecodeError) as caught, translated():
        raise GeneratedDecodeError
    assert (caught.value.model, caught.value.field, caught.value.value) == ("Run", "status", 9)
    assert "expected one of [2, 3, 4]" in str(caught.value)


def test_json_syntax_error_becomes_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="not JSON"), translated():
        json.loads("<html>")


def test_other_value_errors_pass_through() -> None:
    with pytest.raises(ValueError, match="plain") as caught, translated():
        raise ValueError("plain")
    assert not isinstance(caught.value, DecodeError)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [(httpx.ConnectError("refused"), TransportError), (httpx.ReadTimeout("slow"), TimeoutError)],
)
def test_transport_errors_become_ours(raised: Exception, expected: type[Exception]) -> None:
    with pytest.raises(expected), translated():
        raise raised


def _not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"message": "Run not found"})


def test_sync_hook_raises_typed_error_with_vendor_message() -> None:
    hook = raise_api_errors(lambda body: body.get("message"))
    client = httpx.Client(transport=httpx.MockTransport(_not_found), event_hooks={"response": [hook]})
    with client, pytest.raises(NotFoundError) as caught:
        client.get("https://x.example/api/runs/5?token=sekrit")
    assert caught.value.message == "Run not found"
    assert "sekrit" not in str(caught.value)


async def test_async_hook_raises_typed_error_with_vendor_message() -> None:
    hook = async_api_error_hook(lambda body: body.get("message"))
    transport = httpx.MockTransport(_not_found)
    async with httpx.AsyncClient(transport=transport, event_hooks={"response": [hook]}) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.get("https://x.example/api/runs/5")
    assert caught.value.message == "Run not found"
