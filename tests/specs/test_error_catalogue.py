"""The error-code catalogues (`x-error-families`, `x-error-codes`) are well-formed and complete.

The contract's typed errors are generated from these tables, so a code missing here is an error
nobody can catch by type, and a family class renamed here breaks every `except` written against it.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

import pytest
import tokenkeep.aeropay
import tokenkeep.onlinesim
import yaml
from tokenkeep import APIError, AuthError, TokenError

ROOT = Path(__file__).resolve().parents[2]
CATALOGUED = ("aeropay", "airalo", "onlinesim")
FAMILY_KEYS = {"class", "description", "retryable"}
CODE_KEYS = {"family", "meaning", "retryable", "status", "x-unverified"}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def load(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    return spec


def without_catalogue(spec: dict[str, Any]) -> str:
    """The spec's text outside the catalogue: where the descriptions mention codes."""
    rest = {key: value for key, value in spec.items() if key not in ("x-error-families", "x-error-codes")}
    return yaml.safe_dump(rest, width=10_000)


@pytest.mark.parametrize("provider", CATALOGUED)
def test_families_are_well_formed(provider: str) -> None:
    """Each family has a snake_case key, a Python class name ending in Error, a description, a bool retryable."""
    families = load(provider)["x-error-families"]
    assert families, "no families"
    classes = [family["class"] for family in families.values()]
    assert len(set(classes)) == len(classes), "two families raise the same class"
    for key, family in families.items():
        assert SNAKE.match(key), f"family key {key!r} is not snake_case"
        assert set(family) <= FAMILY_KEYS, f"{key}: unknown keys {set(family) - FAMILY_KEYS}"
        assert family["class"].isidentifier() and not keyword.iskeyword(family["class"]), key
        assert family["class"].endswith("Error") and family["class"][0].isupper(), key
        assert isinstance(family["description"], str) and family["description"].strip(), key
        assert isinstance(family.get("retryable", False), bool), key


@pytest.mark.parametrize("provider", CATALOGUED)
def test_codes_are_well_formed_and_every_family_is_used(provider: str) -> None:
    """Each code is a string key naming a known family, with a meaning; status, retryable, x-unverified typed."""
    spec = load(provider)
    families, codes = spec["x-error-families"], spec["x-error-codes"]
    for code, entry in codes.items():
        assert isinstance(code, str), f"{code!r}: quote the code, keys must be strings"
        assert set(entry) <= CODE_KEYS, f"{code}: unknown keys {set(entry) - CODE_KEYS}"
        assert entry["family"] in families, f"{code}: no family {entry['family']!r}"
        assert isinstance(entry["meaning"], str) and entry["meaning"].strip(), f"{code}: no meaning"
        assert isinstance(entry.get("retryable", False), bool), code
        status = entry.get("status", [])
        assert isinstance(status, list) and all(isinstance(s, int) and 100 <= s <= 599 for s in status), code
        assert len(set(status)) == len(status), code
        assert isinstance(entry.get("x-unverified", "why"), str) and entry.get("x-unverified", "why").strip(), code
    unused = set(families) - {entry["family"] for entry in codes.values()}
    assert not unused, f"families without codes: {unused}"


def test_aeropay_catalogue_is_the_whole_glossary() -> None:
    """All 109 AP codes of the glossary, and every code any Aeropay description or example mentions."""
    spec = load("aeropay")
    codes = spec["x-error-codes"]
    assert len([code for code in codes if re.fullmatch(r"AP\d{3,4}", code)]) == 109
    mentioned = set(re.findall(r"\bAP\d{3,4}\b", without_catalogue(spec)))
    assert mentioned, "the pattern found no code at all"
    assert mentioned <= set(codes), f"mentioned but not catalogued: {sorted(mentioned - set(codes))}"


def test_aeropay_families_keep_the_classes_tokenkeep_raises_today() -> None:
    """Every catalogued Aeropay code maps to the family class tokenkeep's error_class gives it."""
    spec = load("aeropay")
    families = spec["x-error-families"]
    for code, entry in spec["x-error-codes"].items():
        expected = families[entry["family"]]["class"]
        assert tokenkeep.aeropay.error_class(code).__name__ == expected, code


def test_onlinesim_catalogue_matches_the_error_code_enum() -> None:
    """Exactly the codes of the ErrorCode enum, no more, no fewer."""
    spec = load("onlinesim")
    enum = spec["components"]["schemas"]["ErrorCode"]["enum"]
    assert set(spec["x-error-codes"]) == set(enum)


def test_airalo_catalogue_matches_the_business_error_codes() -> None:
    """The codes BusinessError's description lists; 13 and 53 (retry later) alone are retryable."""
    spec = load("airalo")
    description = spec["components"]["schemas"]["BusinessError"]["description"]
    listed = set(re.findall(r"\b(\d{2})\s+[a-z]", description.split("Known codes:", 1)[1]))
    codes = spec["x-error-codes"]
    assert listed and set(codes) == listed
    families = spec["x-error-families"]
    retryable = {code for code, e in codes.items() if e.get("retryable", families[e["family"]].get("retryable", False))}
    assert retryable == {"13", "53"}


def existing_classes(module: Any, base: type[APIError]) -> dict[str, type[APIError]]:
    """The provider's typed error classes (not the token endpoint's, which are auth errors of another kind)."""
    found = {}
    for name in module.__all__:
        value = getattr(module, name)
        is_typed_error = isinstance(value, type) and issubclass(value, base) and value is not base
        if is_typed_error and not issubclass(value, (TokenError, AuthError)):
            found[name] = value
    return found


@pytest.mark.parametrize(
    ("provider", "module", "base"),
    [
        ("aeropay", tokenkeep.aeropay, tokenkeep.aeropay.AeropayError),
        ("onlinesim", tokenkeep.onlinesim, tokenkeep.onlinesim.OnlinesimError),
    ],
)
def test_the_catalogue_keeps_every_class_name_and_retry_flag_tokenkeep_has(
    provider: str, module: Any, base: type[APIError]
) -> None:
    """Renaming a family class would break user code that catches it: each existing class is a family's."""
    families = {family["class"]: family for family in load(provider)["x-error-families"].values()}
    classes = existing_classes(module, base)
    assert classes, "found no typed error classes"
    for name, cls in classes.items():
        assert name in families, f"{name} is raised today but no family has it"
        if hasattr(cls, "retryable"):
            assert families[name].get("retryable", False) is cls.retryable, name
