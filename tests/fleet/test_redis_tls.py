"""RedisStore over TLS (rediss://), against a real redis-server with a TLS port only."""

from __future__ import annotations

import logging

import pytest
import redis
from tokenkeep import RedisStore

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


def test_an_untrusted_server_certificate_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    """Without the CA, the certificate is refused: the store falls back locally and says so, once."""
    server = RedisServer(tls=True)
    server.start()
    try:
        store = RedisStore(server.url.split("?", 1)[0], socket_timeout=1)
        with caplog.at_level(logging.WARNING, logger="tokenkeep"):
            store.set("k", "local", ttl=5)
            assert store.get("k") == "local"
        assert server.client().get("k") is None
        assert [r.getMessage() for r in caplog.records if "Redis unavailable" in r.getMessage()]
    finally:
        server.cleanup()
