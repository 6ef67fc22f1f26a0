"""Pydantic v2 models of a spec's webhook payloads, with datamodel-code-generator.

The payloads are the schemas that the spec's `webhooks:` receive (their request
bodies), with every schema they refer to. They are copied into one JSON Schema
document and handed to datamodel-code-generator with the options pinned in
scripts/generator/webhooks.args. Every enum class it writes is then made open
(`_missing_` answers an unknown value with a new pseudo-member): a provider
that adds an event type or a status must not make its webhooks unreadable,
while known values still parse to their members and the field keeps its type.

The module also gets `WEBHOOKS`, the payload model of each webhook by its name
in the spec (`WEBHOOKS["asyncOrder"].model_validate_json(body)`), and
`WebhookPayloads`, a union of every payload for a receiver that does not know
which one came.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
ARGS = ROOT / "scripts" / "generator" / "webhooks.args"
BIN = Path(sys.executable).parent
REF_PREFIX = "#/components/schemas/"


class WebhookModelError(Exception):
    pass


def webhook_payloads(spec: dict[str, Any]) -> dict[str, str]:
    """Webhook name -> the name of the component schema of its JSON body."""
    payloads: dict[str, str] = {}
    for name, item in (spec.get("webhooks") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            schema = operation["requestBody"].get("content", {}).get("application/json", {}).get("schema", {})
            ref = schema.get("$ref", "")
            if not ref.startswith(REF_PREFIX):
                raise WebhookModelError(
                    f"webhook {name} ({method}): its JSON body must be a $ref to a named schema"
                    " under components/schemas"
                )
            payloads[name] = ref.removeprefix(REF_PREFIX)
    return payloads


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            found.add(ref.removeprefix(REF_PREFIX))
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _closure(schemas: dict[str, Any], roots: set[str]) -> list[str]:
    seen: set[str] = set()
    todo = sorted(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in schemas:
            raise WebhookModelError(f"schema {name} is referred to but not defined under components/schemas")
        seen.add(name)
        todo.extend(sorted(_refs(schemas[name]) - seen))
    return sorted(seen)


def _as_json_schema(node: Any) -> Any:
    """OpenAPI 3.1 schemas are JSON Schema 2020-12; only the refs move to $defs."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = "#/$defs/" + value.removeprefix(REF_PREFIX)
            elif key in ("example", "examples", "x-unverified", "discriminator", "xml", "externalDocs"):
                continue
            else:
                out[key] = _as_json_schema(value)
        return out
    if isinstance(node, list):
        return [_as_json_schema(value) for value in node]
    return node


def payload_document(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    payloads = webhook_payloads(spec)
    schemas = spec.get("components", {}).get("schemas", {})
    names = _closure(schemas, set(payloads.values()))
    defs = {name: _as_json_schema(copy.deepcopy(schemas[name])) for name in names}
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "WebhookPayloads",
        "description": "The payloads this provider's webhooks deliver.",
        "$defs": defs,
        "anyOf": [{"$ref": f"#/$defs/{name}"} for name in sorted(set(payloads.values()))],
    }
    return document, payloads


OPEN_ENUMS = '''

class _OpenStrEnum(StrEnum):
    """An enum that keeps values it does not know (the provider may add some)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member


class _OpenIntEnum(IntEnum):
    """An enum that keeps values it does not know (the provider may add some)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
'''


def open_enums(code: str) -> str:
    """Base every generated enum on an open one, defined once at the top of the module."""
    code, strs = re.subn(r"^(class \w+)\(StrEnum\):", r"\1(_OpenStrEnum):", code, flags=re.M)
    code, ints = re.subn(r"^(class \w+)\(IntEnum\):", r"\1(_OpenIntEnum):", code, flags=re.M)
    if re.search(r"^class \w+\((Enum|str, Enum|int, Enum)\):", code, flags=re.M):
        raise WebhookModelError("an enum mixes value types; give it one type in the spec so it can be opened")
    if not (strs or ints):
        return code
    header, _, body = code.partition("\n\n\nclass ")
    imports = "from enum import IntEnum, StrEnum\nfrom typing import Any\n"
    return f"{header}\n{imports}{OPEN_ENUMS}\n\nclass {body}"


def options() -> list[str]:
    return [line.strip() for line in ARGS.read_text().splitlines() if line.strip() and not line.startswith("#")]


def generate(spec_path: Path, out_file: Path) -> bool:
    """Write the webhook models of `spec_path` to `out_file`; False when the spec has no webhooks."""
    spec = yaml.safe_load(spec_path.read_text())
    document, payloads = payload_document(spec)
    if not payloads:
        return False
    with tempfile.TemporaryDirectory(prefix="webhook-models-") as tmp:
        source = Path(tmp) / "payloads.json"
        source.write_text(json.dumps(document, indent=2, sort_keys=True))
        cmd = [str(BIN / "datamodel-codegen"), "--input", str(source), "--output", str(out_file), *options()]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=tmp)
        if result.returncode != 0:
            raise WebhookModelError(f"datamodel-codegen failed for {spec_path.name}:\n{result.stdout}{result.stderr}")
    code = open_enums(out_file.read_text())
    table = "\n".join(f"    {name!r}: {model}," for name, model in sorted(payloads.items()))
    code += (
        "\n\n#: The payload model of each webhook, by its name in the spec's `webhooks:`.\n"
        f"WEBHOOKS: dict[str, type[BaseModel]] = {{\n{table}\n}}\n"
    )
    out_file.write_text(code)
    return True


if __name__ == "__main__":
    written = generate(Path(sys.argv[1]), Path(sys.argv[2]))
    print("written" if written else "no webhooks")
