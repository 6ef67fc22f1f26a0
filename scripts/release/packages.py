"""The published packages: what they are, what they depend on, and their staged sources.

Each package is built from a staging directory that holds exactly what ships: the Python
package (only *.py and py.typed), a generated pyproject.toml, README.md (a client's is its
provider's page of docs/), LICENSE and the package's CHANGELOG.md. Nothing else of the
repository can leak into a wheel.

Dependencies are not listed by hand: every runtime `import` of the package's code (imports
under `if TYPE_CHECKING:` are not runtime) is looked up in dependencies.toml. tokenkeep's
imports of a generated client become the extra named after the provider, pinned to that
client's compatible versions; the imports listed in [tokenkeep.extras] become those extras.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import shutil
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .versions import VersionError, load_versions, next_version, package_for_provider

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OVERLAY_PACKAGE = "tokenkeep"
SHIPPED_SUFFIXES = (".py", ".pyi")
# _schemas.json: the schemas a generated client checks its answers against (tokenkeep's client contract).
SHIPPED_NAMES = ("py.typed", "_schemas.json")
EXCLUDED_PARTS = frozenset({"tests", "test", "conftest.py"})  # tests never ship, wherever they sit


class ReleaseError(Exception):
    """Something in the repository stops a build or a release; the message says what to do."""


@dataclass(frozen=True)
class Layout:
    """Where everything is; tests point it at a copy of the repository."""

    root: Path = ROOT

    @property
    def specs(self) -> Path:
        return self.root / "specs"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def overlay(self) -> Path:
        return self.root / "overlay"

    @property
    def release(self) -> Path:
        return self.root / "scripts" / "release"

    @property
    def versions_file(self) -> Path:
        return self.release / "versions.toml"

    @property
    def released(self) -> Path:
        return self.release / "released"

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    def changelog(self, package: str) -> Path:
        return self.release / "changelog" / f"{package}.md"

    def snapshot(self, package: str, version: str) -> Path:
        return self.released / f"{package}-{version}.yaml"


@dataclass(frozen=True)
class Package:
    name: str  # distribution name: airalo-client
    version: str
    import_name: str  # airalo_client
    source: Path  # the directory of the importable package
    provider: str | None = None  # airalo; None for tokenkeep
    spec: Path | None = None

    @property
    def dist_name(self) -> str:
        """The name as it appears in file names (PEP 427/625): airalo_client."""
        return re.sub(r"[-_.]+", "_", self.name).lower()

    @property
    def wheel_name(self) -> str:
        return f"{self.dist_name}-{self.version}-py3-none-any.whl"

    @property
    def sdist_name(self) -> str:
        return f"{self.dist_name}-{self.version}.tar.gz"


@dataclass
class Requirements:
    dependencies: list[str] = field(default_factory=list)
    extras: dict[str, list[str]] = field(default_factory=dict)


# --------------------------------------------------------------------------- discovery


def discover(layout: Layout | None = None) -> list[Package]:
    """One package per specs/*.yaml (its generated client), then tokenkeep."""
    layout = layout or Layout()
    try:
        versions = load_versions(layout.versions_file)
    except VersionError as exc:
        raise ReleaseError(str(exc)) from exc
    packages = []
    for spec in sorted(layout.specs.glob("*.yaml")):
        provider = spec.stem
        name = package_for_provider(provider)
        if name not in versions:
            raise ReleaseError(f'{layout.versions_file} has no [{name}] for {spec.name}: add it (version = "0.1.0")')
        source = layout.generated / f"{provider}_client"
        packages.append(Package(name, versions[name], f"{provider}_client", source, provider, spec))
    if OVERLAY_PACKAGE not in versions:
        raise ReleaseError(f"{layout.versions_file} has no [{OVERLAY_PACKAGE}]")
    packages.append(Package(OVERLAY_PACKAGE, versions[OVERLAY_PACKAGE], "tokenkeep", layout.overlay / "tokenkeep"))
    return packages


def select(packages: list[Package], names: list[str]) -> list[Package]:
    known = {p.name: p for p in packages}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ReleaseError(f"unknown package(s) {', '.join(unknown)}; the packages are {', '.join(known)}")
    return [known[n] for n in names] if names else packages


def shipped_files(package: Package) -> list[str]:
    """The package's files that ship, relative to its directory, sorted (py.typed always ships)."""
    if not package.source.is_dir():
        hint = "run `make generate`" if package.provider else "the overlay is missing"
        raise ReleaseError(f"{package.source} does not exist: {hint}")
    files = {"py.typed"}
    for path in package.source.rglob("*"):
        rel = path.relative_to(package.source)
        hidden = any(part.startswith((".", "__pycache__")) or part in EXCLUDED_PARTS for part in rel.parts)
        if path.is_file() and not hidden and (path.suffix in SHIPPED_SUFFIXES or path.name in SHIPPED_NAMES):
            files.add(rel.as_posix())
    return sorted(files)


# --------------------------------------------------------------------------- imports


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterator[str]:
    """Top-level names of the absolute imports a module makes at run time."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)  # only the `else:` of `if TYPE_CHECKING:` runs
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]
        stack.extend(ast.iter_child_nodes(node))


def third_party_imports(package: Package) -> dict[str, list[str]]:
    """{top-level module: [files importing it]} for everything outside the stdlib and the package."""
    found: dict[str, set[str]] = {}
    for rel in shipped_files(package):
        if not rel.endswith(".py"):
            continue
        path = package.source / rel
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for module in _runtime_imports(tree):
            if module in sys.stdlib_module_names or module in ("__future__", package.import_name):
                continue
            found.setdefault(module, set()).add(f"{package.import_name}/{rel}")
    return {module: sorted(files) for module, files in sorted(found.items())}


def _config(layout: Layout) -> dict[str, Any]:
    return tomllib.loads((layout.release / "dependencies.toml").read_text(encoding="utf-8"))


def compatible_range(version: str) -> str:
    """The versions API-compatible with `version` (0.1.0 -> >=0.1.0,<0.2.0; 1.2.0 -> >=1.2.0,<2.0.0)."""
    return f">={version},<{next_version(version, 'breaking')}"


def requirements(package: Package, packages: list[Package], layout: Layout | None = None) -> Requirements:
    """What `package` needs, from its imports: core dependencies and extras, sorted."""
    layout = layout or Layout()
    config = _config(layout)
    ranges: Mapping[str, str] = config.get("imports", {})
    extra_of: dict[str, str] = {}
    section = "tokenkeep" if package.name == OVERLAY_PACKAGE else "clients"
    for extra, modules in config.get(section, {}).get("extras", {}).items():
        extra_of.update({module: extra for module in modules})
    clients = {p.import_name: p for p in packages if p.provider}
    overlay = next((p for p in packages if p.name == OVERLAY_PACKAGE), None)
    result = Requirements()
    problems = []
    for module, files in third_party_imports(package).items():
        where = ", ".join(files[:3]) + (" ..." if len(files) > 3 else "")
        if package.provider is not None and module == OVERLAY_PACKAGE:
            # A generated client uses tokenkeep's runtime (pagination); tokenkeep[<provider>] depends back on it.
            if overlay is None:
                problems.append(f"{where} imports {module}, but there is no {OVERLAY_PACKAGE} package to depend on")
            else:
                result.dependencies.append(f"{overlay.name}{compatible_range(overlay.version)}")
        elif package.provider is not None and module in extra_of:
            # A client's extra serves one module of it (pydantic: <pkg>/webhooks.py); used anywhere else, a
            # plain `pip install <client>` would break, so the build stops.
            extra = extra_of[module]
            allowed = (f"{package.import_name}/{extra}.py", f"{package.import_name}/{extra}/")
            outside = [f for f in files if not f.startswith(allowed)]
            if outside:
                problems.append(
                    f"{', '.join(outside)} imports {module}, which only the [{extra}] extra installs: "
                    f"import it only in {package.import_name}/{extra}.py (or under `if TYPE_CHECKING:`)"
                )
            elif module not in ranges:
                problems.append(f"{where} imports {module}: add its version range to dependencies.toml [imports]")
            else:
                result.extras.setdefault(extra, []).append(ranges[module])
        elif module in clients or module.endswith("_client"):
            client = clients.get(module)
            if package.provider is not None:
                problems.append(f"{where} imports another generated client, {module}")
            elif client is None:
                provider = module.removesuffix("_client")
                problems.append(
                    f"{where} imports {module}, but there is no {package_for_provider(provider)} to depend on "
                    f"(no specs/{provider}.yaml)"
                )
            else:
                requirement = f"{client.name}{compatible_range(client.version)}"
                result.extras.setdefault(client.provider or module, []).append(requirement)
        elif module == OVERLAY_PACKAGE and package.provider is not None:
            # A generated client raises tokenkeep's errors and uses its retry runtime: tokenkeep's
            # compatible series, from versions.toml like the clients tokenkeep's extras pin (the
            # two depend on each other, which pip resolves).
            overlay = next(p for p in packages if p.name == OVERLAY_PACKAGE)
            result.dependencies.append(f"{overlay.name}{compatible_range(overlay.version)}")
        elif module not in ranges:
            problems.append(
                f"{where} imports {module}: add its distribution and version range to "
                f"{layout.release / 'dependencies.toml'} [imports]"
            )
        elif module in extra_of:
            result.extras.setdefault(extra_of[module], []).append(ranges[module])
        else:
            result.dependencies.append(ranges[module])
    if problems:
        raise ReleaseError(f"{package.name}: " + "; ".join(problems))
    result.dependencies = sorted(set(result.dependencies), key=str.lower)
    result.extras = {extra: sorted(set(reqs)) for extra, reqs in sorted(result.extras.items())}
    return result


# --------------------------------------------------------------------------- metadata


def spec_info(package: Package) -> dict[str, Any]:
    if package.spec is None:
        return {}
    return _load_spec(package.spec, package.spec.stat().st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _load_spec(path: Path, mtime_ns: int) -> dict[str, Any]:
    """Parsed once per file version: a build asks for the same spec's title and links many times."""
    from .specdiff import load_spec

    return load_spec(path)


def display_name(package: Package) -> str:
    """Airalo, GoGoX, ...: the first word of the spec's title."""
    title = str(spec_info(package).get("info", {}).get("title") or package.provider or package.name)
    return title.split()[0]


def api_docs_url(package: Package) -> str | None:
    spec = spec_info(package)
    url = (spec.get("externalDocs") or {}).get("url")
    sources = (spec.get("info") or {}).get("x-sources") or []
    candidates = [url, *(s for s in sources if isinstance(s, str))]
    return next((c for c in candidates if isinstance(c, str) and c.startswith("https://")), None)


def has_tokenkeep_module(package: Package, layout: Layout) -> bool:
    return package.provider is not None and (layout.overlay / "tokenkeep" / f"{package.provider}.py").is_file()


def description(package: Package, packages: list[Package], layout: Layout) -> str:
    if package.provider is None:
        names = [display_name(p) for p in packages if p.provider and has_tokenkeep_module(p, layout)]
        listed = f" ({', '.join(names)})" if names else ""
        return f"Get, cache, share and refresh partner API access tokens{listed} for httpx and the generated clients"
    title = str(spec_info(package).get("info", {}).get("title") or display_name(package))
    return f"Typed Python client for the {title} (sync and async, attrs models, httpx), generated from its OpenAPI spec"


def classifiers(package: Package) -> list[str]:
    status = "4 - Beta" if not package.version.startswith("0.") else "3 - Alpha"
    return [
        f"Development Status :: {status}",
        "Framework :: AsyncIO",
        "Intended Audience :: Developers",
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        "Programming Language :: Python :: 3.11",
        "Topic :: Internet :: WWW/HTTP",
        "Topic :: Software Development :: Libraries :: Python Modules",
        "Typing :: Typed",
    ]


def project_urls(package: Package, layout: Layout) -> dict[str, str]:
    project = tomllib.loads((layout.release / "project.toml").read_text(encoding="utf-8"))
    urls = {name: url.format(package=package.name) for name, url in project.get("urls", {}).items()}
    docs = api_docs_url(package)
    if docs:
        urls[f"{display_name(package)} API documentation"] = docs
    return urls


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {_toml(v)},\n" for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def pyproject(package: Package, packages: list[Package], layout: Layout) -> str:
    """The staged pyproject.toml: hatchling, pinned, with every fact derived as described above."""
    config = _config(layout)
    project = tomllib.loads((layout.release / "project.toml").read_text(encoding="utf-8"))
    reqs = requirements(package, packages, layout)
    keywords = ["openapi", "api-client", "httpx", "attrs", package.provider or "", display_name(package).lower()]
    if package.provider is None:
        keywords = ["oauth2", "access-token", "token-cache", "httpx", "client-credentials"]
    lines = [
        "# Generated by scripts/release/packages.py: edit the sources it reads instead.",
        "[build-system]",
        f"requires = {_toml(config['build-system']['requires'])}",
        'build-backend = "hatchling.build"',
        "",
        "[project]",
        f"name = {_toml(package.name)}",
        f"version = {_toml(package.version)}",
        f"description = {_toml(description(package, packages, layout))}",
        'readme = "README.md"',
        f"license = {_toml(project['license'])}",
        'license-files = ["LICENSE"]',
        f"requires-python = {_toml(project['requires-python'])}",
        f"authors = [{', '.join(_toml(a) for a in project['authors'])}]",
        f"keywords = {_toml(sorted({k for k in keywords if k}))}",
        f"classifiers = {_toml(classifiers(package))}",
        f"dependencies = {_toml(reqs.dependencies)}",
        "",
    ]
    if reqs.extras:
        lines.append("[project.optional-dependencies]")
        lines.extend(f"{extra} = {_toml(items)}" for extra, items in reqs.extras.items())
        lines.append("")
    lines.append("[project.urls]")
    lines.extend(f"{_toml(name)} = {_toml(url)}" for name, url in project_urls(package, layout).items())
    lines += [
        "",
        "[tool.hatch.build]",
        "reproducible = true",
        "",
        "[tool.hatch.build.targets.wheel]",
        f"packages = [{_toml(package.import_name)}]",
        "",
        "[tool.hatch.build.targets.sdist]",
        f"include = {_toml([f'/{package.import_name}', '/README.md', '/LICENSE', '/CHANGELOG.md'])}",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- README
# A client's page on the index is its provider's page of the documentation (docs/providers/),
# under a generated title and above the license footer; tokenkeep's page takes the shortest
# provider quick start. Links between documentation pages become links into the
# repository, since the index shows the page alone.

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def provider_page(layout: Layout, provider: str) -> Path | None:
    page = layout.docs / "providers" / f"{provider}.md"
    return page if page.is_file() else None


def _absolute_links(text: str, page: Path, layout: Layout) -> str:
    """Relative links of `page` made absolute in the Source repository; API reference links become text,
    since the reference exists only on the built site."""
    project = tomllib.loads((layout.release / "project.toml").read_text(encoding="utf-8"))
    source = str(project.get("urls", {}).get("Source", "")).rstrip("/")

    def rewrite(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            return match.group(0)
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve()
        try:
            relative = resolved.relative_to(layout.root.resolve()).as_posix()
        except ValueError:
            return label
        if not source or relative.startswith("docs/reference/"):
            return label
        return f"[{label}]({source}/blob/main/{relative}" + (f"#{anchor}" if anchor else "") + ")"

    return _LINK.sub(rewrite, text)


def provider_page_body(layout: Layout, provider: str) -> str | None:
    """The provider's documentation page without its title, links made absolute."""
    page = provider_page(layout, provider)
    if page is None:
        return None
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\A# .*\n+", "", text)
    return _absolute_links(text, page, layout).strip("\n")


def readme_quick_start(layout: Layout, provider: str) -> str | None:
    """The first ```python block under "## Quick start" on the provider's documentation page."""
    page = provider_page(layout, provider)
    if page is None:
        return None
    text = page.read_text(encoding="utf-8")
    heading = re.search(r"^## Quick start\s*$", text, re.MULTILINE)
    if heading is None:
        return None
    block = re.search(r"^```python\n(.*?)^```", text[heading.end() :], re.MULTILINE | re.DOTALL)
    return block.group(1).rstrip("\n") if block else None


def _install_block(commands: list[str]) -> str:
    return "```sh\n" + "\n".join(commands) + "\n```"


def readme(package: Package, packages: list[Package], layout: Layout) -> str:
    urls = project_urls(package, layout)
    changelog = urls.get("Changelog")
    footer = [
        "",
        "## License and changes",
        "",
        "MIT licensed." + (f" What changed in each version: [CHANGELOG]({changelog})." if changelog else ""),
        "",
    ]
    if package.provider is None:
        return _tokenkeep_readme(package, packages, layout) + "\n".join(footer)
    name, provider, module = package.name, package.provider, package.import_name
    title = str(spec_info(package).get("info", {}).get("title") or display_name(package))
    managed = has_tokenkeep_module(package, layout)
    lines = [
        f"# {name}",
        "",
        f"Typed Python client for the **{title}**: one module per operation with `sync`, `asyncio`,",
        "`sync_detailed` and `asyncio_detailed` functions, attrs models for every request and response",
        "(unknown fields kept in `additional_properties`), on httpx. Generated by openapi-python-client",
        "from a hand-written OpenAPI 3.1 description of the API that models its documented quirks.",
        "",
    ]
    body = provider_page_body(layout, provider)
    if body is not None:
        return "\n".join([*lines, body, ""]) + "\n".join(footer)
    lines += ["## Install", ""]
    if managed:
        lines += [
            _install_block([f'pip install {name} "tokenkeep[{provider}]"']),
            "",
            "[tokenkeep](https://pypi.org/project/tokenkeep/) gets, caches, shares and refreshes the access",
            f"token; `tokenkeep[{provider}]` installs a compatible `{name}` with it.",
        ]
    else:
        lines += [
            _install_block([f"pip install {name}"]),
            "",
            f"[tokenkeep](https://pypi.org/project/tokenkeep/) has no {display_name(package)} module yet:",
            "pass an access token yourself, as below.",
        ]
    if "webhooks" in requirements(package, packages, layout).extras:
        lines += [
            "",
            f"The webhook payload models, `{module}.webhooks`, use pydantic: "
            f'`pip install "{name}[webhooks]"`. Every API call works without it.',
        ]
    snippet = readme_quick_start(layout, provider)
    if snippet is None and managed:
        snippet = "\n".join(
            [
                f"import tokenkeep.{provider}",
                "",
                f"api = tokenkeep.{provider}.client(CLIENT_ID, CLIENT_SECRET)",
                f"# then: from {module}.api.<resource> import <operation>; <operation>.sync(client=api, ...)",
            ]
        )
    elif snippet is None:
        snippet = "\n".join(
            [
                f"from {module} import AuthenticatedClient",
                "",
                'api = AuthenticatedClient(base_url="https://...", token=ACCESS_TOKEN)',
                f"# then: from {module}.api.<resource> import <operation>; <operation>.sync(client=api, ...)",
            ]
        )
    lines += ["", "## Quick start", "", "```python", snippet, "```", ""]
    lines += [
        f"Operations live in `{module}.api.<resource>.<operation>`, models in `{module}.models`."
        + (
            f" Without tokenkeep, pass a token yourself: `{module}.AuthenticatedClient(base_url=..., token=...)`."
            if managed
            else ""
        ),
    ]
    return "\n".join(lines) + "\n" + "\n".join(footer)


def _tokenkeep_readme(package: Package, packages: list[Package], layout: Layout) -> str:
    reqs = requirements(package, packages, layout)
    clients = [p for p in packages if p.provider and p.provider in reqs.extras]
    names = ", ".join(display_name(p) for p in clients) or "partner APIs"
    lines = [
        "# tokenkeep",
        "",
        f"Access tokens for partner APIs ({names}) as an `httpx.Auth`, and ready clients of the",
        "generated packages that authenticate themselves. However many threads, asyncio tasks and",
        "processes need a token, one token request is made; tokens are refreshed before they expire,",
        "cached encrypted (AES-GCM) in the user cache directory, or shared across a fleet through Redis.",
        "A rejected token is replaced once and the request replayed; rate limits are respected.",
        "",
        "## Install",
        "",
        _install_block(
            [f'pip install "tokenkeep[{p.provider}]"   # with {p.name}' for p in clients]
            + [
                f'pip install "tokenkeep[{extra}]"'
                for extra in reqs.extras
                if extra not in {p.provider for p in clients}
            ]
        ),
        "",
        "| Extra | Installs |",
        "|---|---|",
        *(f"| `{extra}` | {', '.join(f'`{r}`' for r in items)} |" for extra, items in reqs.extras.items()),
        "",
        "## Quick start",
        "",
    ]
    snippets = [s for s in (readme_quick_start(layout, c.provider or "") for c in clients) if s]
    if snippets:  # the shortest provider quick start shows the idea best
        lines += ["```python", min(snippets, key=len), "```", ""]
    else:
        lines += [
            "```python",
            "import tokenkeep.airalo",
            "",
            "api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET)",
            "```",
            "",
        ]
    lines += [
        "Token stores: `tokenkeep.FileStore()` (the default), `tokenkeep.MemoryStore()`,",
        "`tokenkeep.RedisStore(url)` (extra `redis`). Errors derive from `tokenkeep.TokenkeepError`.",
    ]
    pages = [("tokens.md", "Tokens and caching"), ("fleet.md", "Running a fleet"), ("errors.md", "Errors and retries")]
    pages += [("webhooks.md", "Webhooks"), ("security.md", "Security")]
    pages += [(f"providers/{c.provider}.md", display_name(c)) for c in clients]
    links = [f"[{title}]({path})" for path, title in pages if (layout.docs / path).is_file()]
    if links:
        more = "More: " + ", ".join(links) + "."
        lines += ["", _absolute_links(more, layout.docs / "index.md", layout)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- staging


def stage(package: Package, packages: list[Package], layout: Layout, target: Path) -> list[str]:
    """Write the build directory of `package` into `target`; returns the package files staged."""
    files = shipped_files(package)
    target.mkdir(parents=True)
    for rel in files:
        destination = target / package.import_name / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        source = package.source / rel
        if source.is_file():
            shutil.copyfile(source, destination)
        else:  # py.typed: the generator does not write one
            destination.write_text("", encoding="utf-8")
        destination.chmod(0o644)
    (target / "pyproject.toml").write_text(pyproject(package, packages, layout), encoding="utf-8")
    (target / "README.md").write_text(readme(package, packages, layout), encoding="utf-8")
    shutil.copyfile(layout.release / "LICENSE", target / "LICENSE")
    changelog = layout.changelog(package.name)
    if changelog.is_file():
        shutil.copyfile(changelog, target / "CHANGELOG.md")
    else:
        (target / "CHANGELOG.md").write_text(f"# Changelog: {package.name}\n\nNo release yet.\n", encoding="utf-8")
    return files
