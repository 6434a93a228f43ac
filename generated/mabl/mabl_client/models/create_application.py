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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplication")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspace_id",
        "name",
        "description",
        "send_mabl_header",
        "ssl_options",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_send_mabl_header,
    _k_ssl_options,
) = _d.parsed_keys(
    "workspace_id",
    "name",
    "description",
    "send_mabl_header",
    "ssl_options",
)
_members = _itemgetter(
    _k_workspace_id,
    _k_name,
    _k_description,
    _k_send_mabl_header,
    _k_ssl_options,
)


@_attrs_define
class CreateApplication:
    """
    Attributes:
        workspace_id (str):
        name (str):
        description (str | Unset):
        send_mabl_header (bool | Unset):
        ssl_options (SslOptions | Unset): TLS bounds for the application's tests, e.g. `TLSv1` … `TLSv1_3`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    workspace_id: str
    name: str
    description: str | Unset = UNSET
    send_mabl_header: bool | Unset = UNSET
    ssl_options: SslOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        description = self.description

        send_mabl_header = self.send_mabl_header

        ssl_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl_options, Unset):
            ssl_options = self.ssl_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if send_mabl_header is not UNSET:
            field_dict["send_mabl_header"] = send_mabl_header
        if ssl_options is not UNSET:
            field_dict["ssl_options"] = ssl_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``CreateApplication`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("CreateApplication", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 5
        if _read:
            try:
                (
                    workspace_id,
                    name,
                    description,
                    send_mabl_header,
                    ssl_options,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                workspace_id = _src[_k_workspace_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            description = _src.get(_k_description, UNSET)
            send_mabl_header = _src.get(_k_send_mabl_header, UNSET)
            ssl_options = _src.get(_k_ssl_options, UNSET)
        if workspace_id.__class__ is not str:
            raise _d.fail("CreateApplication", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            raise _d.fail("CreateApplication", "name", name, "string")

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("CreateApplication", "description", description, "string")
            _absent += 1

        if send_mabl_header.__class__ is not bool:
            if send_mabl_header is not UNSET:
                raise _d.fail("CreateApplication", "send_mabl_header", send_mabl_header, "boolean")
            _absent += 1

        if ssl_options is UNSET:
            _absent += 1
        else:
            try:
                ssl_options = _SslOptions_from_dict(ssl_options)
            except DecodeError as _error:
                raise _error.within("CreateApplication", "ssl_options") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        create_application = _new(cls)
        create_application.workspace_id = workspace_id
        create_application.name = name
        create_application.description = description
        create_application.send_mabl_header = send_mabl_header
        create_application.ssl_options = ssl_options
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        create_application.additional_properties = {} if len(_src) + _absent == 5 else _d.extra_keys(_src, _KNOWN_KEYS)
        return create_application

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
from ..models.ssl_options import SslOptions  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_CreateApplication_from_dict = CreateApplication.from_dict
_SslOptions_from_dict = SslOptions.from_dict
