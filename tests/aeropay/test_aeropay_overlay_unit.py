"""tokenkeep.aeropay without a server: the scope table, error envelopes, rejections, the prepare hook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.aeropay as ap
import yaml
from tokenkeep._providers import aeropay as provider

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "specs" / "aeropay.yaml").read_text(encoding="utf-8"))
MONEY_MOVING = {"/v2/transaction", "/v2/preauthTransaction", "/v2/payoutTransaction", "/v2/reverseTransaction"}


def test_the_scope_table_matches_the_spec() -> None:
    """OPERATIONS (generated from the spec at development time) still says what the spec says."""
    from_spec = {
        (
            method.upper(),
            path,
            op["x-token-scope"],
            any(p.get("$ref", "").endswith("/IdempotencyKey") for p in op.get("parameters", [])),
        )
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "x-token-scope" in op
    }
    assert set(ap.OPERATIONS) == from_spec
    assert len(ap.OPERATIONS) == 32


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/v2/transaction/abc", ("/v2/transaction/{transactionId}", "merchant", False)),
        ("GET", "/v2/transaction/abc/refunds", ("/v2/transaction/{transactionUUID}/refunds", "userForMerchant", False)),
        ("GET", "/v2/transaction/idempotency/k", ("/v2/transaction/idempotency/{idempotencyKey}", "merchant", False)),
        ("POST", "/v2/transaction", ("/v2/transaction", "userForMerchant", True)),
        ("POST", "/proxy/v2/reverseTransaction", ("/v2/reverseTransaction", "merchant", True)),
        ("GET", "/v2/user", ("/v2/user", "userForMerchant", False)),
        ("POST", "/v2/user", ("/v2/user", "merchant", False)),
        ("GET", "/v2/somethingNew", None),
    ],
)
def test_requests_are_matched_to_their_operation(method: str, path: str, expected: Any) -> None:
    """Path templates match by shape, after any base-URL prefix; unknown paths match nothing."""
    assert provider.operation_for(method, path) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"error": {"code": "AP302", "message": "Insufficient funds", "help": "h"}},
            ("AP302", "Insufficient funds", "h"),
        ),
        ({"success": False, "code": "AP300", "error": "bank down"}, ("AP300", "bank down", None)),
        ({"success": False, "error": {"code": "AP700", "message": "m"}}, ("AP700", "m", None)),
        ({"error": "Error generating totals"}, (None, "Error generating totals", None)),
        ({"code": "INVALID_FORMAT", "message": "bad uri"}, ("INVALID_FORMAT", "bad uri", None)),
        ({"transaction": {"id": "t"}}, None),
        ({}, None),
        ({"success": True, "message": "CSV creation request successful"}, None),
        ({"message": "Payment Link send request successful"}, None),
        ([], None),
    ],
)
def test_every_error_envelope_is_read(body: Any, expected: tuple[str | None, str | None, str | None] | None) -> None:
    """v2, legacy flat, v1 nested, plain-string and flat-400 envelopes give code/message/help; successes none."""
    info = provider.error_info(body)
    assert (None if info is None else (info.code, info.message, info.help)) == expected


def response(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), request=httpx.Request("GET", "http://x/v2/user"))


@pytest.mark.parametrize(
    ("status", "code", "rejected"),
    [
        (401, "AP008", True),
        (401, "AP007", True),
        (401, None, True),
        (401, "AP101", True),
        (401, "AP002", True),
        (400, "AP002", True),  # the seed's reading of AP002
        (200, "AP007", True),  # an HTTP-200 body saying the token expired
        (200, "AP008", True),
        (401, "AP006", False),  # wrong scope: a new token would not help
        (401, "AP009", False),
        (401, "AP011", False),
        (400, "AP700", False),
        (200, "AP302", False),
        (200, None, False),
    ],
)
def test_which_answers_mean_the_token_was_refused(status: int, code: str | None, rejected: bool) -> None:
    """Refresh on 401 (but scope/permission codes), AP007/AP008 in any status, and AP002 as HTTP 400."""
    body = {"error": {"code": code, "message": "m"}} if code else {"ok": True}
    assert provider.is_rejection(response(status, body)) is rejected


def test_prepare_gives_money_moving_posts_a_key_and_keeps_the_callers() -> None:
    """The four money-moving POSTs get an Idempotency-Key (a UUID) unless the caller sent one; others none."""
    user, merchant = provider.scope_guard("userForMerchant"), provider.scope_guard("merchant")
    paid = httpx.Request("POST", "https://api.aeropay.com/v2/transaction")
    user(paid)
    assert len(paid.headers["Idempotency-Key"]) == 36
    own = httpx.Request("POST", "https://api.aeropay.com/v2/payoutTransaction", headers={"Idempotency-Key": "mine"})
    merchant(own)
    assert own.headers["Idempotency-Key"] == "mine"
    for path in ("/v2/capturePreauthTransaction", "/v2/webhook"):
        other = httpx.Request("POST", "https://api.aeropay.com" + path)
        merchant(other)
        assert "Idempotency-Key" not in other.headers
    keyed = {path for method, path, _, moving in ap.OPERATIONS if moving and method == "POST"}
    assert keyed == MONEY_MOVING


@pytest.mark.parametrize(("method", "path", "scope"), [(m, p, s) for m, p, s, _ in ap.OPERATIONS if s != "none"])
def test_prepare_refuses_every_operation_of_the_other_scope(method: str, path: str, scope: str) -> None:
    """Each operation passes with its own scope and raises ScopeError (naming what it needs) with the other."""
    concrete = path.replace("{", "x").replace("}", "")
    other = "merchant" if scope == "userForMerchant" else "userForMerchant"
    provider.scope_guard(scope)(httpx.Request(method, "https://api.aeropay.com" + concrete))
    with pytest.raises(tokenkeep.ScopeError, match=f"needs a {scope} token"):
        provider.scope_guard(other)(httpx.Request(method, "https://api.aeropay.com" + concrete))


def test_scope_keys_separate_merchants_and_users_and_never_hold_the_secret() -> None:
    """Merchant and each user get their own manager; the same user shares one; no secret in keys."""
    store = tokenkeep.MemoryStore()
    secret = "s3cr3t-api-secret"
    merchant = ap.auth("key", secret, 1057, store=store)
    alice = ap.auth("key", secret, 1057, user_id="a" * 8 + "-0000-0000-0000-" + "0" * 12, store=store)
    alice_again = ap.auth("key", secret, 1057, user_id="a" * 8 + "-0000-0000-0000-" + "0" * 12, store=store)
    bob = ap.auth("key", secret, 1057, user_id="b" * 8 + "-0000-0000-0000-" + "0" * 12, store=store)
    keys = {merchant.manager.key, alice.manager.key, bob.manager.key}
    assert len(keys) == 3
    assert alice.manager is alice_again.manager
    assert (merchant.scope, alice.scope) == ("merchant", "userForMerchant")
    for auth in (merchant, alice, bob):
        assert secret not in auth.manager.key and secret not in repr(auth) and secret not in repr(auth.manager)
        assert secret not in repr(auth.manager.endpoint)


def token_server(token_status: int, token_body: Any) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v2/token"
        return httpx.Response(token_status, json=token_body)

    return httpx.MockTransport(handler)


def test_a_malformed_token_request_is_a_typed_token_error() -> None:
    """AP700 from the token endpoint: AeropayTokenError, both a TokenError and an AeropayValidationError."""
    body = {"error": {"code": "AP700", "message": "Missing required Parameter: 'userId'"}}
    auth = ap.auth(
        "key",
        "secret",
        1057,
        base_url="https://api.sandbox-pay.aero.inc",
        store=tokenkeep.MemoryStore(),
        httpx_args={"transport": token_server(400, body)},
    )
    with pytest.raises(ap.AeropayTokenError) as caught:
        auth.manager.get()
    assert isinstance(caught.value, tokenkeep.TokenError) and isinstance(caught.value, ap.AeropayValidationError)
    assert not isinstance(caught.value, tokenkeep.AuthError)
    assert (caught.value.code, caught.value.status_code) == ("AP700", 400)


def test_the_public_module_exports_what_it_says() -> None:
    """Every name in tokenkeep.aeropay.__all__ exists."""
    assert all(hasattr(ap, name) for name in ap.__all__)
    assert issubclass(ap.AeropayError, tokenkeep.APIError)
