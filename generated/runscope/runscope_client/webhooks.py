# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
"""Webhook payloads this API sends, from the spec's ``webhooks`` section, decoded into typed models.

    event = parse_webhook("run_notification", request_body_bytes)

Decoding is the models' own checked ``from_dict``: a payload that does not fit raises ``errors.DecodeError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

import orjson

from .models import RunNotification

WEBHOOKS: Mapping[str, Any] = {
    "run_notification": RunNotification,
}
"""Every webhook by name, with the model of its payload."""

Payload = bytes | str | Mapping[str, Any]


@overload
def parse_webhook(name: Literal["run_notification"], body: Payload) -> RunNotification: ...


@overload
def parse_webhook(name: str, body: Payload) -> Any: ...


def parse_webhook(name: str, body: Payload) -> Any:
    """Decode the payload of webhook ``name``: raw JSON (bytes or str) or an already-parsed object.

    Raises:
        KeyError: ``name`` is not a webhook of this API.
        errors.DecodeError: The payload does not match its schema.
    """
    try:
        model = WEBHOOKS[name]
    except KeyError:
        raise KeyError(f"unknown webhook {name!r}; this API sends {sorted(WEBHOOKS)}") from None
    data = orjson.loads(body) if isinstance(body, (bytes, str)) else body
    return model.from_dict(data)


__all__ = ["WEBHOOKS", "Payload", "parse_webhook"]
