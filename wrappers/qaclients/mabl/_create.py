"""Creating a deployment event or an export when the answer may be lost: what the client knows, and how to resume.

A ``POST /events/deployment`` that fails without a clear refusal (5xx, a dropped connection, a truncated or non-JSON
answer, a 429 longer than the client waits) may still have created the event and started its plans. It is never
resent blindly: the client raises :class:`DeploymentCreateError`, whose continuation token carries the request and
when it was sent. Resuming (``resume_deployment(token)``) first looks for the event in the workspace's deployment
events list, and creates it only when no event received since then matches the request::

    try:
        poller = mabl.begin_deployment(environment_id=env, revision=sha)
    except DeploymentCreateError as error:
        poller = mabl.resume_deployment(error.continuation_token)    # finds the event, or creates it then

An event matches when it was received since the first attempt (less :data:`~._declarations.CREATE_SEARCH_SLACK`
for clock skew) and carries the same environment, application, revision, source control tag, event time and
properties as the request. When two events match (another pipeline deployed the same thing meanwhile) the client
cannot know which is its own and says so (:attr:`DeploymentCreateError.candidates`); a ``revision`` or a property
unique to the run makes the match certain.

An export only packages artifacts that exist, so a second one changes nothing: :class:`ExportCreateError` resumes by
asking again. No I/O here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qaclients.core import (
    APIError,
    DecodeError,
    QAClientError,
    RateLimitedError,
    ServerError,
    TimeoutError,
    TransportError,
    operation_from_token,
    operation_token,
)

from . import _declarations as declared

if TYPE_CHECKING:
    from mabl_client.models import DeploymentEvent

__all__ = [
    "DeploymentCreateError",
    "ExportCreateError",
    "PendingDeployment",
    "PendingExport",
    "is_uncertain",
    "pending_deployment",
    "pending_export",
]

DEPLOYMENT_KIND = "mabl.deployment-create"
EXPORT_KIND = "mabl.export-create"
MATCHED_FIELDS = ("environment_id", "application_id", "revision", "source_control_tag", "event_time", "properties")


def is_uncertain(error: QAClientError) -> bool:
    """Whether a failed create may have reached mabl (or was only put off: a 429 past the wait cap)."""
    if isinstance(error, ServerError | RateLimitedError | TransportError | DecodeError | TimeoutError):
        return True
    return not isinstance(error, APIError)  # an APIError other than the above is a clear refusal (4xx)


@dataclass(frozen=True, slots=True)
class PendingDeployment:
    """A deployment event asked for whose answer never came: the request, and when it was first sent (epoch ms)."""

    body: dict[str, Any]
    preview: bool
    since: int
    workspace_id: str | None

    def token(self) -> str:
        """The continuation token that resumes it."""
        data = {"body": self.body, "preview": self.preview, "since": self.since, "workspace_id": self.workspace_id}
        return operation_token(DEPLOYMENT_KIND, data)

    @property
    def search_from(self) -> int:
        """The earliest ``received_time`` the event could have (epoch ms)."""
        return self.since - int(declared.CREATE_SEARCH_SLACK.total_seconds() * 1000)

    def matches(self, events: Iterable[DeploymentEvent]) -> list[DeploymentEvent]:
        """The events that could be the one this request created."""
        wanted = {name: self.body[name] for name in MATCHED_FIELDS if name in self.body}
        found = []
        for event in events:
            data = event.to_dict()
            if data["received_time"] >= self.search_from and all(data.get(k) == v for k, v in wanted.items()):
                found.append(event)
        return found

    def failed(self, cause: BaseException, *, step: str = "creating the deployment event") -> DeploymentCreateError:
        """The typed error for a failure of ``step``."""
        return DeploymentCreateError(step, self, cause)

    def ambiguous(self, events: list[DeploymentEvent]) -> DeploymentCreateError:
        """The typed error when several events match."""
        return DeploymentCreateError("looking for the deployment event", self, None, candidates=events)


def pending_deployment(token: str) -> PendingDeployment | None:
    """The pending create a token carries; ``None`` for any other token."""
    try:
        data = operation_from_token(token, DEPLOYMENT_KIND)
    except ValueError:
        return None
    return PendingDeployment(dict(data["body"]), bool(data["preview"]), int(data["since"]), data.get("workspace_id"))


class DeploymentCreateError(QAClientError):
    """Creating a deployment event failed in a way that may have created it; resume from :attr:`continuation_token`.

    Attributes:
        step: What failed.
        pending: The request and when it was first sent.
        candidates: When several events match the request: those events (the client cannot know which is its own).
        cause: The error that stopped it (``None`` when it stopped on an ambiguity).
    """

    def __init__(
        self,
        step: str,
        pending: PendingDeployment,
        cause: BaseException | None,
        *,
        candidates: list[DeploymentEvent] | None = None,
    ) -> None:
        self.step, self.pending, self.cause = step, pending, cause
        self.candidates = tuple(candidates or ())
        if self.candidates:
            ids = ", ".join(event.id for event in self.candidates)
            message = (
                f"{step}: {len(self.candidates)} deployment events ({ids}) match the request; the client cannot know "
                "which one it created, so it creates none. Wait on the right one with "
                "mabl.deployment_result(event_id); a revision or a property unique to the run makes resume certain"
            )
        else:
            target = "a preview starts nothing, so resume simply asks again"
            if not pending.preview:
                target = (
                    "the event may have been created; resume looks for it in the deployment events list before "
                    "creating one"
                )
            message = (
                f"{step} failed ({type(cause).__name__}: {str(cause).rstrip('.')}); {target}: "
                "resume with resume_deployment(error.continuation_token)"
            )
        super().__init__(message)
        self.continuation_token = pending.token()
        self.__cause__ = cause


@dataclass(frozen=True, slots=True)
class PendingExport:
    """An artifact export asked for whose answer never came."""

    test_run_id: str
    types: tuple[str, ...] | None

    def token(self) -> str:
        """The continuation token that resumes it."""
        return operation_token(EXPORT_KIND, {"test_run_id": self.test_run_id, "types": self.types})

    def failed(self, cause: BaseException) -> ExportCreateError:
        """The typed error for a failed create."""
        return ExportCreateError(self, cause)


def pending_export(token: str) -> PendingExport | None:
    """The pending export a token carries; ``None`` for any other token."""
    try:
        data: Mapping[str, Any] = operation_from_token(token, EXPORT_KIND)
    except ValueError:
        return None
    types = data.get("types")
    return PendingExport(str(data["test_run_id"]), None if types is None else tuple(types))


class ExportCreateError(QAClientError):
    """Creating an artifact export failed; resume from :attr:`continuation_token` (it asks again: a second export
    of the same run changes nothing)."""

    def __init__(self, pending: PendingExport, cause: BaseException) -> None:
        self.pending, self.cause = pending, cause
        super().__init__(
            f"creating the artifact export of test run {pending.test_run_id} failed ({type(cause).__name__}: "
            f"{str(cause).rstrip('.')}); an export only packages existing artifacts, so resume asks again: "
            "resume with resume_export(error.continuation_token)",
        )
        self.continuation_token = pending.token()
        self.__cause__ = cause
