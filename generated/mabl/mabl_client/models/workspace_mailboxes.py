# Generated from specs/mabl/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/mabl/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError

T = TypeVar("T", bound="WorkspaceMailboxes")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "mailboxes",
        "remaining_permanent_mailboxes",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_mailboxes,
    _k_remaining_permanent_mailboxes,
) = _d.parsed_keys(
    "mailboxes",
    "remaining_permanent_mailboxes",
)
_members = _itemgetter(
    _k_mailboxes,
    _k_remaining_permanent_mailboxes,
)


@_attrs_define
class WorkspaceMailboxes:
    """The workspace's permanent Mailboxes and how many more it may create (100 per workspace, 20 on trial).

    Attributes:
        mailboxes (list[Mailbox]):
        remaining_permanent_mailboxes (int):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    mailboxes: list[Mailbox]
    remaining_permanent_mailboxes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailboxes = []
        for mailboxes_item_data in self.mailboxes:
            mailboxes_item = mailboxes_item_data.to_dict()
            mailboxes.append(mailboxes_item)

        remaining_permanent_mailboxes = self.remaining_permanent_mailboxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxes": mailboxes,
                "remaining_permanent_mailboxes": remaining_permanent_mailboxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``WorkspaceMailboxes`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("WorkspaceMailboxes", src_dict)
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 2
        if _read:
            try:
                (
                    mailboxes,
                    remaining_permanent_mailboxes,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                mailboxes = _src[_k_mailboxes]
                remaining_permanent_mailboxes = _src[_k_remaining_permanent_mailboxes]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                mailboxes = _src.get(_k_mailboxes, _d.MISSING)
                remaining_permanent_mailboxes = _src.get(_k_remaining_permanent_mailboxes, _d.MISSING)
        if mailboxes.__class__ is not list:
            raise _d.fail("WorkspaceMailboxes", "mailboxes", mailboxes, "array")
        try:
            mailboxes = [*map(_Mailbox_from_dict, mailboxes)]
        except DecodeError:
            raise _d.item_failure(Mailbox, "WorkspaceMailboxes", "mailboxes", mailboxes) from None

        if remaining_permanent_mailboxes.__class__ is not int:
            raise _d.fail(
                "WorkspaceMailboxes", "remaining_permanent_mailboxes", remaining_permanent_mailboxes, "integer"
            )

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        workspace_mailboxes = _new(cls)
        workspace_mailboxes.mailboxes = mailboxes
        workspace_mailboxes.remaining_permanent_mailboxes = remaining_permanent_mailboxes
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        workspace_mailboxes.additional_properties = {} if len(_src) == 2 else _d.extra_keys(_src, _KNOWN_KEYS)
        return workspace_mailboxes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: these models may import this one (circular references in the spec).
from ..models.mailbox import Mailbox  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_WorkspaceMailboxes_from_dict = WorkspaceMailboxes.from_dict
_Mailbox_from_dict = Mailbox.from_dict
