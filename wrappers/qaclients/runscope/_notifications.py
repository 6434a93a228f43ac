"""Parse the notification a finished run POSTs to each webhook URL of its environment.

    @app.post("/runscope")
    def receive(request):
        note = parse_notification(request.body)       # bytes, str or an already-parsed dict
        if note.result == RunResult.FAIL:
            page_someone(note.test_name, note.test_run_url)

The model is tolerant (every member optional, unknown members kept in ``additional_properties``); a body that is not
JSON, or has a member of the wrong type, raises :class:`~qaclients.core.DecodeError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qaclients.core import translated

if TYPE_CHECKING:
    from runscope_client.models import RunNotification

__all__ = ["parse_notification"]


def parse_notification(body: bytes | str | Mapping[str, Any]) -> RunNotification:
    """Decode a run notification (raw JSON or parsed)."""
    from runscope_client.webhooks import parse_webhook  # noqa: PLC0415 - its models are built on first use, not at import

    with translated():
        return parse_webhook("run_notification", body)
