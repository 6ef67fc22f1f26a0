"""Errors of the onlinesim client, generated from the spec's error catalogue (`x-error-codes`).

Every error a call raises is a tokenkeep error (see tokenkeep's exception tree); the
provider's own codes raise `OnlinesimError` subclasses, one per family, whatever the HTTP status.
"""

from tokenkeep import APIStatusError, ProviderError


class UnexpectedStatus(APIStatusError):
    """An undocumented status, raised by `*_detailed` when `Client.raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(
            f"onlinesim: unexpected status code {status_code}; body: "
            + content[:1000].decode(errors="replace"),
            provider="onlinesim",
            status_code=status_code,
            body=content,
        )


class OnlinesimError(ProviderError):
    """Onlinesim answered one of its error codes (`code`), whatever the HTTP status."""


class AccessError(OnlinesimError):
    """The key or token was refused, or the account may not use the API (check the key and the profile)"""


class AccountError(OnlinesimError):
    """The account needs attention in the web UI (identification required)"""


class InvalidRequestError(OnlinesimError):
    """A parameter is missing or wrong (service, tzid, number, country, days...)"""


class NoNumbersError(OnlinesimError):
    """No numbers are available for this service, country or kind of reception right now"""


class LowBalanceError(OnlinesimError):
    """The balance is too low for this operation"""


class ConcurrencyLimitError(OnlinesimError):
    """Too many simultaneous numbers on the account"""


class TryAgainLaterError(OnlinesimError):
    """Onlinesim asks to retry later (too frequent requests, or temporarily unable)"""

    retryable = True


class OperationStateError(OnlinesimError):
    """The operation or number cannot do this now (protective interval, expired, needs extension, forwarding not possible)"""


class NoOperationsError(OnlinesimError):
    """No active operations: getState's empty answer (tokenkeep returns []); an error anywhere else"""


#: Each code of the catalogue: (class, meaning, retryable or None for the family's).
CODES: dict[str, tuple[type[OnlinesimError], str, bool | None]] = {
    "ERROR_WRONG_KEY": (
        AccessError,
        "Wrong API key, or a wrong or expired OAuth access token",
        None,
    ),
    "ERROR_NO_KEY": (AccessError, "No API key or access token was sent", None),
    "API_ACCESS_DISABLED": (
        AccessError,
        "API access is turned off in the profile",
        None,
    ),
    "API_ACCESS_IP": (
        AccessError,
        "Access from this IP address is turned off in the profile",
        None,
    ),
    "ACCOUNT_BLOCKED": (AccessError, "The account is blocked", None),
    "ACCOUNT_IDENTIFICATION_REQUIRED": (
        AccountError,
        "The account must pass identification first (any way for messengers, a passport for forwarding)",
        None,
    ),
    "REQUEST_NOT_FOUND": (InvalidRequestError, "API method not given or unknown", None),
    "ERROR_NO_SERVICE": (InvalidRequestError, "`service` not given", None),
    "ERROR_PARAMS": (InvalidRequestError, "One or both parameters are wrong", None),
    "ERROR_NO_TZID": (InvalidRequestError, "`tzid` not given", None),
    "ERROR_WRONG_TZID": (
        InvalidRequestError,
        'No operation with this `tzid` (the wrappers\' text says "error in the number format")',
        None,
    ),
    "ERROR_NO_NUMBER": (InvalidRequestError, "The number is not given", None),
    "ERROR_NUMBERS_PARAMS": (
        InvalidRequestError,
        "The number is badly formatted",
        None,
    ),
    "ERROR_NO_OPERATIONS": (
        NoOperationsError,
        "No operations (getState/getOperations with nothing active; wrappers treat it as an empty list)",
        None,
    ),
    "WARNING_LOW_BALANCE": (LowBalanceError, "Insufficient funds", None),
    "NO_NUMBER": (
        NoNumbersError,
        "Temporarily no numbers available for this service",
        None,
    ),
    "WARNING_NO_NUMS": (NoNumbersError, "No matching numbers", None),
    "EXCEEDED_CONCURRENT_OPERATIONS": (
        ConcurrencyLimitError,
        "The maximum number of numbers booked at once on the account is reached",
        None,
    ),
    "INTERVAL_CONCURRENT_REQUESTS_ERROR": (
        TryAgainLaterError,
        "Too many concurrent or too frequent requests for a number: try again later",
        None,
    ),
    "TRY_AGAIN_LATER": (
        TryAgainLaterError,
        "Temporarily unable to perform the request",
        None,
    ),
    "TIME_INTERVAL_ERROR": (
        OperationStateError,
        "Delayed SMS reception is not possible in this time interval (legacy)",
        None,
    ),
    "DUPLICATE_OPERATION": (
        InvalidRequestError,
        "An operation with identical parameters was already added",
        None,
    ),
    "NO_COMPLETE_TZID": (
        OperationStateError,
        "The operation cannot be completed yet (protective interval)",
        None,
    ),
    "NO_CONFIRM_FORWARD": (
        OperationStateError,
        "Call forwarding could not be confirmed (legacy)",
        None,
    ),
    "NO_FORWARD_FOR_DEFFER": (
        OperationStateError,
        "Forwarding can be turned on only for online reception (legacy)",
        None,
    ),
    "NO_NUMBER_FOR_FORWARD": (
        NoNumbersError,
        "No numbers for forwarding (legacy)",
        None,
    ),
    "ERROR_LENGTH_NUMBER_FOR_FORWARD": (
        InvalidRequestError,
        "Wrong length of the number for forwarding (legacy)",
        None,
    ),
    "LIFICYCLE_NUM_EXPIRED": (
        OperationStateError,
        "The number has expired (the code's spelling is Onlinesim's)",
        None,
    ),
    "NEED_EXTENSION_NUMBER": (
        OperationStateError,
        "The number must be extended first (Extension tab)",
        None,
    ),
    "ERROR_NO_SERVICE_REPEAT": (
        NoNumbersError,
        "No services for repeated reception (legacy)",
        None,
    ),
    "SERVICE_TO_NUMBER_EMPTY": (
        NoNumbersError,
        "No numbers for repeated reception for this service (legacy)",
        None,
    ),
    "UNDEFINED_COUNTRY": (InvalidRequestError, "Unknown country (rent)", None),
    "UNDEFINED_DAYS": (
        InvalidRequestError,
        "`days` is not one of the rent tariff's",
        None,
    ),
    "NO_COUNTRY": (InvalidRequestError, "`country` not given (rent)", None),
}
OnlinesimError.codes = CODES  # type: ignore[assignment]  # the provider's classes, narrower than ProviderError


def error_class(code: str | None) -> type[OnlinesimError]:
    """The class of a onlinesim error code (OnlinesimError itself for a code outside the catalogue)."""
    if code is None or code not in CODES:
        return OnlinesimError
    return CODES[code][0]


__all__ = [
    "AccessError",
    "AccountError",
    "CODES",
    "ConcurrencyLimitError",
    "InvalidRequestError",
    "LowBalanceError",
    "NoNumbersError",
    "NoOperationsError",
    "OnlinesimError",
    "OperationStateError",
    "TryAgainLaterError",
    "UnexpectedStatus",
    "error_class",
]
