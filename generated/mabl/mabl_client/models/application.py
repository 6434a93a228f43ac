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

T = TypeVar("T", bound="Application")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "workspace_id",
        "name",
        "created_time",
        "created_by_id",
        "last_updated_time",
        "last_updated_by_id",
        "organization_id",
        "description",
        "send_mabl_header",
        "ssl_options",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_organization_id,
    _k_description,
    _k_send_mabl_header,
    _k_ssl_options,
) = _d.parsed_keys(
    "id",
    "workspace_id",
    "name",
    "created_time",
    "created_by_id",
    "last_updated_time",
    "last_updated_by_id",
    "organization_id",
    "description",
    "send_mabl_header",
    "ssl_options",
)
_members = _itemgetter(
    _k_id,
    _k_workspace_id,
    _k_name,
    _k_created_time,
    _k_created_by_id,
    _k_last_updated_time,
    _k_last_updated_by_id,
    _k_organization_id,
    _k_description,
    _k_send_mabl_header,
    _k_ssl_options,
)


@_attrs_define
class Application:
    """
    Attributes:
        id (str): `…-a`
        workspace_id (str):
        name (str):
        created_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        created_by_id (str | Unset): A user id (no suffix).
        last_updated_time (int | Unset): A point in time, Unix epoch milliseconds (facts §1).
        last_updated_by_id (str | Unset):
        organization_id (str | Unset): Legacy alias of workspace_id
        description (str | Unset):
        send_mabl_header (bool | Unset): Whether tests send a mabl identification header.
        ssl_options (SslOptions | Unset): TLS bounds for the application's tests, e.g. `TLSv1` … `TLSv1_3`.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    id: str
    workspace_id: str
    name: str
    created_time: int | Unset = UNSET
    created_by_id: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    last_updated_by_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    description: str | Unset = UNSET
    send_mabl_header: bool | Unset = UNSET
    ssl_options: SslOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        name = self.name

        created_time = self.created_time

        created_by_id = self.created_by_id

        last_updated_time = self.last_updated_time

        last_updated_by_id = self.last_updated_by_id

        organization_id = self.organization_id

        description = self.description

        send_mabl_header = self.send_mabl_header

        ssl_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl_options, Unset):
            ssl_options = self.ssl_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if last_updated_by_id is not UNSET:
            field_dict["last_updated_by_id"] = last_updated_by_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if description is not UNSET:
            field_dict["description"] = description
        if send_mabl_header is not UNSET:
            field_dict["send_mabl_header"] = send_mabl_header
        if ssl_options is not UNSET:
            field_dict["ssl_options"] = ssl_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``Application`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("Application", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 11
        if _read:
            try:
                (
                    id,
                    workspace_id,
                    name,
                    created_time,
                    created_by_id,
                    last_updated_time,
                    last_updated_by_id,
                    organization_id,
                    description,
                    send_mabl_header,
                    ssl_options,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                id = _src[_k_id]
                workspace_id = _src[_k_workspace_id]
                name = _src[_k_name]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                id = _src.get(_k_id, _d.MISSING)
                workspace_id = _src.get(_k_workspace_id, _d.MISSING)
                name = _src.get(_k_name, _d.MISSING)
            created_time = _src.get(_k_created_time, UNSET)
            created_by_id = _src.get(_k_created_by_id, UNSET)
            last_updated_time = _src.get(_k_last_updated_time, UNSET)
            last_updated_by_id = _src.get(_k_last_updated_by_id, UNSET)
            organization_id = _src.get(_k_organization_id, UNSET)
            description = _src.get(_k_description, UNSET)
            send_mabl_header = _src.get(_k_send_mabl_header, UNSET)
            ssl_options = _src.get(_k_ssl_options, UNSET)
        if id.__class__ is not str:
            raise _d.fail("Application", "id", id, "string")

        if workspace_id.__class__ is not str:
            raise _d.fail("Application", "workspace_id", workspace_id, "string")

        if name.__class__ is not str:
            raise _d.fail("Application", "name", name, "string")

        if created_time.__class__ is not int:
            if created_time is not UNSET:
                raise _d.fail("Application", "created_time", created_time, "integer")
            _absent += 1

        if created_by_id.__class__ is not str:
            if created_by_id is not UNSET:
                raise _d.fail("Application", "created_by_id", created_by_id, "string")
            _absent += 1

        if last_updated_time.__class__ is not int:
            if last_updated_time is not UNSET:
                raise _d.fail("Application", "last_updated_time", last_updated_time, "integer")
            _absent += 1

        if last_updated_by_id.__class__ is not str:
            if last_updated_by_id is not UNSET:
                raise _d.fail("Application", "last_updated_by_id", last_updated_by_id, "string")
            _absent += 1

        if organization_id.__class__ is not str:
            if organization_id is not UNSET:
                raise _d.fail("Application", "organization_id", organization_id, "string")
            _absent += 1

        if description.__class__ is not str:
            if description is not UNSET:
                raise _d.fail("Application", "description", description, "string")
            _absent += 1

        if send_mabl_header.__class__ is not bool:
            if send_mabl_header is not UNSET:
                raise _d.fail("Application", "send_mabl_header", send_mabl_header, "boolean")
            _absent += 1

        if ssl_options is UNSET:
            _absent += 1
        else:
            try:
                ssl_options = _SslOptions_from_dict(ssl_options)
            except DecodeError as _error:
                raise _error.within("Application", "ssl_options") from None

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        application = _new(cls)
        application.id = id
        application.workspace_id = workspace_id
        application.name = name
        application.created_time = created_time
        application.created_by_id = created_by_id
        application.last_updated_time = last_updated_time
        application.last_updated_by_id = last_updated_by_id
        application.organization_id = organization_id
        application.description = description
        application.send_mabl_header = send_mabl_header
        application.ssl_options = ssl_options
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        application.additional_properties = {} if len(_src) + _absent == 11 else _d.extra_keys(_src, _KNOWN_KEYS)
        return application

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
_Application_from_dict = Application.from_dict
_SslOptions_from_dict = SslOptions.from_dict
