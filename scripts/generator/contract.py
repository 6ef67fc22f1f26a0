"""What a generated package needs for tokenkeep's client contract, read from its spec.

scripts/generate.py writes three files into each generated package with `write_contract`:

- `errors.py`: the provider's error classes, one per family of the spec's `x-error-families`, all
  subclasses of `<Provider>Error(tokenkeep.ProviderError)`, and `CODES`/`error_class`, the lookup
  from each code of `x-error-codes` to its class; plus `UnexpectedStatus` (a tokenkeep
  APIStatusError), which the generator's own code raises.
- `_contract.py`: each operation's method, path, whether it is safe to repeat (`x-idempotent`,
  else true only for GET/HEAD/OPTIONS) and whether transport retries apply (`x-retry`), and the
  package's `CONTRACT`.
- `_schemas.json`: per operation and status, the success schema without its error-model branches,
  and the error models (components marked `x-error-model`) an answer of that status may be; the
  component schemas, loosened for validation (enums dropped so that unknown values are kept,
  `additionalProperties: false` removed, `oneOf` read as `anyOf`, descriptions and examples
  dropped).

`x-error-model` on a component schema says it is an error body, and where its code is::

    x-error-model: {code: [error/code, code], except: ["1"], message: [error/message], help: [error/help]}

`code`, `message` and `help` are lists of paths (slash-separated properties), the first present
wins; a code listed in `except` marks a success (Onlinesim's `{"response": "1"}`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SAFE_METHODS = frozenset({"get", "head", "options"})
DROPPED_KEYWORDS = frozenset({"description", "example", "examples", "discriminator", "xml", "externalDocs", "title"})


class ContractError(Exception):
    pass


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and len(node) == 1:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ContractError(f"only local $refs are supported: {ref}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def loosened(node: Any) -> Any:
    """A schema that accepts what the generated models keep: unknown enum values and extra fields."""
    if isinstance(node, list):
        return [loosened(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROPPED_KEYWORDS or key.startswith("x-") or key == "enum":
            continue
        if key == "additionalProperties" and value is False:
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: loosened(schema) for name, schema in value.items()}
            continue
        out["anyOf" if key == "oneOf" else key] = loosened(value)
    return out


def _error_model_name(spec: dict[str, Any], node: Any) -> str | None:
    if isinstance(node, dict) and set(node) == {"$ref"} and node["$ref"].startswith("#/components/schemas/"):
        name = node["$ref"].rsplit("/", 1)[1]
        if "x-error-model" in spec["components"]["schemas"][name]:
            return str(name)
    return None


def split(spec: dict[str, Any], schema: Any) -> tuple[Any, list[str]]:
    """(the schema without its error-model branches or None if nothing is left, the error models' names)."""
    name = _error_model_name(spec, schema)
    if name is not None:
        return None, [name]
    resolved = _resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        if isinstance(resolved, dict) and key in resolved and set(resolved) - {"description", "title"} == {key}:
            kept: list[Any] = []
            errors: list[str] = []
            for branch in resolved[key]:
                success, found = split(spec, branch)
                errors.extend(found)
                if success is not None:
                    kept.append(success)
            if not errors:
                return schema, []
            if not kept:
                return None, errors
            return (kept[0] if len(kept) == 1 else {"anyOf": kept}), errors
    return schema, []


def _paths(value: Any) -> list[list[str]]:
    items = value if isinstance(value, list) else ([value] if value else [])
    return [str(item).strip("/").split("/") for item in items]


def error_models(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        mark = schema.get("x-error-model")
        if mark is None:
            continue
        if not isinstance(mark, dict) or not mark.get("code"):
            raise ContractError(f"components/schemas/{name}: x-error-model needs at least `code` (paths)")
        found[name] = {
            "name": name,
            "schema": {"$ref": f"#/components/schemas/{name}"},
            "code": _paths(mark.get("code")),
            "except": [str(value) for value in mark.get("except", [])],
            "message": _paths(mark.get("message")),
            "help": _paths(mark.get("help")),
        }
    return found


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    models = error_models(spec)
    result: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op.get("operationId")
            if not op_id:
                raise ContractError(f"{method.upper()} {path} has no operationId")
            success: dict[str, Any] = {}
            errors: dict[str, list[dict[str, Any]]] = {}
            for status, response in op.get("responses", {}).items():
                response = _resolve(spec, response)
                content = response.get("content") or {}
                json_types = [t for t in content if _is_json(t)]
                schema = content[json_types[0]].get("schema") if json_types else None
                kept, names = split(spec, schema) if schema is not None else (None, [])
                if names:
                    errors[str(status)] = [models[name] for name in names]
                if str(status).startswith("2"):
                    success[str(status)] = {
                        "json": bool(json_types),
                        "schema": loosened(kept) if kept is not None else None,
                    }
            idempotent = op.get("x-idempotent", method in SAFE_METHODS)
            if isinstance(idempotent, dict) and set(idempotent) == {"header"}:
                key_header, idempotent = str(idempotent["header"]), False
            elif isinstance(idempotent, bool):
                key_header = None
            else:
                raise ContractError(f"{op_id}: x-idempotent must be true, false or {{header: <name>}}")
            result[op_id] = {
                "method": method,
                "path": path,
                "idempotent": idempotent,
                "idempotency_header": key_header,
                "retry": bool(op.get("x-retry", True)),
                "success": success,
                "errors": errors,
            }
    return result


def python_name(operation_id: str) -> str:
    """The name openapi-python-client gives the operation's module (and the template's `endpoint.name`)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, prefix="field_"))


def schemas_json(spec: dict[str, Any]) -> str:
    ops = operations(spec)
    data = {
        "components": {"schemas": loosened(spec.get("components", {}).get("schemas", {}))},
        "operations": {op_id: {"success": op["success"], "errors": op["errors"]} for op_id, op in ops.items()},
        "error_models": list(error_models(spec).values()),
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def _class_name(provider: str) -> str:
    return {"gogox": "Gogox", "aeropay": "Aeropay", "airalo": "Airalo", "onlinesim": "Onlinesim"}.get(
        provider, provider.title()
    )


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''").strip()


def errors_py(provider: str, spec: dict[str, Any]) -> str:
    base = f"{_class_name(provider)}Error"
    families: dict[str, Any] = spec.get("x-error-families", {})
    codes: dict[str, Any] = spec.get("x-error-codes", {})
    lines = [
        f'"""Errors of the {provider} client, generated from the spec\'s error catalogue (`x-error-codes`).',
        "",
        "Every error a call raises is a tokenkeep error (see tokenkeep's exception tree); the",
        f"provider's own codes raise `{base}` subclasses, one per family, whatever the HTTP status.",
        '"""',
        "",
        "from tokenkeep import APIStatusError, ProviderError",
        "",
        "",
        "class UnexpectedStatus(APIStatusError):",
        '    """An undocumented status, raised by `*_detailed` when `Client.raise_on_unexpected_status` is set."""',
        "",
        "    def __init__(self, status_code: int, content: bytes):",
        "        self.content = content",
        "        super().__init__(",
        f'            f"{provider}: unexpected status code {{status_code}}; body: "',
        '            + content[:1000].decode(errors="replace"),',
        f'            provider="{provider}",',
        "            status_code=status_code,",
        "            body=content,",
        "        )",
        "",
        "",
        f"class {base}(ProviderError):",
        f'    """{_class_name(provider)} answered one of its error codes (`code`), whatever the HTTP status."""',
        "",
    ]
    names = [base]
    for family, info in families.items():
        cls = info["class"]
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", cls):
            raise ContractError(f"x-error-families.{family}: class {cls!r} is not a class name")
        names.append(cls)
        lines += ["", f"class {cls}({base}):", f'    """{_docstring(info.get("description", family))}"""']
        if info.get("retryable"):
            lines += ["", "    retryable = True"]
        lines.append("")
    lines += [
        "",
        "#: Each code of the catalogue: (class, meaning, retryable or None for the family's).",
        f"CODES: dict[str, tuple[type[{base}], str, bool | None]] = {{",
    ]
    for code, info in codes.items():
        family = info.get("family")
        if family is not None and family not in families:
            raise ContractError(f"x-error-codes.{code}: unknown family {family!r}")
        cls = families[family]["class"] if family is not None else base
        retryable = info.get("retryable")
        lines.append(f"    {str(code)!r}: ({cls}, {info.get('meaning', '')!r}, {retryable!r}),")
    lines += [
        "}",
        f"{base}.codes = CODES  # type: ignore[assignment]  # the provider's classes, narrower than ProviderError",
        "",
        "",
        f"def error_class(code: str | None) -> type[{base}]:",
        f'    """The class of a {provider} error code ({base} itself for a code outside the catalogue)."""',
        "    if code is None or code not in CODES:",
        f"        return {base}",
        "    return CODES[code][0]",
        "",
        "",
        f"__all__ = {sorted([*names, 'CODES', 'UnexpectedStatus', 'error_class'])!r}",
        "",
    ]
    return "\n".join(lines)


def contract_py(provider: str, spec: dict[str, Any]) -> str:
    ops = operations(spec)
    lines = [
        '"""The facts of each operation tokenkeep\'s contract acts on (generated from the spec).',
        "",
        "OPERATIONS: the operation's Python name -> (operationId, method, path, safe to repeat, the header whose",
        "value makes it safe to repeat (an idempotency key), transport retries apply).",
        '"""',
        "",
        "from tokenkeep import ProviderError",
        "from tokenkeep._contract import Contract",
        "",
        "",
        "def error_class(code: str | None) -> type[ProviderError]:",
        '    """The class of a provider error code (errors.py, the whole catalogue, loads on the first error)."""',
        "    from .errors import error_class as lookup",
        "",
        "    return lookup(code)",
        "",
        "",
        "OPERATIONS: dict[str, tuple[str, str, str, bool, str | None, bool]] = {",
    ]
    for op_id, op in sorted(ops.items()):
        facts = (op_id, op["method"], op["path"], op["idempotent"], op["idempotency_header"], op["retry"])
        lines.append(f"    {python_name(op_id)!r}: {facts!r},")
    lines += [
        "}",
        "",
        f'CONTRACT = Contract(provider="{provider}", package=__package__, '
        "operations=OPERATIONS, error_class=error_class)",
        "",
    ]
    return "\n".join(lines)


def write_contract(provider: str, spec: dict[str, Any], package: Path) -> list[Path]:
    """Write errors.py, _contract.py and _schemas.json into `package`; the Python files to format."""
    (package / "_schemas.json").write_text(schemas_json(spec), encoding="utf-8")
    errors = package / "errors.py"
    errors.write_text(errors_py(provider, spec), encoding="utf-8")
    contract = package / "_contract.py"
    contract.write_text(contract_py(provider, spec), encoding="utf-8")
    return [errors, contract]
