"""Errors of the airalo client, generated from the spec's error catalogue (`x-error-codes`).

Every error a call raises is a tokenkeep error (see tokenkeep's exception tree); the
provider's own codes raise `AiraloError` subclasses, one per family, whatever the HTTP status.
"""

from tokenkeep import APIStatusError, ProviderError


class UnexpectedStatus(APIStatusError):
    """An undocumented status, raised by `*_detailed` when `Client.raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(
            f"airalo: unexpected status code {status_code}; body: "
            + content[:1000].decode(errors="replace"),
            provider="airalo",
            status_code=status_code,
            body=content,
        )


class AiraloError(ProviderError):
    """Airalo answered one of its error codes (`code`), whatever the HTTP status."""


class AiraloCreditError(AiraloError):
    """Not enough Airalo credit on the partner account: top up the balance"""


class AiraloOperatorError(AiraloError):
    """The operator cannot serve this now (under maintenance, top-ups disabled)"""


class AiraloStockError(AiraloError):
    """The package is invalid, or not enough eSIMs are in stock"""


class AiraloRequestError(AiraloError):
    """The request was refused as invalid (bad checksum, bad request)"""


class AiraloServerError(AiraloError):
    """Airalo failed unexpectedly"""


class AiraloEsimError(AiraloError):
    """The eSIM (ICCID) cannot be used"""


class AiraloAccessError(AiraloError):
    """The caller may not use the API from here (IP allow-list)"""


#: Each code of the catalogue: (class, meaning, retryable or None for the family's).
CODES: dict[str, tuple[type[AiraloError], str, bool | None]] = {
    "11": (AiraloCreditError, "Insufficient Airalo credit", None),
    "13": (AiraloOperatorError, "Operator under maintenance; retry later", True),
    "14": (AiraloRequestError, "Invalid checksum", None),
    "23": (AiraloOperatorError, "Top-up disabled by the operator", None),
    "33": (AiraloStockError, "Not enough eSIM stock", None),
    "34": (AiraloStockError, "Package invalid or out of stock", None),
    "43": (AiraloRequestError, "Bad request", None),
    "53": (AiraloServerError, "Unexpected error; retry later", True),
    "73": (
        AiraloEsimError,
        "eSIM (ICCID) recycled: it cannot be used or topped up",
        None,
    ),
    "89": (
        AiraloAccessError,
        "Caller IP not on the company's IP allow-list (newer docs)",
        None,
    ),
}
AiraloError.codes = CODES  # type: ignore[assignment]  # the provider's classes, narrower than ProviderError


def error_class(code: str | None) -> type[AiraloError]:
    """The class of a airalo error code (AiraloError itself for a code outside the catalogue)."""
    if code is None or code not in CODES:
        return AiraloError
    return CODES[code][0]


__all__ = [
    "AiraloAccessError",
    "AiraloCreditError",
    "AiraloError",
    "AiraloEsimError",
    "AiraloOperatorError",
    "AiraloRequestError",
    "AiraloServerError",
    "AiraloStockError",
    "CODES",
    "UnexpectedStatus",
    "error_class",
]
