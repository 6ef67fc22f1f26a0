"""CHANGELOGs: scripts/release/changelog/<package>.md, newest entry first.

An entry starts with `## <version> (<date>)`. scripts/release.py writes the entry from the
spec comparison; people edit it before publishing (reword, group, add what the spec cannot
show). An entry still holding PLACEHOLDER is not ready: publishing refuses it.
"""

from __future__ import annotations

import re
from pathlib import Path

from .specdiff import Change, SpecDiff

HEADING = re.compile(r"^## \[?(?P<version>\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)\]?(?:[ \t].*)?$", re.MULTILINE)
PLACEHOLDER = "(describe this release here before publishing)"
SECTIONS = {"breaking": "Breaking changes", "feature": "Added", "fix": "Fixed and documented"}
FIX_LIMIT = 12


def header(package: str) -> str:
    return (
        f"# Changelog: {package}\n\n"
        "Newest first. Each entry is written by `scripts/release.py` from the comparison of the spec\n"
        "with the last released one, then edited by hand before publishing.\n"
    )


def entry_versions(text: str) -> list[str]:
    """The versions of the entries, in file order (newest first)."""
    return [m.group("version") for m in HEADING.finditer(text)]


def read_versions(path: Path) -> list[str]:
    return entry_versions(path.read_text(encoding="utf-8")) if path.is_file() else []


def entry(text: str, version: str) -> str | None:
    """The body of the entry for `version` (heading included)."""
    matches = list(HEADING.finditer(text))
    for i, match in enumerate(matches):
        if match.group("version") == version:
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            return text[match.start() : end].rstrip() + "\n"
    return None


def _bullets(changes: list[Change], limit: int | None = None) -> list[str]:
    lines = [f"- {change}" for change in changes]
    if limit is not None and len(lines) > limit:
        lines = [*lines[:limit], f"- ... and {len(lines) - limit} more"]
    return lines


def render(
    version: str,
    date: str,
    diff: SpecDiff | None,
    *,
    previous: str | None,
    spec_name: str | None = None,
    notes: list[str] | None = None,
) -> str:
    """A new entry. `diff` is None for a package without a spec (tokenkeep): a placeholder to fill in."""
    lines = [f"## {version} ({date})", ""]
    if diff is None:
        lines += [f"- {PLACEHOLDER}"]
    elif previous is None:
        added = [c.where for c in diff.changes if c.level == "feature" and c.what == "added"]
        webhooks = [a for a in added if a.startswith("webhook ")]
        counted = f"{len(added) - len(webhooks)} operations" + (
            f", {len(webhooks)} webhook{'s' * (len(webhooks) != 1)}" if webhooks else ""
        )
        lines += [f"First release, generated from `{spec_name}` ({counted}):", ""]
        lines += [f"- {where}" for where in added]
    else:
        if diff.changes:
            lines += [f"Compared with {previous}, the spec has a **{diff.level}** change."]
        else:
            lines += [f"The spec is unchanged since {previous}."]
        for level, title in SECTIONS.items():
            selected = diff.at(level)
            if selected:
                lines += ["", f"### {title}", "", *_bullets(selected, FIX_LIMIT if level == "fix" else None)]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines).rstrip() + "\n"


def prepend(path: Path, package: str, new_entry: str) -> None:
    """Insert `new_entry` above the newest entry (creating the file with its header if needed)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else header(package)
    first = HEADING.search(text)
    if first is None:
        text = text.rstrip("\n") + "\n\n" + new_entry
    else:
        text = text[: first.start()] + new_entry + "\n" + text[first.start() :]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
