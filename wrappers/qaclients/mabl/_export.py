"""Test run artifact exports: an export's state, and the download of its ZIP behind the signed link.

    export = mabl.begin_export_artifacts(test_run_id, types=["screenshots", "hars"]).result(timeout=300)
    export.download("artifacts.zip", progress=lambda done, total: print(done, total))   # streamed, never in memory

The signed link is itself a credential (facts §7.2: it needs no mabl auth), so it is held as a
:class:`~qaclients.core.Secret` (never in a repr), and the download goes through a client that sends no mabl key
(``ClientConfig.build_download_client``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import httpx

from qaclients.core import (
    DecodeError,
    Outcome,
    PollSchedule,
    QAClientError,
    Secret,
    adownload,
    download,
    operation_from_token,
    operation_token,
)

from ._requests import given

if TYPE_CHECKING:
    from mabl_client.models import ArtifactExport

    from qaclients.core import DownloadProgress

__all__ = [
    "EXPORT_POLL",
    "AsyncCompletedExport",
    "CompletedExport",
    "ExportState",
    "classify_export",
    "export_from_token",
    "export_token",
]

TOKEN_KIND = "mabl.export"  # noqa: S105 (an operation kind, not a secret)

EXPORT_OUTCOMES: Final[Mapping[str, Outcome]] = {
    "completed": Outcome.SUCCEEDED,
    "failed": Outcome.FAILED,
    "cancelled": Outcome.CANCELLED,
}
"""Only ``completed`` is documented; ``failed`` is inferred. Anything else (pending, in_progress) is still running."""

EXPORT_POLL: Final = PollSchedule(initial=5.0, multiplier=1.5, maximum=15.0)
"""5 s growing to 15 s (inferred: no client publishes an interval, facts §7.2)."""


@dataclass(frozen=True, slots=True)
class ExportState:
    """An export as last read: its status and, once completed, the signed link (a :class:`Secret`)."""

    export_id: str
    status: str
    test_run_id: str | None
    artifact_types: tuple[str, ...]
    url: Secret | None
    expires_at: int | None

    @classmethod
    def of(cls, export: ArtifactExport) -> ExportState:
        """The state of a decoded export."""
        url = given(export.download_url, None)
        return cls(
            export_id=export.id,
            status=str(export.status.value),
            test_run_id=given(export.test_run_id, None),
            artifact_types=tuple(t.value for t in given(export.artifact_types, [])),
            url=None if url is None else Secret(url),
            expires_at=given(export.expiration_time, None),
        )


def export_token(export_id: str) -> str:
    """An export's continuation token."""
    return operation_token(TOKEN_KIND, {"export_id": export_id})


def export_from_token(token: str) -> str:
    """The export id in a continuation token (``ValueError`` for any other token)."""
    return str(operation_from_token(token, TOKEN_KIND)["export_id"])


def classify_export(state: ExportState) -> Outcome:
    """``completed`` is done; ``failed`` failed (inferred); anything else is still running."""
    return EXPORT_OUTCOMES.get(state.status, Outcome.RUNNING)


NOT_A_ZIP: Final = ("text/", "application/json", "application/xml")
"""Content types of a page served where the ZIP should be (an error or login page of a proxy)."""


def check_zip(response: httpx.Response) -> None:
    """Refuse a body that is plainly not the ZIP, before anything is written."""
    content_type = response.headers.get("content-type", "").lower()
    if content_type.startswith(NOT_A_ZIP):
        raise DecodeError(f"the export link answered {content_type!r} where a ZIP was expected", model="ZIP")


def verify_zip(path: Path) -> None:
    """Refuse a ZIP whose end (its central directory) is missing: a body without Content-Length cut short."""
    import zipfile  # noqa: PLC0415 - needed only once a download is written; not worth its import at start-up

    if not zipfile.is_zipfile(path):
        raise DecodeError(
            "the export's ZIP ends early or is damaged (a body without Content-Length cut short?)", model="ZIP"
        )


def download_failed(error: QAClientError, export_id: str, path: str | os.PathLike[str]) -> None:
    """Give ``error`` the export's token and a note on how to resume (nothing was left under ``path``)."""
    error.continuation_token = export_token(export_id)
    error.add_note(
        f"downloading export {export_id} to {os.fspath(path)!s} failed and left no file there; download again, or "
        "resume with resume_export(error.continuation_token) (it reads a fresh link first)"
    )


class _Completed:
    def __init__(self, state: ExportState, http: httpx.Client | httpx.AsyncClient) -> None:
        if state.url is None:
            raise QAClientError(f"export {state.export_id} is completed but carries no download link")
        self.state = state
        self._http = http

    @property
    def export_id(self) -> str:
        """The export's id."""
        return self.state.export_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(export_id={self.export_id!r}, artifact_types={self.state.artifact_types!r})"


class CompletedExport(_Completed):
    """A completed export (its :attr:`state`) and :meth:`download`."""

    def download(
        self, path: str | os.PathLike[str], *, progress: DownloadProgress | None = None, chunk_size: int = 64 * 1024
    ) -> Path:
        """Stream the ZIP to ``path`` (through ``<path>.part``), calling ``progress(bytes_done, total)``."""
        assert isinstance(self._http, httpx.Client)
        assert self.state.url is not None
        url = self.state.url.get_secret_value()
        try:
            download(
                self._http, url, path, progress=progress, chunk_size=chunk_size, check=check_zip, verify=verify_zip
            )
        except QAClientError as error:
            download_failed(error, self.export_id, path)
            raise
        return Path(path)


class AsyncCompletedExport(_Completed):
    """The async twin of :class:`CompletedExport`."""

    async def download(
        self, path: str | os.PathLike[str], *, progress: DownloadProgress | None = None, chunk_size: int = 64 * 1024
    ) -> Path:
        """Stream the ZIP to ``path``, calling ``progress(bytes_done, total)``."""
        assert isinstance(self._http, httpx.AsyncClient)
        assert self.state.url is not None
        url = self.state.url.get_secret_value()
        try:
            await adownload(
                self._http, url, path, progress=progress, chunk_size=chunk_size, check=check_zip, verify=verify_zip
            )
        except QAClientError as error:
            download_failed(error, self.export_id, path)
            raise
        return Path(path)
