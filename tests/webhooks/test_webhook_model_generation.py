"""scripts/webhook_models.py: what the generated pydantic models accept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from scripts.webhook_models import WebhookModelError, generate, payload_document

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "webhooks": {
        "orderEvent": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}}
            }
        }
    },
    "components": {
        "schemas": {
            "Event": {
                "type": "object",
                "required": ["kind", "order"],
                "properties": {
                    "kind": {"type": "string", "enum": ["created", "cancelled"]},
                    "attempt": {"type": "integer", "enum": [1, 2]},
                    "at": {"type": "string", "format": "date-time"},
                    "order": {"$ref": "#/components/schemas/Order"},
                },
            },
            "Order": {"type": "object", "properties": {"price": {"type": ["number", "string"]}}},
            "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
    },
}


def _load(tmp_path: Path, spec: dict[str, object]) -> ModuleType:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec))
    out = tmp_path / "webhooks_under_test.py"
    assert generate(spec_file, out)
    loader = importlib.util.spec_from_file_location("webhooks_under_test", out)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules["webhooks_under_test"] = module
    loader.loader.exec_module(module)
    return module


def test_only_payloads_and_what_they_refer_to_are_generated() -> None:
    document, payloads = payload_document(SPEC)
    assert payloads == {"orderEvent": "Event"}
    assert sorted(document["$defs"]) == ["Event", "Order"]


def test_models_keep_unknown_fields_and_unknown_enum_values(tmp_path: Path) -> None:
    module = _load(tmp_path, SPEC)
    event = module.WEBHOOKS["orderEvent"].model_validate(
        {
            "kind": "refunded",
            "attempt": 7,
            "at": "2026-11-23 10:00:00",
            "order": {"price": "9.50", "new": 1},
            "extra": [1],
        }
    )
    kind = module.Kind
    # An event type the spec does not know yet is kept, as a member of the same enum, not rejected.
    assert event.kind == "refunded" and isinstance(event.kind, kind)
    assert event.model_dump(mode="json")["kind"] == "refunded"
    assert event.attempt == 7 and isinstance(event.attempt, module.Attempt)
    assert event.order.price == "9.50" and event.order.model_extra == {"new": 1}
    assert event.model_extra == {"extra": [1]}
    assert event.at.tzinfo is None  # naive timestamps are accepted as sent
    known = module.WEBHOOKS["orderEvent"].model_validate({"kind": "created", "order": {}})
    assert known.kind is kind.CREATED  # known values still parse to their member


def test_a_webhook_body_that_is_not_a_named_schema_is_refused(tmp_path: Path) -> None:
    spec = yaml.safe_load(yaml.safe_dump(SPEC))
    spec["webhooks"]["orderEvent"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {"type": "object"}
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec))
    with pytest.raises(WebhookModelError, match="orderEvent"):
        generate(spec_file, tmp_path / "out.py")


def test_a_spec_without_webhooks_writes_nothing(tmp_path: Path) -> None:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump({**SPEC, "webhooks": {}}))
    assert not generate(spec_file, tmp_path / "out.py")
    assert not (tmp_path / "out.py").exists()
