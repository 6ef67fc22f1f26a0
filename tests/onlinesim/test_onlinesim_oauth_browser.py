"""Onlinesim OAuth authorization-code flow driven end to end in headless Chromium (Playwright).

The test opens the authorize URL, logs in and clicks Authorize on the sandbox page; the browser is
redirected to tokenkeep's loopback listener; tokenkeep checks `state`, exchanges the code through the
generated token operation and stores the tokens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import tokenkeep
import tokenkeep.onlinesim
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.free import get_free_phone_list
from onlinesim_client.api.rent import get_rent_tariffs
from onlinesim_client.models import Balance, RentTariff
from playwright.sync_api import Browser, Page, sync_playwright
from tokenkeep import MemoryStore
from tokenkeep.onlinesim import AuthorizationFailed

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

CLIENT_ID = "sandbox-oauth-client"
CLIENT_SECRET = "sandbox-oauth-secret"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def log_in_and_authorize(page: Page, url: str, *, button: str = "Authorize") -> None:
    """What the person does: open the link, log in, click the button, land on the loopback page."""
    page.goto(url)
    page.fill("input[name=username]", "sandbox-user")
    page.fill("input[name=password]", "sandbox-password")
    page.click(f"button:has-text('{button}')")
    page.wait_for_url(re.compile(r"http://127\.0\.0\.1:\d+/callback\?.*"))


def test_authorization_code_flow_in_chromium_stores_tokens(
    served: ServedSandbox[OnlinesimSandbox], page: Page, caplog: pytest.LogCaptureFixture
) -> None:
    """Browser consent -> loopback code -> generated token call -> tokens in the store -> API calls work."""
    caplog.set_level(logging.DEBUG, logger="tokenkeep")
    sandbox = served.state
    store = MemoryStore()
    options = {"base_url": served.base_url, "store": store, "scopes": ("sms-scope", "rent-scope")}
    with tokenkeep.onlinesim.start_authorization(CLIENT_ID, CLIENT_SECRET, **options) as flow:
        query = parse_qs(urlsplit(flow.url).query)
        assert query["response_type"] == ["code"] and query["scope"] == ["sms-scope rent-scope"]
        assert query["redirect_uri"] == [flow.redirect_uri]
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/callback", flow.redirect_uri)
        assert len(query["state"][0]) >= 32
        log_in_and_authorize(page, flow.url)
        assert "You can close this window" in page.content()
        auth = flow.finish(timeout=10)

    assert sandbox.code_exchanges == 1 and sandbox.tokens.token_requests == 1
    assert sandbox.requests_to("/oauth/token", "POST") == 1
    stored = auth.manager.get()  # read back from the store: no new token request
    assert stored.access_token in sandbox.tokens.live_tokens
    assert stored.refresh_token in sandbox.refresh_tokens
    assert sandbox.tokens.token_requests == 1

    with tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store) as api:
        assert isinstance(get_balance.sync(client=api), Balance)
        assert isinstance(get_rent_tariffs.sync(client=api, country="7"), RentTariff)
        # free-scope was not granted: ERROR_WRONG_KEY again after one refresh -> a clear AuthError
        with pytest.raises(tokenkeep.AuthError, match="may lack access"):
            get_free_phone_list.sync(client=api)
    secrets = [CLIENT_SECRET, stored.access_token, stored.refresh_token or "", *sandbox.refresh_tokens]
    assert not [s for s in secrets if s in caplog.text]


def test_authorize_helper_opens_the_browser_and_waits(served: ServedSandbox[OnlinesimSandbox], page: Page) -> None:
    """authorize() hands the URL to `open_browser`, waits for the redirect and returns a working auth."""
    auth = tokenkeep.onlinesim.authorize(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=served.base_url,
        store=MemoryStore(),
        open_browser=lambda url: log_in_and_authorize(page, url),
        wait=10,
    )
    with httpx.Client(base_url=served.base_url, auth=auth) as http:
        assert http.get("/api/getBalance.php").json()["balance"] == "1000.00"


def test_cancel_in_the_browser_is_a_clear_error(served: ServedSandbox[OnlinesimSandbox], page: Page) -> None:
    """Clicking Cancel redirects with error=access_denied; finish() says authorization was not granted."""
    store = MemoryStore()
    with tokenkeep.onlinesim.start_authorization(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store
    ) as flow:
        log_in_and_authorize(page, flow.url, button="Cancel")
        with pytest.raises(AuthorizationFailed, match="access_denied"):
            flow.finish(timeout=10)
    assert served.state.code_exchanges == 0


def test_redirect_with_a_wrong_state_is_rejected(served: ServedSandbox[OnlinesimSandbox], page: Page) -> None:
    """A redirect whose state is not ours (forged) is refused before any code exchange; nothing is stored."""
    store = MemoryStore()
    with tokenkeep.onlinesim.start_authorization(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store
    ) as flow:
        forged = f"{flow.redirect_uri}?code=attacker-code&state=not-the-state"
        page.goto(forged)
        assert "does not belong to the one in progress" in page.content()  # and the wait goes on
        with pytest.raises(AuthorizationFailed, match="state") as caught:
            flow.finish(timeout=1)
    assert "attacker-code" not in str(caught.value)
    assert served.state.code_exchanges == 0
    with pytest.raises(tokenkeep.onlinesim.AuthorizationRequired, match="authorize"):
        tokenkeep.onlinesim.oauth_auth(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store).manager.get()
