"""What the example-parsing tests share: the fixtures' manifest and a strict JSON comparison."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any


def manifest_rows(fixtures: Path) -> list[dict[str, str]]:
    """The rows of `<fixtures>/manifest.tsv`: file, provider, method, path, kind, http_status, source, edits."""
    with (fixtures / "manifest.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def same_json(a: Any, b: Any) -> bool:
    """JSON equality where 9 == 9.0 but "9" != 9 and True != 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b
