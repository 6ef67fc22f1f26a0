"""The public surface of tokenkeep stays small and deliberate."""

from __future__ import annotations

import tokenkeep


def test_all_names_exist_and_show_the_public_module() -> None:
    """Every name in __all__ exists; classes present themselves as tokenkeep.X."""
    for name in tokenkeep.__all__:
        obj = getattr(tokenkeep, name)
        if isinstance(obj, type):
            assert obj.__module__ == "tokenkeep", name
    assert len(tokenkeep.__all__) <= 23  # stores, errors, the auth, its policies and options; nothing more


def test_exception_tree() -> None:
    """AuthError and RateLimitError are TokenErrors; LockTimeout is also a TimeoutError."""
    assert issubclass(tokenkeep.AuthError, tokenkeep.TokenError)
    assert issubclass(tokenkeep.RateLimitError, tokenkeep.TokenError)
    assert issubclass(tokenkeep.TokenError, tokenkeep.TokenkeepError)
    assert issubclass(tokenkeep.StoreError, tokenkeep.TokenkeepError)
    assert issubclass(tokenkeep.LockTimeout, TimeoutError)


def test_token_repr_hides_the_secret_parts() -> None:
    """A Token's repr shows its times, never the access or refresh token."""
    token = tokenkeep.Token(access_token="abc123", expires_at=2.0, issued_at=1.0, refresh_token="r456")
    assert "abc123" not in repr(token) and "r456" not in repr(token)
