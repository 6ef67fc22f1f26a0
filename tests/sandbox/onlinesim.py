"""A stateful Onlinesim sandbox: numbers, SMS, rents, free numbers, balance, OAuth, webhooks.

Behaves as specs/onlinesim.yaml and the docs say (every request is validated against the spec):

- Every API answer is HTTP 200; failures are `{"response": "<CODE>"}`. A missing key is
  ERROR_NO_KEY, a wrong key or a dead/unknown access token ERROR_WRONG_KEY, an access token without
  the operation's scope ERROR_WRONG_KEY too (what Onlinesim answers there is unverified).
- The API key is accepted as `?apikey=`, `?api_key=` (both by default, see `key_params`) or
  `Authorization: Bearer`; the Bearer header also carries OAuth access tokens.
- SMS activations: getNum charges the service price and starts an operation in TZ_INPOOL; the first
  getState that sees it assigns the number (TZ_NUM_WAIT); `deliver_sms()` (or POST
  /_sandbox/sms) makes it TZ_NUM_ANSWER and POSTs the incoming-SMS webhook; setOperationOk closes it
  (TZ_OVER_OK, or TZ_OVER_EMPTY with a refund when no SMS came); `protective_interval` seconds must
  pass first (NO_COMPLETE_TZID). No active operations: ERROR_NO_OPERATIONS.
- Rent: tariffs per country, getRentNum/extendRentState charge `days` prices, `rent_sms()` adds
  messages, closeRentNum answers `{"response": true}` as documented.
- Free numbers: two public numbers with messages; getFreeList needs no key.
- OAuth 2.0 (Laravel Passport-like): GET /oauth/authorize shows a login-and-authorize page whose
  Authorize button posts to POST /oauth/authorize and redirects to `redirect_uri` with `code` and
  `state` (code flow) or a fragment with `access_token` (implicit). POST /oauth/token takes the
  authorization_code and refresh_token grants; refresh tokens rotate (the old one dies) and can be
  revoked (`revoke_refresh_tokens()`). Loopback redirect URIs on any port are accepted (RFC 8252).
  PKCE (RFC 7636) as the spec declares it: an S256 challenge is checked against the exchange's
  `code_verifier` (invalid_grant if it does not match); a challenge or verifier of the wrong shape
  gets Passport's JSON 400 `invalid_request` with league/oauth2-server's hint; `plain` is refused.
- `fail_next_code(code)` (or POST /_sandbox/error-next) makes the next API call answer that code.

Control routes (besides _common's): POST sms, POST rent-sms, POST error-next, POST revoke-refresh,
POST balance, GET operations.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from tests.sandbox._common import (
    CONTROL_PREFIX,
    RequestProblem,
    SandboxApp,
    SandboxState,
    SpecOperation,
    query_int,
    read_fields,
)

__all__ = ["SANDBOX", "OnlinesimSandbox", "create_app"]

DATE = "%Y-%m-%d %H:%M:%S"
SERVICES: dict[str, tuple[str, Decimal]] = {
    "vkcom": ("VKontakte", Decimal("12.00")),
    "telegram": ("Telegram", Decimal("25.50")),
    "whatsapp": ("WhatsApp", Decimal("30.00")),
}
COUNTRIES: dict[int, tuple[str, str]] = {7: ("Russia", "Россия"), 46: ("Sweden", "Sverige"), 1: ("USA", "USA")}
RENT_DAYS: dict[int, Decimal] = {1: Decimal(30), 7: Decimal(210), 15: Decimal(450), 30: Decimal(900)}
SCOPE_OF = {"/api/rent/": "rent-scope", "/api/getFree": "free-scope"}
AUTH_CODE_LIFETIME = 600.0


def ok(**fields: Any) -> JSONResponse:
    return JSONResponse({"response": 1, **fields})


def code(name: str) -> JSONResponse:
    return JSONResponse({"response": name})


def num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)


class OnlinesimFailure(Exception):
    """Ends a handler with an HTTP-200 error body."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.code = name


@dataclass
class Operation:
    tzid: int
    service: str
    country: int
    number: str
    price: Decimal
    started: float
    status: str = "TZ_INPOOL"
    messages: list[str] = field(default_factory=list)
    shown: int = 0


@dataclass
class Rent:
    tzid: int
    country: int
    number: str
    days: int
    started: float
    paid: Decimal
    extension: bool
    messages: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False


@dataclass
class PendingAuthorization:
    client_id: str
    redirect_uri: str
    response_type: str
    scopes: tuple[str, ...]
    state: str | None
    code_challenge: str | None = None  # PKCE, S256 only


@dataclass
class Grant:
    """What an authorization code or refresh token stands for."""

    scopes: tuple[str, ...]
    redirect_uri: str = ""
    expires_at: float = 0.0
    code_challenge: str | None = None


def _same(sent: str, expected: str) -> bool:
    """A constant-time comparison of UTF-8 bytes: compare_digest raises TypeError for a non-ASCII str."""
    return secrets.compare_digest(sent.encode(), expected.encode())


def pkce_matches(challenge: str, verifier: str) -> bool:
    """RFC 7636 §4.6: BASE64URL(SHA256(code_verifier)) == code_challenge, unpadded."""
    computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return _same(computed, challenge)


@dataclass
class WebhookDelivery:
    url: str
    payload: dict[str, Any]
    status_code: int | None = None
    error: str | None = None


class OnlinesimSandbox(SandboxState):
    """Onlinesim's state. Tests arrange it directly (`deliver_sms`, `balance`, ...) or over HTTP."""

    provider = "onlinesim"

    def __init__(
        self,
        *,
        api_key: str = "sandbox-api-key",
        client_id: str = "sandbox-oauth-client",
        client_secret: str = "sandbox-oauth-secret",
        username: str = "sandbox-user",
        password: str = "sandbox-password",
        balance: Decimal | str | int = "100.00",
        token_lifetime: float = 3600.0,
        **options: Any,
    ) -> None:
        super().__init__(client_id=client_id, client_secret=client_secret, token_lifetime=token_lifetime, **options)
        self.api_key = api_key
        self.username = username
        self.password = password
        self.balance = Decimal(balance)
        #: Query parameter names accepted for the API key (the docs disagree: apikey vs api_key).
        self.key_params: set[str] = {"apikey", "api_key"}
        #: Seconds after getNum before setOperationOk may close an operation.
        self.protective_interval = 0.0
        #: Numbers available per service (all countries); 0 answers NO_NUMBER.
        self.stock: dict[str, int] = {slug: 50 for slug in SERVICES}
        self.max_operations = 10
        self.operations: dict[int, Operation] = {}
        self.rents: dict[int, Rent] = {}
        self.free_numbers: dict[str, dict[str, Any]] = {
            "9099317316": {"country": 7, "full_number": "+79099317316", "messages": ["Your code 1234"]},
            "769438275": {"country": 46, "full_number": "+46769438275", "messages": []},
        }
        self.webhook_url: str | None = None
        self.webhooks: list[WebhookDelivery] = []
        self.error_queue: list[tuple[str, str | None]] = []
        self.pending: dict[str, PendingAuthorization] = {}
        self.codes: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.scopes_of: dict[str, tuple[str, ...]] = {}  # access token -> scopes
        self.refresh_requests = 0
        self.code_exchanges = 0
        #: The Accept header of each POST /oauth/token. Only recorded: the seed shows `*/*`, so the
        #: sandbox must not refuse it; tokenkeep sends `application/json` as to every token endpoint.
        self.token_accepts: list[str | None] = []
        self._next_tzid = 1_000_000
        self._threads: list[threading.Thread] = []

    # ---- money

    def charge(self, amount: Decimal) -> None:
        with self.lock:
            if amount > self.balance:
                raise OnlinesimFailure("WARNING_LOW_BALANCE")
            self.balance -= amount

    def frozen(self) -> Decimal:
        with self.lock:
            active = [op.price for op in self.operations.values() if op.status in ("TZ_INPOOL", "TZ_NUM_WAIT")]
            return sum(active, Decimal(0))

    def _tzid(self) -> int:
        self._next_tzid += 1
        return self._next_tzid

    # ---- SMS activations

    def order_number(self, service: str, country: int) -> Operation:
        with self.lock:
            if service not in SERVICES:
                raise OnlinesimFailure("ERROR_NO_SERVICE")
            if country not in COUNTRIES:
                raise OnlinesimFailure("UNDEFINED_COUNTRY")
            if self.stock.get(service, 0) <= 0:
                raise OnlinesimFailure("NO_NUMBER")
            active = [op for op in self.operations.values() if not op.status.startswith("TZ_OVER")]
            if len(active) >= self.max_operations:
                raise OnlinesimFailure("EXCEEDED_CONCURRENT_OPERATIONS")
            price = SERVICES[service][1]
            self.charge(price)
            self.stock[service] -= 1
            tzid = self._tzid()
            number = f"+{country}{9000000000 + tzid}"
            op = Operation(tzid, service, country, number, price, self.clock.now())
            self.operations[tzid] = op
            return op

    def deliver_sms(self, tzid: int, text: str) -> None:
        """An SMS arrives for operation `tzid` (and the webhook fires, if a URL is set)."""
        with self.lock:
            op = self.operations[tzid]
            if op.status.startswith("TZ_OVER"):
                raise ValueError(f"operation {tzid} is closed")
            op.messages.append(text)
            op.status = "TZ_NUM_ANSWER"
            payload = {
                "user_id": 1001,
                "country_code": op.country,
                "number": op.number.lstrip("+"),
                "sender": SERVICES[op.service][0],
                "message": text,
                "time_start": datetime.fromtimestamp(op.started, UTC).strftime(DATE),
                "time_left": 20,
                "operation_id": op.tzid,
                "code": "".join(ch for ch in text if ch.isdigit()) or None,
                "webhook_type": "receiving_sms",
            }
        self.send_webhook(payload)

    def state_items(self, tzid: int | None, message_to_code: bool, msg_list: bool) -> list[dict[str, Any]]:
        with self.lock:
            now = self.clock.now()
            items = []
            for op in self.operations.values():
                if op.status.startswith("TZ_OVER") or (tzid is not None and op.tzid != tzid):
                    continue
                if op.status == "TZ_INPOOL":
                    op.status = "TZ_NUM_WAIT"  # the number was assigned meanwhile
                texts = [self._as_code(t) if message_to_code else t for t in op.messages]
                item: dict[str, Any] = {
                    "tzid": op.tzid,
                    "response": op.status,
                    "service": op.service,
                    "number": op.number,
                    "time": max(0, int(op.started + 1200 - now)),
                    "form": "index",
                    "country": op.country,
                    "sum": num(op.price),
                }
                if msg_list and texts:
                    item["msg"] = [{"service": op.service, "msg": t} for t in texts]
                elif texts:
                    item["msg"] = texts[-1]
                items.append(item)
            return items

    @staticmethod
    def _as_code(text: str) -> str:
        digits = "".join(ch for ch in text if ch.isdigit())
        return digits or text

    def close_operation(self, tzid: int, ban: bool) -> None:
        with self.lock:
            op = self.operations.get(tzid)
            if op is None:
                raise OnlinesimFailure("ERROR_WRONG_TZID")
            if op.status.startswith("TZ_OVER"):
                raise OnlinesimFailure("ERROR_WRONG_TZID")
            if not ban and self.clock.now() - op.started < self.protective_interval:
                raise OnlinesimFailure("NO_COMPLETE_TZID")
            if op.messages:
                op.status = "TZ_OVER_OK"
            else:
                op.status = "TZ_OVER_EMPTY"
                self.balance += op.price  # no SMS, no charge

    def revise(self, tzid: int) -> None:
        with self.lock:
            op = self.operations.get(tzid)
            if op is None or op.status != "TZ_NUM_ANSWER":
                raise OnlinesimFailure("ERROR_WRONG_TZID")
            op.status = "TZ_NUM_WAIT"

    # ---- rent

    def rent_number(self, country: int, days: int, extension: bool) -> Rent:
        with self.lock:
            if country not in COUNTRIES:
                raise OnlinesimFailure("UNDEFINED_COUNTRY")
            if days not in RENT_DAYS:
                raise OnlinesimFailure("UNDEFINED_DAYS")
            self.charge(RENT_DAYS[days])
            tzid = self._tzid()
            rent = Rent(tzid, country, str(9100000000 + tzid), days, self.clock.now(), RENT_DAYS[days], extension)
            self.rents[tzid] = rent
            return rent

    def rent_sms(self, tzid: int, text: str, service: str = "telegram") -> None:
        with self.lock:
            rent = self.rents[tzid]
            message = {
                "id": len(rent.messages) + 1,
                "service": service,
                "text": text,
                "code": self._as_code(text),
                "created_at": self.clock.utcnow().strftime(DATE),
            }
            rent.messages.append(message)
            payload = {
                "user_id": 1001,
                "country_code": rent.country,
                "number": rent.number,
                "sender": service,
                "message": text,
                "time_start": datetime.fromtimestamp(rent.started, UTC).strftime(DATE),
                "time_left": self._rent_left(rent) // 60,
                "operation_id": rent.tzid,
                "code": message["code"],
                "webhook_type": "rent_sms",
            }
        self.send_webhook(payload)

    def _rent_left(self, rent: Rent) -> int:
        return max(0, int(rent.started + rent.days * 86400 - self.clock.now()))

    def active_rent(self, tzid: int) -> Rent:
        rent = self.rents.get(tzid)
        if rent is None or rent.closed or self._rent_left(rent) == 0:
            raise OnlinesimFailure("ERROR_WRONG_TZID")
        return rent

    def rent_item(self, rent: Rent, paginated: bool) -> dict[str, Any]:
        left = self._rent_left(rent)
        messages: Any = list(rent.messages)
        if paginated:
            total = len(messages)
            messages = {
                "current_page": 1,
                "data": messages,
                "from": 1 if total else None,
                "last_page": 1,
                "per_page": 10,
                "to": total or None,
                "total": total,
            }
        return {
            "tzid": rent.tzid,
            "status": 1 if rent.messages else 0,
            "extension": int(rent.extension),
            "messages": messages,
            "sum": f"{rent.paid:.2f}",
            "country": rent.country,
            "checked_time": datetime.fromtimestamp(rent.started, UTC).strftime(DATE),
            "number": rent.number,
            "rent": rent.days,
            "time": left // 60,
            "days": left // 86400,
            "hours": left % 86400 // 3600,
            "extend": {str(d): num(p) for d, p in RENT_DAYS.items()} if rent.extension else [],
            "checked": bool(rent.messages),
            "reload": 0,
            "day_extend": num(RENT_DAYS[1]),
            "m_ext": False,
            "freeze": False,
        }

    # ---- webhooks

    def send_webhook(self, payload: dict[str, Any]) -> None:
        """POST `payload` to the webhook URL from a background thread (tests call it to redeliver)."""
        url = self.webhook_url
        if url is None:
            return
        delivery = WebhookDelivery(url, payload)
        with self.lock:
            self.webhooks.append(delivery)

        def deliver() -> None:
            try:
                delivery.status_code = httpx.post(url, json=payload, timeout=5.0).status_code
            except httpx.HTTPError as exc:
                delivery.error = type(exc).__name__

        thread = threading.Thread(target=deliver, name="onlinesim-webhook", daemon=True)
        with self.lock:
            self._threads.append(thread)
        thread.start()

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until every webhook sent so far was delivered (or failed); returns them all."""
        with self.lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
        with self.lock:
            return list(self.webhooks)

    # ---- errors on demand

    def fail_next_code(self, name: str, path: str | None = None) -> None:
        """The next API call (to `path` if given) answers `{"response": name}` with HTTP 200."""
        with self.lock:
            self.error_queue.append((name, path))

    def _queued_error(self, path: str) -> str | None:
        with self.lock:
            for i, (name, wanted) in enumerate(self.error_queue):
                if wanted is None or wanted == path:
                    del self.error_queue[i]
                    return name
            return None

    # ---- authentication

    def credentials_sent(self, request: Request) -> bool:
        return self.api_key_from(request) is not None

    def bad_request(
        self, request: Request, operation: SpecOperation, problems: list[RequestProblem]
    ) -> Response | None:
        """Passport's 400 `invalid_request` on the OAuth routes; elsewhere Onlinesim's HTTP-200 error code."""
        if request.url.path == "/oauth/token" or (request.url.path, request.method) == ("/oauth/authorize", "GET"):
            # Passport (league/oauth2-server) answers JSON here, not a redirect: its PKCE feature tests.
            return _oauth_error(400, "invalid_request", INVALID_REQUEST, _hint(problems))
        if not operation.documents(200) or not request.url.path.startswith("/api/"):
            return None  # the Authorize button's form post: Passport renders its own answer
        tzid = next((p for p in problems if p.field == "tzid"), None)
        if tzid is not None:
            return code("ERROR_NO_TZID" if tzid.kind == "missing" else "ERROR_WRONG_TZID")
        return code("ERROR_PARAMS")

    def api_key_from(self, request: Request) -> str | None:
        for name in ("apikey", "api_key"):
            value = request.query_params.get(name)
            if value is not None:
                return value if name in self.key_params else None
        return self.bearer_token(request)

    def auth_failure(self, request: Request) -> str | None:
        """None if the request may call this operation, else the error code to answer."""
        sent = self.api_key_from(request)
        if not sent:
            return "ERROR_NO_KEY"
        if _same(sent, self.api_key):
            return None
        if not self.tokens.check(sent):
            with self.lock:
                self.unauthorized += 1
            return "ERROR_WRONG_KEY"
        needed = next((s for prefix, s in SCOPE_OF.items() if request.url.path.startswith(prefix)), "sms-scope")
        with self.lock:
            if needed not in self.scopes_of.get(sent, ()):
                self.unauthorized += 1
                return "ERROR_WRONG_KEY"
        return None

    # ---- OAuth

    def redirect_allowed(self, uri: str) -> bool:
        """Loopback redirect URIs on any port (RFC 8252 §7.3); Passport would want an exact match."""
        parts = urlsplit(uri)
        return parts.scheme == "http" and parts.hostname == "127.0.0.1" and not parts.fragment

    def issue_tokens(self, scopes: tuple[str, ...]) -> dict[str, Any]:
        access, expires_in = self.tokens.issue()
        refresh = secrets.token_urlsafe(32)
        with self.lock:
            self.scopes_of[access] = scopes
            self.refresh_tokens[refresh] = Grant(scopes)
        return {"token_type": "Bearer", "expires_in": expires_in, "access_token": access, "refresh_token": refresh}

    def revoke_refresh_tokens(self) -> int:
        with self.lock:
            count = len(self.refresh_tokens)
            self.refresh_tokens.clear()
            return count

    # ---- control

    def stats(self) -> dict[str, Any]:
        stats = super().stats()
        with self.lock:
            stats.update(
                balance=str(self.balance), refresh_requests=self.refresh_requests, code_exchanges=self.code_exchanges
            )
        return stats

    def control_routes(self) -> list[BaseRoute]:
        async def sms(request: Request) -> Response:
            body = json.loads(await request.body())
            self.deliver_sms(int(body["tzid"]), str(body["text"]))
            return JSONResponse({"ok": True})

        async def rent_sms(request: Request) -> Response:
            body = json.loads(await request.body())
            self.rent_sms(int(body["tzid"]), str(body["text"]), str(body.get("service", "telegram")))
            return JSONResponse({"ok": True})

        async def error_next(request: Request) -> Response:
            body = json.loads(await request.body())
            self.fail_next_code(str(body["code"]), body.get("path"))
            return JSONResponse({"ok": True})

        async def revoke_refresh(request: Request) -> Response:
            return JSONResponse({"revoked": self.revoke_refresh_tokens()})

        async def set_balance(request: Request) -> Response:
            body = json.loads(await request.body())
            with self.lock:
                self.balance = Decimal(str(body["balance"]))
            return JSONResponse({"balance": str(self.balance)})

        async def operations(request: Request) -> Response:
            with self.lock:
                ops = [
                    {"tzid": op.tzid, "service": op.service, "status": op.status, "messages": op.messages}
                    for op in self.operations.values()
                ]
            return JSONResponse({"operations": ops})

        p = CONTROL_PREFIX
        return [
            Route(p + "sms", sms, methods=["POST"]),
            Route(p + "rent-sms", rent_sms, methods=["POST"]),
            Route(p + "error-next", error_next, methods=["POST"]),
            Route(p + "revoke-refresh", revoke_refresh, methods=["POST"]),
            Route(p + "balance", set_balance, methods=["POST"]),
            Route(p + "operations", operations, methods=["GET"]),
        ]


# --------------------------------------------------------------------------- pages

_AUTHORIZE_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Onlinesim - Authorization Request</title>
<link rel="icon" href="data:,"></head>
<body>
<h1>Authorization Request</h1>
<p><strong>{client}</strong> is requesting permission to access your account: {scopes}.</p>
<form method="post" action="/oauth/authorize">
  <input type="hidden" name="client_id" value="{client}">
  <input type="hidden" name="state" value="{state}">
  <input type="hidden" name="auth_token" value="{auth_token}">
  <label>Login <input name="username" autocomplete="username"></label>
  <label>Password <input name="password" type="password" autocomplete="current-password"></label>
  <button type="submit" name="action" value="approve" id="authorize">Authorize</button>
  <button type="submit" name="action" value="deny" id="cancel">Cancel</button>
</form>
{error}
</body></html>
"""


def _page(pending: PendingAuthorization, auth_token: str, error: str = "") -> HTMLResponse:
    return HTMLResponse(
        _AUTHORIZE_PAGE.format(
            client=html.escape(pending.client_id),
            scopes=html.escape(", ".join(pending.scopes) or "no scopes"),
            state=html.escape(pending.state or ""),
            auth_token=html.escape(auth_token),
            error=f'<p class="error">{html.escape(error)}</p>' if error else "",
        ),
        401 if error else 200,
    )


def _redirect(uri: str, params: dict[str, str], *, fragment: bool = False) -> RedirectResponse:
    separator = "#" if fragment else ("&" if "?" in uri else "?")
    return RedirectResponse(uri + separator + urlencode(params), status_code=302)


# league/oauth2-server's words (OAuthServerException::invalidRequest), which Passport answers.
INVALID_REQUEST = (
    "The request is missing a required parameter, includes an invalid parameter value, includes a parameter "
    "more than once, or is otherwise malformed."
)
PKCE_HINTS = {
    "code_challenge": "Code challenge must follow the specifications of RFC-7636.",
    "code_challenge_method": "Code challenge method must be one of `S256`, `plain`",
    "code_verifier": "Code Verifier must follow the specifications of RFC-7636.",
}


def _hint(problems: list[RequestProblem]) -> str:
    """League's hint for the first parameter at fault: RFC 7636's for PKCE's, else which parameter to check."""
    field = next((p.field for p in problems if p.field), None)
    if field is None:
        return ""
    return PKCE_HINTS.get(field, f"Check the `{field}` parameter")


def _oauth_error(status: int, error: str, description: str, hint: str = "") -> JSONResponse:
    body = {"error": error, "error_description": description, "message": description}
    if hint:
        body["hint"] = hint
    return JSONResponse(body, status)


# --------------------------------------------------------------------------- the app


def create_app(sandbox: OnlinesimSandbox) -> SandboxApp:
    """The Onlinesim sandbox as a Starlette app (control routes under /_sandbox/ included)."""
    s = sandbox

    def api(handler: Any, *, public: bool = False) -> Any:
        async def wrapped(request: Request) -> Response:
            if not public:
                failure = s.auth_failure(request)
                if failure is not None:
                    return code(failure)
            queued = s._queued_error(request.url.path)
            if queued is not None:
                return code(queued)
            try:
                response: Response = handler(request)
                return response
            except OnlinesimFailure as exc:
                return code(exc.code)

        return wrapped

    def tzid_of(request: Request) -> int:
        value = query_int(request.query_params, "tzid")
        if value is None:
            raise OnlinesimFailure("ERROR_NO_TZID")
        if not isinstance(value, int):
            raise OnlinesimFailure("ERROR_WRONG_TZID")
        return value

    def flag(request: Request, name: str) -> bool:
        return request.query_params.get(name, "").lower() in ("1", "true")

    # ---- SMS activations
    def get_tariffs(request: Request) -> Response:
        country = query_int(request.query_params, "country")
        countries = {
            f"_{cc}": {"name": n, "original": o, "code": cc, "pos": i, "other": False, "new": False, "enable": True}
            for i, (cc, (n, o)) in enumerate(COUNTRIES.items(), 1)
        }
        services: Any = {
            f"_{slug}": {"id": i, "count": s.stock.get(slug, 0), "price": str(price), "service": name, "slug": slug}
            for i, (slug, (name, price)) in enumerate(SERVICES.items(), 1)
        }
        flt = request.query_params.get("filter", "")
        if flt and country is None:
            services = []
        return ok(countries=countries, services=services, page=1, country=country or 7, filter=flt, end=True)

    def country_stats(cc: int) -> dict[str, Any]:
        name, _ = COUNTRIES[cc]
        services: Any = {
            f"service_{slug}": {
                "id": i,
                "count": s.stock.get(slug, 0),
                "popular": True,
                "code": cc,
                "price": num(price),
                "service": sname,
                "slug": slug,
            }
            for i, (slug, (sname, price)) in enumerate(SERVICES.items(), 1)
        }
        return {
            "name": name,
            "position": list(COUNTRIES).index(cc) + 1,
            "code": cc,
            "other": 0,
            "new": False,
            "enabled": True,
            "services": services or [],
        }

    def get_numbers_stats(request: Request) -> Response:
        raw = request.query_params.get("country", "7")
        if raw == "all":
            return JSONResponse({str(cc): country_stats(cc) for cc in COUNTRIES})
        if not raw.isdigit() or int(raw) not in COUNTRIES:
            raise OnlinesimFailure("UNDEFINED_COUNTRY")
        return JSONResponse(country_stats(int(raw)))

    def get_num(request: Request) -> Response:
        country = query_int(request.query_params, "country")
        op = s.order_number(request.query_params["service"], country if isinstance(country, int) else 7)
        extra = {"number": op.number} if flag(request, "number") else {}
        return ok(tzid=op.tzid, **extra)

    def get_state(request: Request) -> Response:
        tzid = query_int(request.query_params, "tzid")
        items = s.state_items(
            tzid if isinstance(tzid, int) else None,
            request.query_params.get("message_to_code") == "1",
            request.query_params.get("msg_list") == "1",
        )
        if request.query_params.get("orderby") == "desc":
            items.reverse()
        if not items:
            raise OnlinesimFailure("ERROR_NO_OPERATIONS")
        return JSONResponse(items)

    def set_operation_ok(request: Request) -> Response:
        tzid = tzid_of(request)
        s.close_operation(tzid, request.query_params.get("ban") == "1")
        return ok(tzid=tzid)

    def set_operation_revise(request: Request) -> Response:
        tzid = tzid_of(request)
        s.revise(tzid)
        return ok(tzid=tzid)

    def get_price(request: Request) -> Response:
        service = request.query_params.get("service", "")
        if service not in SERVICES:
            raise OnlinesimFailure("ERROR_NO_SERVICE")
        return ok(price=f"{SERVICES[service][1]:.2f}")

    # ---- rent
    def tariff(cc: int) -> dict[str, Any]:
        name, _ = COUNTRIES[cc]
        return {
            "code": cc,
            "name": name,
            "enabled": True,
            "new": False,
            "position": list(COUNTRIES).index(cc) + 1,
            "count": {str(d): 15 for d in RENT_DAYS},
            "days": {str(d): num(p) for d, p in RENT_DAYS.items()},
            "extend": num(RENT_DAYS[1]),
            "confirm": True,
        }

    def tariffs_rent(request: Request) -> Response:
        raw = request.query_params.get("country")
        if raw is None:
            return JSONResponse({str(cc): tariff(cc) for cc in COUNTRIES})
        if not raw.isdigit() or int(raw) not in COUNTRIES:
            return JSONResponse([])
        return JSONResponse(tariff(int(raw)))

    def get_rent_num(request: Request) -> Response:
        country = query_int(request.query_params, "country")
        days = query_int(request.query_params, "days")
        if not isinstance(days, int):
            raise OnlinesimFailure("UNDEFINED_DAYS")
        extension = request.query_params.get("extension", "true").lower() in ("1", "true")
        rent = s.rent_number(country if isinstance(country, int) else 7, days, extension)
        return ok(item=s.rent_item(rent, flag(request, "pagination")))

    def get_rent_state(request: Request) -> Response:
        tzid = query_int(request.query_params, "tzid")
        with s.lock:
            if isinstance(tzid, int):
                rents = [s.active_rent(tzid)]
            else:
                rents = [r for r in s.rents.values() if not r.closed and s._rent_left(r) > 0]
            items = [s.rent_item(r, flag(request, "pagination")) for r in rents]
        return ok(list=items)

    def extend_rent_state(request: Request) -> Response:
        tzid = tzid_of(request)
        days = query_int(request.query_params, "days")
        with s.lock:
            rent = s.active_rent(tzid)
            if not isinstance(days, int) or days not in RENT_DAYS:
                raise OnlinesimFailure("UNDEFINED_DAYS")
            s.charge(RENT_DAYS[days])
            rent.days += days
            rent.paid += RENT_DAYS[days]
            item = s.rent_item(rent, False)
        return ok(item=item)

    def close_rent_num(request: Request) -> Response:
        tzid = tzid_of(request)
        with s.lock:
            rent = s.active_rent(tzid)
            rent.closed = True
            if not rent.messages:
                s.balance += rent.paid  # nothing received: refunded (the 20-minute guard's rule)
        return JSONResponse({"response": True})

    def port_reload(request: Request) -> Response:
        with s.lock:
            s.active_rent(tzid_of(request))
        return ok()

    # ---- free numbers
    def free_countries(request: Request) -> Response:
        countries = sorted({n["country"] for n in s.free_numbers.values()})
        return ok(countries=[{"country": cc, "country_text": COUNTRIES[cc][0]} for cc in countries])

    def free_phones(request: Request) -> Response:
        country = query_int(request.query_params, "country")
        numbers = [
            {
                "number": number,
                "country": n["country"],
                "full_number": n["full_number"],
                "country_text": COUNTRIES[n["country"]][0],
                "maxdate": "2030-01-01 00:00:00",
                "updated_at": s.clock.utcnow().strftime(DATE),
                "data_humans": "1 minute ago",
            }
            for number, n in s.free_numbers.items()
            if country is None or n["country"] == country
        ]
        return ok(numbers=numbers)

    def message_page(number: str, page: int = 1) -> dict[str, Any]:
        """One page of a free number's messages, 10 a page like Laravel's paginator the docs show."""
        entry = s.free_numbers[number]
        per_page = 10
        texts = entry["messages"]
        chunk = texts[(page - 1) * per_page : page * per_page]
        data = [
            {
                "text": text,
                "in_number": "Service",
                "my_number": int(number),
                "created_at": s.clock.utcnow().strftime(DATE),
                "data_humans": "1 minute ago",
            }
            for text in chunk
        ]
        first = (page - 1) * per_page + 1
        return {
            "current_page": page,
            "data": data,
            "from": first if data else None,
            "last_page": max(1, -(-len(texts) // per_page)),
            "per_page": per_page,
            "to": first + len(data) - 1 if data else None,
            "total": len(texts),
            "number": number,
            "country": entry["country"],
        }

    def free_messages(request: Request) -> Response:
        phone = request.query_params["phone"]
        if phone not in s.free_numbers:
            raise OnlinesimFailure("ERROR_NO_NUMBER")
        return ok(messages=message_page(phone, int(request.query_params.get("page", "1"))))

    def free_list(request: Request) -> Response:
        number = request.query_params.get("number") or next(iter(s.free_numbers))
        if number not in s.free_numbers:
            raise OnlinesimFailure("ERROR_NO_NUMBER")
        return ok(
            countries=[{"country": cc, "country_text": COUNTRIES[cc][0]} for cc in (7, 46)],
            numbers={
                n: {"country": e["country"], "full_number": e["full_number"], "data_humans": "now", "is_archive": False}
                for n, e in s.free_numbers.items()
            },
            messages=message_page(number),
        )

    # ---- account
    def get_balance(request: Request) -> Response:
        with s.lock:
            extra = {"income": 0} if flag(request, "income") else {}
            return ok(balance=f"{s.balance:.2f}", zbalance=num(s.frozen()), **extra)

    def get_profile(request: Request) -> Response:
        return ok(
            profile={
                "id": 1001,
                "name": "Sandbox",
                "username": s.username,
                "email": "sandbox@example.invalid",
                "api_access": True,
                "locale": "en",
                "number_region": 0,
                "number_country": 7,
                "number_reject": [],
                "webhook_url": s.webhook_url,
                "ugroup": 1,
                "verify": 1,
                "block": 0,
                "payment": {"payment": 100, "income": 0, "spent": 0, "now": num(s.balance)},
            }
        )

    # ---- OAuth
    async def authorize_page(request: Request) -> Response:
        params = request.query_params
        if params["client_id"] != s.client_id or not s.redirect_allowed(params["redirect_uri"]):
            return HTMLResponse("<h1>Client authentication failed</h1>", 401)
        scopes = tuple(params.get("scope", "").split())
        if any(scope not in ("sms-scope", "rent-scope", "free-scope") for scope in scopes):
            return _redirect(params["redirect_uri"], {"error": "invalid_scope", "state": params.get("state", "")})
        challenge = params.get("code_challenge")
        if challenge is not None and params.get("code_challenge_method") != "S256":
            # RFC 7636 §4.4.1: a server that supports S256 must refuse `plain` from a client that could use S256.
            error = {"error": "invalid_request", "error_description": "code_challenge_method must be S256"}
            return _redirect(params["redirect_uri"], {**error, "state": params.get("state", "")})
        pending = PendingAuthorization(
            params["client_id"], params["redirect_uri"], params["response_type"], scopes, params.get("state"), challenge
        )
        auth_token = secrets.token_urlsafe(16)
        with s.lock:
            s.pending[auth_token] = pending
        return _page(pending, auth_token)

    async def approve(request: Request) -> Response:
        fields = await read_fields(request)
        with s.lock:
            pending = s.pending.get(str(fields.get("auth_token", "")))
        if pending is None or pending.client_id != fields.get("client_id"):
            return HTMLResponse("<h1>This authorization request expired; start again.</h1>", 400)
        state = {"state": pending.state} if pending.state is not None else {}
        if fields.get("action") == "deny":
            with s.lock:
                s.pending.pop(str(fields["auth_token"]), None)
            return _redirect(pending.redirect_uri, {"error": "access_denied", **state})
        if fields.get("username") != s.username or not _same(str(fields.get("password", "")), s.password):
            return _page(pending, str(fields["auth_token"]), "These credentials do not match our records.")
        with s.lock:
            s.pending.pop(str(fields["auth_token"]), None)
        if pending.response_type == "token":
            tokens = s.issue_tokens(pending.scopes)
            fragment = {"access_token": tokens["access_token"], "token_type": "Bearer"}
            return _redirect(
                pending.redirect_uri, {**fragment, "expires_in": str(tokens["expires_in"]), **state}, fragment=True
            )
        grant_code = secrets.token_urlsafe(24)
        with s.lock:
            s.codes[grant_code] = Grant(
                pending.scopes, pending.redirect_uri, s.clock.now() + AUTH_CODE_LIFETIME, pending.code_challenge
            )
        return _redirect(pending.redirect_uri, {"code": grant_code, **state})

    async def token(request: Request) -> Response:
        s.tokens.note_attempt()
        with s.lock:
            s.token_accepts.append(request.headers.get("accept"))
        fields = await read_fields(request)
        if fields.get("client_id") != s.client_id or not _same(
            str(fields.get("client_secret", "")), s.client_secret or ""
        ):
            return _oauth_error(401, "invalid_client", "Client authentication failed")
        grant_type = fields.get("grant_type")
        with s.lock:
            if grant_type == "authorization_code":
                s.code_exchanges += 1
                grant = s.codes.pop(str(fields.get("code", "")), None)
                if grant is None or grant.expires_at < s.clock.now():
                    return _oauth_error(
                        400,
                        "invalid_grant",
                        "The provided authorization grant (e.g., authorization code, resource owner credentials) "
                        "or refresh token is invalid, expired, revoked, does not match the redirection URI used "
                        "in the authorization request, or was issued to another client.",
                        "Authorization code has been revoked",
                    )
                if fields.get("redirect_uri") != grant.redirect_uri:
                    return _oauth_error(400, "invalid_request", "The request is missing a required parameter.")
                if grant.code_challenge is not None and not pkce_matches(
                    grant.code_challenge, str(fields.get("code_verifier", ""))
                ):
                    # RFC 7636 §4.6: the code was issued to whoever holds the verifier; it is spent either way.
                    return _oauth_error(400, "invalid_grant", "Failed to verify `code_verifier`.")
            elif grant_type == "refresh_token":
                s.refresh_requests += 1
                grant = s.refresh_tokens.pop(str(fields.get("refresh_token", "")), None)  # rotation
                if grant is None:
                    return _oauth_error(400, "invalid_grant", "The refresh token is invalid.", "Token has been revoked")
            else:
                return _oauth_error(400, "unsupported_grant_type", "The authorization grant type is not supported.")
        return JSONResponse(s.issue_tokens(grant.scopes), headers={"Cache-Control": "no-store"})

    sms = "/api/"
    rent = "/api/rent/"
    routes: list[BaseRoute] = [
        Route(sms + "getTariffs.php", api(get_tariffs), methods=["GET"]),
        Route(sms + "getNumbersStats.php", api(get_numbers_stats), methods=["GET"]),
        Route(sms + "getNum.php", api(get_num), methods=["GET"]),
        Route(sms + "getState.php", api(get_state), methods=["GET"]),
        Route(sms + "setOperationOk.php", api(set_operation_ok), methods=["GET"]),
        Route(sms + "setOperationRevise.php", api(set_operation_revise), methods=["GET"]),
        Route(sms + "getPrice.php", api(get_price), methods=["GET"]),
        Route(rent + "tariffsRent.php", api(tariffs_rent), methods=["GET"]),
        Route(rent + "getRentNum.php", api(get_rent_num), methods=["GET"]),
        Route(rent + "getRentState.php", api(get_rent_state), methods=["GET"]),
        Route(rent + "extendRentState.php", api(extend_rent_state), methods=["GET"]),
        Route(rent + "closeRentNum.php", api(close_rent_num), methods=["GET"]),
        Route(rent + "portReload.php", api(port_reload), methods=["GET"]),
        Route(sms + "getFreeCountryList.php", api(free_countries), methods=["GET"]),
        Route(sms + "getFreePhoneList.php", api(free_phones), methods=["GET"]),
        Route(sms + "getFreeMessageList.php", api(free_messages), methods=["GET"]),
        Route(sms + "getFreeList.php", api(free_list, public=True), methods=["GET"]),
        Route(sms + "getBalance.php", api(get_balance), methods=["GET"]),
        Route(sms + "getProfile.php", api(get_profile), methods=["GET"]),
        Route("/oauth/authorize", authorize_page, methods=["GET"]),
        Route("/oauth/authorize", approve, methods=["POST"]),
        Route("/oauth/token", token, methods=["POST"]),
    ]
    return SandboxApp(sandbox, routes)


SANDBOX = OnlinesimSandbox
