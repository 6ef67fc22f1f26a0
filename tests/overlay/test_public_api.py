"""The public surface of tokenkeep stays small and deliberate."""

from __future__ import annotations

import tokenkeep


def test_all_names_exist_and_show_the_public_module() -> None:
    """Every name in __all__ exists; classes present themselves as tokenkeep.X."""
    for name in tokenkeep.__all__:
        obj = getattr(tokenkeep, name)
        if isinstance(obj, type):
            assert obj.__module__ == "tokenkeep", name
    # stores, the auth, its policies and options, and the one exception tree of the client contract; nothing more
    assert len(tokenkeep.__all__) <= 40


def test_exception_tree() -> None:
    """AuthError is a TokenError; the token 429 is a TokenError and a RateLimitError; LockTimeout a TimeoutError."""
    assert issubclass(tokenkeep.AuthError, tokenkeep.TokenError)
    assert issubclass(tokenkeep.TokenRateLimitError, tokenkeep.TokenError)
    assert issubclass(tokenkeep.TokenRateLimitError, tokenkeep.RateLimitError)
    assert not issubclass(tokenkeep.RateLimitError, tokenkeep.TokenError)  # an API call's 429 is not a token error
    assert issubclass(tokenkeep.RateLimitError, tokenkeep.APIStatusError)
    assert issubclass(tokenkeep.APITimeoutError, tokenkeep.APIConnectionError)
    assert issubclass(tokenkeep.APITimeoutError, TimeoutError)
    assert issubclass(tokenkeep.TokenError, tokenkeep.TokenkeepError)
    assert issubclass(tokenkeep.StoreError, tokenkeep.TokenkeepError)
    assert issubclass(tokenkeep.LockTimeout, TimeoutError)


def test_token_repr_hides_the_secret_parts() -> None:
    """A Token's repr shows its times, never the access or refresh token."""
    token = tokenkeep.Token(access_token="abc123", expires_at=2.0, issued_at=1.0, refresh_token="r456")
    assert "abc123" not in repr(token) and "r456" not in repr(token)
