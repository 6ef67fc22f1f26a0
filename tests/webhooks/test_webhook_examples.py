"""Every webhook example parses into a generated pydantic payload model without loss.

The examples are the providers' published payloads (tests/fixtures/<provider>/manifest.tsv, kind
`webhook`) and the examples the specs give for their webhook payload schemas (taken from the
reference files). A payload must parse into one of its provider's `WEBHOOKS` models with every
top-level field known to that model, and dump back to the same JSON.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def webhook_examples() -> list[Any]:
    cases = []
    for manifest in sorted(FIXTURES.glob("*/manifest.tsv")):
        provider = manifest.parent.name
        for line in manifest.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) > 4 and fields[4] == "webhook":
                path = FIXTURES / fields[0]
                cases.append(pytest.param(provider, json.loads(path.read_text(encoding="utf-8")), id=fields[0]))
    for spec_path in sorted((ROOT / "specs").glob("*.yaml")):
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        schemas = spec.get("components", {}).get("schemas", {})
        for name, item in (spec.get("webhooks") or {}).items():
            for method, operation in item.items():
                media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
                ref = media.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
                examples = [media["example"]] if "example" in media else []
                examples += [e["value"] for e in (media.get("examples") or {}).values() if "value" in e]
                examples += [schemas.get(ref, {})["example"]] if "example" in schemas.get(ref, {}) else []
                examples += list(schemas.get(ref, {}).get("examples") or [])
                for number, example in enumerate(examples):
                    case_id = f"{spec_path.stem}:{name}:{method}:{number}"
                    cases.append(pytest.param(spec_path.stem, example, id=case_id))
    return cases


def models_of(provider: str) -> list[type[BaseModel]]:
    module = importlib.import_module(f"{provider}_client.webhooks")
    return list(dict.fromkeys(module.WEBHOOKS.values()))


@pytest.mark.parametrize(("provider", "raw"), webhook_examples())
def test_webhook_example_parses_without_loss(provider: str, raw: Any) -> None:
    fits = []
    for model in models_of(provider):
        try:
            event = model.model_validate(raw)
        except ValidationError:
            continue
        if not event.model_extra:
            fits.append((model.__name__, event))
    assert fits, f"the example fits none of {[m.__name__ for m in models_of(provider)]} with all fields known"
    for name, event in fits:
        assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == raw, name


def test_every_provider_with_webhooks_has_examples() -> None:
    providers = {case.values[0] for case in webhook_examples()}
    with_webhooks = {p.stem for p in (ROOT / "specs").glob("*.yaml") if yaml.safe_load(p.read_text()).get("webhooks")}
    assert with_webhooks <= providers
