#!/usr/bin/env python3
"""Break each documented promise once and check that its tests notice (`make mutate`).

Each mutation is a fixed, exact text replacement in one file of the overlay (the README's promises
live there): a token written in place instead of renamed, a lifetime cap removed, a lock released by
a plain DEL... Every mutation must apply exactly once; one that does not (the code moved on) stops the
run before anything is tested, naming it, so that a stale list is refreshed instead of silently
"passing". The repository is copied once into a temporary directory; each mutation is applied there
alone, its covering tests run with a time budget (the mutated copy comes first on PYTHONPATH, so the
tests and any process they start import it), and the file is restored. A mutation is killed when a
covering test fails or the budget runs out (a hang is a detected break, too), and survives when its
tests pass. The kill rate and every survivor are printed; the exit status is 1 if any survived.

Why not mutmut: it mutates operators everywhere (thousands of mutants, most of them equivalent or
outside any promise) and runs the whole suite per mutant, hours on this machine; a short list tied to
the README says which promise is unguarded.

    .venv/bin/python scripts/mutate.py            # every mutation
    .venv/bin/python scripts/mutate.py --check    # only check that every mutation still applies
    .venv/bin/python scripts/mutate.py --list     # names, promises, covering tests
    .venv/bin/python scripts/mutate.py NAME ...   # some mutations
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DEFAULT_BUDGET = 180.0
# Copied for the tests: the code, the specs the sandboxes validate against, the tests themselves.
COPIED = ("overlay", "generated", "tests", "specs", "scripts", "examples", "pyproject.toml", "README.md")

TK = "overlay/tokenkeep/"
MIRROR = "tests/promises/test_sync_async_mirror.py::"
AIRALO = "tests/promises/test_airalo_token_promises.py::"
ATOMIC = "tests/promises/test_file_store_atomic.py::"


@dataclass(frozen=True)
class Mutation:
    name: str
    promise: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    budget: float = DEFAULT_BUDGET


# `lock.release()` also occurs inside the async `await lock.release()`; the comment after it is the sync one's.
_REDIS_SYNC_RELEASE = (
    "                lock.release()\n            except redis.exceptions.LockError:\n"
    "                pass  # it expired (lock_ttl)"
)

MUTATIONS: tuple[Mutation, ...] = (
    # -- How tokens are cached: where ------------------------------------------------------
    Mutation(
        "file-store-writes-in-place",
        "FileStore writes atomically (temp file + rename)",
        TK + "_stores/file.py",
        'fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")',
        "fd, tmp = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), str(path)",
        (
            ATOMIC + "test_a_reader_never_sees_a_partial_record_while_a_thread_writes",
            ATOMIC + "test_an_async_reader_never_sees_a_partial_record_while_a_thread_writes",
            ATOMIC + "test_a_reader_never_sees_a_partial_record_while_another_process_writes",
        ),
    ),
    Mutation(
        "file-store-world-readable",
        "token files are mode 0600",
        TK + "_stores/file.py",
        "os.fchmod(handle.fileno(), 0o600)",
        "os.fchmod(handle.fileno(), 0o644)",
        ("tests/overlay/test_stores.py::test_file_store_files_are_private",),
    ),
    Mutation(
        "stored-token-not-sealed",
        "stored tokens are encrypted (AES-256-GCM)",
        TK + "_manager.py",
        "yield _Set(self.key, self._sealer.seal(token.to_json()), ttl)",
        "yield _Set(self.key, token.to_json(), ttl)",
        ("tests/overlay/test_stores.py::test_token_file_holds_no_token_or_secret_in_clear",),
    ),
    # -- How long ------------------------------------------------------------------------
    Mutation(
        "airalo-no-day-cap",
        "Airalo: the token lives at most a day although expires_in says a year",
        TK + "_providers/airalo.py",
        "max_lifetime=MAX_LIFETIME,",
        "max_lifetime=None,",
        (AIRALO + "test_airalo_token_lives_at_most_a_day_though_expires_in_says_a_year",),
    ),
    Mutation(
        "no-proactive-refresh-window",
        "a token is refreshed min(300 s, lifetime / 2) before it expires, proactively",
        TK + "_token.py",
        "return self.expires_at - min(buffer, self.lifetime / 2)",
        "return self.expires_at",
        (MIRROR + "test_a_short_lived_token_is_refreshed_before_it_expires_without_any_401",),
    ),
    Mutation(
        "token-used-past-expiry",
        "an expired token is never sent, even when its refresh fails",
        TK + "_token.py",
        "return self.expires_at - min(EXPIRY_SKEW, self.lifetime / 10)",
        "return self.expires_at + 5",
        (MIRROR + "test_an_expired_token_is_never_sent_even_when_its_refresh_fails",),
    ),
    # One flow (_get_flow) serves both drivers since the core merge: one mutation, run through both.
    Mutation(
        "failed-proactive-refresh-drops-the-valid-token",
        "a failed proactive refresh keeps using the still-valid token (one flow, both drivers)",
        TK + "_manager.py",
        "fallback = None if rejected is not None else self._fallback(exc)",
        "fallback = None",
        (
            MIRROR + "test_a_failed_proactive_refresh_keeps_using_the_still_valid_token",
            "tests/overlay/test_manager.py::test_failed_proactive_refresh_keeps_valid_token",
        ),
    ),
    # -- How shared -----------------------------------------------------------------------
    Mutation(
        "no-in-process-single-flight",
        "one caller in a process leads a refresh; the others wait for it",
        TK + "_manager.py",
        "            if self._inflight is not None:\n                # Someone is refreshing.",
        "            if False:\n                # Someone is refreshing.",
        (
            AIRALO + "test_cold_concurrent_callers_in_one_process_have_one_leader",
            "tests/overlay/test_manager.py::test_concurrent_threads_fetch_one_token",
        ),
    ),
    Mutation(
        "leader-gate-kept-shut",
        "when the leader fails or dies, its waiting threads are let go (its error, or a new leader)",
        TK + "_manager.py",
        "        finally:\n            self.gate.release()",
        "        finally:\n            pass",
        (
            "tests/overlay/test_manager_waiting.py::"
            "test_threads_waiting_for_a_leader_that_dies_take_over_and_share_one_new_token",
            "tests/overlay/test_manager.py::test_failed_refresh_is_shared_by_waiters",
        ),
        budget=60.0,
    ),
    # The store is still read under the lock (its refresh token is needed); what the promise is
    # about is adopting a fresh token found there instead of fetching one.
    Mutation(
        "store-not-re-read-under-the-lock",
        "after taking the store's lock the store is re-read (another worker may have refreshed)",
        TK + "_manager.py",
        "                if (\n                    not stored.same_as(rejected)",
        "                if False and (\n                    not stored.same_as(rejected)",
        (
            "tests/airalo/test_airalo_tokens.py::test_processes_sharing_a_file_store_make_one_token_request",
            MIRROR + "test_a_rejected_token_is_invalidated_but_a_newer_one_another_worker_stored_is_kept",
        ),
    ),
    # FileStore's lock is not mutated to stay held: filelock releases a lock object when it is
    # garbage collected, so dropping `lock.release()` changes nothing in CPython (an equivalent mutant).
    Mutation(
        "file-store-lock-not-taken-sync",
        "across processes the store's lock (a file lock) serialises refreshes (sync)",
        TK + "_stores/file.py",
        "            lock.acquire(poll_interval=0.005)\n",
        "            pass\n",
        (MIRROR + "test_processes_sharing_a_file_store_make_one_token_request",),
    ),
    Mutation(
        "file-store-lock-not-taken-async",
        "across processes the store's lock (a file lock) serialises refreshes (async: filelock's AsyncFileLock)",
        TK + "_stores/file.py",
        "            await lock.acquire()\n",
        "            pass\n",
        (MIRROR + "test_processes_sharing_a_file_store_make_one_token_request",),
    ),
    # RedisStore's lock is redis-py's Lock; its sync and async context managers are two places.
    Mutation(
        "redis-lock-never-released-sync",
        "the store's lock is released after a refresh, a failed one included (RedisStore, sync)",
        TK + "_stores/redis.py",
        _REDIS_SYNC_RELEASE,
        "                pass\n" + _REDIS_SYNC_RELEASE.split("\n", 1)[1],
        (
            MIRROR + "test_the_store_lock_is_released_when_a_refresh_fails",
            MIRROR + "test_the_redis_lock_is_released_by_its_owner_only",
        ),
    ),
    Mutation(
        "redis-lock-never-released-async",
        "the store's lock is released after a refresh, a failed one included (RedisStore, async)",
        TK + "_stores/redis.py",
        "                await lock.release()\n",
        "                pass\n",
        (
            MIRROR + "test_the_store_lock_is_released_when_a_refresh_fails",
            MIRROR + "test_the_redis_lock_is_released_by_its_owner_only",
        ),
    ),
    # -- When rejected ----------------------------------------------------------------------
    # One flow (_invalidate_flow) for both drivers: one mutation, its tests run through both.
    Mutation(
        "invalidate-not-compared",
        "on a 401 exactly the failed token is invalidated, never a newer one (one flow, both drivers)",
        TK + "_manager.py",
        "if raw is not None and token.same_as(stored) and stored is not None and not stored.refresh_token:",
        "if raw is not None and stored is not None and not stored.refresh_token:",
        (
            MIRROR + "test_a_rejected_token_is_invalidated_but_a_newer_one_another_worker_stored_is_kept",
            "tests/overlay/test_manager.py::test_invalidate_drops_only_the_rejected_token",
        ),
    ),
    # One flow (TokenAuth._flow) for httpx's two drivers: one mutation, its tests run through both.
    Mutation(
        "second-401-replayed",
        "a second rejection raises AuthError: one refresh, one replay (one flow, both drivers)",
        TK + "_auth.py",
        "                yield _ReadBody(response)\n                raise self._rejected_twice(request, response)",
        "                token = yield _GetToken(rejected=token)\n"
        "                self.policy.apply(request, token)\n"
        "                response = yield request\n"
        "                yield _ReadBody(response)",
        (
            MIRROR + "test_a_second_rejection_raises_auth_error_after_exactly_one_replay",
            "tests/overlay/test_auth_flow.py::test_second_401_raises_instead_of_looping",
        ),
    ),
    Mutation(
        "no-refresh-on-401",
        "a 401 costs one new token and one replay of the request, body included",
        TK + "_auth.py",
        "def status_401(response: httpx.Response) -> bool:\n    return response.status_code == 401",
        "def status_401(response: httpx.Response) -> bool:\n    return False",
        (
            "tests/airalo/test_airalo_tokens.py::test_revoked_token_costs_one_refresh_and_one_replay_of_a_multipart_post",
        ),
    ),
    Mutation(
        "onlinesim-wrong-key-not-a-rejection",
        "Onlinesim OAuth: an HTTP-200 ERROR_WRONG_KEY costs one refresh and one replay",
        TK + "_providers/onlinesim.py",
        "return response.status_code == 401 or error_code(response) in REJECTION_CODES",
        "return response.status_code == 401",
        ("tests/onlinesim/test_onlinesim_oauth_refresh.py::test_expired_access_token_refreshes_once_and_replays",),
    ),
    Mutation(
        "aeropay-refusal-codes-not-a-rejection",
        "Aeropay: AP007/AP008 cost one refresh and one replay",
        TK + "_providers/aeropay.py",
        '_REFRESH_CODES = frozenset({"AP007", "AP008"})',
        "_REFRESH_CODES: frozenset[str] = frozenset()",
        ("tests/aeropay/test_aeropay_errors.py::test_token_refusals_refresh_once_and_replay",),
    ),
    Mutation(
        "gogox-invalid-token-not-a-rejection",
        'GoGoX: a 401 with error="invalid_token" costs one refresh and one replay',
        TK + "_providers/gogox.py",
        'return match is None or match.group(1) == "invalid_token"',
        "return match is None",
        (
            "tests/gogox/test_gogox_token_lifecycle.py::test_revoked_token_costs_one_401_one_refresh_one_replay_with_the_body",
        ),
    ),
    # -- Rate limits ----------------------------------------------------------------------
    Mutation(
        "airalo-no-default-rate-limit",
        "Airalo: 5 token requests a minute by default; a sixth is never sent (no 429)",
        TK + "airalo.py",
        'Settings.read("client", options, accepted=CLIENT, rate_limit=TOKEN_RATE_LIMIT)',
        'Settings.read("client", options, accepted=CLIENT, rate_limit=None)',
        (AIRALO + "test_airalo_default_rate_limit_stops_a_sixth_token_request_in_a_minute_before_any_429",),
    ),
    Mutation(
        "airalo-default-rate-limit-too-high",
        "Airalo: 5 token requests a minute by default (not more)",
        TK + "_providers/airalo.py",
        "TOKEN_RATE_LIMIT = RateLimit(requests=5, per=60.0)",
        "TOKEN_RATE_LIMIT = RateLimit(requests=6, per=60.0)",
        (AIRALO + "test_airalo_default_rate_limit_stops_a_sixth_token_request_in_a_minute_before_any_429",),
    ),
    Mutation(
        "token-requests-not-counted",
        "token requests are counted in the store, so all sharing it stay under the limit",
        TK + "_manager.py",
        "                log = log.record(now, limit)\n"
        "                yield _Set(self._limit_key, log.dump(self._sealer), log.ttl(limit, now))\n",
        "                log = log.record(now, limit)\n",
        (MIRROR + "test_token_requests_stay_under_a_configured_rate_limit",),
    ),
    Mutation(
        "token-429-not-waited-out",
        "a token endpoint's 429 is waited out (Retry-After honoured), never spun on",
        TK + "_manager.py",
        "if attempt.busy >= TOKEN_429_ATTEMPTS or time.monotonic() + retry_after > attempt.deadline:",
        "if True:",
        (MIRROR + "test_a_token_endpoint_429_is_waited_out_with_its_retry_after",),
    ),
    # -- Timeouts -------------------------------------------------------------------------
    Mutation(
        "no-default-timeout",
        "every request has a finite timeout (30 s, 10 s to connect) unless you pass one",
        TK + "_constants.py",
        "DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)",
        "DEFAULT_TIMEOUT = httpx.Timeout(None)",
        (
            AIRALO + "test_api_and_token_requests_have_a_finite_default_timeout",
            "tests/promises/test_default_timeouts.py::test_every_providers_client_has_the_finite_default_timeout",
        ),
    ),
    # Dropping the argument would fall back on the generated Client's own default, which is now the
    # same finite one (an equivalent mutant for this promise): the token client is given none instead.
    Mutation(
        "token-client-without-timeout",
        "the token request has the finite timeout too",
        TK + "_providers/_common.py",
        "            timeout=self.timeout,\n            **generated_client_args(",
        "            timeout=httpx.Timeout(None),\n            **generated_client_args(",
        (AIRALO + "test_api_and_token_requests_have_a_finite_default_timeout",),
    ),
    # -- Transient failures ---------------------------------------------------------------
    Mutation(
        "connect-timeout-not-retried",
        "a token request that could not connect (ConnectTimeout) is retried",
        TK + "_providers/_common.py",
        "on=(httpx.ConnectError, httpx.ConnectTimeout),",
        "on=(httpx.ConnectError,),",
        (MIRROR + "test_a_token_request_that_could_not_connect_is_retried",),
    ),
    Mutation(
        "connect-error-not-retried",
        "a token request that could not connect (ConnectError) is retried",
        TK + "_providers/_common.py",
        "on=(httpx.ConnectError, httpx.ConnectTimeout),",
        "on=(httpx.ConnectTimeout,),",
        (MIRROR + "test_a_token_request_that_could_not_connect_is_retried",),
    ),
    Mutation(
        "read-timeout-retried",
        "a read timeout is not retried (the provider may have counted or answered it)",
        TK + "_providers/_common.py",
        "on=(httpx.ConnectError, httpx.ConnectTimeout),",
        "on=httpx.TransportError,",
        (MIRROR + "test_a_token_request_that_timed_out_reading_is_not_retried",),
    ),
    # -- Watching it ------------------------------------------------------------------------
    Mutation(
        "raising-hook-breaks-the-caller",
        "an on_refresh hook that raises is logged and ignored",
        TK + "_manager.py",
        "        try:\n            hook(details)\n        except Exception:",
        "        try:\n            hook(details)\n        except ZeroDivisionError:",
        ("tests/overlay/test_refresh_hook.py::test_a_hook_that_raises_is_logged_and_ignored",),
    ),
    # -- Running a fleet --------------------------------------------------------------------
    Mutation(
        "redis-lock-released-by-plain-del-sync",
        "the Redis lock is released by compare-and-delete, never freeing another's lock (sync)",
        TK + "_stores/redis.py",
        _REDIS_SYNC_RELEASE,
        '                self._sync.delete(key + ":lock")\n' + _REDIS_SYNC_RELEASE.split("\n", 1)[1],
        (MIRROR + "test_the_redis_lock_is_released_by_its_owner_only",),
    ),
    Mutation(
        "redis-lock-released-by-plain-del-async",
        "the Redis lock is released by compare-and-delete, never freeing another's lock (async)",
        TK + "_stores/redis.py",
        "                await lock.release()\n",
        '                await self._aclient()[0].delete(key + ":lock")\n',
        (MIRROR + "test_the_redis_lock_is_released_by_its_owner_only",),
    ),
    Mutation(
        "redis-compare-and-delete-compares-nothing",
        "on a 401 exactly the failed token is deleted from Redis (compare-and-delete in Lua)",
        TK + "_stores/redis.py",
        "if redis.call('get', KEYS[1]) == ARGV[1] then",
        "if true then",
        ("tests/fleet/test_redis_store.py::test_compare_and_delete_is_atomic_per_value",),
    ),
    # -- Errors and security ----------------------------------------------------------------
    Mutation(
        "token-auth-repr-shows-the-token",
        "no repr contains a token (after a fetch and after a refresh)",
        TK + "_auth.py",
        'return f"TokenAuth(provider={self.manager.endpoint.provider!r})"',
        'return f"TokenAuth(provider={self.manager.endpoint.provider!r}, token={self.manager._cached!r}'
        ' {self.manager._cached.token.access_token if self.manager._cached else None})"',
        (AIRALO + "test_reprs_and_logs_never_show_the_token_after_a_fetch_and_after_a_refresh",),
    ),
    Mutation(
        "airalo-rejected-credentials-not-auth-error",
        "rejected credentials raise AuthError naming the status, without the secret",
        TK + "_providers/airalo.py",
        "if status in (401, 403, 422):",
        "if status in (403,):",
        ("tests/airalo/test_airalo_tokens.py::test_wrong_credentials_raise_auth_error",),
    ),
    Mutation(
        "aeropay-scope-not-checked",
        "Aeropay: an operation of the other token scope raises ScopeError before anything is sent",
        TK + "_providers/aeropay.py",
        'if needed != "none" and needed != scope:',
        "if False:",
        ("tests/aeropay/test_aeropay_overlay_unit.py::test_prepare_refuses_every_operation_of_the_other_scope",),
    ),
    Mutation(
        "aeropay-callers-idempotency-key-replaced",
        "Aeropay: a money-moving call keeps the caller's Idempotency-Key (and one key for the replay)",
        TK + "_providers/aeropay.py",
        "if moving and IDEMPOTENCY_HEADER not in request.headers:",
        "if moving:",
        (
            "tests/aeropay/test_aeropay_overlay_unit.py::test_prepare_gives_money_moving_posts_a_key_and_keeps_the_callers",
        ),
    ),
    # -- The client contract: generated clients, API retries, messages -------------------------
    # The generated Client's default comes from the template; mutating one generated package
    # stands for all four (regenerating per mutation would cost minutes).
    Mutation(
        "generated-client-without-default-timeout",
        "a bare generated Client has a finite default timeout (30 s, 10 s to connect)",
        "generated/airalo_client/client.py",
        "DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)",
        "DEFAULT_TIMEOUT = httpx.Timeout(None)",
        (
            "tests/promises/test_default_timeouts.py::test_a_bare_generated_client_has_a_finite_default_timeout",
            "tests/contract/test_contract_unit.py::test_a_bare_client_has_a_finite_timeout_and_hides_its_token",
        ),
    ),
    Mutation(
        "non-idempotent-replayed-after-read-timeout",
        "a read timeout is retried only for operations that are safe to repeat (never an order or payment)",
        TK + "_retry.py",
        "return isinstance(error, MAYBE_SENT) and safe",
        "return isinstance(error, MAYBE_SENT)",
        (
            "tests/contract/test_contract_sandboxes.py::test_a_read_timeout_is_retried_only_for_a_read",
            "tests/contract/test_contract_unit.py::test_retry_decisions",
        ),
    ),
    Mutation(
        "retry-after-ignored",
        "an API retry waits the answer's Retry-After, not its own backoff",
        TK + "_retry.py",
        "return True if wait is None else wait",
        "return True",
        (
            "tests/promises/test_retry_after.py::test_a_retry_after_longer_than_the_backoff_is_waited_out_as_sent",
            "tests/contract/test_contract_unit.py::test_retry_decisions",
        ),
    ),
    # The unit test first: with the cap gone the sandbox test would wait out an hour's Retry-After
    # (a kill by budget, but 3 minutes of it).
    Mutation(
        "retry-after-not-capped",
        "a Retry-After longer than 30 s is not waited out: RateLimitError at once, with .retry_after",
        TK + "_retry.py",
        "        if wait is not None and wait > MAX_RETRY_AFTER:\n            return False\n",
        "",
        (
            "tests/contract/test_contract_unit.py::test_retry_decisions",
            "tests/contract/test_contract_sandboxes.py::test_a_retry_after_longer_than_we_wait_raises_at_once",
        ),
    ),
    Mutation(
        "message-not-bounded",
        "a message holds at most about 1 KB of the body (all of it stays on .body)",
        TK + "_contract.py",
        'return text if len(text) <= limit else text[:limit] + f"... ({len(content)} bytes)"',
        "return text",
        (
            "tests/contract/test_contract_unit.py::test_a_snippet_is_bounded_and_scrubbed",
            "tests/contract/test_contract_sandboxes.py::test_a_20_mb_error_page_gives_a_short_message",
        ),
    ),
    Mutation(
        "failed-page-unnamed",
        "a failed page of an iter_* names itself (.page, .items_before, a note) so the caller can resume",
        TK + "_pagination.py",
        "        error.page, error.items_before = page, delivered\n",
        "        return\n",
        (
            "tests/contract/test_pagination_resume.py::"
            "test_a_failed_page_names_itself_and_resuming_there_yields_the_rest_once",
            "tests/contract/test_pagination_resume.py::test_transport_validation_and_status_errors_name_the_page_too",
        ),
    ),
    Mutation(
        "environment-proxies-ignored",
        "clients and token requests honour the proxy variables, as httpx does",
        TK + "_retry.py",
        "    elif trust_env and given is None:",
        "    elif False:",
        (
            "tests/contract/test_env_proxies.py::test_with_http_proxy_set_token_requests_and_api_calls_go_through_the_proxy",
        ),
    ),
    # -- The test suite's own promise (issue 18) ------------------------------------------------
    Mutation(
        "release-e2e-needs-the-cache-plugin",
        "the end-to-end release test runs under -p no:cacheprovider",
        "tests/release/test_release_e2e.py",
        'cache = getattr(pytestconfig, "cache", None)',
        "cache = pytestconfig.cache",
        (
            "tests/release/test_release_e2e_cache.py::test_without_the_cache_plugin_the_wheels_go_under_the_test_directory",
        ),
    ),
)


class Stale(Exception):
    pass


def check(mutations: tuple[Mutation, ...], root: Path) -> None:
    """Every mutation applies exactly once to the files under `root`; raise Stale naming those that do not."""
    stale = []
    for m in mutations:
        try:
            count = (root / m.path).read_text(encoding="utf-8").count(m.old)
        except FileNotFoundError:
            stale.append(f"{m.name}: {m.path} does not exist")
            continue
        if count != 1:
            stale.append(f"{m.name}: its old text occurs {count} times in {m.path} (must be exactly once)")
    names = [m.name for m in mutations]
    stale += [f"{name}: the name is used twice" for name in sorted({n for n in names if names.count(n) > 1})]
    if stale:
        raise Stale("stale mutations (refresh them against the code):\n  " + "\n  ".join(stale))


def copy_repository(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def run_tests(copy: Path, tests: tuple[str, ...], budget: float) -> tuple[str, float, str]:
    """('passed' | 'failed' | 'timeout' | 'error', seconds, last lines of output)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(str(copy / p) for p in ("overlay", "generated", ".")))
    env.pop("PYTEST_ADDOPTS", None)
    cmd = [str(PYTHON), "-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    # A session of its own, so that a budget overrun ends the tests and every process they started.
    proc = subprocess.Popen(
        cmd, cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        out, _ = proc.communicate(timeout=budget)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return "timeout", time.monotonic() - started, out
    elapsed = time.monotonic() - started
    # pytest: 0 all passed, 1 some failed; anything else (usage, collection, no tests) is our error.
    outcome = {0: "passed", 1: "failed"}.get(proc.returncode, "error")
    return outcome, elapsed, out


def tail(text: str, lines: int = 15) -> str:
    return "\n".join("      " + line for line in text.strip().splitlines()[-lines:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="run only these mutations")
    parser.add_argument("--check", action="store_true", help="only check that every mutation applies exactly once")
    parser.add_argument("--list", action="store_true", help="list the mutations")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unmutated run of the covering tests")
    args = parser.parse_args()

    unknown = set(args.names) - {m.name for m in MUTATIONS}
    if unknown:
        print(f"mutate: unknown mutations: {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
        return 2
    selected = tuple(m for m in MUTATIONS if not args.names or m.name in args.names)
    try:
        check(MUTATIONS, ROOT)
    except Stale as exc:
        print(f"mutate: {exc}", file=sys.stderr)
        return 2
    if args.list:
        for m in MUTATIONS:
            print(f"{m.name}\n    promise: {m.promise}\n    in: {m.path}\n    tests: " + "\n           ".join(m.tests))
        return 0
    if args.check:
        print(f"mutate: all {len(MUTATIONS)} mutations apply exactly once")
        return 0
    if not PYTHON.exists():
        print("mutate: .venv is missing: run `make env` first", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="tokenkeep-mutate-") as tmp:
        copy = Path(tmp)
        copy_repository(copy)
        if not args.no_baseline:
            # A covering test that already fails would "kill" every mutation it covers.
            baseline = tuple(dict.fromkeys(t for m in selected for t in m.tests))
            outcome, seconds, out = run_tests(copy, baseline, DEFAULT_BUDGET * 3)
            print(f"baseline: {len(baseline)} covering tests unmutated: {outcome} ({seconds:.0f}s)", flush=True)
            if outcome != "passed":
                print("mutate: the covering tests must pass before anything is mutated:\n" + tail(out, 40))
                return 2
        results: list[tuple[Mutation, str]] = []
        for m in selected:
            target = copy / m.path
            original = target.read_text(encoding="utf-8")
            target.write_text(original.replace(m.old, m.new, 1), encoding="utf-8")
            try:
                outcome, seconds, out = run_tests(copy, m.tests, m.budget)
            finally:
                target.write_text(original, encoding="utf-8")
            verdict = {"failed": "killed", "timeout": "killed (budget ran out)", "passed": "SURVIVED"}.get(
                outcome, "ERROR"
            )
            results.append((m, verdict))
            print(f"{verdict:<24} {m.name} ({seconds:.0f}s)", flush=True)
            if verdict == "ERROR":
                print(tail(out))

    killed = [m for m, v in results if v.startswith("killed")]
    survivors = [m for m, v in results if v == "SURVIVED"]
    errors = [m for m, v in results if v == "ERROR"]
    rate = 100.0 * len(killed) / len(results) if results else 0.0
    print(f"\nkill rate: {len(killed)}/{len(results)} ({rate:.0f}%)")
    for m in survivors:
        print(f"survivor: {m.name}: {m.promise} ({m.path})\n    covering tests: {', '.join(m.tests)}")
    for m in errors:
        print(f"error: {m.name}: its tests could not run (see above)")
    return 1 if survivors or errors else 0


if __name__ == "__main__":
    sys.exit(main())
