"""tests/PROMISES.md names real tests, and scripts/mutate.py's mutations still apply to the code."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from scripts import mutate

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "tests" / "PROMISES.md"
NODE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


@cache
def functions_in(path: str) -> frozenset[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return frozenset(node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))


def missing(nodes: list[tuple[str, str]]) -> list[str]:
    return [f"{path}::{name}" for path, name in nodes if not (ROOT / path).is_file() or name not in functions_in(path)]


def promises() -> list[str]:
    return [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("- ")]


def test_every_promise_in_the_table_names_at_least_one_test() -> None:
    """Each promise line ends with the tests that pin it."""
    lines = promises()
    assert len(lines) >= 40
    unpinned = [line for line in lines if " — " not in line or not NODE.search(line.split(" — ", 1)[1])]
    assert unpinned == []


def test_every_test_named_in_the_table_exists() -> None:
    """A renamed or deleted test shows up here instead of leaving a promise silently unpinned."""
    named = [match for line in promises() for match in NODE.findall(line)]
    assert named
    assert missing(named) == []


def test_every_promise_test_is_in_the_table() -> None:
    """The tests written for the promises are each listed against the promise they pin."""
    named = {f"{path}::{name}" for line in promises() for path, name in NODE.findall(line)}
    written = {
        f"{path.relative_to(ROOT)}::{name}"
        for path in sorted((ROOT / "tests" / "promises").glob("test_*.py"))
        for name in functions_in(str(path.relative_to(ROOT)))
        if name.startswith("test_") and path.name != Path(__file__).name
    }
    assert written - named == set()


def test_every_mutation_applies_exactly_once_and_names_existing_tests() -> None:
    """`make mutate` would refuse to run a stale mutation; the suite says so first."""
    mutate.check(mutate.MUTATIONS, ROOT)
    covering = [tuple(test.split("::", 1)) for m in mutate.MUTATIONS for test in m.tests]
    assert missing(covering) == []  # type: ignore[arg-type]
