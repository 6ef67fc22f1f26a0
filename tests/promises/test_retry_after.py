"""A Retry-After is waited out as the provider sent it, not replaced by the retry backoff (both drivers).

The contract tests use `Retry-After: 1`, which stamina's own first pause (0.5 s plus up to 1 s of
jitter) can match by chance; 3 s is longer than any first backoff, so only the header explains it.
"""

from __future__ import annotations

from tests.contract.cases import CASES, served_case


def test_a_retry_after_longer_than_the_backoff_is_waited_out_as_sent(driver: str) -> None:
    """A 429 with Retry-After: 3 on a read: the retry goes out about 3 s later, then the answer."""
    case = CASES["airalo"]
    with served_case(case) as served:
        served.state.fail_next(429, None, {"Retry-After": "3"}, path=case.read_path)
        assert case.call(case.client(served), "read", driver) is not None
        times = [at for at, what in served.state.request_log if what.endswith(f" {case.read_path}")]
    assert len(times) == 2, times
    assert 2.9 <= times[1] - times[0] < 8, times
