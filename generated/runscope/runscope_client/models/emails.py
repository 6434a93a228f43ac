# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..models.notify_on import NotifyOn
from ..types import UNSET, Unset

T = TypeVar("T", bound="Emails")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "notify_all",
        "notify_on",
        "notify_threshold",
        "recipients",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_notify_all,
    _k_notify_on,
    _k_notify_threshold,
    _k_recipients,
) = _d.parsed_keys(
    "notify_all",
    "notify_on",
    "notify_threshold",
    "recipients",
)
_members = _itemgetter(
    _k_notify_all,
    _k_notify_on,
    _k_notify_threshold,
    _k_recipients,
)


@_attrs_define
class Emails:
    """
    Attributes:
        notify_all (bool | None | Unset): E-mail every team member by the notify_on rules.
        notify_on (None | NotifyOn | Unset):
        notify_threshold (int | None | Unset):
        recipients (list[Person] | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    notify_all: bool | None | Unset = UNSET
    notify_on: None | NotifyOn | Unset = UNSET
    notify_threshold: int | None | Unset = UNSET
    recipients: list[Person] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_all: bool | None | Unset
        if isinstance(self.notify_all, Unset):
            notify_all = UNSET
        else:
            notify_all = self.notify_all

        notify_on: None | str | Unset
        if isinstance(self.notify_on, Unset):
            notify_on = UNSET
        elif isinstance(self.notify_on, NotifyOn):
            notify_on = self.notify_on.value
        else:
            notify_on = self.notify_on

        notify_threshold: int | None | Unset
        if isinstance(self.notify_threshold, Unset):
            notify_threshold = UNSET
        else:
            notify_threshold = self.notify_threshold

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_all is not UNSET:
            field_dict["notify_all"] = notify_all
        if notify_on is not UNSET:
            field_dict["notify_on"] = notify_on
        if notify_threshold is not UNSET:
            field_dict["notify_threshold"] = notify_threshold
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Emails`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Emails", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 4
        if _read:
            try:
                (
                    notify_all,
                    notify_on,
                    notify_threshold,
                    recipients,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            notify_all = _src.get(_k_notify_all, UNSET)
            notify_on = _src.get(_k_notify_on, UNSET)
            notify_threshold = _src.get(_k_notify_threshold, UNSET)
            recipients = _src.get(_k_recipients, UNSET)
        if notify_all.__class__ is not bool and notify_all is not None:
            if notify_all is not UNSET:
                raise _d.fail("Emails", "notify_all", notify_all, "boolean")
            _absent += 1

        if notify_on is UNSET:
            _absent += 1
        else:
            if notify_on is not None:
                _member = _d.ENUM_MEMBERS[NotifyOn].get(notify_on) if notify_on.__class__ is str else None
                if _member is None:
                    raise _d.enum_failure(NotifyOn, "Emails", "notify_on", notify_on)
                notify_on = _member

        if notify_threshold.__class__ is not int and notify_threshold is not None:
            if notify_threshold is not UNSET:
                raise _d.fail("Emails", "notify_threshold", notify_threshold, "integer")
            _absent += 1

        if recipients is UNSET:
            _absent += 1
        else:
            if recipients is not None:
                if recipients.__class__ is not list:
                    raise _d.fail("Emails", "recipients", recipients, "array")
                try:
                    recipients = [*map(_Person_from_dict, recipients)]
                except DecodeError:
                    raise _d.item_failure(Person, "Emails", "recipients", recipients) from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        emails = _new(cls)
        emails.notify_all = notify_all
        emails.notify_on = notify_on
        emails.notify_threshold = notify_threshold
        emails.recipients = recipients
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        emails.additional_properties = {} if len(_src) + _absent == 4 else _d.extra_keys(_src, _KNOWN_KEYS)
        return emails

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
from ..models.person import Person  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_Emails_from_dict = Emails.from_dict
_Person_from_dict = Person.from_dict
