"""Aeropay v2 sandbox: a stateful fake of https://api.sandbox-pay.aero.inc (reference notes §1-§11).

- `POST /v2/token`: JSON `{apiKey, apiSecret, scope, id[, userId]}` → `{"TTL": 1800, "token"}`.
  Scopes `merchant` and `userForMerchant` (case-insensitive: the seed spells `userFormerchant`). A
  wrong key or secret, an unknown merchant, or a user not confirmed for the merchant is AP002 with
  HTTP `ap002_status` (400 as the seed says; set 401 for the v2 spec's reading). Missing fields AP700,
  a non-numeric id AP701 (400). Token requests are counted per scope key (`token_requests_for`).
- Every other call wants `authorization: Bearer <token>`: unknown or revoked → 401 AP008, expired →
  401 AP007, a token of the wrong scope → 401 AP006 (user token on a merchant call) or AP101
  (merchant token on a user call). Which scope a call needs is read from the spec's `x-token-scope`.
- Users (POST /v2/user, MFA with the sandbox OTP `000000`, AP111/AP112/AP113), the §10 test emails
  and phones, Aerosync linking (any connectionId links a checking account with `bank_balance`
  cents; `savings-*` → AP411, `fail-*` → legacy flat AP300), account selection and listing.
- Money moves between integer-cent balances: user bank accounts and merchant balances. Payments
  (`pending`, settle to `processed` after `settle_after` seconds on the sandbox clock), §10
  `exceptionScenario` triggers, preauth create/update/capture/cancel, payouts (AP306 when the
  merchant balance is short), reversals: same calendar day and full amount → void; before the
  original settles → queued (released as a reversal when it settles); after → a `reversal`.
- Idempotency (§6) on the four money-moving POSTs: same key + same body → the stored response and no
  second charge; another body → 400 AP1400; a malformed key → 400 AP1402; stored 1 day per
  merchant; readable with GET /v2/transaction/idempotency/{key}.
- Lists page with `paging`; webhooks are subscribed per topic, signed with `ap-signature` (HMAC-SHA256
  over the body plus `url`, Python `json.dumps` style, §8) once a signing key exists, and POSTed
  from a thread with up to 5 attempts (`webhook_backoff` doubling).
- Faults: `fail_next(...)` answers an Aeropay-shaped error (`fault_body`) or drops the connection
  after the request took effect.

Every request is validated against specs/aeropay.yaml, and so is every response
(`validate_responses`, on by default).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._common import (
    SPECS_DIR,
    RequestProblem,
    SandboxApp,
    SandboxState,
    SpecOperation,
    check_json_accept,
    deliver_webhook,
)

__all__ = ["SANDBOX", "AeropaySandbox", "ApError", "WebhookDelivery", "create_app", "sign_webhook"]

HELP = "Contact support@aeropay.com for help."
SANDBOX_OTP = "000000"
MAX_OTP_ATTEMPTS = 3
MAX_BANK_ACCOUNTS = 5
TEST_EMAILS = {  # §10: POST /v2/user test emails (local part) -> (code, HTTP status, message)
    "no-authenticated-user": ("AP101", 401, "No Authenticated User"),
    "unable-to-create-user": ("AP102", 200, "Unable to create user"),
    "cannot-extract-user-info": ("AP104", 200, "Cannot extract user info"),
    "user-already-exists": ("AP107", 200, "User already exists"),
    "error-adding-user": ("AP108", 200, "Error adding user"),
}
UNSUPPORTED_PHONES = frozenset({"+14045550124", "+13125550198", "+19175550163", "5550173", "3105550187"})
SCENARIOS = {  # §10: exceptionScenario -> immediate error, or the NACHA return code of a later decline
    "delinquent": ("AP109", "Delinquent activity on account"),
    "riskEngine": ("AP307", "Payment declined - try a lower amount"),
    "balanceInsufficient": ("AP302", "Insufficient funds"),
}
RETURNS = {"returnInsufficient": "R01", "returnAccount": "R02", "returnDispute": "R07"}
TOPICS = (
    "transaction_completed",
    "transaction_refunded",
    "transaction_voided",
    "preauthorized_transaction_created",
    "transaction_declined",
    "transaction_resolved",
    "user_active",
    "user_suspended",
    "merchant_reputation_updated",
)
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
DAY = 86400.0


class ApError(Exception):
    """An Aeropay error answer: `{"error": {code, message, help}}` with an HTTP status (often 200)."""

    def __init__(self, code: str, message: str, status: int = 200, *, legacy: bool = False) -> None:
        super().__init__(f"{code}: {message}")
        self.code, self.message, self.status, self.legacy = code, message, status, legacy

    def response(self) -> JSONResponse:
        if self.legacy:  # linkAccountFromAggregator's published failure: the v1 flat form
            return JSONResponse({"success": False, "code": self.code, "error": self.message}, self.status)
        return JSONResponse({"error": {"code": self.code, "message": self.message, "help": HELP}}, self.status)


def missing(name: str) -> ApError:
    return ApError("AP700", f"Missing required Parameter: '{name}'", 400)


def malformed(what: str) -> ApError:
    return ApError("AP701", f"Improperly formatted parameter: ['{what}']", 400)


def sign_webhook(payload: dict[str, Any], url: str, signing_key: str) -> str:
    """§8: HMAC-SHA256 of the payload plus `url`, as Python's default json.dumps writes it."""
    message = json.dumps({**payload, "url": url})
    return hmac.new(signing_key.encode(), message.encode(), hashlib.sha256).hexdigest()


def money(cents: int) -> dict[str, Any]:
    return {"amount": cents, "currency": "USD"}


def dollars(cents: int) -> str:
    return f"{cents / 100:,.2f}"


# --------------------------------------------------------------------------- records


@dataclass
class Merchant:
    id: int
    name: str
    location_id: int
    balance: int  # cents the merchant holds (payouts and refunds come out of it)
    tip_configuration: dict[str, Any] = field(default_factory=lambda: {"enabled": False})
    signing_key: str | None = None
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)  # topic -> subscription
    reputations: dict[str, tuple[int, str]] = field(default_factory=dict)  # user -> (reputation, date)


@dataclass
class BankAccount:
    id: int
    user_id: str
    bank_name: str
    last4: str
    connection_id: str
    created: str
    balance: int
    account_type: str = "checking"
    selected: bool = False
    removed: bool = False

    def json(self) -> dict[str, Any]:
        return {
            "bankAccountId": self.id,
            "bankName": self.bank_name,
            "accountLast4": self.last4,
            "name": "Aerosync Checking",
            "isSelected": self.selected,
            "accountType": self.account_type,
            "status": "verified",
            "createdDate": self.created,
            "connectionId": self.connection_id,
        }


@dataclass
class User:
    id: str
    first_name: str
    last_name: str
    email: str
    phone: str
    created: str
    merchants: set[int] = field(default_factory=set)  # confirmed with these merchants
    pending_mfa: dict[int, int] = field(default_factory=dict)  # merchant -> failed OTP attempts
    status: str = "Active"
    accounts: list[BankAccount] = field(default_factory=list)

    def json(self, *, with_status: bool = True) -> dict[str, Any]:
        body = {
            "id": self.id,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "type": "consumer",
            "email": self.email,
            "phoneNumber": self.phone,
            "createdDate": self.created,
        }
        if with_status:
            body["userStatus"] = self.status
        return body

    def selected(self) -> BankAccount | None:
        return next((a for a in self.accounts if a.selected and not a.removed), None)


@dataclass
class Transaction:
    id: str
    merchant_id: int
    location_id: int
    user_id: str
    account_id: int | None
    amount: int
    payment_type: str  # payment, payout, reversal
    created_at: float  # sandbox clock
    status: str = "pending"
    reference_id: str | None = None
    attributes: dict[str, Any] | None = None
    is_rtp: bool = False
    original_id: str | None = None  # a reversal's transaction
    refunded: int = 0  # cents reversed, queued included
    queued: list[dict[str, Any]] = field(default_factory=list)  # queued refunds of this transaction
    modified_at: float = 0.0
    return_code: str | None = None

    def json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "amount": money(self.amount),
            "status": self.status,
            "paymentType": self.payment_type,
            "userId": self.user_id,
            "title": "Online Transaction" if self.payment_type != "reversal" else "Refund for Online Transaction",
            "createdDate": iso(self.created_at),
            "modifiedDate": iso(self.modified_at or self.created_at),
            "apFee": "0.00",
            "isRtp": self.is_rtp,
            "merchantId": self.merchant_id,
            "locationId": self.location_id,
            "userAccountId": self.account_id,
        }
        if self.reference_id is not None:
            body["referenceId"] = self.reference_id
        if self.attributes:
            body["attributes"] = self.attributes
        if self.return_code:
            body["returnCode"] = self.return_code
        return body


@dataclass
class Preauth:
    id: str
    merchant_id: int
    location_id: int
    user: User
    account_id: int
    amount: int
    original_amount: int
    created_at: float
    status: str = "live"
    reference_id: str | None = None
    attributes: dict[str, Any] | None = None
    transaction_id: str | None = None

    def json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "amount": money(self.amount),
            "status": self.status,
            "userId": self.user.id,
            "description": "Online Transaction",
            "createdDate": iso(self.created_at),
            "expiryDate": iso(self.created_at + 2 * DAY),
            "userName": f"{self.user.first_name} {self.user.last_name}",
            "userEmail": self.user.email,
            "merchantId": self.merchant_id,
            "userAccountId": self.account_id,
            "locationId": self.location_id,
        }
        if self.reference_id is not None:
            body["referenceId"] = self.reference_id
        if self.attributes:
            body["attributes"] = self.attributes
        if self.transaction_id:
            body["transactionId"] = self.transaction_id
        return body


@dataclass
class Grant:
    """What a token may do: its scope, merchant and (userForMerchant) user."""

    scope: str
    merchant_id: int
    user_id: str | None


@dataclass
class Stored:
    """An idempotency record: what the first request was, and what it answered."""

    fingerprint: str
    status: int
    body: Any
    stored_at: float


@dataclass
class WebhookDelivery:
    url: str
    topic: str
    payload: dict[str, Any]
    body: bytes
    signature: str | None
    attempts: list[int | str] = field(default_factory=list)
    delivered: bool = False
    done: threading.Event = field(default_factory=threading.Event, repr=False)


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _scopes_from_spec() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path pattern, x-token-scope) of every operation; parsed once per spec version."""
    path = SPECS_DIR / "aeropay.yaml"
    return list(_parse_scopes(str(path), path.stat().st_mtime_ns))


@functools.lru_cache(maxsize=4)
def _parse_scopes(path: str, mtime_ns: int) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    routes = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "x-token-scope" in op:
                pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
                routes.append((method.upper(), pattern, op["x-token-scope"]))
    return tuple(routes)


# --------------------------------------------------------------------------- the state


class AeropaySandbox(SandboxState):
    """Aeropay's state: merchants, users, bank accounts, transactions, preauths, webhooks.

    Tests arrange state with the business methods (`onboard_user`, `bank_balance_of`...) and
    exercise clients over HTTP.
    """

    provider = "aeropay"

    def __init__(
        self,
        *,
        api_key: str = "sandbox-api-key",
        api_secret: str = "sandbox-api-secret",
        merchant_ids: tuple[int, ...] = (1057, 2001),
        merchant_balance: int = 5_000_000,
        bank_balance: int = 1_000_000,
        token_lifetime: float = 1800.0,
        **options: Any,
    ) -> None:
        options.setdefault("validate_responses", True)
        super().__init__(
            client_id=api_key, client_secret=api_secret, token_lifetime=token_lifetime, rate_limit=10**6, **options
        )
        self.api_key, self.api_secret = api_key, api_secret
        self.merchants = {
            mid: Merchant(mid, f"Sandbox Merchant {mid}", 500 + i, merchant_balance)
            for i, mid in enumerate(merchant_ids)
        }
        self.bank_balance = bank_balance
        #: HTTP status of AP002 at the token endpoint: 400 (seed) or 401 (v2 spec).
        self.ap002_status = 400
        #: HTTP status of the AP11xx webhook errors: 200, as the reference (§3) and the error glossary
        #: give business errors; set 400 for the reading earlier versions of the spec had (no source).
        self.webhook_error_status = 200
        #: Seconds after which a pending transaction is batched (`processed`) and queued refunds released.
        self.settle_after = DAY
        self.webhook_attempts = 5
        self.webhook_backoff = 0.05
        self.webhook_timeout = 3.0
        self.users: dict[str, User] = {}
        self.transactions: dict[str, Transaction] = {}
        self.preauths: dict[str, Preauth] = {}
        self.idempotency: dict[tuple[int, str], Stored] = {}
        self.grants: dict[str, Grant] = {}
        self.token_requests_by_scope: dict[str, int] = {}
        self.payment_links: list[dict[str, Any]] = []
        self.csv_requests: list[dict[str, Any]] = []
        self.deliveries: list[WebhookDelivery] = []
        #: (path, Idempotency-Key or None) of every authenticated-or-not POST, in arrival order.
        self.keys_seen: list[tuple[str, str | None]] = []
        self.routes = _scopes_from_spec()
        self._next_account = 1139000
        self._next_webhook = 12000
        self._closed = threading.Event()

    # ---- error shapes the tokenkeep tests see

    def unauthenticated(self) -> Response:
        return ApError("AP008", "Invalid token.", 401).response()

    def bad_request(
        self, request: Request, operation: SpecOperation, problems: list[RequestProblem]
    ) -> Response | None:
        """AP700 for a missing parameter, AP701 for a malformed one, in the shape the operation's 400 documents."""
        if not operation.documents(400):
            return None  # the operation documents no 400: Aeropay does not check what it ignores
        if any(p.field == "Idempotency-Key" for p in problems):
            return ApError("AP1402", "Invalid idempotency key structure", 400).response()
        first = next((p for p in problems if p.kind == "missing"), problems[0])
        name = first.field or "body"
        if "FlatError" in str(operation.responses["400"]):  # aggregatorCredentials' own form
            flat = "MISSING_PARAMETER" if first.kind == "missing" else "INVALID_FORMAT"
            return JSONResponse({"code": flat, "message": f"The {name} parameter is invalid."}, 400)
        return (missing(name) if first.kind == "missing" else malformed(name)).response()

    def fault_body(self, status: int) -> Any:
        if status == 401:
            return {"error": {"code": "AP008", "message": "Invalid token."}}
        if status == 400:
            return {"error": {"code": "AP700", "message": "Missing required Parameter: 'id'"}}
        return {"error": {"code": "AP1002", "message": "Internal API error", "help": HELP}}

    # ---- tokens

    def token_requests_for(self, scope_key: str) -> int:
        """Tokens issued for "merchant:1057" or "userForMerchant:1057:<user id>"."""
        with self.lock:
            return self.token_requests_by_scope.get(scope_key, 0)

    def issue_token(self, fields: dict[str, Any]) -> dict[str, Any]:
        for name in ("apiKey", "apiSecret", "scope"):
            if not fields.get(name):
                raise missing(name)
        scope = {"merchant": "merchant", "userformerchant": "userForMerchant"}.get(str(fields["scope"]).lower())
        if scope is None:
            raise ApError("AP700", "Invalid scope", 400)
        if fields.get("id") in (None, ""):
            raise missing("id")
        if not re.fullmatch(r"\d+", str(fields["id"])):
            raise malformed("id: invalid UUID format")
        merchant_id = int(fields["id"])
        user_id = fields.get("userId")
        if scope == "userForMerchant":
            if not user_id:
                raise missing("userId")
            if not isinstance(user_id, str) or not UUID_RE.match(user_id):
                raise malformed("userId: invalid username format")
        # UTF-8 bytes: compare_digest raises TypeError for a str with non-ASCII characters, and a client may send any.
        key_ok = hmac.compare_digest(str(fields["apiKey"]).encode(), self.api_key.encode())
        secret_ok = hmac.compare_digest(str(fields["apiSecret"]).encode(), self.api_secret.encode())
        if not (key_ok and secret_ok) or merchant_id not in self.merchants:
            raise ApError("AP002", "Invalid API key or secret key", self.ap002_status)
        with self.lock:
            if scope == "userForMerchant":
                user = self.users.get(user_id or "")
                if user is None or merchant_id not in user.merchants:
                    raise ApError("AP002", "userId not associated with merchant", self.ap002_status)
            token, ttl = self.tokens.issue()
            self.grants[token] = Grant(scope, merchant_id, user_id if scope == "userForMerchant" else None)
            key = f"{scope}:{merchant_id}" + (f":{user_id}" if scope == "userForMerchant" else "")
            self.token_requests_by_scope[key] = self.token_requests_by_scope.get(key, 0) + 1
        return {"TTL": ttl, "token": token}

    def grant_for(self, request: Request) -> Grant:
        """The grant of the request's token, or the 401 Aeropay answers (scope checked too)."""
        token = self.bearer_token(request)
        with self.lock:
            grant = self.grants.get(token or "")
            if not self.tokens.check(token):
                self.unauthorized += 1
                if grant is not None and token in self.tokens._tokens:
                    raise ApError("AP007", "Token expired.", 401)
                raise ApError("AP008", "Invalid token.", 401)
        assert grant is not None
        needed = self.scope_needed(request.method, request.url.path)
        if needed == "merchant" and grant.scope != "merchant":
            raise ApError("AP006", "Client not authorized for this scope", 401)
        if needed == "userForMerchant" and grant.scope != "userForMerchant":
            raise ApError("AP101", "No Authenticated User", 401)
        return grant

    def scope_needed(self, method: str, path: str) -> str | None:
        for route_method, pattern, scope in self.routes:
            if route_method == method and pattern.match(path):
                return scope
        return None

    # ---- clock helpers

    def now(self) -> float:
        return self.clock.now()

    def same_day(self, moment: float) -> bool:
        return datetime.fromtimestamp(moment, UTC).date() == self.clock.utcnow().date()

    def settle(self) -> None:
        """Batch what is due: pending payments become processed; their queued refunds are released."""
        with self.lock:
            now = self.now()
            for tx in list(self.transactions.values()):
                if tx.status == "pending" and now >= tx.created_at + self.settle_after:
                    tx.status = "processed"
                    tx.modified_at = now
                    for queued in tx.queued:
                        if queued["status"] == "queued":
                            queued["status"] = "released"
                            reversal = self._reversal(
                                tx, queued["amount"]["amount"], queued["id"], queued["referenceId"]
                            )
                            self._refund_webhook(tx, reversal)
                    tx.queued = [q for q in tx.queued if q["status"] != "released"]

    # ---- users and banks

    def merchant(self, merchant_id: int) -> Merchant:
        found = self.merchants.get(merchant_id)
        if found is None:
            raise ApError("AP201", "No merchant exists for merchant id.")
        return found

    def create_user(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        for name in ("firstName", "lastName", "phoneNumber", "email"):
            if not fields.get(name):
                raise missing(name)
        email = str(fields["email"]).lower()
        local = email.split("@", 1)[0]
        if local in TEST_EMAILS and email.endswith("@aeropay.com"):
            code, status, message = TEST_EMAILS[local]
            raise ApError(code, message, status)
        phone = str(fields["phoneNumber"])
        if phone in UNSUPPORTED_PHONES:
            raise ApError("AP115", "We're sorry, but the type of phone you entered is not supported or invalid.")
        if phone.startswith("+") and not phone.startswith("+1"):
            raise ApError("AP119", "Unsupported country code - US numbers only")
        if not re.fullmatch(r"\+1\d{10}", phone):
            raise ApError("AP106", "Improperly formatted phone number")
        if any(not re.fullmatch(r"[A-Za-z' -]+", str(fields[n])) for n in ("firstName", "lastName")):
            raise ApError("AP118", "User cannot be created with numbers or special characters")
        with self.lock:
            user = next((u for u in self.users.values() if u.email == email), None)
            if user is None:  # a network user is returned as it is, and goes through MFA too
                user = User(str(uuid.uuid4()), fields["firstName"], fields["lastName"], email, phone, iso(self.now()))
                self.users[user.id] = user
            user.pending_mfa.setdefault(grant.merchant_id, 0)
            return {"user": user.json(with_status=False), "mfaType": "sms"}

    def confirm_user(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        for name in ("userId", "code", "merchantId"):
            if fields.get(name) in (None, ""):
                raise missing(name)
        if str(fields["merchantId"]) != str(grant.merchant_id):
            raise ApError("AP009", "Unauthorized", 401)
        with self.lock:
            user = self.users.get(str(fields["userId"]))
            if user is None:
                raise ApError("AP113", "User does not exist")
            if grant.merchant_id in user.merchants:
                return {"user": user.json()}
            attempts = user.pending_mfa.get(grant.merchant_id, 0)
            if attempts >= MAX_OTP_ATTEMPTS:
                raise ApError("AP112", "Max verification attempts exceeded")
            if str(fields["code"]) != SANDBOX_OTP:
                user.pending_mfa[grant.merchant_id] = attempts + 1
                raise ApError("AP111", "Invalid verification code")
            user.pending_mfa.pop(grant.merchant_id, None)
            user.merchants.add(grant.merchant_id)
        self.notify(grant.merchant_id, "user_active", {"userId": user.id})
        return {"user": user.json()}

    def user_of(self, grant: Grant) -> User:
        with self.lock:
            user = self.users.get(grant.user_id or "")
        if user is None:
            raise ApError("AP101", "No Authenticated User", 401)
        return user

    def link_account(self, user: User, connection_id: str) -> dict[str, Any]:
        if connection_id.startswith("fail"):
            raise ApError(
                "AP300",
                "We are having issues connecting to your bank. Try reconnecting your bank or reach out to "
                "support@aeropay.com to resolve the issue.",
                legacy=True,
            )
        if connection_id.startswith("savings"):
            raise ApError(
                "AP411", "Invalid account connected for processing payments. Please connect a checking account."
            )
        with self.lock:
            live = [a for a in user.accounts if not a.removed]
            if any(a.connection_id == connection_id for a in live):
                raise ApError("AP415", "Bank account already linked")
            if len(live) >= MAX_BANK_ACCOUNTS:
                raise ApError("AP414", "Maximum linked accounts reached")
            self._next_account += 1
            account = BankAccount(
                self._next_account,
                user.id,
                "Aerosync Bank (oAuth)",
                f"{self._next_account % 10000:04d}",
                connection_id,
                iso(self.now()),
                self.bank_balance,
            )
            for other in user.accounts:
                other.selected = False
            account.selected = True
            user.accounts.append(account)
        info = account.json()
        info.update(
            externalBankAccountId=None,
            accountHolderInfo=[{"name": {"fullName": f"{user.first_name} {user.last_name}"}}],
            canFetchBalance=True,
            balance=account.balance,
        )
        return {"userBankInfo": info}

    def account_of(self, user: User, account_id: int | None) -> BankAccount:
        if account_id is None:
            account = user.selected()
            if account is None:
                raise ApError("AP400", "No bank account linked")
            return account
        for account in user.accounts:
            if account.id == account_id:
                if account.removed:
                    raise ApError("AP412", "Bank account already removed")
                return account
        raise ApError(
            "AP401", "We cannot validate the account you're attempting to connect. Please connect a valid account.", 400
        )

    def onboard_user(self, merchant_id: int = 1057, *, email: str | None = None) -> User:
        """Arrange: a confirmed user of `merchant_id` with one linked, selected checking account."""
        grant = Grant("merchant", merchant_id, None)
        email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
        created = self.create_user(
            grant, {"firstName": "Test", "lastName": "User", "phoneNumber": "+13125826818", "email": email}
        )
        user_id = created["user"]["id"]
        self.confirm_user(grant, {"userId": user_id, "code": SANDBOX_OTP, "merchantId": merchant_id})
        user = self.users[user_id]
        self.link_account(user, str(uuid.uuid4()))
        return user

    def bank_balance_of(self, user_id: str) -> int:
        with self.lock:
            return sum(a.balance for a in self.users[user_id].accounts)

    # ---- money

    def _amount(self, fields: dict[str, Any], *, required: bool = True) -> int | None:
        raw = fields.get("amount")
        if raw is None:
            if required:
                raise missing("amount")
            return None
        if not isinstance(raw, dict):
            raise malformed("amount: money amount must be a dictionary")
        if raw.get("currency") != "USD":
            raise ApError("VALIDATION_ERROR", "Currency is required" if not raw.get("currency") else "USD only", 400)
        cents = raw.get("amount")
        if not isinstance(cents, int) or isinstance(cents, bool) or cents <= 0:
            raise ApError("AP308", "Invalid amount")
        return cents

    def _reference(self, fields: dict[str, Any]) -> str | None:
        ref = fields.get("referenceId")
        if ref is not None and len(str(ref)) > 64:
            raise malformed("referenceId: exceeded maximum length of 64")
        return None if ref is None else str(ref)

    def _check_user_may_pay(self, user: User, merchant_id: int) -> None:
        if user.status != "Active":
            raise ApError("AP109", "Delinquent activity on account")
        reputation = self.merchants[merchant_id].reputations.get(user.id)
        if reputation is not None and reputation[0] == 2:
            raise ApError("AP114", "Account restricted by merchant")

    def create_transaction(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        if fields.get("merchantId") is None:
            raise missing("merchantId")
        merchant = self.merchant(int(fields["merchantId"]))
        if merchant.id != grant.merchant_id:
            raise ApError("AP009", "Unauthorized", 401)
        cents = self._amount(fields)
        assert cents is not None
        reference = self._reference(fields)
        user = self.user_of(grant)
        scenario = fields.get("exceptionScenario")
        if scenario in SCENARIOS:
            raise ApError(*SCENARIOS[scenario])
        with self.lock:
            self._check_user_may_pay(user, merchant.id)
            account = self.account_of(user, fields.get("bankAccountId"))
            if account.balance < cents:
                raise ApError("AP302", "Insufficient funds")
            account.balance -= cents
            merchant.balance += cents
            tx = Transaction(
                str(uuid.uuid4()),
                merchant.id,
                merchant.location_id,
                user.id,
                account.id,
                cents,
                "payment",
                self.now(),
                reference_id=reference,
                attributes=fields.get("attributes") or None,
            )
            self.transactions[tx.id] = tx
        self.notify(merchant.id, "transaction_completed", tx.json())
        if scenario in RETURNS:  # §10: the payment is accepted, then returned and the user suspended
            self._return(tx, RETURNS[scenario])
        return {"transaction": tx.json()}

    def _return(self, tx: Transaction, code: str) -> None:
        with self.lock:
            tx.status, tx.return_code, tx.modified_at = "declined", code, self.now()
            user = self.users[tx.user_id]
            account = next(a for a in user.accounts if a.id == tx.account_id)
            account.balance += tx.amount
            self.merchants[tx.merchant_id].balance -= tx.amount
            user.status = "Suspended"
        self.notify(tx.merchant_id, "transaction_declined", tx.json())
        self.notify(tx.merchant_id, "user_suspended", {"userId": tx.user_id})

    def transaction(self, grant: Grant, transaction_id: str) -> Transaction:
        self.settle()
        with self.lock:
            tx = self.transactions.get(transaction_id)
        if tx is None or tx.merchant_id != grant.merchant_id:
            raise ApError("ApError", f"Transaction {transaction_id} not found")
        return tx

    def refunds_of(self, grant: Grant, transaction_id: str) -> dict[str, Any]:
        self.settle()
        with self.lock:
            tx = self.transactions.get(transaction_id)
            if tx is None or tx.merchant_id != grant.merchant_id or tx.user_id != grant.user_id:
                raise ApError("AP011", "Unauthorized for this transaction", 401)
            refunds = [t.json() for t in self.transactions.values() if t.original_id == tx.id]
            return {"refunds": refunds, "queuedRefunds": [dict(q) for q in tx.queued]}

    def reverse(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        if not fields.get("id"):
            raise missing("id")
        self.settle()
        reversal_id = fields.get("uuid")
        if reversal_id is not None and not UUID_RE.match(str(reversal_id)):
            raise malformed("uuid")
        reference = self._reference(fields)
        with self.lock:
            tx = self.transactions.get(str(fields["id"]))
            if tx is None or tx.merchant_id != grant.merchant_id:
                raise ApError("AP316", f"Transaction {fields['id']} not found")
            if tx.payment_type not in ("payment", "payment+"):
                raise ApError("AP1304", "Transaction type cannot be refunded")
            if tx.status in ("void", "declined"):
                raise ApError("AP1306", f"Cannot reverse transaction with status of {tx.status}")
            remaining = tx.amount - tx.refunded
            if remaining <= 0:
                raise ApError("AP1300", "Transaction has already been fully refunded")
            requested = self._amount(fields, required=False)
            cents = remaining if requested is None else requested
            if cents > remaining:
                raise ApError("AP1302", "Refund amount must be equal to or less than the original transaction amount")
            if reversal_id is not None and (reversal_id in self.transactions or any(
                q["id"] == reversal_id for t in self.transactions.values() for q in t.queued
            )):  # fmt: skip
                raise ApError("AP314", f"Transaction with uuid of {reversal_id} already exists")
            if self.same_day(tx.created_at) and tx.status == "pending" and cents == tx.amount and not tx.refunded:
                if tx.is_rtp:
                    raise ApError("AP1305", "RTP transaction cannot be voided - schedule a refund")
                tx.status, tx.modified_at, tx.refunded = "void", self.now(), tx.amount
                self._move_back(tx, tx.amount)
                result = {"refundTransaction": tx.json(), "message": "Transaction has been voided"}
                topic, data = "transaction_voided", tx.json()
            elif tx.status == "pending":
                queued = {
                    "id": reversal_id or str(uuid.uuid4()),
                    "referenceId": reference,
                    "amount": money(cents),
                    "status": "queued",
                }
                tx.queued.append(queued)
                tx.refunded += cents
                body = {"userId": tx.user_id, "merchantId": tx.merchant_id, "userAccountId": tx.account_id}
                return {
                    "refundTransaction": {**body, "amount": money(cents)},
                    "message": "Transaction queued for refund. Refund will process after transaction clears",
                }
            else:
                tx.refunded += cents
                reversal = self._reversal(tx, cents, reversal_id, reference)
                result = {
                    "refundTransaction": reversal.json(),
                    "message": f"Refund transaction {reversal.id} created for transaction {tx.id}",
                }
                topic, data = "transaction_refunded", self._refund_payload(tx)
        self.notify(grant.merchant_id, topic, data)
        return result

    def _move_back(self, tx: Transaction, cents: int) -> None:
        user = self.users[tx.user_id]
        account = next((a for a in user.accounts if a.id == tx.account_id), None)
        if account is not None:
            account.balance += cents
        self.merchants[tx.merchant_id].balance -= cents

    def _reversal(self, tx: Transaction, cents: int, reversal_id: str | None, reference: str | None) -> Transaction:
        reversal = Transaction(
            reversal_id or str(uuid.uuid4()),
            tx.merchant_id,
            tx.location_id,
            tx.user_id,
            tx.account_id,
            cents,
            "reversal",
            self.now(),
            reference_id=reference,
            original_id=tx.id,
        )
        self.transactions[reversal.id] = reversal
        self._move_back(tx, cents)
        return reversal

    def _refund_payload(self, tx: Transaction) -> dict[str, Any]:
        refunds = [t.json() for t in self.transactions.values() if t.original_id == tx.id]
        return {"transaction": tx.json(), "refundTransaction": refunds, "queuedRefunds": [dict(q) for q in tx.queued]}

    def _refund_webhook(self, tx: Transaction, reversal: Transaction) -> None:
        # Called under the lock from settle(); the delivery itself runs on a thread.
        self.notify(tx.merchant_id, "transaction_refunded", self._refund_payload(tx))

    def payout(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        for name in ("userId", "merchantId"):
            if fields.get(name) in (None, ""):
                raise missing(name)
        merchant = self.merchant(int(fields["merchantId"]))
        if merchant.id != grant.merchant_id:
            raise ApError("AP009", "Unauthorized", 401)
        cents = self._amount(fields)
        assert cents is not None
        reference = self._reference(fields)
        with self.lock:
            user = self.users.get(str(fields["userId"]))
            if user is None or merchant.id not in user.merchants:
                raise ApError("AP113", "User does not exist")
            if user.status != "Active":
                raise ApError("AP305", "Account blocked - delinquent activity")
            account = self.account_of(user, fields.get("bankAccountId"))
            if merchant.balance < cents:
                raise ApError("AP306", "Insufficient balance")
            merchant.balance -= cents
            account.balance += cents
            tx = Transaction(
                str(uuid.uuid4()),
                merchant.id,
                merchant.location_id,
                user.id,
                account.id,
                cents,
                "payout",
                self.now(),
                reference_id=reference,
                attributes=fields.get("attributes") or None,
                is_rtp=bool(fields.get("rtp")),
            )
            self.transactions[tx.id] = tx
        return {"transaction": tx.json()}

    # ---- preauthorizations

    def create_preauth(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        for name in ("bankAccountId", "merchantId"):
            if fields.get(name) in (None, ""):
                raise missing(name)
        merchant = self.merchant(int(fields["merchantId"]))
        if merchant.id != grant.merchant_id:
            raise ApError("AP009", "Unauthorized", 401)
        cents = self._amount(fields)
        assert cents is not None
        reference = self._reference(fields)
        user = self.user_of(grant)
        with self.lock:
            self._check_user_may_pay(user, merchant.id)
            account = self.account_of(user, int(fields["bankAccountId"]))
            if account.balance < cents:
                raise ApError("AP302", "Insufficient funds")
            preauth = Preauth(
                str(uuid.uuid4()),
                merchant.id,
                merchant.location_id,
                user,
                account.id,
                cents,
                cents,
                self.now(),
                reference_id=reference,
                attributes=fields.get("attributes") or None,
            )
            self.preauths[preauth.id] = preauth
        self.notify(merchant.id, "preauthorized_transaction_created", preauth.json())
        return {"transaction": preauth.json()}

    def preauth(self, grant: Grant, preauth_id: str) -> Preauth:
        if not UUID_RE.match(preauth_id):
            raise malformed("id: invalid UUID format")
        with self.lock:
            found = self.preauths.get(preauth_id)
        if found is None or found.merchant_id != grant.merchant_id:
            raise ApError("AP313", "Preauth ineligible for capture")
        return found

    def _live(self, preauth: Preauth) -> None:
        if preauth.status == "completed":
            raise ApError("AP312", f"Preauth has already been captured by Transaction #{preauth.transaction_id}.")
        if preauth.status != "live":
            raise ApError(
                "AP313", f"Preauthorized Transaction with status of {preauth.status} is not eligible for capture"
            )

    def update_preauth(self, grant: Grant, preauth_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        preauth = self.preauth(grant, preauth_id)
        cents = self._amount(fields, required=False)
        with self.lock:
            self._live(preauth)
            if cents is not None:
                if cents > preauth.original_amount:
                    raise ApError("AP1000", "Updated amount may not exceed the preauthorized amount")
                preauth.amount = cents
            if fields.get("attributes"):
                preauth.attributes = fields["attributes"]
        return {"transaction": preauth.json()}

    def cancel_preauth(self, grant: Grant, preauth_id: str) -> dict[str, Any]:
        preauth = self.preauth(grant, preauth_id)
        with self.lock:
            self._live(preauth)
            preauth.status = "canceled"
        return {"transaction": preauth.json()}

    def capture(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        if not fields.get("id"):
            raise missing("id")
        preauth = self.preauth(grant, str(fields["id"]))
        with self.lock:
            self._live(preauth)
            account = self.account_of(preauth.user, preauth.account_id)
            if account.balance < preauth.amount:
                raise ApError("AP302", "Insufficient funds")
            account.balance -= preauth.amount
            self.merchants[preauth.merchant_id].balance += preauth.amount
            tx = Transaction(
                str(uuid.uuid4()),
                preauth.merchant_id,
                preauth.location_id,
                preauth.user.id,
                account.id,
                preauth.amount,
                "payment",
                self.now(),
                reference_id=preauth.reference_id,
            )
            self.transactions[tx.id] = tx
            preauth.status, preauth.transaction_id = "completed", tx.id
        self.notify(preauth.merchant_id, "transaction_completed", tx.json())
        return {"transaction": preauth.json()}

    # ---- idempotency (§6)

    def idempotent(self, request: Request, grant: Grant, fields: dict[str, Any], run: Any) -> JSONResponse:
        """Run a money-moving handler at most once per (merchant, Idempotency-Key)."""
        key = request.headers.get("idempotency-key")
        if key is None:
            return _answer(run)
        if not UUID_RE.match(key):
            raise ApError("AP1402", "Invalid idempotency key structure", 400)
        fingerprint = hashlib.sha256(
            json.dumps([request.url.path, grant.user_id, fields], sort_keys=True).encode()
        ).hexdigest()
        with self.lock:  # the lock is held across the handler: a concurrent duplicate waits, then replays
            stored = self.idempotency.get((grant.merchant_id, key))
            if stored is not None and self.now() - stored.stored_at > DAY:
                stored = None
            if stored is not None:
                if stored.fingerprint != fingerprint:
                    raise ApError("AP1400", "Idempotency key reused with different payload", 400)
                return JSONResponse(stored.body, stored.status)
            response = _answer(run)
            body = json.loads(bytes(response.body))
            self.idempotency[(grant.merchant_id, key)] = Stored(fingerprint, response.status_code, body, self.now())
            return response

    def stored_response(self, grant: Grant, key: str) -> dict[str, Any]:
        with self.lock:
            stored = self.idempotency.get((grant.merchant_id, key))
            if stored is None or self.now() - stored.stored_at > DAY or "transaction" not in stored.body:
                return {}
            return dict(stored.body)

    # ---- webhooks (§8)

    def notify(self, merchant_id: int, topic: str, data: Any) -> WebhookDelivery | None:
        """Deliver `topic` to the merchant's subscription, if any, signed if a signing key exists."""
        with self.lock:
            merchant = self.merchants[merchant_id]
            subscription = merchant.webhooks.get(topic)
            if subscription is None:
                return None
            url, key = subscription["url"], merchant.signing_key
            payload = {
                "topic": topic,
                "payloadVersion": "2.0",
                "data": data,
                "date": self.clock.utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"),
            }
            body = json.dumps(payload).encode()
            signature = sign_webhook(payload, url, key) if key else None
            delivery = WebhookDelivery(url, topic, payload, body, signature)
            self.deliveries.append(delivery)
            attempts, backoff, timeout = self.webhook_attempts, self.webhook_backoff, self.webhook_timeout

        headers = {"Content-Type": "application/json", "User-Agent": "Aeropay-Webhooks/sandbox"}
        if signature:
            headers["ap-signature"] = signature

        def deliver() -> None:
            try:
                delivery.delivered = deliver_webhook(
                    url, body, headers, attempts=attempts, backoff=backoff, timeout=timeout, stop=self._closed,
                    record=delivery.attempts.append, accepted={200},  # §8: a 200, not any 2xx
                )  # fmt: skip
            except Exception as exc:  # a sender thread never dies loudly
                self.record_error(f"webhook to {url}: {type(exc).__name__}: {exc}")
            finally:
                delivery.done.set()

        threading.Thread(target=deliver, name="aeropay-webhook", daemon=True).start()
        return delivery

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until every webhook sent so far was delivered or given up; returns them all."""
        with self.lock:
            deliveries = list(self.deliveries)
        for delivery in deliveries:
            delivery.done.wait(timeout)
        return deliveries

    def close(self) -> None:
        """Stop retrying webhooks (call when the test is done)."""
        self._closed.set()

    def subscribe(self, grant: Grant, fields: dict[str, Any]) -> dict[str, Any]:
        topic, url = fields.get("topic"), fields.get("url")
        if not topic:
            raise ApError("AP1102", "Topic required to create webhook", self.webhook_error_status)
        if topic not in TOPICS:
            raise ApError("AP1104", "Unrecognized topic", self.webhook_error_status)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ApError("AP1103", "Url is invalid or missing", self.webhook_error_status)
        with self.lock:
            merchant = self.merchants[grant.merchant_id]
            self._next_webhook += 1
            subscription = {"id": self._next_webhook, "topic": topic, "url": url, "payloadVersion": "2.0"}
            merchant.webhooks[topic] = subscription
            return {"webhooks": dict(subscription)}

    def unsubscribe(self, grant: Grant, topic: str | None, webhook_id: str | None) -> dict[str, Any]:
        if not topic and not webhook_id:
            raise ApError("AP1100", "Topic or webhook Id required to delete webhook", self.webhook_error_status)
        with self.lock:
            merchant = self.merchants[grant.merchant_id]
            gone = [
                s
                for s in merchant.webhooks.values()
                if (not topic or s["topic"] == topic) and (not webhook_id or str(s["id"]) == webhook_id)
            ]
            for s in gone:
                del merchant.webhooks[s["topic"]]
            return {"webhooks": [{**s, "id": str(s["id"])} for s in gone]}

    # ---- reports

    def totals(self, grant: Grant) -> dict[str, Any]:
        self.settle()
        with self.lock:
            mine = [t for t in self.transactions.values() if t.merchant_id == grant.merchant_id]
        charges = sum(t.amount for t in mine if t.payment_type == "payment" and t.status != "void")
        payouts = sum(t.amount for t in mine if t.payment_type == "payout")
        refunds = sum(t.amount for t in mine if t.payment_type == "reversal")
        return {
            "chargeTotal": dollars(charges),
            "tipTotal": "0.00",
            "feeTotal": "0.00",
            "rewardsTotal": "0.00",
            "payoutsTotal": dollars(payouts),
            "refundsTotal": dollars(refunds),
            "netTotal": dollars(charges - payouts - refunds),
            "returns": {"payoutReturnsTotal": "0.00"},
        }

    def batches(self, grant: Grant) -> list[dict[str, Any]]:
        self.settle()
        days: dict[str, list[Transaction]] = {}
        with self.lock:
            for tx in self.transactions.values():
                if tx.merchant_id == grant.merchant_id and tx.status == "processed":
                    day = datetime.fromtimestamp(tx.created_at + self.settle_after, UTC).strftime("%Y-%m-%d")
                    days.setdefault(day, []).append(tx)
        return [
            {
                "batchId": 13000 + index,
                "batchDate": f"{day}T02:00:49+00:00",
                "transactions": [
                    {
                        "uuid": t.id,
                        "amount": money(t.amount),
                        "direction": "credit" if t.payment_type == "payment" else "debit",
                    }
                    for t in txs
                ],
            }
            for index, (day, txs) in enumerate(sorted(days.items(), reverse=True))
        ]


def _answer(run: Any) -> JSONResponse:
    """Run a handler; its ApError becomes Aeropay's error answer (stored too, as Aeropay stores it)."""
    try:
        return JSONResponse(run())
    except ApError as exc:
        return exc.response()


def paged(items: list[Any], page: int, per_page: int) -> tuple[dict[str, int], list[Any]]:
    total_pages = max(1, -(-len(items) // per_page))
    paging = {"totalPages": total_pages, "totalItems": len(items), "currentPage": page, "itemsPerPage": per_page}
    return paging, items[(page - 1) * per_page : page * per_page]


def _int_param(raw: Any, name: str, default: int) -> int:
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise malformed(name) from None
    if value < 1:
        raise malformed(name)
    return value


# --------------------------------------------------------------------------- the app


def create_app(sandbox: AeropaySandbox) -> SandboxApp:
    """The Aeropay sandbox as a Starlette app (control routes under /_sandbox/ included)."""
    s = sandbox

    async def body_of(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            raise ApError("AP701", "Improperly formatted parameter: ['body']", 400) from None
        if not isinstance(value, dict):
            raise ApError("AP701", "Improperly formatted parameter: ['body']", 400)
        return value

    def guarded(handler: Any) -> Any:
        async def wrapped(request: Request) -> Response:
            if request.method == "POST":
                with s.lock:
                    s.keys_seen.append((request.url.path, request.headers.get("idempotency-key")))
            try:
                grant = s.grant_for(request)
                result = await handler(request, grant)
            except ApError as exc:
                return exc.response()
            return result if isinstance(result, Response) else JSONResponse(result)

        return wrapped

    async def token(request: Request) -> Response:
        s.tokens.note_attempt()
        check_json_accept(s, request)  # seed 003's sample sends it
        try:
            return JSONResponse(s.issue_token(await body_of(request)))
        except ApError as exc:
            return exc.response()

    async def create_user(request: Request, grant: Grant) -> Any:
        return s.create_user(grant, await body_of(request))

    async def get_user(request: Request, grant: Grant) -> Any:
        return {"user": s.user_of(grant).json()}

    async def confirm_user(request: Request, grant: Grant) -> Any:
        return s.confirm_user(grant, await body_of(request))

    async def aggregator_credentials(request: Request, grant: Grant) -> Any:
        aggregator = request.query_params.get("aggregator")
        if not aggregator:
            return JSONResponse({"code": "MISSING_PARAMETER", "message": "The aggregator parameter is required."}, 400)
        if aggregator != "aerosync":
            raise ApError("AP408", f"Unknown Aggregator {aggregator}")
        user = s.user_of(grant)
        return {
            "fastlinkURL": "https://sandbox.aerosync.com/",
            "token": secrets.token_urlsafe(24),
            "username": hashlib.sha256(user.id.encode()).hexdigest()[:12],
        }

    async def link_account(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        if not fields.get("connectionId"):
            raise missing("connectionId")
        if fields.get("aggregator") != "aerosync":
            raise ApError("AP408", f"Unknown Aggregator {fields.get('aggregator')}")
        return s.link_account(s.user_of(grant), str(fields["connectionId"]))

    async def select_account(request: Request, grant: Grant) -> Any:
        user = s.user_of(grant)
        with s.lock:
            account = s.account_of(user, int(request.path_params["bankAccountId"]))
            for other in user.accounts:
                other.selected = other is account
        return {"bankAccount": {k: v for k, v in account.json().items() if k != "connectionId"}}

    async def bank_accounts(request: Request, grant: Grant) -> Any:
        user = s.user_of(grant)
        with s.lock:
            return {"bankAccounts": [a.json() for a in user.accounts if not a.removed]}

    async def create_transaction(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        return s.idempotent(request, grant, fields, lambda: s.create_transaction(grant, fields))

    async def get_transaction(request: Request, grant: Grant) -> Any:
        return {"transaction": s.transaction(grant, request.path_params["transactionId"]).json()}

    async def transaction_refunds(request: Request, grant: Grant) -> Any:
        return s.refunds_of(grant, request.path_params["transactionUUID"])

    async def by_idempotency_key(request: Request, grant: Grant) -> Any:
        return s.stored_response(grant, request.path_params["idempotencyKey"])

    async def create_preauth(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        return s.idempotent(request, grant, fields, lambda: s.create_preauth(grant, fields))

    async def get_preauth(request: Request, grant: Grant) -> Any:
        return {"transaction": s.preauth(grant, request.path_params["preauthTransactionId"]).json()}

    async def update_preauth(request: Request, grant: Grant) -> Any:
        return s.update_preauth(grant, request.path_params["preauthTransactionId"], await body_of(request))

    async def cancel_preauth(request: Request, grant: Grant) -> Any:
        return s.cancel_preauth(grant, request.path_params["preauthTransactionId"])

    async def list_preauths(request: Request, grant: Grant) -> Any:
        q = request.query_params
        page, per_page = _int_param(q.get("page"), "page", 1), _int_param(q.get("perPage"), "perPage", 50)
        with s.lock:
            items = [p for p in s.preauths.values() if p.merchant_id == grant.merchant_id]
        if q.get("uuid"):
            items = [p for p in items if p.id == q["uuid"]]
        if q.get("level"):
            items = [p for p in items if p.status == q["level"]]
        items.sort(key=lambda p: p.created_at, reverse=q.get("orderBy") == "desc")
        paging, chunk = paged(items, page, per_page)
        return {"paging": paging, "transactions": [p.json() for p in chunk]}

    async def capture(request: Request, grant: Grant) -> Any:
        return s.capture(grant, await body_of(request))

    async def reverse(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        return s.idempotent(request, grant, fields, lambda: s.reverse(grant, fields))

    async def payout(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        return s.idempotent(request, grant, fields, lambda: s.payout(grant, fields))

    async def search(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        page, per_page = _int_param(fields.get("page"), "page", 1), _int_param(fields.get("perPage"), "perPage", 50)
        s.settle()
        with s.lock:
            items = [t for t in s.transactions.values() if t.merchant_id == grant.merchant_id]
            names = {u.id: f"{u.first_name} {u.last_name}" for u in s.users.values()}
        filters = fields.get("filters") or {}
        if filters.get("paymentType"):
            items = [t for t in items if t.payment_type == filters["paymentType"]]
        if filters.get("referenceId"):
            items = [t for t in items if t.reference_id == filters["referenceId"]]
        items.sort(key=lambda t: t.created_at, reverse=fields.get("orderBy") == "desc")
        paging, chunk = paged(items, page, per_page)
        merchant = s.merchants[grant.merchant_id]
        rows = [
            {
                **t.json(),
                "customerName": names.get(t.user_id, ""),
                "locationName": merchant.name,
                "merchantName": merchant.name,
            }
            for t in chunk
        ]
        return {"paging": paging, "transactions": rows}

    async def payment_link(request: Request, grant: Grant) -> Any:
        fields = await body_of(request)
        if fields.get("merchantId") in (None, ""):
            raise missing("merchantId")
        legacy = [name for name in ("uuid", "transaction_uuid", "locationId", "subscriptionId") if name in fields]
        if legacy:
            raise ApError("AP701", f"Field(s) not supported: '{legacy[0]}'", 400)
        if not fields.get("phone") and not fields.get("email"):
            raise missing("phone/email")
        if str(fields["merchantId"]) != str(grant.merchant_id):
            raise ApError("AP201", "No merchant exists for merchant id.")
        reference = s._reference(fields)
        with s.lock:
            s.payment_links.append({**fields, "via": "sms" if fields.get("phone") else "email"})
        answer: dict[str, Any] = {"message": "Payment Link send request successful"}
        if reference is not None:
            answer["referenceId"] = reference
        return answer

    async def signing_key(request: Request, grant: Grant) -> Any:
        key = secrets.token_hex(32)
        with s.lock:
            s.merchants[grant.merchant_id].signing_key = key
        return {
            "message": "This is your signingKey used to validate any Webhooks you are subscribed to. Please store "
            "this key for future use, as it will not be displayed at any point afterwards.",
            "signingKey": key,
        }

    async def webhook(request: Request, grant: Grant) -> Any:
        if request.method == "POST":
            return s.subscribe(grant, await body_of(request))
        topic = request.query_params.get("topic")
        if request.method == "DELETE":
            return s.unsubscribe(grant, topic, request.query_params.get("webhookId"))
        with s.lock:
            subs = list(s.merchants[grant.merchant_id].webhooks.values())
        return {"webhooks": [dict(x) for x in subs if not topic or x["topic"] == topic]}

    async def csv_report(request: Request, grant: Grant) -> Any:
        with s.lock:
            s.csv_requests.append(dict(request.query_params))
        return {"success": True, "message": "CSV creation request successful"}

    async def totals(request: Request, grant: Grant) -> Any:
        return s.totals(grant)

    async def batches(request: Request, grant: Grant) -> Any:
        q = request.query_params
        page, size = _int_param(q.get("page"), "page", 1), _int_param(q.get("size"), "size", 100)
        paging, chunk = paged(s.batches(grant), page, size)
        return {"data": chunk, "paging": paging}

    async def reputation(request: Request, grant: Grant) -> Any:
        merchant = s.merchants[grant.merchant_id]
        if request.method == "GET":
            user_id = request.query_params.get("userId")
            if not user_id:
                raise missing("user_id")
            with s.lock:
                value, when = merchant.reputations.get(user_id, (0, iso(s.now())[:19].replace("T", " ")))
            return {
                "merchantId": str(merchant.id),
                "dateModified": when,
                "paging": None,
                "userId": user_id,
                "userReputation": value,
            }
        fields = await body_of(request)
        entries = fields.get("userReputations")
        if not isinstance(entries, list) or not entries:
            raise missing("userReputations")
        for entry in entries:
            if entry.get("reputation") not in (0, 1, 2):
                raise missing(
                    f"Invalid userReputations value: reputation value {entry.get('reputation')} does not exist"
                )
        when = s.clock.utcnow().strftime("%Y-%m-%d %H:%M:%S")
        with s.lock:
            for entry in entries:
                merchant.reputations[str(entry["userId"])] = (int(entry["reputation"]), when)
        updated = [{"userId": str(e["userId"]), "reputation": int(e["reputation"])} for e in entries]
        s.notify(merchant.id, "merchant_reputation_updated", updated)
        return {"userReputations": updated}

    async def tip_configuration(request: Request, grant: Grant) -> Any:
        with s.lock:
            return {"tipConfiguration": dict(s.merchants[grant.merchant_id].tip_configuration)}

    routes: list[BaseRoute] = [
        Route("/v2/token", token, methods=["POST"]),
        Route("/v2/user", guarded(_by_method({"POST": create_user, "GET": get_user})), methods=["GET", "POST"]),
        Route("/v2/confirmUser", guarded(confirm_user), methods=["POST"]),
        Route("/v2/aggregatorCredentials", guarded(aggregator_credentials), methods=["GET"]),
        Route("/v2/linkAccountFromAggregator", guarded(link_account), methods=["POST"]),
        Route("/v2/userBankAccount/{bankAccountId:int}", guarded(select_account), methods=["PATCH"]),
        Route("/v2/bankAccounts", guarded(bank_accounts), methods=["GET"]),
        Route("/v2/transaction", guarded(create_transaction), methods=["POST"]),
        Route("/v2/transaction/idempotency/{idempotencyKey}", guarded(by_idempotency_key), methods=["GET"]),
        Route("/v2/transaction/{transactionUUID}/refunds", guarded(transaction_refunds), methods=["GET"]),
        Route("/v2/transaction/{transactionId}", guarded(get_transaction), methods=["GET"]),
        Route("/v2/preauthTransaction", guarded(create_preauth), methods=["POST"]),
        Route(
            "/v2/preauthTransaction/{preauthTransactionId}",
            guarded(_by_method({"GET": get_preauth, "PATCH": update_preauth, "DELETE": cancel_preauth})),
            methods=["GET", "PATCH", "DELETE"],
        ),
        Route("/v2/preauthTransactions", guarded(list_preauths), methods=["GET"]),
        Route("/v2/capturePreauthTransaction", guarded(capture), methods=["POST"]),
        Route("/v2/reverseTransaction", guarded(reverse), methods=["POST"]),
        Route("/v2/payoutTransaction", guarded(payout), methods=["POST"]),
        Route("/v2/transactionSearch", guarded(search), methods=["POST"]),
        Route("/v2/paymentLink", guarded(payment_link), methods=["POST"]),
        Route("/v2/createWebhookSigningKey", guarded(signing_key), methods=["POST"]),
        Route("/v2/webhook", guarded(webhook), methods=["GET", "POST", "DELETE"]),
        Route("/v2/reports/transactions/CSV", guarded(csv_report), methods=["GET"]),
        Route("/v2/reports/transactions/totals", guarded(totals), methods=["GET"]),
        Route("/v2/reports/transactions/batches", guarded(batches), methods=["GET"]),
        Route("/v2/merchantReputation", guarded(reputation), methods=["GET", "POST"]),
        Route("/v2/merchant/tipConfiguration", guarded(tip_configuration), methods=["GET"]),
    ]
    return SandboxApp(sandbox, routes)


def _by_method(handlers: dict[str, Any]) -> Any:
    async def dispatch(request: Request, grant: Grant) -> Any:
        return await handlers[request.method](request, grant)

    return dispatch


#: `make sandbox PROVIDER=aeropay` serves this state class (constructible without arguments).
SANDBOX = AeropaySandbox
