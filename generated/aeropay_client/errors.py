"""Errors of the aeropay client, generated from the spec's error catalogue (`x-error-codes`).

Every error a call raises is a tokenkeep error (see tokenkeep's exception tree); the
provider's own codes raise `AeropayError` subclasses, one per family, whatever the HTTP status.
"""

from tokenkeep import APIStatusError, ProviderError


class UnexpectedStatus(APIStatusError):
    """An undocumented status, raised by `*_detailed` when `Client.raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(
            f"aeropay: unexpected status code {status_code}; body: "
            + content[:1000].decode(errors="replace"),
            provider="aeropay",
            status_code=status_code,
            body=content,
        )


class AeropayError(ProviderError):
    """Aeropay answered one of its error codes (`code`), whatever the HTTP status."""


class AeropayAuthError(AeropayError):
    """AP001-AP011 and AP101: credentials, token, scope or permission problems (HTTP 401)"""


class AeropayUserError(AeropayError):
    """AP1xx but AP101: creating, confirming or using a user (bad OTP, suspended, unsupported phone)"""


class AeropayMerchantError(AeropayError):
    """AP2xx: merchant, location or merchant account problems"""


class AeropayTransactionError(AeropayError):
    """AP3xx: the payment was refused (insufficient funds, limits, risk, preauth state)"""


class AeropayBankError(AeropayError):
    """AP4xx-AP5xx: bank account linking, validation and micro-deposits"""


class AeropayValidationError(AeropayError):
    """AP605, AP700, AP701 and the non-AP VALIDATION_ERROR / INVALID_FORMAT / MISSING_PARAMETER: the request is malformed"""


class AeropayExternalError(AeropayError):
    """AP8xx-AP9xx: an external service (Shopify, a bank API) failed"""


class AeropayInternalError(AeropayError):
    """AP10xx: Aeropay's own API or database failed"""


class AeropayWebhookError(AeropayError):
    """AP11xx: webhook subscription problems"""


class AeropayBillingError(AeropayError):
    """AP12xx: merchant bill transactions could not be created, fetched or updated"""


class AeropayRefundError(AeropayError):
    """AP13xx: the refund or void was refused"""


class AeropayIdempotencyError(AeropayError):
    """AP14xx: Idempotency-Key misuse (HTTP 400)"""


#: Each code of the catalogue: (class, meaning, retryable or None for the family's).
CODES: dict[str, tuple[type[AeropayError], str, bool | None]] = {
    "AP001": (AeropayAuthError, "API key and secret key missing or invalid", None),
    "AP002": (
        AeropayAuthError,
        "Invalid API key or secret key (wrong key, secret or environment), or the userId is not associated with this merchant",
        None,
    ),
    "AP003": (AeropayAuthError, "The merchant account is locked", None),
    "AP004": (AeropayAuthError, "Authorization header token missing", None),
    "AP005": (
        AeropayAuthError,
        "Client session is invalid (session does not match client)",
        None,
    ),
    "AP006": (
        AeropayAuthError,
        "Client is not authorized for this scope (token of the wrong scope)",
        None,
    ),
    "AP007": (AeropayAuthError, "Token has expired: fetch a new one", None),
    "AP008": (AeropayAuthError, "Invalid token: fetch a new one", None),
    "AP009": (
        AeropayAuthError,
        "Merchant user not authorized for this merchantId",
        None,
    ),
    "AP010": (AeropayAuthError, "Merchant user not authorized for this call", None),
    "AP011": (
        AeropayAuthError,
        "Merchant user not authorized for this transaction",
        None,
    ),
    "AP101": (
        AeropayAuthError,
        "No authenticated user (token missing, invalid or of the wrong scope)",
        None,
    ),
    "AP102": (AeropayUserError, "Unable to create the user", True),
    "AP103": (AeropayUserError, "Unable to set the user's reputation level", None),
    "AP104": (
        AeropayUserError,
        "Cannot extract user information (user details missing on creation)",
        None,
    ),
    "AP105": (AeropayUserError, "Phone number is missing its area code", None),
    "AP106": (AeropayUserError, "Phone number is improperly formatted", None),
    "AP107": (AeropayUserError, "User already exists", None),
    "AP108": (AeropayUserError, "Error adding the user", None),
    "AP109": (
        AeropayUserError,
        "User is suspended by global reputation (delinquent activity)",
        None,
    ),
    "AP110": (
        AeropayUserError,
        "User profile is incomplete (names, email or phone missing) and cannot transact",
        None,
    ),
    "AP111": (AeropayUserError, "Invalid verification (OTP) code", None),
    "AP112": (AeropayUserError, "Verification attempts exceeded", None),
    "AP113": (AeropayUserError, "User does not exist", None),
    "AP114": (
        AeropayUserError,
        "User is blocked from transacting at this merchant",
        None,
    ),
    "AP115": (
        AeropayUserError,
        "Phone number not supported (not a US mobile: landline, VOIP or prepaid)",
        None,
    ),
    "AP116": (
        AeropayUserError,
        "User is ineligible for this reputation update (historical declines)",
        None,
    ),
    "AP118": (
        AeropayUserError,
        "User cannot be created with digits or special characters in the name",
        None,
    ),
    "AP119": (AeropayUserError, "Phone country code not supported (only +1, US)", None),
    "AP201": (AeropayMerchantError, "No merchant exists for this id", None),
    "AP202": (
        AeropayMerchantError,
        "No merchant user exists for this merchant user id",
        None,
    ),
    "AP203": (AeropayMerchantError, "Unable to get a location for this merchant", None),
    "AP204": (AeropayMerchantError, "Location does not belong to this merchant", None),
    "AP205": (
        AeropayMerchantError,
        "Unable to get the merchant's rewards and fees",
        None,
    ),
    "AP206": (AeropayMerchantError, "Unable to get the merchant account", None),
    "AP207": (AeropayMerchantError, "No merchant found for this id", None),
    "AP208": (AeropayMerchantError, "No location found for this location uuid", None),
    "AP209": (AeropayMerchantError, "Location uuid and merchant do not match", None),
    "AP210": (AeropayMerchantError, "Merchant is not activated (not verified)", None),
    "AP300": (
        AeropayTransactionError,
        "Bank connection error: the user must reconnect the bank (user action required)",
        None,
    ),
    "AP301": (
        AeropayTransactionError,
        "User is suspended by the merchant's reputation setting",
        None,
    ),
    "AP302": (AeropayTransactionError, "Insufficient funds", None),
    "AP303": (AeropayTransactionError, "Transaction is missing its location", None),
    "AP304": (AeropayTransactionError, "Amount exceeds the merchant's limit", None),
    "AP305": (
        AeropayTransactionError,
        "Payout user is suspended by global reputation",
        None,
    ),
    "AP306": (
        AeropayTransactionError,
        "Available bank balance too low for the transaction",
        None,
    ),
    "AP307": (
        AeropayTransactionError,
        "Transaction not approved by the risk model",
        None,
    ),
    "AP308": (AeropayTransactionError, "Invalid amount", None),
    "AP309": (
        AeropayTransactionError,
        "A business user is required for an invoice",
        None,
    ),
    "AP310": (
        AeropayTransactionError,
        "Credit transaction declined (malformed transaction request)",
        None,
    ),
    "AP311": (AeropayTransactionError, "Bank account still has pending payments", None),
    "AP312": (AeropayTransactionError, "Preauth already captured", None),
    "AP313": (
        AeropayTransactionError,
        "Preauth not eligible for capture (canceled, or unknown id)",
        None,
    ),
    "AP314": (
        AeropayTransactionError,
        "Transaction (or reversal) uuid already exists",
        None,
    ),
    "AP315": (
        AeropayTransactionError,
        "Rejected by Aeropay's guardrails (threshold reached or bank suspended)",
        None,
    ),
    "AP316": (AeropayTransactionError, "Transaction not found", None),
    "AP317": (
        AeropayTransactionError,
        "Too many failed attempts: a temporary throttle that expires on its own after a few minutes",
        True,
    ),
    "AP400": (AeropayBankError, "User has no bank account linked", None),
    "AP401": (AeropayBankError, "Bank account does not belong to the user", None),
    "AP402": (
        AeropayBankError,
        "Merchant bank account invalid (no bank account for the merchant)",
        None,
    ),
    "AP403": (AeropayBankError, "Bank not supported (blocked routing number)", None),
    "AP404": (AeropayBankError, "Routing number does not pass validation", None),
    "AP405": (AeropayBankError, "Error adding the bank account", None),
    "AP406": (AeropayBankError, "Account number does not pass validation", None),
    "AP407": (
        AeropayBankError,
        "Bank linking disabled for this user (flagged as malicious)",
        None,
    ),
    "AP408": (AeropayBankError, "Unknown aggregator", None),
    "AP409": (AeropayBankError, "redirectURI invalid", None),
    "AP410": (AeropayBankError, "Bank account already connected to another user", None),
    "AP411": (AeropayBankError, "Account is not a checking account", None),
    "AP412": (AeropayBankError, "Bank account has been removed from the user", None),
    "AP413": (AeropayBankError, "Bank account does not belong to the merchant", None),
    "AP414": (AeropayBankError, "Maximum number of linked accounts reached (5)", None),
    "AP415": (AeropayBankError, "The same account was already linked 5 times", None),
    "AP500": (
        AeropayBankError,
        "Outstanding micro-deposit: confirm it before linking",
        None,
    ),
    "AP501": (AeropayBankError, "Unable to create the micro-deposit", True),
    "AP502": (AeropayBankError, "Unable to get the micro-deposit", True),
    "AP503": (
        AeropayBankError,
        "Maximum number of micro-deposit attempts exceeded",
        None,
    ),
    "AP504": (AeropayBankError, "Incorrect micro-deposit amounts", None),
    "AP505": (AeropayBankError, "Unable to batch the micro-deposits", None),
    "AP506": (
        AeropayBankError,
        "Unable to set the name of the micro-deposit batch file",
        None,
    ),
    "AP605": (AeropayValidationError, "Merchant required (transaction search)", None),
    "AP700": (AeropayValidationError, "Missing required parameter", None),
    "AP701": (AeropayValidationError, "Improperly formatted parameter(s)", None),
    "AP800": (
        AeropayExternalError,
        "Shopify integration: no access token for the scope",
        None,
    ),
    "AP900": (AeropayExternalError, "Error calling an external API", None),
    "AP1000": (AeropayInternalError, "Invalid API endpoint", None),
    "AP1001": (AeropayInternalError, "Error committing to Aeropay's database", None),
    "AP1002": (AeropayInternalError, "Error calling an Aeropay internal API", True),
    "AP1100": (
        AeropayWebhookError,
        "Topic or webhook id required to delete a webhook",
        None,
    ),
    "AP1101": (AeropayWebhookError, "Error fetching the webhook", True),
    "AP1102": (AeropayWebhookError, "Topic required to create a webhook", None),
    "AP1103": (AeropayWebhookError, "Webhook url invalid or missing", None),
    "AP1104": (AeropayWebhookError, "Unrecognized webhook topic", None),
    "AP1105": (AeropayWebhookError, "Error creating the webhook", True),
    "AP1106": (AeropayWebhookError, "Error deleting the webhook", True),
    "AP1107": (AeropayWebhookError, "A merchant is required", None),
    "AP1200": (
        AeropayBillingError,
        "Could not create the merchant bill transaction",
        True,
    ),
    "AP1201": (AeropayBillingError, "Could not create the merchant bill", True),
    "AP1202": (AeropayBillingError, "Could not fetch the merchant bill", True),
    "AP1203": (AeropayBillingError, "Could not update the merchant bill", True),
    "AP1300": (
        AeropayRefundError,
        "Transaction already fully refunded (summed over all its reversals)",
        None,
    ),
    "AP1302": (
        AeropayRefundError,
        "Refund amount exceeds the original transaction amount",
        None,
    ),
    "AP1303": (AeropayRefundError, "Refund amount must be positive", None),
    "AP1304": (AeropayRefundError, "This transaction type cannot be refunded", None),
    "AP1305": (
        AeropayRefundError,
        "RTP transaction cannot be voided: schedule a refund instead",
        None,
    ),
    "AP1306": (
        AeropayRefundError,
        "Transaction status does not allow a reversal",
        None,
    ),
    "AP1400": (
        AeropayIdempotencyError,
        "Idempotency-Key reused with a different request body",
        None,
    ),
    "AP1401": (
        AeropayIdempotencyError,
        "A request with the same Idempotency-Key is still being processed",
        True,
    ),
    "AP1402": (AeropayIdempotencyError, "Idempotency-Key malformed (not a UUID)", None),
    "VALIDATION_ERROR": (
        AeropayValidationError,
        "Request validation failed (a non-AP code some HTTP 400 examples use)",
        None,
    ),
    "INVALID_FORMAT": (
        AeropayValidationError,
        "A parameter is badly formatted (aggregatorCredentials' flat 400 body)",
        None,
    ),
    "MISSING_PARAMETER": (
        AeropayValidationError,
        "A required parameter is missing (aggregatorCredentials' flat 400 body)",
        None,
    ),
}
AeropayError.codes = CODES  # type: ignore[assignment]  # the provider's classes, narrower than ProviderError


def error_class(code: str | None) -> type[AeropayError]:
    """The class of a aeropay error code (AeropayError itself for a code outside the catalogue)."""
    if code is None or code not in CODES:
        return AeropayError
    return CODES[code][0]


__all__ = [
    "AeropayAuthError",
    "AeropayBankError",
    "AeropayBillingError",
    "AeropayError",
    "AeropayExternalError",
    "AeropayIdempotencyError",
    "AeropayInternalError",
    "AeropayMerchantError",
    "AeropayRefundError",
    "AeropayTransactionError",
    "AeropayUserError",
    "AeropayValidationError",
    "AeropayWebhookError",
    "CODES",
    "UnexpectedStatus",
    "error_class",
]
