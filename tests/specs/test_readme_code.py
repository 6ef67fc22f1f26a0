"""The README's Python blocks are real code: they compile, and every name they import exists."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_a_python_quick_start_per_provider() -> None:
    text = "\n".join(BLOCKS)
    for provider in ("airalo", "onlinesim", "aeropay", "gogox"):
        assert f"tokenkeep.{provider}" in text, provider


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_block_compiles_and_its_imports_resolve(code: str) -> None:
    # Top-level `await` appears in async snippets; compile as the body of an async function.
    tree = ast.parse("async def _():\n" + "".join(f"    {line}\n" for line in code.splitlines()))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if not hasattr(module, alias.name):
                    importlib.import_module(f"{node.module}.{alias.name}")  # a submodule, or ImportError


def test_every_tokenkeep_name_the_readme_mentions_exists() -> None:
    """Code and prose alike: `tokenkeep.X`, `tokenkeep.provider.Y` name things that exist."""
    text = README.read_text(encoding="utf-8")
    names = set(re.findall(r"\btokenkeep(?:\.[A-Za-z_]\w*)+", text))
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


QUICK_STARTS = {
    provider: next(
        block
        for block in BLOCKS
        if block.startswith(f"import tokenkeep.{provider}")
        or (f"\nimport tokenkeep.{provider}\n" in block and "client(" in block)
    )
    for provider in ("airalo", "onlinesim", "aeropay", "gogox")
}
#: The placeholders the quick starts leave to the reader.
PLACEHOLDERS = 'CLIENT_ID = CLIENT_SECRET = API_KEY = API_SECRET = ""\n'


@pytest.mark.parametrize("provider", sorted(QUICK_STARTS))
def test_quick_start_needs_no_narrowing(provider: str) -> None:
    """A result is the success model: no isinstance, assert or cast to get at its fields."""
    code = QUICK_STARTS[provider]
    assert not re.search(r"\b(isinstance|assert|cast)\b", code), code


def test_quick_starts_pass_mypy_strict_as_printed(tmp_path: Path) -> None:
    """Each provider's quick start, exactly as the README prints it, passes `mypy --strict`."""
    from mypy import api as mypy

    files = []
    for provider, code in QUICK_STARTS.items():
        path = tmp_path / f"quick_start_{provider}.py"
        path.write_text(PLACEHOLDERS + code, encoding="utf-8")
        files.append(str(path))
    root = README.parent
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nmypy_path = {root / 'overlay'}:{root / 'generated'}\n")
    out, err, status = mypy.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache"), "--config-file", str(config), *files]
    )
    assert status == 0, out + err
