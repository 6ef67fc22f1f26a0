"""Every test fails if a sandbox it served saw a request that the spec does not allow.

The sandboxes validate each request against `specs/<provider>.yaml` and record what
the spec forbids (see tests/sandbox/_common.py); this turns a record into a failure
of the test that caused it, whatever the test itself asserted.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox._common import ON_SERVE, SandboxState


@pytest.fixture(autouse=True)
def _sandbox_violations_fail_the_test() -> Iterator[None]:
    served: list[SandboxState] = []
    listener = served.append
    ON_SERVE.append(listener)
    try:
        yield
    finally:
        ON_SERVE.remove(listener)
    problems = [
        f"{state.provider}: {problem}"
        for state in served
        for problem in (state.problems() if not state.violations_expected else state.errors)
    ]
    if problems:
        pytest.fail("a sandbox recorded requests or answers the spec does not allow:\n" + "\n".join(problems))
