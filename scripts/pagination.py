"""Typed lazy iterators for the spec's paginated operations: `<provider>_client/pagination.py`.

An operation that pages says so in the spec::

    x-pagination:
      iterator: orders          # the function is iter_orders
      items: data               # dotted path in the success body to the page's items
      page: page                # the query parameter (or, with `page-in: body`, the body field) numbering pages
      last-page: meta.last_page # optional: where the body names the last page
      page-in: body             # optional: the page number is a field of the JSON body
      page-as-string: true      # optional: sent as "2" (Aeropay's search)

For each, the generated module gets `iter_<iterator>(*, client, <the operation's arguments but the
page>, max_pages=..., start_page=1) -> Pages[<item model>]` that calls the operation's `sync` or
`asyncio` once per page (tokenkeep/_pagination.py is the engine: `for` and `async for`, stop
rules, errors that name the failed page). Signatures and imports are copied from the generated
operation module, so the iterator takes exactly the arguments the operation takes, with the same
types.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "post", "put", "patch", "delete")
REF_PREFIX = "#/components/schemas/"
KEYS = frozenset({"iterator", "items", "page", "last-page", "page-in", "page-as-string"})


class PaginationError(Exception):
    pass


def snake(name: str) -> str:
    # The generator's own rule, so the names match the modules it wrote.
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def attribute_path(dotted: str) -> tuple[str, ...]:
    """The attrs attribute names the generator gives the dotted JSON property path (totalPages -> total_pages)."""
    from openapi_python_client.strings import PythonIdentifier

    return tuple(str(PythonIdentifier(part, prefix="field_")) for part in dotted.split("."))


def _schema(spec: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    name = None
    while "$ref" in node:
        name = node["$ref"].removeprefix(REF_PREFIX)
        node = spec["components"]["schemas"][name]
    return name, node


def success_schema(spec: dict[str, Any], operation: dict[str, Any], where: str) -> str:
    """The named schema of the operation's 2xx JSON body (the first named branch of a oneOf)."""
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        for branch in [schema, *schema.get("oneOf", [])]:
            if "$ref" in branch:
                return branch["$ref"].removeprefix(REF_PREFIX)
    raise PaginationError(f"{where}: x-pagination needs a 2xx JSON response that is a named schema")


def item_schema(spec: dict[str, Any], page_schema: str, items: str, where: str) -> str:
    """The named schema of one item at the dotted `items` path of `page_schema`."""
    node = spec["components"]["schemas"][page_schema]
    for part in items.split("."):
        _, node = _schema(spec, node)
        if part not in node.get("properties", {}):
            raise PaginationError(f"{where}: x-pagination items `{items}`: {part} is not a property")
        node = node["properties"][part]
    _, node = _schema(spec, node)
    for branch in [node, *node.get("oneOf", [])]:
        _, branch = _schema(spec, branch)
        if branch.get("type") == "array" and "$ref" in branch.get("items", {}):
            return str(branch["items"]["$ref"].removeprefix(REF_PREFIX))
    raise PaginationError(f"{where}: x-pagination items `{items}` is not an array of a named schema")


def paginated(spec: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    found = []
    for route, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "x-pagination" in operation:
                found.append((operation, operation["x-pagination"], f"{method.upper()} {route}"))
    return sorted(found, key=lambda f: f[1].get("iterator", ""))


def _operation_module(package_dir: Path, operation: dict[str, Any], where: str) -> Path:
    matches = list((package_dir / "api").glob(f"*/{snake(operation['operationId'])}.py"))
    if len(matches) != 1:
        raise PaginationError(f"{where}: no generated module for {operation['operationId']}")
    return matches[0]


def _signature(module: ast.Module, page: str | None, where: str) -> tuple[list[str], list[str]]:
    """(parameter lines, argument names) of `sync_detailed`, without the page parameter."""
    function = next((n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed"), None)
    if function is None:
        raise PaginationError(f"{where}: the generated module has no sync_detailed")
    args = function.args
    defaults = dict(zip([a.arg for a in args.kwonlyargs], args.kw_defaults, strict=True))
    lines, names = [], []
    for arg in args.kwonlyargs:
        if arg.arg == page:
            continue
        if arg.arg in {"max_pages", "start_page"}:
            raise PaginationError(f"{where}: the operation has its own {arg.arg} argument")
        text = f"{arg.arg}: {ast.unparse(arg.annotation)}" if arg.annotation else arg.arg
        default = defaults[arg.arg]
        lines.append(text + (f" = {ast.unparse(default)}" if default is not None else ""))
        names.append(arg.arg)
    if page is not None and page not in {a.arg for a in args.kwonlyargs}:
        raise PaginationError(f"{where}: x-pagination page `{page}` is not an argument of the operation")
    return lines, names


def _imports(module: ast.Module) -> list[str]:
    """The operation module's imports, rebased from api/<tag>/ to the package root (unused ones are removed later)."""
    lines = []
    for node in module.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3:
            names = ", ".join(ast.unparse(alias) for alias in node.names)
            lines.append(f"from .{node.module or ''} import {names}".replace("from . import", "from . import"))
        elif isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "level", 0) == 0:
            lines.append(ast.unparse(node))
    return lines


def generate(spec_path: Path, package_dir: Path) -> bool:
    """Write package_dir/pagination.py; False (and nothing written) when no operation pages."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operations = paginated(spec)
    if not operations:
        return False
    provider = spec_path.stem
    imports = {
        "from typing import Any",
        "from tokenkeep._pagination import DEFAULT_MAX_PAGES, PageRule, Pages",
    }
    blocks: list[str] = []
    seen: set[str] = set()
    for operation, config, where in operations:
        unknown = set(config) - KEYS
        if unknown or not {"iterator", "items", "page"} <= set(config):
            raise PaginationError(
                f"{where}: x-pagination needs iterator, items and page (and knows {', '.join(sorted(KEYS))});"
                f" got {', '.join(sorted(config))}"
            )
        iterator = f"iter_{config['iterator']}"
        if iterator in seen:
            raise PaginationError(f"{where}: a second {iterator}")
        seen.add(iterator)
        page_schema = success_schema(spec, operation, where)
        item = item_schema(spec, page_schema, config["items"], where)
        path = _operation_module(package_dir, operation, where)
        op_module = path.stem
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_body = config.get("page-in") == "body"
        params, names = _signature(tree, None if in_body else config["page"], where)
        imports.update(_imports(tree))
        imports.add(f"from .api.{path.parent.name} import {op_module}")
        imports.add(f"from .models.{snake(item)} import {item}")
        imports.add(f"from .models.{snake(page_schema)} import {page_schema}")
        body_type = None
        if in_body:
            request = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            body_type = request.get("$ref", "").removeprefix(REF_PREFIX) or None
            if body_type is None:
                raise PaginationError(f"{where}: page-in body needs a JSON body that is a named schema")
            imports.add(f"from .models.{snake(body_type)} import {body_type}")
        rule = "_" + snake(operation["operationId"]).upper()
        last = config.get("last-page")
        blocks.append(
            f"{rule} = PageRule(\n"
            f"    provider={provider!r},\n"
            f"    operation={operation['operationId']!r},\n"
            f"    success={page_schema},\n"
            f"    items={attribute_path(config['items'])!r},\n"
            f"    page={config['page']!r},\n"
            f"    page_in_body={body_type},\n"
            f"    page_as_string={bool(config.get('page-as-string'))!r},\n"
            f"    last_page={attribute_path(last) if last else None!r},\n"
            f"    iterator={iterator!r},\n"
            ")\n\n\n"
            f"def {iterator}(\n    *,\n"
            + "".join(f"    {p},\n" for p in params)
            + "    max_pages: int = DEFAULT_MAX_PAGES,\n"
            "    start_page: int = 1,\n"
            f") -> Pages[{item}]:\n"
            f'    """{item} items of `{operation["operationId"]}` ({where}), fetched page by page as you iterate.\n\n'
            f"    Use `for` or `async for`. Pages are numbered by `{config['page']}`"
            + (" in the body" if in_body else "")
            + "; iteration stops at an empty page"
            + (f", at `{last}`" if last else "")
            + ",\n    or after `max_pages` pages from `start_page`. A failed page raises the operation's error\n"
            "    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;\n"
            "    `start_page=error.page` resumes there.\n"
            '    """\n'
            f"    arguments: dict[str, Any] = {{{', '.join(f'{n!r}: {n}' for n in names)}}}\n"
            f"    return Pages({rule}, {op_module}.sync, {op_module}.asyncio, arguments,"
            " max_pages=max_pages, start_page=start_page)\n"
        )
    header = (
        '"""Lazy iterators over the paginated operations (written by scripts/pagination.py from x-pagination)."""\n\n'
    )
    text = header + "\n".join(sorted(imports)) + "\n\n\n" + "\n\n".join(blocks)
    text += f"\n\n__all__ = {sorted(seen)!r}\n"
    (package_dir / "pagination.py").write_text(text, encoding="utf-8")
    return True
