"""RedisStore over TLS (rediss://), against a real redis-server with a TLS port only."""

from __future__ import annotations

import logging

import pytest
import redis
from tokenkeep import RedisStore, StoreError

from tests.support.redis_server import RedisServer


def test_tls_url_with_a_ca_certificate_shares_tokens() -> None:
    server = RedisServer(tls=True)
    server.start()
    try:
        store = RedisStore(server.url)
        store.set("k", "over-tls", ttl=5)
        assert store.get("k") == "over-tls"
        # The value really is in the TLS server, not in the local fallback.
        assert server.client().get("k") == b"over-tls"
        # The same server refuses a plain-text connection.
        plain = redis.Redis(host="127.0.0.1", port=server.port, socket_timeout=1, socket_connect_timeout=1)
        with pytest.raises(redis.exceptions.ConnectionError):
            plain.ping()
    finally:
        server.cleanup()


@pytest.mark.parametrize("problem", ["untrusted CA", "another hostname"])
async def test_a_certificate_that_does_not_verify_is_a_store_error_not_an_outage(
    problem: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A certificate from an unknown CA, or issued for another host, is refused with StoreError: no local fallback.

    The ACL password would otherwise go to whoever answers (redis-py before 6 did not check the hostname), and
    a fallback would quietly split the fleet.
    """
    server = RedisServer(tls=True, tls_hostname="127.0.0.1" if problem == "untrusted CA" else "redis.other.example")
    server.start()
    try:
        url = server.url.split("?", 1)[0] if problem == "untrusted CA" else server.url
        store = RedisStore(url, socket_timeout=1)
        with caplog.at_level(logging.WARNING, logger="tokenkeep"):
            with pytest.raises(StoreError, match="certificate did not verify") as info:
                store.set("k", "local", ttl=5)
            with pytest.raises(StoreError, match="certificate did not verify"):
                await store.aget("k")
            with pytest.raises(StoreError, match="certificate did not verify"), store.lock("k", timeout=1):
                pass
        assert "ssl_ca_certs" in str(info.value)
        assert store.local.get("k") is None and server.client().get("k") is None
        assert not [r for r in caplog.records if "Redis unavailable" in r.getMessage()]
        await store.aclose()
    finally:
        server.cleanup()


def test_hostname_checking_is_asked_for_explicitly_on_rediss_only() -> None:
    """rediss:// clients check the server's hostname whatever redis-py's default; redis:// ones get no TLS options."""
    tls = RedisStore("rediss://redis.example:6380/0")
    assert tls._sync.connection_pool.connection_kwargs["ssl_check_hostname"] is True
    plain = RedisStore("redis://redis.example:6379/0")
    assert "ssl_check_hostname" not in plain._sync.connection_pool.connection_kwargs
