# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decode as _d
from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestStep")

_new = object.__new__

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "step_type",
        "id",
        "method",
        "url",
        "body",
        "form",
        "headers",
        "auth",
        "assertions",
        "variables",
        "scripts",
        "before_scripts",
        "note",
        "skipped",
    }
)
# The member names as the very str objects orjson puts in every object it parses (see _decode.parsed_keys).
(
    _k_step_type,
    _k_id,
    _k_method,
    _k_url,
    _k_body,
    _k_form,
    _k_headers,
    _k_auth,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_before_scripts,
    _k_note,
    _k_skipped,
) = _d.parsed_keys(
    "step_type",
    "id",
    "method",
    "url",
    "body",
    "form",
    "headers",
    "auth",
    "assertions",
    "variables",
    "scripts",
    "before_scripts",
    "note",
    "skipped",
)
_members = _itemgetter(
    _k_step_type,
    _k_id,
    _k_method,
    _k_url,
    _k_body,
    _k_form,
    _k_headers,
    _k_auth,
    _k_assertions,
    _k_variables,
    _k_scripts,
    _k_before_scripts,
    _k_note,
    _k_skipped,
)


@_attrs_define
class RequestStep:
    """A standard HTTP request step.

    Attributes:
        step_type (Literal['request']):
        id (str | Unset):
        method (None | str | Unset): The HTTP method.
        url (None | str | Unset): The URL; may hold query parameters and variables.
        body (None | str | Unset): The request body.
        form (HeaderMap | None | Unset):
        headers (HeaderMap | None | Unset):
        auth (BasicAuth | ClientCertificateAuth | NoAuth | None | OAuth1Auth | OAuth2Auth | Unset):
        assertions (list[Assertion] | None | Unset):
        variables (list[Variable] | None | Unset):
        scripts (list[str] | None | Unset): Post-response scripts.
        before_scripts (list[str] | None | Unset): Pre-request scripts.
        note (None | str | Unset):
        skipped (bool | None | Unset): Skip this step when the test runs.
    """

    __test__ = False  # not a pytest test class, whatever its name (a model named Test... in a user's test module)

    step_type: Literal["request"]
    id: str | Unset = UNSET
    method: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    form: HeaderMap | None | Unset = UNSET
    headers: HeaderMap | None | Unset = UNSET
    auth: BasicAuth | ClientCertificateAuth | NoAuth | None | OAuth1Auth | OAuth2Auth | Unset = UNSET
    assertions: list[Assertion] | None | Unset = UNSET
    variables: list[Variable] | None | Unset = UNSET
    scripts: list[str] | None | Unset = UNSET
    before_scripts: list[str] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    skipped: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_auth import BasicAuth  # noqa: PLC0415
        from ..models.client_certificate_auth import ClientCertificateAuth  # noqa: PLC0415
        from ..models.header_map import HeaderMap  # noqa: PLC0415
        from ..models.no_auth import NoAuth  # noqa: PLC0415
        from ..models.o_auth_1_auth import OAuth1Auth  # noqa: PLC0415
        from ..models.o_auth_2_auth import OAuth2Auth  # noqa: PLC0415

        step_type = self.step_type

        id = self.id

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        form: dict[str, Any] | None | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, HeaderMap):
            form = self.form.to_dict()
        else:
            form = self.form

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, HeaderMap):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, BasicAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, OAuth1Auth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, OAuth2Auth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, ClientCertificateAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, NoAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        assertions: list[dict[str, Any]] | None | Unset
        if isinstance(self.assertions, Unset):
            assertions = UNSET
        elif isinstance(self.assertions, list):
            assertions = []
            for assertions_type_0_item_data in self.assertions:
                assertions_type_0_item = assertions_type_0_item_data.to_dict()
                assertions.append(assertions_type_0_item)

        else:
            assertions = self.assertions

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        scripts: list[str] | None | Unset
        if isinstance(self.scripts, Unset):
            scripts = UNSET
        elif isinstance(self.scripts, list):
            scripts = self.scripts

        else:
            scripts = self.scripts

        before_scripts: list[str] | None | Unset
        if isinstance(self.before_scripts, Unset):
            before_scripts = UNSET
        elif isinstance(self.before_scripts, list):
            before_scripts = self.before_scripts

        else:
            before_scripts = self.before_scripts

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        skipped: bool | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_type": step_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if body is not UNSET:
            field_dict["body"] = body
        if form is not UNSET:
            field_dict["form"] = form
        if headers is not UNSET:
            field_dict["headers"] = headers
        if auth is not UNSET:
            field_dict["auth"] = auth
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if variables is not UNSET:
            field_dict["variables"] = variables
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if before_scripts is not UNSET:
            field_dict["before_scripts"] = before_scripts
        if note is not UNSET:
            field_dict["note"] = note
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode one ``RequestStep`` from its JSON object; raises ``DecodeError`` when it does not fit the spec."""
        _src = src_dict if src_dict.__class__ is dict else _d.check_object("RequestStep", src_dict)
        _absent = 0
        # Likely every member: all read in one call (as many members but not the same ones: a KeyError).
        _read = len(_src) == 14
        if _read:
            try:
                (
                    step_type,
                    id,
                    method,
                    url,
                    body,
                    form,
                    headers,
                    auth,
                    assertions,
                    variables,
                    scripts,
                    before_scripts,
                    note,
                    skipped,
                ) = _members(_src)
            except KeyError:
                _read = False
        if not _read:
            try:
                step_type = _src[_k_step_type]
            except KeyError:  # a required member is left out: read them one by one, the checks below name it
                step_type = _src.get(_k_step_type, _d.MISSING)
            id = _src.get(_k_id, UNSET)
            method = _src.get(_k_method, UNSET)
            url = _src.get(_k_url, UNSET)
            body = _src.get(_k_body, UNSET)
            form = _src.get(_k_form, UNSET)
            headers = _src.get(_k_headers, UNSET)
            auth = _src.get(_k_auth, UNSET)
            assertions = _src.get(_k_assertions, UNSET)
            variables = _src.get(_k_variables, UNSET)
            scripts = _src.get(_k_scripts, UNSET)
            before_scripts = _src.get(_k_before_scripts, UNSET)
            note = _src.get(_k_note, UNSET)
            skipped = _src.get(_k_skipped, UNSET)
        if step_type != "request":
            raise _d.fail("RequestStep", "step_type", step_type, "the constant 'request'")

        if id.__class__ is not str:
            if id is not UNSET:
                raise _d.fail("RequestStep", "id", id, "string")
            _absent += 1

        if method.__class__ is not str and method is not None:
            if method is not UNSET:
                raise _d.fail("RequestStep", "method", method, "string")
            _absent += 1

        if url.__class__ is not str and url is not None:
            if url is not UNSET:
                raise _d.fail("RequestStep", "url", url, "string")
            _absent += 1

        if body.__class__ is not str and body is not None:
            if body is not UNSET:
                raise _d.fail("RequestStep", "body", body, "string")
            _absent += 1

        if form is UNSET:
            _absent += 1
        else:
            if form is not None:
                try:
                    form = _HeaderMap_from_dict(form)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(form, HeaderMap, {}), _error.within("RequestStep", "form"))],
                        "RequestStep",
                        "form",
                        form,
                        "HeaderMap | None",
                    ) from None

        if headers is UNSET:
            _absent += 1
        else:
            if headers is not None:
                try:
                    headers = _HeaderMap_from_dict(headers)
                except DecodeError as _error:
                    raise _d.union_failure(
                        [(_d.resemblance(headers, HeaderMap, {}), _error.within("RequestStep", "headers"))],
                        "RequestStep",
                        "headers",
                        headers,
                        "HeaderMap | None",
                    ) from None

        if auth is UNSET:
            _absent += 1
        else:

            def _union_auth(model: str, field: str, value: Any) -> Any:
                if value is None:
                    return value
                _refusals: list[tuple[int, DecodeError]] = []
                try:
                    candidate = value
                    try:
                        candidate = _BasicAuth_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, BasicAuth, {"auth_type": "basic"}), _error))
                try:
                    candidate = value
                    try:
                        candidate = _OAuth1Auth_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, OAuth1Auth, {"auth_type": "oauth_1"}), _error))
                try:
                    candidate = value
                    try:
                        candidate = _OAuth2Auth_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, OAuth2Auth, {"auth_type": "oauth_2"}), _error))
                try:
                    candidate = value
                    try:
                        candidate = _ClientCertificateAuth_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append(
                        (_d.resemblance(value, ClientCertificateAuth, {"auth_type": "client_certificate"}), _error)
                    )
                try:
                    candidate = value
                    try:
                        candidate = _NoAuth_from_dict(candidate)
                    except DecodeError as _error:
                        raise _error.within(model, field) from None

                    return candidate
                except DecodeError as _error:
                    _refusals.append((_d.resemblance(value, NoAuth, {}), _error))
                raise _d.union_failure(
                    _refusals,
                    model,
                    field,
                    value,
                    "BasicAuth | ClientCertificateAuth | NoAuth | None | OAuth1Auth | OAuth2Auth",
                )

            auth = _union_auth("RequestStep", "auth", auth)

        if assertions is UNSET:
            _absent += 1
        else:
            if assertions is not None:
                if assertions.__class__ is not list:
                    raise _d.fail("RequestStep", "assertions", assertions, "array")
                try:
                    assertions = [*map(_Assertion_from_dict, assertions)]
                except DecodeError:
                    raise _d.item_failure(Assertion, "RequestStep", "assertions", assertions) from None

        if variables is UNSET:
            _absent += 1
        else:
            if variables is not None:
                if variables.__class__ is not list:
                    raise _d.fail("RequestStep", "variables", variables, "array")
                try:
                    variables = [*map(_Variable_from_dict, variables)]
                except DecodeError:
                    raise _d.item_failure(Variable, "RequestStep", "variables", variables) from None

        if scripts is UNSET:
            _absent += 1
        else:
            if scripts is not None:
                if scripts.__class__ is not list:
                    raise _d.fail("RequestStep", "scripts", scripts, "array")
                for _item in scripts:
                    if _item.__class__ is not str:
                        _d.list_of(str, "string", "RequestStep", "scripts", scripts)  # raises, naming the item

        if before_scripts is UNSET:
            _absent += 1
        else:
            if before_scripts is not None:
                if before_scripts.__class__ is not list:
                    raise _d.fail("RequestStep", "before_scripts", before_scripts, "array")
                for _item in before_scripts:
                    if _item.__class__ is not str:
                        _d.list_of(
                            str, "string", "RequestStep", "before_scripts", before_scripts
                        )  # raises, naming the item

        if note.__class__ is not str and note is not None:
            if note is not UNSET:
                raise _d.fail("RequestStep", "note", note, "string")
            _absent += 1

        if skipped.__class__ is not bool and skipped is not None:
            if skipped is not UNSET:
                raise _d.fail("RequestStep", "skipped", skipped, "boolean")
            _absent += 1

        # Every attribute is set here, so attrs' __init__ (slow keyword binding, nothing else) is skipped.
        request_step = _new(cls)
        request_step.step_type = step_type
        request_step.id = id
        request_step.method = method
        request_step.url = url
        request_step.body = body
        request_step.form = form
        request_step.headers = headers
        request_step.auth = auth
        request_step.assertions = assertions
        request_step.variables = variables
        request_step.scripts = scripts
        request_step.before_scripts = before_scripts
        request_step.note = note
        request_step.skipped = skipped
        # Every required member was found: the object has members the spec does not name iff it has more than found.
        request_step.additional_properties = {} if len(_src) + _absent == 14 else _d.extra_keys(_src, _KNOWN_KEYS)
        return request_step

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
from ..models.assertion import Assertion  # noqa: E402
from ..models.basic_auth import BasicAuth  # noqa: E402
from ..models.client_certificate_auth import ClientCertificateAuth  # noqa: E402
from ..models.header_map import HeaderMap  # noqa: E402
from ..models.no_auth import NoAuth  # noqa: E402
from ..models.o_auth_1_auth import OAuth1Auth  # noqa: E402
from ..models.o_auth_2_auth import OAuth2Auth  # noqa: E402
from ..models.variable import Variable  # noqa: E402

# Bound once: what from_dict calls to decode a nested model (X.from_dict looked up on each call costs more).
_RequestStep_from_dict = RequestStep.from_dict
_Assertion_from_dict = Assertion.from_dict
_BasicAuth_from_dict = BasicAuth.from_dict
_ClientCertificateAuth_from_dict = ClientCertificateAuth.from_dict
_HeaderMap_from_dict = HeaderMap.from_dict
_NoAuth_from_dict = NoAuth.from_dict
_OAuth1Auth_from_dict = OAuth1Auth.from_dict
_OAuth2Auth_from_dict = OAuth2Auth.from_dict
_Variable_from_dict = Variable.from_dict
