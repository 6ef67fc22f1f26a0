"""The OAuth redirect listener listens on loopback only (RFC 8252 §7.3, §8.3)."""

from __future__ import annotations

import httpx
import pytest
import tokenkeep.onlinesim
from tokenkeep._loopback import LoopbackListener


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "localhost", "example.com", ""])
def test_a_listener_on_anything_but_a_loopback_address_is_refused(host: str) -> None:
    """0.0.0.0 would take redirects (and guesses) from the network; "localhost" may resolve elsewhere."""
    with pytest.raises(ValueError, match="loopback IP address"):
        LoopbackListener(state="s", host=host)
    with pytest.raises(ValueError, match="loopback IP address"):
        tokenkeep.onlinesim.start_authorization("id", "secret", host=host, store=tokenkeep.MemoryStore())


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1"])
def test_loopback_addresses_are_accepted_and_named_in_the_redirect_uri(host: str) -> None:
    """IPv4 and IPv6 loopback both work; an IPv6 address is bracketed in the redirect URI."""
    listener = LoopbackListener(state="the-state", host=host)
    try:
        uri = listener.redirect_uri
        assert uri.startswith(f"http://[{host}]:" if ":" in host else f"http://{host}:")
        assert httpx.get(uri, params={"code": "c", "state": "the-state"}).status_code == 200
        redirect = listener.wait(1)
        assert redirect is not None and redirect.code == "c"
    finally:
        listener.close()
