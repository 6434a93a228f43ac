"""What every part of the mabl fake shares: state, keys and their permissions, the generic resource store, paging.

The handlers live in mixins (``_mabl_resources.py``: the CRUD resources; ``_mabl_runs.py``: deployments and run
results; ``_mabl_reports.py``: exports, the activity feed, usage reports); :class:`~qaclients_fakes._mabl.MablFake`
puts them together.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from ._fake import Fake, FakeHTTPError, Request, Response, basic_credentials
from ._mabl_model import COMPANY_KEYS, ApiKey, ArtifactExport, KeyType, Plan, PlanRun, decode_cursor, encode_cursor
from ._mabl_model import millis as _millis

__all__ = ["ALLOWED_KEY_TYPES", "DEFAULT_ACCOUNT", "DEFAULT_KEY", "DEFAULT_WORKSPACE", "MablBase"]

DEFAULT_WORKSPACE = "fakeWorkspace0001-w"
OTHER_WORKSPACE = "otherWorkspace0002-w"
DEFAULT_ACCOUNT = "fakeAccount0001"
DEFAULT_KEY = "mabl-key"
REPORTING_KEY = "mabl-reporting-key"
OTHER_KEY = "other-workspace-key"
KEY_USER = "fakeUser0001"

_READ = frozenset({"viewer", "editor", "cli", "workspace_admin"})
_WRITE = frozenset({"editor", "cli", "workspace_admin"})
_DEPLOY = frozenset({"deployment", "editor", "cli", "workspace_admin"})
_ADMIN = frozenset({"workspace_admin", "cli"})
_USERS = frozenset({"workspace_admin", "user_management"})
_REPORTING = frozenset({"reporting"})
_SPECIAL: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["createcredentials", "getcredentials", "querycredentials", "removecredentials", "updatecredentials"], _ADMIN
    ),
    **dict.fromkeys(
        ["ondeploy", "getexecutionresultforevent", "querydeploymentevents", "querydeploymenteventsbyrevision"], _DEPLOY
    ),
    **dict.fromkeys(["querylinkagents", "terminatelinkagent", "deletelinkstack", "querylinklabels"], _ADMIN),
    "redirecttolatestdistribution": _READ | _ADMIN | {"link_agent"},
    **dict.fromkeys(["createorganizationinvitation", "getworkspaceuser", "queryusers"], _USERS),
    **dict.fromkeys(
        [
            "queryworkspacetestruncounts",
            "queryworkspaceexecutionseconds",
            "queryworkspacemaxtestrunconcurrency",
            "queryaccounttestruncounts",
            "queryaccountexecutionseconds",
            "queryaccountmaxtestrunconcurrency",
        ],
        _REPORTING,
    ),
}


def ALLOWED_KEY_TYPES(operation_id: str, method: str) -> frozenset[str]:  # noqa: N802 (reads as a table)
    """Which key types may call an operation (inferred from the key type descriptions of facts §2: viewers read,
    editors change, deployment keys trigger and read deployments, admins hold credentials and Link, company keys
    report or manage users)."""
    return _SPECIAL.get(operation_id, _READ if method == "GET" else _WRITE)


Kind = Literal[
    "applications",
    "environments",
    "credentials",
    "connections",
    "datatables",
    "scenarios",
    "issues",
    "mailboxes",
    "flows",
    "tests",
    "link_agents",
    "deployment_events",
    "invitations",
]
KINDS: tuple[Kind, ...] = (
    "applications",
    "environments",
    "credentials",
    "connections",
    "datatables",
    "scenarios",
    "issues",
    "mailboxes",
    "flows",
    "tests",
    "link_agents",
    "deployment_events",
    "invitations",
)


SINGULAR: dict[str, str] = {
    "applications": "application",
    "environments": "environment",
    "credentials": "credentials",
    "connections": "database_connection",
    "datatables": "datatable",
    "scenarios": "scenario",
    "issues": "issue",
    "mailboxes": "mailbox",
    "flows": "flow",
    "tests": "test",
    "link_agents": "link_agent",
    "deployment_events": "deployment_event",
    "invitations": "invitation",
}


class MablBase(Fake):
    """State and helpers of the mabl fake (no handlers)."""

    vendor = "mabl"
    invalid_status = 400  # mabl answers every invalid parameter with 400 (facts §4)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.keys: dict[str, ApiKey] = {}
        self.workspaces: dict[str, str] = {}  # workspace id → account id
        self.items: dict[Kind, dict[str, dict[str, Any]]] = {kind: {} for kind in KINDS}
        self.variable_names: dict[str, list[str]] = {}  # DataTable id → its variable names, in order
        self.plans: dict[str, Plan] = {}
        self.plan_runs: dict[str, PlanRun] = {}
        self.history: list[dict[str, Any]] = []  # finished test runs not from a deployment (seeded)
        self.exports: dict[str, ArtifactExport] = {}
        self.users: dict[str, dict[str, Any]] = {}  # user id → {id, email, name, roles: {ws: role}, left: {ws}}
        self.activity: list[dict[str, Any]] = []
        self.concurrency_limits: dict[str, dict[str, int]] = {}  # workspace → test type → limit
        self.export_ready_after = 10.0  # seconds an artifact export takes (inferred: no figure documented)
        self.signing_key = b"qaclients-fake-signing-key"
        self._ids = itertools.count(1)

    # -- keys -------------------------------------------------------------------------------------------------------

    def add_key(
        self, secret: str, type: KeyType, *, workspace_id: str | None = None, account_id: str | None = None
    ) -> ApiKey:
        """Accept ``secret`` as a key of ``type``: a workspace key (``workspace_id``, default the first workspace) or,
        for ``reporting`` and ``user_management``, a company key of ``account_id`` (default the first account)."""
        if type in COMPANY_KEYS:
            key = ApiKey(secret, type, account_id=account_id or DEFAULT_ACCOUNT)
        else:
            key = ApiKey(secret, type, workspace_id=workspace_id or DEFAULT_WORKSPACE)
        self.keys[secret] = key
        return key

    def authenticate(self, request: Request) -> object | None:
        """The key behind ``Basic key:<secret>``; the user name must be the literal ``key`` (facts §2)."""
        credentials = basic_credentials(request.headers)
        if credentials is None or credentials[0] != "key":
            return None
        return self.keys.get(credentials[1])

    def key(self, request: Request) -> ApiKey:
        """The request's key, refused with 403 when its type may not call the operation."""
        key = request.principal
        assert isinstance(key, ApiKey)
        if key.type not in ALLOWED_KEY_TYPES(request.operation_id, request.method):
            raise FakeHTTPError(
                403, f"A {key.type} API key cannot call {request.operation_id}; use a key of another type."
            )
        return key

    def reach(self, key: ApiKey, workspace_id: str) -> None:
        """Refuse with 403 a workspace the key does not reach (another workspace's, or an unknown one)."""
        if not key.reaches(workspace_id, self.workspaces):
            raise FakeHTTPError(403, "The API key has no access to this workspace.")

    def home(self, key: ApiKey, given: str | None = None) -> str:
        """The workspace a request acts on: ``given`` (checked), else the key's own."""
        workspace_id = given or key.workspace_id
        if workspace_id is None:
            raise FakeHTTPError(400, "workspace_id is required with a company API key.")
        self.reach(key, workspace_id)
        return workspace_id

    # -- the generic resource store ---------------------------------------------------------------------------------

    def new_id(self, suffix: str, stem: str = "fake") -> str:
        """A fresh id with mabl's type suffix (``-a``, ``-e``, ...; ``""`` for none)."""
        number = next(self._ids)
        return f"{stem}{number:08d}" + (f"-{suffix}" if suffix else "")

    def now_ms(self) -> int:
        """The fake clock, epoch ms."""
        return _millis(self.clock.now())

    @staticmethod
    def owner(item: Mapping[str, Any]) -> str:
        """The workspace a stored item belongs to."""
        return str(item.get("_workspace_id") or item.get("workspace_id") or item.get("organization_id"))

    def find(self, kind: Kind, item_id: str, key: ApiKey) -> dict[str, Any]:
        """A stored item by id: 404 unknown, 403 in a workspace the key does not reach."""
        item = self.items[kind].get(item_id)
        if item is None:
            raise FakeHTTPError(404, f"No {SINGULAR[kind].replace('_', ' ')} with id {item_id}.")
        self.reach(key, self.owner(item))
        return item

    def create(self, kind: Kind, suffix: str, fields: Mapping[str, Any], key: ApiKey, **extra: Any) -> dict[str, Any]:
        """Store a new item (audit fields set, activity recorded) and return it."""
        now = self.now_ms()
        item = {"id": self.new_id(suffix), **extra, **fields}
        item |= {
            "created_time": now,
            "created_by_id": KEY_USER,
            "last_updated_time": now,
            "last_updated_by_id": KEY_USER,
        }
        self.items[kind][item["id"]] = item
        self.record("create", kind, item)
        return item

    def change(self, kind: Kind, item: dict[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
        """Apply an update (fields given replace the stored ones) and return the item."""
        item.update(fields)
        item |= {"last_updated_time": self.now_ms(), "last_updated_by_id": KEY_USER}
        self.record("update", kind, item)
        return item

    def remove(self, kind: Kind, item_id: str, key: ApiKey) -> Response:
        """Delete an item; 204 (inferred: the facts allow 200 or 204)."""
        item = self.find(kind, item_id, key)
        del self.items[kind][item_id]
        self.record("delete", kind, item)
        return Response(204)

    def record(self, action: str, kind: str, item: Mapping[str, Any]) -> None:
        """An activity feed entry for a change."""
        entry = {
            "id": self.new_id("", "activity"),
            "action_type": action,
            "entity_type": SINGULAR.get(kind, kind),
            "entity_id": str(item.get("id")),
            "entity_name": str(item.get("name") or item.get("email_address") or item.get("id")),
            "actor_id": KEY_USER,
            "actor_is_mabl_employee": False,
            "is_automator_event": False,
            "timestamp": self.now_ms(),
            "_workspace_id": self.owner(item),
        }
        self.activity.append(entry)

    def in_workspace(self, kind: Kind, workspace_id: str) -> list[dict[str, Any]]:
        """The stored items of a workspace, oldest first."""
        return [item for item in self.items[kind].values() if self.owner(item) == workspace_id]

    # -- paging -----------------------------------------------------------------------------------------------------

    def page(
        self,
        request: Request,
        items: Sequence[Mapping[str, Any]],
        key: str,
        *,
        end: Literal["unchanged", "null"] = "unchanged",
        default_limit: int = 20,
        extra: Mapping[str, Any] | None = None,
    ) -> Response:
        """One page of ``items`` under ``key`` with a sibling ``cursor``, ending by the list's own rule (facts §6).

        ``unchanged``: once nothing follows, the cursor sent comes back (a listing that fits one page returns a
        cursor too, whose page is empty and repeats it). ``null``: no cursor on the last page. The default page size
        is inferred (the facts give it for a few lists only).
        """
        limit = int(request.query.get("limit", default_limit))
        sent = request.query.get("cursor")
        offset = 0 if sent is None else decode_cursor(sent)
        if offset is None:
            raise FakeHTTPError(400, "The cursor is not one this API returned.")
        shown = items[offset : offset + limit]
        after = offset + len(shown)
        cursor: str | None
        if after < len(items):
            cursor = encode_cursor(after)
        elif end == "null":
            cursor = None
        else:
            cursor = sent if sent is not None else encode_cursor(after)
        return Response(200, {key: [public(item) for item in shown], "cursor": cursor, **(extra or {})})

    # -- signed links -----------------------------------------------------------------------------------------------

    def sign(self, text: str) -> str:
        """The signature of a download link (HMAC, so a tampered link is refused)."""
        return hmac.new(self.signing_key, text.encode(), hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def origin(request: Request) -> str:
        """Scheme and host the client reached the fake at (for absolute links it can follow back)."""
        host = request.headers.get("host", "api.mabl.com")
        local = host.startswith(("127.0.0.1", "localhost", "[::1]"))
        return ("http://" if local else "https://") + host


def public(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item as the API shows it: the fake's own bookkeeping (keys starting with ``_``) left out."""
    return {name: value for name, value in item.items() if not name.startswith("_")}


def only(fields: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The given ``fields`` among ``names``."""
    return {name: fields[name] for name in names if name in fields}
