"""Credentials as users get them: their secret values wrapped, so that no repr, log line or error shows them.

Imported with the first credentials read (``qaclients.mabl.StoredCredentials`` on first use), not at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mabl_client.types import Unset

from qaclients.core import Secret

if TYPE_CHECKING:
    from mabl_client.models import Credentials

__all__ = ["StoredCredentials"]


@dataclass(frozen=True, slots=True)
class StoredCredentials:
    """mabl credentials with their secret values wrapped in :class:`~qaclients.core.Secret`: no repr, log line or
    error shows them; ``secrets["password"].get_secret_value()`` does, on purpose.

    ``secrets`` is empty unless they were asked for (``with_secrets=True``) and the credentials are not cloud-only.
    """

    id: str
    organization_id: str
    name: str
    description: str | None = None
    type: str | None = None
    cloud_only: bool = False
    tags: tuple[str, ...] = ()
    secrets: Mapping[str, Secret] = field(default_factory=dict)

    @classmethod
    def of(cls, model: Credentials) -> StoredCredentials:
        """The view of a decoded ``Credentials`` model (whose own repr would show the secrets)."""
        properties = model.properties.additional_properties if not isinstance(model.properties, Unset) else {}
        return cls(
            id=model.id,
            organization_id=model.organization_id,
            name=model.name,
            description=None if isinstance(model.description, Unset) else model.description,
            type=None if isinstance(model.type_, Unset) else model.type_,
            cloud_only=False if isinstance(model.cloud_only, Unset) else model.cloud_only,
            tags=tuple(tag.name for tag in ([] if isinstance(model.tags, Unset) else model.tags)),
            secrets={name: Secret(value) for name, value in properties.items()},
        )
