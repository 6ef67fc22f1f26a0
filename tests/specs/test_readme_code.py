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
