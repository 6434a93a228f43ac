"""Keep credentials out of reprs, log lines and exceptions.

Everything qaclients shows a person passes through here first::

    >>> redact_url("https://bob:hunter2@api.example.com/runs?api_key=abc&page=2")
    'https://bob@api.example.com/runs?api_key=***&page=2'
    >>> redact_headers({"Authorization": "Bearer abc", "Accept": "application/json"})
    {'Authorization': '***', 'Accept': 'application/json'}
    >>> token = Secret("abc")
    >>> token, str(token), token.get_secret_value()
    (Secret('***'), '***', 'abc')

:class:`RedactingFilter` scrubs known secret values from log records, for loggers whose messages we do not write
(``httpx`` logs every request URL at INFO). A secret of :data:`MIN_EMBEDDED_SECRET` characters or more is masked
wherever it occurs; a shorter one only where it stands as a token of its own (not inside a longer run of letters and
digits), so that a one-letter key does not mask that letter in every word of every log line::

    >>> redact_text("GET /runs?api_key=ab HTTP/1.1 about abc", ["ab"])
    'GET /runs?api_key=*** HTTP/1.1 about abc'
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

import httpx

__all__ = [
    "LIBRARY_LOGGERS",
    "MASK",
    "MIN_EMBEDDED_SECRET",
    "RedactingFilter",
    "Secret",
    "is_secret_name",
    "redact_headers",
    "redact_library_logs",
    "redact_text",
    "redact_url",
]

MASK: Final = "***"

MIN_EMBEDDED_SECRET: Final = 8
"""Secrets at least this long are masked even inside a longer word (a credential glued to other text is still a
credential); shorter ones only as a token of their own, so that they do not mangle unrelated text."""

_ALNUM: Final = "0-9A-Za-z"
_ALNUM_CHARS: Final = frozenset(string.ascii_letters + string.digits)

# Substrings that make a query parameter or header name look secret. "key" over-matches (Idempotency-Key) on
# purpose: hiding a harmless value costs less than printing a credential.
_SECRET_PARTS: Final = ("token", "key", "secret", "passw", "auth", "signature", "credential", "cookie", "session")
# Short names that are secret only when they are the whole name ("code" is an OAuth authorization code).
_SECRET_NAMES: Final = frozenset({"sig", "code", "pwd", "pass", "sid", "jwt"})
_NAME_SEPARATORS: Final = re.compile(r"[-_.\s]")


def is_secret_name(name: str) -> bool:
    """Whether a header, query parameter or field called ``name`` probably holds a credential."""
    lowered = name.lower()
    return any(part in lowered for part in _SECRET_PARTS) or _NAME_SEPARATORS.sub("", lowered) in _SECRET_NAMES


def _redact_pairs(text: str) -> str:
    """Mask the values of ``name=value`` pairs whose name looks secret, leaving every other byte as it was."""
    if not text:
        return text
    out = []
    for pair in text.split("&"):
        name, sep, _ = pair.partition("=")
        out.append(f"{name}={MASK}" if sep and is_secret_name(unquote_plus(name)) else pair)
    return "&".join(out)


def redact_url(url: str | httpx.URL) -> str:
    """Return ``url`` with secret-looking query (and fragment) values masked and any userinfo password removed.

    Args:
        url: An absolute or relative URL.

    Returns:
        The URL as text, safe to show. Text that is not a parseable URL comes back unchanged.
    """
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        username = userinfo.partition(":")[0]
        netloc = f"{username}@{hostport}" if username else hostport
    return urlunsplit((parts.scheme, netloc, parts.path, _redact_pairs(parts.query), _redact_pairs(parts.fragment)))


def redact_headers(headers: Mapping[str, str] | httpx.Headers | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return a copy of ``headers`` with credential-bearing values replaced by ``***``.

    Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-Api-Key and any header whose name contains token,
    key, secret, auth, password or session are masked. Names keep their case as given (:class:`httpx.Headers`
    gives them lowercased, with repeated headers joined by commas).
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: MASK if is_secret_name(name) else value for name, value in items}


class Secret:
    """A credential that does not show itself.

    ``repr`` is ``Secret('***')`` and ``str`` is ``***``, so a secret can sit in a config object, an f-string or a
    log call without leaking. Read the value only where it is sent, with :meth:`get_secret_value`.

    Args:
        value: The credential.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"Secret holds a str, not {type(value).__name__}")
        self._value = value

    def get_secret_value(self) -> str:
        """Return the credential itself."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return self._value == other._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))


def _value(secret: str | Secret) -> str:
    return secret.get_secret_value() if isinstance(secret, Secret) else secret


def _alternative(form: str, embedded: bool) -> str:
    """The regex for one written form of a secret; bounded by non-alphanumerics unless ``embedded``."""
    escaped = re.escape(form)
    if embedded:
        return escaped
    before = f"(?<![{_ALNUM}])" if form[0] in _ALNUM_CHARS else ""
    after = f"(?![{_ALNUM}])" if form[-1] in _ALNUM_CHARS else ""
    return f"{before}{escaped}{after}"


@lru_cache(maxsize=64)
def _secrets_pattern(values: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for every form (raw and percent-encoded) of every secret, longest first so that a secret that
    contains another is masked whole."""
    forms: dict[str, bool] = {}
    for value in values:
        embedded = len(value) >= MIN_EMBEDDED_SECRET
        for form in {value, quote(value, safe="")}:
            forms[form] = forms.get(form, False) or embedded
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(_alternative(form, forms[form]) for form in ordered))


def redact_text(text: str, secrets: Iterable[str | Secret]) -> str:
    """Replace each secret in ``text`` (raw or percent-encoded) with ``***``: everywhere when it has at least
    :data:`MIN_EMBEDDED_SECRET` characters, else where it is not part of a longer run of letters and digits."""
    pattern = _secrets_pattern(frozenset(value for value in map(_value, secrets) if value))
    return text if pattern is None else pattern.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """A logging filter that scrubs known secret values out of records; it never drops a record.

    It also redacts secret-looking query parameters of any :class:`httpx.URL` passed as a log argument, which is
    how ``httpx`` logs each request. A filter on a logger only sees records logged on that very logger (not those
    propagated from children such as ``httpcore.http11``), so install it with :meth:`install` on each logger, or on
    a handler to cover everything the handler writes::

        redacting = RedactingFilter([config.token])
        redacting.install("httpx", "httpcore.connection", "httpcore.http11", "qaclients.retry")

    Args:
        secrets: Values to hide; empty values are ignored.
        name: Passed to :class:`logging.Filter`.
    """

    def __init__(self, secrets: Iterable[str | Secret] = (), *, name: str = "") -> None:
        super().__init__(name)
        self._secrets: set[str] = set()
        self._frozen: frozenset[str] | None = None  # the secrets as redact_text's cache key, rebuilt after add()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | Secret) -> None:
        """Hide one more value from now on."""
        value = _value(secret)
        if value:
            self._secrets.add(value)
            self._frozen = None

    def install(self, *logger_names: str) -> None:
        """Add this filter to each named logger."""
        for logger_name in logger_names:
            logging.getLogger(logger_name).addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub ``record`` in place and keep it."""
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call; scrub the parts and let the handler report it
            message = f"{record.msg} {record.args}"
        if self._frozen is None:
            self._frozen = frozenset(self._secrets)
        secrets = self._frozen
        scrubbed = redact_text(message, secrets)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, secrets)
        return True


LIBRARY_LOGGERS: Final = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy")
"""The third-party loggers every client's requests pass through (``httpx`` logs each URL at INFO)."""

_LIBRARY_FILTER: Final = RedactingFilter()


def redact_library_logs(secrets: Iterable[str | Secret] = ()) -> RedactingFilter:
    """Keep ``secrets`` (and secret-looking query values) out of what httpx and httpcore log; safe to call often.

    Every client built through :class:`~qaclients.core.ClientConfig` calls it with its credentials, so a vendor
    whose key travels in the query string does not leak it through ``httpx``'s request log.
    """
    for secret in secrets:
        _LIBRARY_FILTER.add(secret)
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if _LIBRARY_FILTER not in logger.filters:
            logger.addFilter(_LIBRARY_FILTER)
    return _LIBRARY_FILTER
