"""Errors of the gogox client, generated from the spec's error catalogue (`x-error-codes`).

Every error a call raises is a tokenkeep error (see tokenkeep's exception tree); the
provider's own codes raise `GogoxError` subclasses, one per family, whatever the HTTP status.
"""

from tokenkeep import APIStatusError, ProviderError


class UnexpectedStatus(APIStatusError):
    """An undocumented status, raised by `*_detailed` when `Client.raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(
            f"gogox: unexpected status code {status_code}; body: "
            + content[:1000].decode(errors="replace"),
            provider="gogox",
            status_code=status_code,
            body=content,
        )


class GogoxError(ProviderError):
    """Gogox answered one of its error codes (`code`), whatever the HTTP status."""


#: Each code of the catalogue: (class, meaning, retryable or None for the family's).
CODES: dict[str, tuple[type[GogoxError], str, bool | None]] = {}
GogoxError.codes = CODES  # type: ignore[assignment]  # the provider's classes, narrower than ProviderError


def error_class(code: str | None) -> type[GogoxError]:
    """The class of a gogox error code (GogoxError itself for a code outside the catalogue)."""
    if code is None or code not in CODES:
        return GogoxError
    return CODES[code][0]


__all__ = ["CODES", "GogoxError", "UnexpectedStatus", "error_class"]
