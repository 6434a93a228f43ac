"""The JSON rewrite transport: successful JSON bodies repaired, everything else passed through, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx

from qaclients.core import ClientConfig
from qaclients.core._rewrite import AsyncJSONRewriteTransport, JSONRewriteTransport


def _wrap(body: Any) -> Any:
    return None if isinstance(body, dict) and "data" in body else {"data": body}


def _answer(request: httpx.Request) -> httpx.Response:
    answers = {
        "/bare": httpx.Response(200, json={"id": 1}),
        "/wrapped": httpx.Response(200, json={"data": {"id": 2}}),
        "/error": httpx.Response(404, json={"id": 3}),
        "/text": httpx.Response(200, text="{not json", headers={"content-type": "application/json"}),
        "/empty": httpx.Response(204),
    }
    return answers[request.url.path]


def test_only_successful_json_bodies_are_rewritten() -> None:
    with httpx.Client(transport=JSONRewriteTransport(httpx.MockTransport(_answer), _wrap), base_url="http://x") as c:
        assert c.get("/bare").json() == {"data": {"id": 1}}
        assert c.get("/wrapped").json() == {"data": {"id": 2}}
        assert c.get("/error").json() == {"id": 3}
        assert c.get("/text").text == "{not json"
        assert c.get("/empty").content == b""
        rewritten = c.get("/bare")
        assert int(rewritten.headers["content-length"]) == len(rewritten.content)


async def test_the_async_twin_does_the_same() -> None:
    transport = AsyncJSONRewriteTransport(httpx.MockTransport(_answer), _wrap)
    async with httpx.AsyncClient(transport=transport, base_url="http://x") as c:
        assert (await c.get("/bare")).json() == {"data": {"id": 1}}
        assert (await c.get("/error")).json() == {"id": 3}


def test_the_config_puts_it_inside_the_retry_layer() -> None:
    config = ClientConfig(base_url="http://x", transport=httpx.MockTransport(_answer))
    with config.build_client(rewrite_json=_wrap) as client:
        assert json.loads(client.get("/bare").content) == {"data": {"id": 1}}
    with config.build_client() as plain:
        assert plain.get("/bare").json() == {"id": 1}
