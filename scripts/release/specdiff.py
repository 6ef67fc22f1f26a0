"""Compare two OpenAPI 3.1 specs and classify the change for semantic versioning.

    diff = compare_specs(load_spec(old_path), load_spec(new_path))
    diff.level          # "none", "fix", "feature" or "breaking"
    for change in diff.changes: print(change)

The question asked is: what does the change mean for code written against the client
generated from the old spec? What the generated Python looks like (module names from
operationIds and tags, class names from models) is not predicted here: the Python API gate
(apigate.py) compares the generated code itself, and needs a breaking bump for what it finds
removed or renamed. This module judges what no signature shows: types, constraints, enum
values, responses, and feature versus fix.

breaking  an operation, parameter, request or response field, response or enum value removed;
          a type or constraint narrowed; a field made required; a required parameter or request
          field added; a response field's type widened or made optional (code reading it must
          now handle more).
feature   an operation, optional parameter, optional field, response, model or enum value added;
          a request type or constraint widened; something deprecated; a default changed; any
          other change to a schema keyword this module does not analyse.
fix       descriptions, summaries, examples, `x-` extensions, info, servers, tag descriptions,
          and any other change that no generated signature sees.

Requests (parameters, request bodies) and responses are compared in their own direction:
accepting more in a request is a feature, returning more in a response is breaking. For a
webhook the payload is what we receive, so it is compared as a response. Local `$ref`s
(`#/...`) are resolved, `allOf` is merged, and recursive schemas are followed once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .versions import LEVELS

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose value is documentation wherever they appear as a keyword.
DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "$comment"})
# Top-level keys that no generated signature depends on.
DOC_TOP_KEYS = frozenset({"info", "servers", "tags", "externalDocs", "jsonSchemaDialect"})
# Keys whose children are names (of properties, paths, responses, ...), not keywords.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "paths",
        "webhooks",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "content",
        "callbacks",
        "links",
        "encoding",
        "variables",
        "mapping",
        "pathItems",
        "scopes",
    }
)
# Formats openapi-python-client maps to their own Python types.
TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
HANDLED_SCHEMA_KEYS = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "const",
        "enum",
        "format",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "oneOf",
        "anyOf",
        "allOf",
        "title",
        "pattern",
        "multipleOf",
        "uniqueItems",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
        "$schema",
        "$id",
        "$defs",
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
    }
)


class SpecError(Exception):
    """A spec cannot be read or compared (unreadable file, unresolvable $ref)."""


@dataclass(frozen=True, order=True)
class Change:
    """One classified difference: `where` names the operation (or part of the document)."""

    level: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class SpecDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def level(self) -> str:
        """The largest change: what the version bump must cover."""
        return max((c.level for c in self.changes), key=LEVELS.index, default="none")

    def at(self, level: str) -> list[Change]:
        return [c for c in self.changes if c.level == level]

    def describe(self, limit: int | None = None) -> str:
        lines: list[str] = []
        for level in reversed(LEVELS[1:]):
            lines.extend(f"  {level}: {c}" for c in self.at(level))
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"  ... and {len(lines) - limit} more"]
        return "\n".join(lines)


# --------------------------------------------------------------------------- loading


def load_spec(path: Path) -> dict[str, Any]:
    """A spec file (YAML or JSON) as plain data with string keys (YAML turns `200:` into an int)."""
    import yaml  # PyYAML: a dependency of openapi-spec-validator, imported only when needed

    try:
        # libyaml's loader when PyYAML has it: the same safe constructor, about ten times faster.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path} is not an OpenAPI document (no mapping at the top)")
    result: dict[str, Any] = normalized(data)
    return result


def normalized(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _same(a: Any, b: Any) -> bool:
    return _canon(a) == _canon(b)


def _show(value: Any) -> str:
    return json.dumps(value, default=str) if not isinstance(value, str) else value


# --------------------------------------------------------------------------- $ref


class _Resolver:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs (#/...) are supported, not {ref!r}")
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"$ref {ref!r} points at nothing")
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow $refs (siblings of a $ref override the target, as OpenAPI 3.1 allows)."""
        name: str | None = None
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise SpecError(f"$ref must be a string, not {ref!r}")
            if ref in seen:
                raise SpecError(f"$ref loop through {ref!r}")
            seen.add(ref)
            name = name or ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            target = self.pointer(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, Mapping) else target
        return node, name


# --------------------------------------------------------------------------- schemas


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _covered(kind: str, types: frozenset[str] | None) -> bool:
    return types is None or kind in types or (kind == "integer" and "number" in types)


def _lost(before: frozenset[str] | None, after: frozenset[str] | None) -> frozenset[str]:
    """The types `before` admits that `after` does not."""
    if after is None:
        return frozenset()
    if before is None:
        return frozenset({"anything"})
    return frozenset(t for t in before if not _covered(t, after))


def _fmt_types(types: frozenset[str] | None) -> str:
    return "anything" if types is None else "|".join(sorted(types)) or "nothing"


@dataclass
class _Context:
    old: _Resolver
    new: _Resolver
    where: str
    part: str
    direction: str  # "request": we send it; "response": we receive it
    out: list[Change]
    stack: set[tuple[str | None, str | None]] = field(default_factory=set)

    def add(self, level: str, path: str, message: str) -> None:
        subject = f"field `{path}` " if path else ""
        self.out.append(Change(level, self.where, f"{self.part}: {subject}{message}"))

    def widened(self) -> str:
        """Accepting more is a feature; returning more means readers must handle more."""
        return "feature" if self.direction == "request" else "breaking"


def _types(schema: Any, res: _Resolver) -> frozenset[str] | None:
    """The JSON types a schema admits; None when unconstrained."""
    if schema is True or not isinstance(schema, Mapping):
        return None
    types: set[str] | None
    declared = schema.get("type")
    if declared is not None:
        types = {declared} if isinstance(declared, str) else set(declared)
    elif "const" in schema:
        types = {_json_type(schema["const"])}
    elif isinstance(schema.get("enum"), list):
        types = {_json_type(v) for v in schema["enum"]}
    elif isinstance(branches := schema.get("oneOf") or schema.get("anyOf"), list):
        types = set()
        for branch in branches:
            branch_types = _types(_merged(res.resolve(branch)[0], res), res)
            if branch_types is None:
                return None
            types |= branch_types
    elif "properties" in schema or isinstance(schema.get("additionalProperties"), Mapping):
        types = {"object"}
    elif "items" in schema:
        types = {"array"}
    else:
        return None
    if schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def _values(schema: Mapping[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    enum = schema.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _merged(schema: Any, res: _Resolver, depth: int = 0) -> Any:
    """Fold `allOf` into one schema: properties and required united, other keys first-wins."""
    if not isinstance(schema, Mapping) or "allOf" not in schema or depth > 32:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        resolved = _merged(res.resolve(part)[0], res, depth + 1)
        if not isinstance(resolved, Mapping):
            continue
        for key, value in resolved.items():
            if key == "properties":
                out["properties"] = {**value, **out.get("properties", {})}
            elif key == "required":
                out["required"] = sorted(set(out.get("required", [])) | set(value))
            elif key == "type" and "type" in out:
                mine = {out["type"]} if isinstance(out["type"], str) else set(out["type"])
                theirs = {value} if isinstance(value, str) else set(value)
                both = sorted(mine & theirs)
                out["type"] = both[0] if len(both) == 1 else both
            else:
                out.setdefault(key, value)
    return out


def _is_model(schema: Any) -> bool:
    """Whether openapi-python-client makes a class of it (an object or an enum)."""
    if not isinstance(schema, Mapping):
        return False
    declared = schema.get("type")
    return (
        declared == "object"
        or "properties" in schema
        or "allOf" in schema
        or ("enum" in schema and declared in ("string", "integer", None))
    )


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def compare_schema(old: Any, new: Any, path: str, ctx: _Context, depth: int = 0) -> None:
    old, old_ref = ctx.old.resolve(old)
    new, new_ref = ctx.new.resolve(new)
    pair = (old_ref, new_ref)
    if old_ref and new_ref:
        if pair in ctx.stack or depth > 64:
            return  # a recursive schema: this pair is being compared further up
        ctx.stack.add(pair)
    try:
        _compare_schema(_merged(old, ctx.old), _merged(new, ctx.new), old_ref, new_ref, path, ctx, depth)
    finally:
        if old_ref and new_ref:
            ctx.stack.discard(pair)


def _compare_schema(
    old: Any, new: Any, old_ref: str | None, new_ref: str | None, path: str, ctx: _Context, depth: int
) -> None:
    # Boolean schemas: true admits anything, false nothing.
    old = {"not": {}} if old is False else old if isinstance(old, Mapping) else {}
    new = {"not": {}} if new is False else new if isinstance(new, Mapping) else {}

    # Generated class names come from the title, else the component name.
    if _is_model(old) and _is_model(new):
        old_name, new_name = old.get("title") or old_ref, new.get("title") or new_ref
        if old_name and new_name and old_name != new_name:
            ctx.add("breaking", path, f"model renamed from `{old_name}` to `{new_name}` (the generated class changes)")

    old_types, new_types = _types(old, ctx.old), _types(new, ctx.new)
    lost, gained = _lost(old_types, new_types), _lost(new_types, old_types)
    change = f"from {_fmt_types(old_types)} to {_fmt_types(new_types)}"
    if lost and gained:
        ctx.add("breaking", path, f"type changed {change}")
    elif lost:
        ctx.add("breaking", path, f"type narrowed {change}")
    elif gained:
        ctx.add(ctx.widened(), path, f"type widened {change}")

    _compare_values(old, new, path, ctx)
    _compare_constraints(old, new, path, ctx)
    _compare_object(old, new, path, ctx, depth)
    if "items" in old or "items" in new:
        compare_schema(old.get("items", True), new.get("items", True), f"{path}[]", ctx, depth + 1)
    _compare_branches(old, new, path, ctx, depth)

    for key in sorted(set(old) | set(new)):
        if key in HANDLED_SCHEMA_KEYS or key in DOC_KEYS or key.startswith("x-"):
            continue
        if not _same(old.get(key), new.get(key)):
            ctx.add("feature", path, f"keyword `{key}` changed (not analysed: review it)")


def _compare_values(old: Mapping[str, Any], new: Mapping[str, Any], path: str, ctx: _Context) -> None:
    old_values, new_values = _values(old), _values(new)
    if old_values is not None and new_values is not None:
        old_keys = {_canon(v) for v in old_values}
        new_keys = {_canon(v) for v in new_values}
        for value in old_values:
            if _canon(value) not in new_keys:
                ctx.add("breaking", path, f"enum value `{_show(value)}` removed")
        for value in new_values:
            if _canon(value) not in old_keys:
                ctx.add("feature", path, f"enum value `{_show(value)}` added")
    elif new_values is not None:
        ctx.add("breaking", path, f"restricted to the values {_show(new_values)}")
    elif old_values is not None:
        ctx.add(ctx.widened(), path, f"no longer restricted to the values {_show(old_values)}")

    old_format, new_format = old.get("format"), new.get("format")
    if old_format != new_format:
        level = "breaking" if {old_format, new_format} & TYPED_FORMATS else "feature"
        ctx.add(level, path, f"format changed from {old_format or 'none'} to {new_format or 'none'}")
    if not _same(old.get("default"), new.get("default")):
        ctx.add("feature", path, f"default changed from {_show(old.get('default'))} to {_show(new.get('default'))}")
    for flag in ("deprecated", "readOnly", "writeOnly"):
        if bool(old.get(flag)) != bool(new.get(flag)):
            ctx.add("feature", path, f"{'now' if new.get(flag) else 'no longer'} {flag}")
    if not _same(old.get("discriminator"), new.get("discriminator")):
        ctx.add("feature", path, "discriminator changed")


def _compare_constraints(old: Mapping[str, Any], new: Mapping[str, Any], path: str, ctx: _Context) -> None:
    for keys, tighter_if_larger in ((LOWER_BOUNDS, True), (UPPER_BOUNDS, False)):
        for key in keys:
            before, after = old.get(key), new.get(key)
            if _same(before, after):
                continue
            numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after))
            if before is None:
                tighter = True
            elif after is None:
                tighter = False
            elif numbers:
                tighter = (after > before) if tighter_if_larger else (after < before)
            else:  # OpenAPI 3.0's boolean exclusiveMinimum: cannot tell, assume the worst
                tighter = True
            if tighter:
                ctx.add("breaking", path, f"narrowed: {key} {_show(before)} -> {_show(after)}")
            else:
                ctx.add("feature", path, f"relaxed: {key} {_show(before)} -> {_show(after)}")
    for key in ("pattern", "multipleOf"):
        before, after = old.get(key), new.get(key)
        if not _same(before, after):
            level = "feature" if after is None else "breaking"
            ctx.add(level, path, f"{key} changed from {_show(before)} to {_show(after)}")
    if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
        ctx.add("breaking" if new.get("uniqueItems") else "feature", path, "uniqueItems changed")


def _compare_object(old: Mapping[str, Any], new: Mapping[str, Any], path: str, ctx: _Context, depth: int) -> None:
    old_props: Mapping[str, Any] = old.get("properties") or {}
    new_props: Mapping[str, Any] = new.get("properties") or {}
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    for name in old_props:
        if name not in new_props:
            ctx.add("breaking", _join(path, name), "removed")
    for name in new_props:
        if name in old_props:
            continue
        if name in new_required:
            level = "breaking" if ctx.direction == "request" else "feature"
            ctx.add(level, _join(path, name), "added (required)")
        else:
            ctx.add("feature", _join(path, name), "added (optional)")
    for name in old_props:
        if name not in new_props:
            continue
        was, now = name in old_required, name in new_required
        if now and not was:
            ctx.add("breaking", _join(path, name), "made required")
        elif was and not now:
            level = "feature" if ctx.direction == "request" else "breaking"
            ctx.add(level, _join(path, name), "made optional (code reading it must handle UNSET)")
        compare_schema(old_props[name], new_props[name], _join(path, name), ctx, depth + 1)

    old_extra, new_extra = old.get("additionalProperties", True), new.get("additionalProperties", True)
    if old_extra is False and new_extra is not False:
        ctx.add("feature", path, "now keeps additional properties")
    elif old_extra is not False and new_extra is False:
        ctx.add("breaking", path, "no longer keeps additional properties")
    elif isinstance(old_extra, Mapping) or isinstance(new_extra, Mapping):
        compare_schema(old_extra, new_extra, f"{path}.*" if path else "*", ctx, depth + 1)


def _branch_key(branch: Any, res: _Resolver, index: int) -> str:
    resolved, name = res.resolve(branch)
    title = resolved.get("title") if isinstance(resolved, Mapping) else None
    return name or title or f"#{index}"


def _compare_branches(old: Mapping[str, Any], new: Mapping[str, Any], path: str, ctx: _Context, depth: int) -> None:
    old_branches = old.get("oneOf") or old.get("anyOf")
    new_branches = new.get("oneOf") or new.get("anyOf")
    if not isinstance(old_branches, list) and not isinstance(new_branches, list):
        return
    if isinstance(old_branches, list) and isinstance(new_branches, list):
        old_keyed = {_branch_key(b, ctx.old, i): b for i, b in enumerate(old_branches)}
        new_keyed = {_branch_key(b, ctx.new, i): b for i, b in enumerate(new_branches)}
        for key, branch in old_keyed.items():
            if key in new_keyed:
                compare_schema(branch, new_keyed[key], path, ctx, depth + 1)
            elif not key.startswith("#"):
                ctx.add("breaking", path, f"alternative `{key}` removed")
        for key in new_keyed:
            if key not in old_keyed and not key.startswith("#"):
                ctx.add(ctx.widened(), path, f"alternative `{key}` added")
        return
    # A plain schema became a union (or the reverse): compare it with the alternatives of the
    # same type; the type change itself was reported by the caller.
    if isinstance(new_branches, list):
        plain_types = _types(old, ctx.old)
        for branch in new_branches:
            if _overlap(plain_types, _types(_merged(ctx.new.resolve(branch)[0], ctx.new), ctx.new)):
                compare_schema(_strip_union(old), branch, path, ctx, depth + 1)
    elif isinstance(old_branches, list):
        plain_types = _types(new, ctx.new)
        for branch in old_branches:
            if _overlap(plain_types, _types(_merged(ctx.old.resolve(branch)[0], ctx.old), ctx.old)):
                compare_schema(branch, _strip_union(new), path, ctx, depth + 1)


def _strip_union(schema: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}


def _overlap(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    if a is None or b is None:
        return True
    return bool({t for t in a if _covered(t, b)} or {t for t in b if _covered(t, a)})


# --------------------------------------------------------------------------- operations


@dataclass
class _Operation:
    label: str
    operation: Mapping[str, Any]
    shared_parameters: list[Any]
    webhook: bool


def _operations(doc: Mapping[str, Any], res: _Resolver) -> dict[tuple[str, str, str], _Operation]:
    found: dict[tuple[str, str, str], _Operation] = {}
    for kind in ("paths", "webhooks"):
        for name, raw_item in (doc.get(kind) or {}).items():
            item, _ = res.resolve(raw_item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, Mapping):
                    continue
                op_id = operation.get("operationId")
                suffix = f" ({op_id})" if op_id else ""
                if kind == "paths":
                    key = ("path", method, re.sub(r"\{[^}]*\}", "{}", name))
                    label = f"`{method.upper()} {name}`{suffix}"
                else:
                    key = ("webhook", method, name)
                    label = f"webhook `{name}`" + (f" ({method.upper()})" if method != "post" else "") + suffix
                found[key] = _Operation(label, operation, list(item.get("parameters") or []), kind == "webhooks")
    return found


def _parameters(op: _Operation, res: _Resolver) -> dict[tuple[str, str], Mapping[str, Any]]:
    params: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [*op.shared_parameters, *(op.operation.get("parameters") or [])]:
        param, _ = res.resolve(raw)
        if isinstance(param, Mapping) and "name" in param and "in" in param:
            name = str(param["name"])
            params[(str(param["in"]), name.lower() if param["in"] == "header" else name)] = param
    return params


def _compare_content(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, part: str, direction: str, ctx: _Context
) -> None:
    old_content, new_content = old or {}, new or {}
    for media in old_content:
        if media not in new_content:
            ctx.out.append(Change("breaking", ctx.where, f"{part}: `{media}` removed"))
    for media in new_content:
        if media not in old_content:
            ctx.out.append(Change("feature", ctx.where, f"{part}: `{media}` added"))
    common = [media for media in old_content if media in new_content]
    for media in common:
        old_schema = (old_content[media] or {}).get("schema", True)
        new_schema = (new_content[media] or {}).get("schema", True)
        label = part if len(common) == 1 and media == "application/json" else f"{part} (`{media}`)"
        model = ctx.new.resolve(new_schema)[1] or ctx.old.resolve(old_schema)[1]
        label += f" {model}" if model else ""
        sub = _Context(ctx.old, ctx.new, ctx.where, label, direction, ctx.out)
        compare_schema(old_schema, new_schema, "", sub)


def _compare_operation(old: _Operation, new: _Operation, ctx: _Context) -> None:
    add = ctx.out.append
    where = ctx.where
    o, n = old.operation, new.operation
    # A renamed operationId or tag moves the generated module: the Python API gate (apigate.py)
    # sees that in the generated code itself, so no naming rule of the generator is copied here.
    if bool(o.get("deprecated")) != bool(n.get("deprecated")):
        add(Change("feature", where, "deprecated" if n.get("deprecated") else "no longer deprecated"))
    if not _same(o.get("security"), n.get("security")):
        add(Change("feature", where, "security requirements changed"))

    # What the caller sends: a request for an API operation, the answer for a webhook.
    send, receive = ("response", "request") if new.webhook else ("request", "response")

    old_params, new_params = _parameters(old, ctx.old), _parameters(new, ctx.new)
    for place, name in old_params:
        if (place, name) not in new_params:
            add(Change("breaking", where, f"{place} parameter `{name}` removed"))
    for (place, name), param in new_params.items():
        if (place, name) not in old_params:
            if param.get("required"):
                add(Change("breaking", where, f"required {place} parameter `{name}` added"))
            else:
                add(Change("feature", where, f"optional {place} parameter `{name}` added"))
    for key, param in old_params.items():
        if key not in new_params:
            continue
        place, name = key
        other = new_params[key]
        if other.get("required") and not param.get("required"):
            add(Change("breaking", where, f"{place} parameter `{name}` made required"))
        elif param.get("required") and not other.get("required"):
            add(Change("feature", where, f"{place} parameter `{name}` made optional"))
        if bool(param.get("deprecated")) != bool(other.get("deprecated")):
            state = "deprecated" if other.get("deprecated") else "no longer deprecated"
            add(Change("feature", where, f"{place} parameter `{name}` {state}"))
        sub = _Context(ctx.old, ctx.new, where, f"{place} parameter `{name}`", send, ctx.out)
        compare_schema(param.get("schema", True), other.get("schema", True), "", sub)

    old_body, _ = ctx.old.resolve(o.get("requestBody"))
    new_body, _ = ctx.new.resolve(n.get("requestBody"))
    body = "payload" if new.webhook else "request body"
    if old_body and not new_body:
        add(Change("breaking", where, f"{body} removed"))
    elif new_body and not old_body:
        level = "breaking" if new_body.get("required") and send == "request" else "feature"
        add(Change(level, where, f"{body} added{' (required)' if new_body.get('required') else ''}"))
    elif old_body and new_body:
        if new_body.get("required") and not old_body.get("required") and send == "request":
            add(Change("breaking", where, f"{body} made required"))
        elif old_body.get("required") and not new_body.get("required") and send == "request":
            add(Change("feature", where, f"{body} made optional"))
        _compare_content(old_body.get("content"), new_body.get("content"), body, send, ctx)

    old_responses = {str(k): v for k, v in (o.get("responses") or {}).items()}
    new_responses = {str(k): v for k, v in (n.get("responses") or {}).items()}
    for code in old_responses:
        if code not in new_responses:
            add(Change("breaking", where, f"response {code} removed"))
    for code in new_responses:
        if code not in old_responses:
            add(Change("feature", where, f"response {code} added"))
    for code, raw in old_responses.items():
        if code not in new_responses:
            continue
        old_response, _ = ctx.old.resolve(raw)
        new_response, _ = ctx.new.resolve(new_responses[code])
        old_content = (old_response or {}).get("content")
        new_content = (new_response or {}).get("content")
        if old_content and not new_content:
            add(Change("breaking", where, f"response {code}: body removed"))
        elif new_content and not old_content:
            add(Change("feature", where, f"response {code}: body added"))
        else:
            _compare_content(old_content, new_content, f"response {code}", receive, ctx)


def _models(doc: Mapping[str, Any]) -> dict[str, str]:
    schemas = ((doc.get("components") or {}).get("schemas")) or {}
    return {
        str(schema.get("title") or name): name
        for name, schema in schemas.items()
        if isinstance(schema, Mapping) and _is_model(schema)
    }


# --------------------------------------------------------------------------- documentation


def _where(path: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    if len(path) >= 3 and path[0] in ("paths", "webhooks") and path[2] in HTTP_METHODS:
        prefix = f"`{path[2].upper()} {path[1]}`" if path[0] == "paths" else f"webhook `{path[1]}`"
        return prefix, path[3:]
    if len(path) >= 3 and path[0] == "components":
        return f"components.{path[1]}.{path[2]}", path[3:]
    return "document", path


def _doc_changes(old: Any, new: Any, path: tuple[str, ...], names: bool, out: list[Change]) -> None:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in sorted(set(old) | set(new), key=str):
            before, after = old.get(key), new.get(key)
            if _same(before, after):
                continue
            documentation = (key in DOC_KEYS or str(key).startswith("x-")) if not names else False
            if documentation or (not path and key in DOC_TOP_KEYS):
                where, rest = _where((*path, key))
                verb = "added" if key not in old else "removed" if key not in new else "changed"
                out.append(Change("fix", where, f"{'.'.join(rest) or key} {verb}"))
            elif key in old and key in new:
                _doc_changes(before, after, (*path, str(key)), not names and key in NAME_MAPS, out)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            _doc_changes(before, after, (*path, str(index)), False, out)


# --------------------------------------------------------------------------- entry points


def compare_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> SpecDiff:
    """Classify every difference between two specs (plain data, e.g. from load_spec)."""
    old, new = normalized(old), normalized(new)
    old_res, new_res = _Resolver(old), _Resolver(new)
    changes: list[Change] = []

    old_ops, new_ops = _operations(old, old_res), _operations(new, new_res)
    for key, op in old_ops.items():
        if key not in new_ops:
            changes.append(Change("breaking", op.label, "removed"))
    for key, op in new_ops.items():
        if key not in old_ops:
            changes.append(Change("feature", op.label, "added"))
    for key, op in old_ops.items():
        if key in new_ops:
            ctx = _Context(old_res, new_res, new_ops[key].label, "", "request", changes)
            _compare_operation(op, new_ops[key], ctx)

    # A removed model class is the Python API gate's finding; an added one is a feature here.
    old_models, new_models = _models(old), _models(new)
    for name in new_models:
        if name not in old_models:
            changes.append(Change("feature", "models", f"model `{name}` added"))

    _doc_changes(old, new, (), False, changes)
    if not changes and not _same(old, new):
        changes.append(Change("fix", "document", "changed in ways the spec comparison does not classify"))

    unique = sorted(set(changes), key=lambda c: (-LEVELS.index(c.level), c.where, c.what))
    return SpecDiff(unique)


def compare_files(old: Path, new: Path) -> SpecDiff:
    return compare_specs(load_spec(old), load_spec(new))


def iter_levels(changes: Iterable[Change]) -> Iterator[tuple[str, list[Change]]]:
    """(level, changes) from breaking to fix, skipping empty levels."""
    listed = list(changes)
    for level in reversed(LEVELS[1:]):
        selected = [c for c in listed if c.level == level]
        if selected:
            yield level, selected
