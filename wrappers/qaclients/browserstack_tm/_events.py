"""The asynchronous completion event of an add/remove of test cases, for services that receive it.

    event = parse_completion_event(request_body)        # bytes, str or parsed JSON
    event.unique_id, event.operation.value, event.affected_mapping_count

The model is generated from the spec's ``webhooks`` entry ``test_run_test_cases_updated``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qaclients.core import translated

if TYPE_CHECKING:
    from browserstack_tm_client.models import TestCasesUpdatedEvent
    from browserstack_tm_client.webhooks import Payload

__all__ = ["parse_completion_event"]


def parse_completion_event(body: Payload) -> TestCasesUpdatedEvent:
    """Decode a completion event (its ``unique_id`` matches the 202 answer of the add/remove it reports).

    Raises:
        DecodeError: The body is not JSON, or not a completion event (the message names the field).
    """
    from browserstack_tm_client.webhooks import parse_webhook  # noqa: PLC0415 - its models are built on first use

    with translated():
        return parse_webhook("test_run_test_cases_updated", body)
