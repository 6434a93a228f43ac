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
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentWrite")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "test_id",
        "parent_environment_id",
        "auth",
        "emails",
        "initial_variables",
        "integrations",
        "preserve_cookies",
        "regions",
        "remote_agents",
        "retry_on_failure",
        "stop_on_failure",
        "script",
        "script_library",
        "verify_ssl",
        "client_certificate",
        "webhooks",
        "headers",
        "http_version_support",
        "force_h2c",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_name,
    _k_id,
    _k_test_id,
    _k_parent_environment_id,
    _k_auth,
    _k_emails,
    _k_initial_variables,
    _k_integrations,
    _k_preserve_cookies,
    _k_regions,
    _k_remote_agents,
    _k_retry_on_failure,
    _k_stop_on_failure,
    _k_script,
    _k_script_library,
    _k_verify_ssl,
    _k_client_certificate,
    _k_webhooks,
    _k_headers,
    _k_http_version_support,
    _k_force_h2c,
) = _d.parsed_keys(
    "name",
    "id",
    "test_id",
    "parent_environment_id",
    "auth",
    "emails",
    "initial_variables",
    "integrations",
    "preserve_cookies",
    "regions",
    "remote_agents",
    "retry_on_failure",
    "stop_on_failure",
    "script",
    "script_library",
    "verify_ssl",
    "client_certificate",
    "webhooks",
    "headers",
    "http_version_support",
    "force_h2c",
)
_members = _itemgetter(
    _k_name,
    _k_id,
    _k_test_id,
    _k_parent_environment_id,
    _k_auth,
    _k_emails,
    _k_initial_variables,
    _k_integrations,
    _k_preserve_cookies,
    _k_regions,
    _k_remote_agents,
    _k_retry_on_failure,
    _k_stop_on_failure,
    _k_script,
    _k_script_library,
    _k_verify_ssl,
    _k_client_certificate,
    _k_webhooks,
    _k_headers,
    _k_http_version_support,
    _k_force_h2c,
)


@_attrs_define
class EnvironmentWrite:
    """An environment to create, or the full replacement of one (PUT replaces the whole environment). Tolerant of nulls and
    of the read-only `id` and `test_id` echoed back.

        Attributes:
            name (None | str | Unset):
            id (None | str | Unset): Read-only; ignored.
            test_id (None | str | Unset): Read-only; ignored.
            parent_environment_id (None | str | Unset):
            auth (AuthWrite | None | Unset):
            emails (Emails | None | Unset):
            initial_variables (InitialVariables | None | Unset):
            integrations (list[EnvironmentIntegration] | None | Unset):
            preserve_cookies (bool | None | Unset):
            regions (list[str] | None | Unset):
            remote_agents (list[RemoteAgent] | None | Unset):
            retry_on_failure (bool | None | Unset):
            stop_on_failure (bool | None | Unset):
            script (None | str | Unset):
            script_library (list[str] | None | Unset):
            verify_ssl (bool | None | Unset):
            client_certificate (None | str | Unset):
            webhooks (list[str] | None | Unset):
            headers (HeaderMap | None | Unset):
            http_version_support (None | str | Unset):
            force_h2c (bool | None | Unset):
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    parent_environment_id: None | str | Unset = UNSET
    auth: AuthWrite | None | Unset = UNSET
    emails: Emails | None | Unset = UNSET
    initial_variables: InitialVariables | None | Unset = UNSET
    integrations: list[EnvironmentIntegration] | None | Unset = UNSET
    preserve_cookies: bool | None | Unset = UNSET
    regions: list[str] | None | Unset = UNSET
    remote_agents: list[RemoteAgent] | None | Unset = UNSET
    retry_on_failure: bool | None | Unset = UNSET
    stop_on_failure: bool | None | Unset = UNSET
    script: None | str | Unset = UNSET
    script_library: list[str] | None | Unset = UNSET
    verify_ssl: bool | None | Unset = UNSET
    client_certificate: None | str | Unset = UNSET
    webhooks: list[str] | None | Unset = UNSET
    headers: HeaderMap | None | Unset = UNSET
    http_version_support: None | str | Unset = UNSET
    force_h2c: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_write import AuthWrite  # noqa: PLC0415
        from ..models.emails import Emails  # noqa: PLC0415
        from ..models.header_map import HeaderMap  # noqa: PLC0415
        from ..models.initial_variables import InitialVariables  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        parent_environment_id: None | str | Unset
        if isinstance(self.parent_environment_id, Unset):
            parent_environment_id = UNSET
        else:
            parent_environment_id = self.parent_environment_id

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthWrite):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        emails: dict[str, Any] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, Emails):
            emails = self.emails.to_dict()
        else:
            emails = self.emails

        initial_variables: dict[str, Any] | None | Unset
        if isinstance(self.initial_variables, Unset):
            initial_variables = UNSET
        elif isinstance(self.initial_variables, InitialVariables):
            initial_variables = self.initial_variables.to_dict()
        else:
            initial_variables = self.initial_variables

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        preserve_cookies: bool | None | Unset
        if isinstance(self.preserve_cookies, Unset):
            preserve_cookies = UNSET
        else:
            preserve_cookies = self.preserve_cookies

        regions: list[str] | None | Unset
        if isinstance(self.regions, Unset):
            regions = UNSET
        elif isinstance(self.regions, list):
            regions = self.regions

        else:
            regions = self.regions

        remote_agents: list[dict[str, Any]] | None | Unset
        if isinstance(self.remote_agents, Unset):
            remote_agents = UNSET
        elif isinstance(self.remote_agents, list):
            remote_agents = []
            for remote_agents_type_0_item_data in self.remote_agents:
                remote_agents_type_0_item = remote_agents_type_0_item_data.to_dict()
                remote_agents.append(remote_agents_type_0_item)

        else:
            remote_agents = self.remote_agents

        retry_on_failure: bool | None | Unset
        if isinstance(self.retry_on_failure, Unset):
            retry_on_failure = UNSET
        else:
            retry_on_failure = self.retry_on_failure

        stop_on_failure: bool | None | Unset
        if isinstance(self.stop_on_failure, Unset):
            stop_on_failure = UNSET
        else:
            stop_on_failure = self.stop_on_failure

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        script_library: list[str] | None | Unset
        if isinstance(self.script_library, Unset):
            script_library = UNSET
        elif isinstance(self.script_library, list):
            script_library = self.script_library

        else:
            script_library = self.script_library

        verify_ssl: bool | None | Unset
        if isinstance(self.verify_ssl, Unset):
            verify_ssl = UNSET
        else:
            verify_ssl = self.verify_ssl

        client_certificate: None | str | Unset
        if isinstance(self.client_certificate, Unset):
            client_certificate = UNSET
        else:
            client_certificate = self.client_certificate

        webhooks: list[str] | None | Unset
        if isinstance(self.webhooks, Unset):
            webhooks = UNSET
        elif isinstance(self.webhooks, list):
            webhooks = self.webhooks

        else:
            webhooks = self.webhooks

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, HeaderMap):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        http_version_support: None | str | Unset
        if isinstance(self.http_version_support, Unset):
            http_version_support = UNSET
        else:
            http_version_support = self.http_version_support

        force_h2c: bool | None | Unset
        if isinstance(self.force_h2c, Unset):
            force_h2c = UNSET
        else:
            force_h2c = self.force_h2c

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if parent_environment_id is not UNSET:
            field_dict["parent_environment_id"] = parent_environment_id
        if auth is not UNSET:
            field_dict["auth"] = auth
        if emails is not UNSET:
            field_dict["emails"] = emails
        if initial_variables is not UNSET:
            field_dict["initial_variables"] = initial_variables
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if preserve_cookies is not UNSET:
            field_dict["preserve_cookies"] = preserve_cookies
        if regions is not UNSET:
            field_dict["regions"] = regions
        if remote_agents is not UNSET:
            field_dict["remote_agents"] = remote_agents
        if retry_on_failure is not UNSET:
            field_dict["retry_on_failure"] = retry_on_failure
        if stop_on_failure is not UNSET:
            field_dict["stop_on_failure"] = stop_on_failure
        if script is not UNSET:
            field_dict["script"] = script
        if script_library is not UNSET:
            field_dict["script_library"] = script_library
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if client_certificate is not UNSET:
            field_dict["client_certificate"] = client_certificate
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if headers is not UNSET:
            field_dict["headers"] = headers
        if http_version_support is not UNSET:
            field_dict["http_version_support"] = http_version_support
        if force_h2c is not UNSET:
            field_dict["force_h2c"] = force_h2c

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``EnvironmentWrite`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("EnvironmentWrite", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 21
        if _read:
            try:
                (
                    name,
                    id,
                    test_id,
                    parent_environment_id,
                    auth,
                    emails,
                    initial_variables,
                    integrations,
                    preserve_cookies,
                    regions,
                    remote_agents,
                    retry_on_failure,
                    stop_on_failure,
                    script,
                    script_library,
                    verify_ssl,
                    client_certificate,
                    webhooks,
                    headers,
                    http_version_support,
                    force_h2c,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            name = _src.get(_k_name, UNSET)
            id = _src.get(_k_id, UNSET)
            test_id = _src.get(_k_test_id, UNSET)
            parent_environment_id = _src.get(_k_parent_environment_id, UNSET)
            auth = _src.get(_k_auth, UNSET)
            emails = _src.get(_k_emails, UNSET)
            initial_variables = _src.get(_k_initial_variables, UNSET)
            integrations = _src.get(_k_integrations, UNSET)
            preserve_cookies = _src.get(_k_preserve_cookies, UNSET)
            regions = _src.get(_k_regions, UNSET)
            remote_agents = _src.get(_k_remote_agents, UNSET)
            retry_on_failure = _src.get(_k_retry_on_failure, UNSET)
            stop_on_failure = _src.get(_k_stop_on_failure, UNSET)
            script = _src.get(_k_script, UNSET)
            script_library = _src.get(_k_script_library, UNSET)
            verify_ssl = _src.get(_k_verify_ssl, UNSET)
            client_certificate = _src.get(_k_client_certificate, UNSET)
            webhooks = _src.get(_k_webhooks, UNSET)
            headers = _src.get(_k_headers, UNSET)
            http_version_support = _src.get(_k_http_version_support, UNSET)
            force_h2c = _src.get(_k_force_h2c, UNSET)
        if name.__class__ is not str and name is not None:
            if name is not UNSET:
                raise _d.fail("EnvironmentWrite", "name", name, "string")
            _absent += 1

        if id.__class__ is not str and id is not None:
            if id is not UNSET:
                raise _d.fail("EnvironmentWrite", "id", id, "string")
            _absent += 1

        if test_id.__class__ is not str and test_id is not None:
            if test_id is not UNSET:
                raise _d.fail("EnvironmentWrite", "test_id", test_id, "string")
            _absent += 1

        if parent_environment_id.__class__ is not str and parent_environment_id is not None:
            if parent_environment_id is not UNSET:
                raise _d.fail("EnvironmentWrite", "parent_environment_id", parent_environment_id, "string")
            _absent += 1

        if auth is UNSET:
            _absent += 1
        else:
            if auth is not None:
                try:
                    auth = _AuthWrite_from_dict(auth)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(auth, AuthWrite, {}), _error.within("EnvironmentWrite", "auth"))],
                        "EnvironmentWrite",
                        "auth",
                        auth,
                        "AuthWrite | None",
                    ) from None

        if emails is UNSET:
            _absent += 1
        else:
            if emails is not None:
                try:
                    emails = _Emails_from_dict(emails)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(emails, Emails, {}), _error.within("EnvironmentWrite", "emails"))],
                        "EnvironmentWrite",
                        "emails",
                        emails,
                        "Emails | None",
                    ) from None

        if initial_variables is UNSET:
            _absent += 1
        else:
            if initial_variables is not None:
                try:
                    initial_variables = _InitialVariables_from_dict(initial_variables)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [
                            (
                                _d.resemblance(initial_variables, InitialVariables, {}),
                                _error.within("EnvironmentWrite", "initial_variables"),
                            )
                        ],
                        "EnvironmentWrite",
                        "initial_variables",
                        initial_variables,
                        "InitialVariables | None",
                    ) from None

        if integrations is UNSET:
            _absent += 1
        else:
            if integrations is not None:
                if integrations.__class__ is not list:
                    raise _d.fail("EnvironmentWrite", "integrations", integrations, "array")
                try:
                    integrations = [*map(_EnvironmentIntegration_from_dict, integrations)]
                except DecodeError:
                    raise _d.item_failure(
                        EnvironmentIntegration, "EnvironmentWrite", "integrations", integrations
                    ) from None

        if preserve_cookies.__class__ is not bool and preserve_cookies is not None:
            if preserve_cookies is not UNSET:
                raise _d.fail("EnvironmentWrite", "preserve_cookies", preserve_cookies, "boolean")
            _absent += 1

        if regions is UNSET:
            _absent += 1
        else:
            if regions is not None:
                if regions.__class__ is not list:
                    raise _d.fail("EnvironmentWrite", "regions", regions, "array")
                for _item in regions:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "EnvironmentWrite", "regions", regions)  # raises, naming the item

        if remote_agents is UNSET:
            _absent += 1
        else:
            if remote_agents is not None:
                if remote_agents.__class__ is not list:
                    raise _d.fail("EnvironmentWrite", "remote_agents", remote_agents, "array")
                try:
                    remote_agents = [*map(_RemoteAgent_from_dict, remote_agents)]
                except DecodeError:
                    raise _d.item_failure(RemoteAgent, "EnvironmentWrite", "remote_agents", remote_agents) from None

        if retry_on_failure.__class__ is not bool and retry_on_failure is not None:
            if retry_on_failure is not UNSET:
                raise _d.fail("EnvironmentWrite", "retry_on_failure", retry_on_failure, "boolean")
            _absent += 1

        if stop_on_failure.__class__ is not bool and stop_on_failure is not None:
            if stop_on_failure is not UNSET:
                raise _d.fail("EnvironmentWrite", "stop_on_failure", stop_on_failure, "boolean")
            _absent += 1

        if script.__class__ is not str and script is not None:
            if script is not UNSET:
                raise _d.fail("EnvironmentWrite", "script", script, "string")
            _absent += 1

        if script_library is UNSET:
            _absent += 1
        else:
            if script_library is not None:
                if script_library.__class__ is not list:
                    raise _d.fail("EnvironmentWrite", "script_library", script_library, "array")
                for _item in script_library:
                    if _item.__class__ is not str:
                        _d.list_of(
                            str, "string", "EnvironmentWrite", "script_library", script_library
                        )  # raises, naming the item

        if verify_ssl.__class__ is not bool and verify_ssl is not None:
            if verify_ssl is not UNSET:
                raise _d.fail("EnvironmentWrite", "verify_ssl", verify_ssl, "boolean")
            _absent += 1

        if client_certificate.__class__ is not str and client_certificate is not None:
            if client_certificate is not UNSET:
                raise _d.fail("EnvironmentWrite", "client_certificate", client_certificate, "string")
            _absent += 1

        if webhooks is UNSET:
            _absent += 1
        else:
            if webhooks is not None:
                if webhooks.__class__ is not list:
                    raise _d.fail("EnvironmentWrite", "webhooks", webhooks, "array")
                for _item in webhooks:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "EnvironmentWrite", "webhooks", webhooks)  # raises, naming the item

        if headers is UNSET:
            _absent += 1
        else:
            if headers is not None:
                try:
                    headers = _HeaderMap_from_dict(headers)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(headers, HeaderMap, {}), _error.within("EnvironmentWrite", "headers"))],
                        "EnvironmentWrite",
                        "headers",
                        headers,
                        "HeaderMap | None",
                    ) from None

        if http_version_support.__class__ is not str and http_version_support is not None:
            if http_version_support is not UNSET:
                raise _d.fail("EnvironmentWrite", "http_version_support", http_version_support, "string")
            _absent += 1

        if force_h2c.__class__ is not bool and force_h2c is not None:
            if force_h2c is not UNSET:
                raise _d.fail("EnvironmentWrite", "force_h2c", force_h2c, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        environment_write = _new(cls)
        environment_write.name = name
        environment_write.id = id
        environment_write.test_id = test_id
        environment_write.parent_environment_id = parent_environment_id
        environment_write.auth = auth
        environment_write.emails = emails
        environment_write.initial_variables = initial_variables
        environment_write.integrations = integrations
        environment_write.preserve_cookies = preserve_cookies
        environment_write.regions = regions
        environment_write.remote_agents = remote_agents
        environment_write.retry_on_failure = retry_on_failure
        environment_write.stop_on_failure = stop_on_failure
        environment_write.script = script
        environment_write.script_library = script_library
        environment_write.verify_ssl = verify_ssl
        environment_write.client_certificate = client_certificate
        environment_write.webhooks = webhooks
        environment_write.headers = headers
        environment_write.http_version_support = http_version_support
        environment_write.force_h2c = force_h2c
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        environment_write.additional_properties = {} if len(_src) + _absent == 21 else _d.extra_keys(_src, _KNOWN_KEYS)
        return environment_write

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
from ..models.auth_write import AuthWrite  # noqa: E402
from ..models.emails import Emails  # noqa: E402
from ..models.environment_integration import EnvironmentIntegration  # noqa: E402
from ..models.header_map import HeaderMap  # noqa: E402
from ..models.initial_variables import InitialVariables  # noqa: E402
from ..models.remote_agent import RemoteAgent  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_EnvironmentWrite_from_dict = EnvironmentWrite.from_dict
_AuthWrite_from_dict = AuthWrite.from_dict
_Emails_from_dict = Emails.from_dict
_EnvironmentIntegration_from_dict = EnvironmentIntegration.from_dict
_HeaderMap_from_dict = HeaderMap.from_dict
_InitialVariables_from_dict = InitialVariables.from_dict
_RemoteAgent_from_dict = RemoteAgent.from_dict
