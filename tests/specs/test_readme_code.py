"""The Python blocks of README.md and docs/ are real code: they compile, every name they import
exists, and each passes `mypy --strict` as printed, so a renamed operation or a changed return type
breaks the test run, not a reader's first try."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)

# What the blocks may use without defining it: a reader's own credentials. docs/index.md says so.
PLACEHOLDERS = ("CLIENT_ID", "CLIENT_SECRET", "API_KEY", "API_SECRET", "WEBHOOK_SIGNING_KEY")
PRELUDE = "".join(f"{name}: str\n" for name in PLACEHOLDERS)


def _blocks() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        relative = page.relative_to(ROOT).as_posix()
        for number, match in enumerate(FENCE.finditer(page.read_text(encoding="utf-8")), start=1):
            found.append((f"{relative}#{number}", match.group(1)))
    return found


BLOCKS = _blocks()
IDS = [name for name, _ in BLOCKS]


def _module_name(block_id: str) -> str:
    return "block_" + re.sub(r"\W", "_", block_id)


def test_there_are_blocks_in_the_readme_and_on_every_provider_page() -> None:
    pages = {name.split("#")[0] for name in IDS}
    expected = {"README.md"} | {f"docs/providers/{p}.md" for p in ("airalo", "onlinesim", "aeropay", "gogox")}
    assert expected <= pages, sorted(expected - pages)


def test_the_readme_quick_start_and_each_provider_page_use_their_tokenkeep_module() -> None:
    for provider in ("airalo", "onlinesim", "aeropay", "gogox"):
        text = "\n".join(code for name, code in BLOCKS if name.startswith(f"docs/providers/{provider}.md#"))
        assert f"tokenkeep.{provider}" in text, provider
    assert "tokenkeep." in "\n".join(code for name, code in BLOCKS if name.startswith("README.md#"))


@pytest.mark.parametrize("code", [code for _, code in BLOCKS], ids=IDS)
def test_block_compiles_and_its_imports_resolve(code: str) -> None:
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if not hasattr(module, alias.name):
                    importlib.import_module(f"{node.module}.{alias.name}")  # a submodule, or ImportError


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One mypy run over every block (each its own module, the placeholders declared first)."""
    directory = tmp_path_factory.mktemp("blocks")
    files = []
    for block_id, code in BLOCKS:
        path = directory / f"{_module_name(block_id)}.py"
        path.write_text(PRELUDE + code, encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--config-file", "pyproject.toml", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        stem = Path(line.split(":", 1)[0]).stem
        errors.setdefault(stem, []).append(line.split("/")[-1])
    assert set(errors) <= {_module_name(block_id) for block_id in IDS}, result.stdout
    return errors


@pytest.mark.timeout(450)
@pytest.mark.parametrize("block_id", IDS)
def test_block_passes_mypy_strict(block_id: str, mypy_errors: dict[str, list[str]]) -> None:
    # Line numbers in the messages count the placeholder lines first.
    assert mypy_errors.get(_module_name(block_id), []) == [], f"(lines offset by {len(PLACEHOLDERS)})"


def test_every_tokenkeep_name_the_documents_mention_exists() -> None:
    """Code and prose alike: `tokenkeep.X`, `tokenkeep.provider.Y` name things that exist."""
    names = set()
    for page in PAGES:
        found = re.findall(r"\btokenkeep(?:\.[A-Za-z_]\w*)+", page.read_text(encoding="utf-8"))
        names |= {name for name in found if not name.endswith(".md")}  # a link to a page, not a name
    assert len(names) > 20
    missing = []
    for dotted in sorted(names):
        parts = dotted.split(".")
        target: object = importlib.import_module(parts[0])
        for depth, part in enumerate(parts[1:], start=1):
            if hasattr(target, part):
                target = getattr(target, part)
                continue
            try:
                target = importlib.import_module(".".join(parts[: depth + 1]))
            except ImportError:
                missing.append(dotted)
                break
    assert missing == []


#: Each provider's quick start: the first Python block of its page (the README's is Airalo's, shorter).
QUICK_STARTS = {
    provider: next(code for name, code in BLOCKS if name == f"docs/providers/{provider}.md#1")
    for provider in ("airalo", "onlinesim", "aeropay", "gogox")
} | {"readme": next(code for name, code in BLOCKS if name == "README.md#1")}


@pytest.mark.parametrize("provider", sorted(QUICK_STARTS))
def test_quick_start_needs_no_narrowing(provider: str) -> None:
    """A result is the success model: no isinstance, assert or cast to get at its fields."""
    code = QUICK_STARTS[provider]
    assert not re.search(r"\b(isinstance|assert|cast)\b", code), code
