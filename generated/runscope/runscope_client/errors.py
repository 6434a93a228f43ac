# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()
"""Stands for a required member that the response did not contain."""


class DecodeError(ValueError):
    """A response body does not match the model the spec describes.

    Attributes:
        model: The outermost model being decoded, e.g. ``AutomationRunList``.
        field: The path of the offending member inside it, e.g. ``result[3].status``.
        value: The offending value (``MISSING`` when a required member is absent).
        expected: What the spec asked for.
    """

    def __init__(self, model: str, field: str, value: Any, expected: str) -> None:
        self.model = model
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(model, field, value, expected)

    @property
    def missing(self) -> bool:
        """Whether a required member was absent."""
        return self.value is MISSING

    def within(self, model: str, field: str) -> "DecodeError":
        """The same error, seen from the enclosing ``model`` whose ``field`` held the failing one."""
        path = f"{field}.{self.field}" if self.field and not self.field.startswith("[") else f"{field}{self.field}"
        return DecodeError(model, path, self.value, self.expected)

    def __str__(self) -> str:
        where = f"{self.model}.{self.field}" if self.field else self.model
        if self.missing:
            return f"{where}: required member is missing (expected {self.expected})"
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{where}: expected {self.expected}, got {shown}"


__all__ = ["MISSING", "DecodeError", "UnexpectedStatus"]
