"""Validate each spec in specs/ and generate its client into generated/.

    python scripts/generate.py            # regenerate what changed
    python scripts/generate.py --force    # regenerate everything
    python scripts/generate.py --check    # regenerate into a temporary folder, fail on drift

A provider is regenerated only when its inputs changed: the spec, its generator
config, this script and the generator's version are hashed into
generated/.stamps/<provider>.sha256. Output is written to a temporary folder
first and swapped in whole, so an interrupted run never leaves half a client.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from release.versions import VersionError, package_for_provider, provider_version

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CONFIGS = ROOT / "scripts" / "generator"
GENERATED = ROOT / "generated"
STAMPS = GENERATED / ".stamps"
BIN = Path(sys.executable).parent
WEBHOOK_MODELS = ROOT / "scripts" / "webhook_models.py"
WEBHOOK_ARGS = CONFIGS / "webhooks.args"
# Errors, operation facts and schemas for tokenkeep's client contract (errors.py, _contract.py, _schemas.json).
CONTRACT_DATA = CONFIGS / "contract.py"
PAGINATION = ROOT / "scripts" / "pagination.py"
# Our overrides of the generator's templates (each says why); they are made for this generator version.
TEMPLATES = CONFIGS / "templates"
TEMPLATES_FOR = "0.29.1"


class GenerateError(Exception):
    pass


def providers(selected: list[str]) -> list[str]:
    found = sorted(p.stem for p in SPECS.glob("*.yaml"))
    unknown = set(selected) - set(found)
    if unknown:
        raise GenerateError(f"no spec for {', '.join(sorted(unknown))} in {SPECS}")
    return selected or found


def package_name(provider: str) -> str:
    return f"{provider}_client"


def inputs_digest(provider: str) -> str:
    digest = hashlib.sha256()
    inputs = (
        SPECS / f"{provider}.yaml",
        CONFIGS / f"{provider}.yaml",
        Path(__file__),
        WEBHOOK_MODELS,
        WEBHOOK_ARGS,
        CONTRACT_DATA,
    )
    inputs += (PAGINATION,)
    for path in (*inputs, *sorted(TEMPLATES.glob("*.jinja"))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(metadata.version("openapi-python-client").encode())
    digest.update(metadata.version("ruff").encode())
    digest.update(metadata.version("datamodel-code-generator").encode())
    return digest.hexdigest()


def validate(provider: str) -> None:
    # Imported here: it is slow to import and a no-op run should not pay for it.
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.readers import read_from_filename

    spec, _ = read_from_filename(str(SPECS / f"{provider}.yaml"))
    if not str(spec.get("openapi", "")).startswith("3.1"):
        raise GenerateError(f"specs/{provider}.yaml: must be OpenAPI 3.1")
    try:
        validate_spec(spec)
    except Exception as exc:  # the validator raises several unrelated types
        raise GenerateError(f"specs/{provider}.yaml is not a valid OpenAPI document: {exc}") from exc


def generate_into(provider: str, out: Path) -> None:
    """Run openapi-python-client; any warning is an error (a dropped endpoint is a bug)."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    if metadata.version("openapi-python-client") != TEMPLATES_FOR:
        raise GenerateError(
            f"scripts/generator/templates/ are copies of openapi-python-client {TEMPLATES_FOR}'s templates: "
            "update them for the new version, then TEMPLATES_FOR"
        )
    cmd = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path", str(SPECS / f"{provider}.yaml"),
        "--config", str(CONFIGS / f"{provider}.yaml"),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in output.lower():
        raise GenerateError(f"openapi-python-client failed for {provider}:\n{output}")
    generate_webhook_models(provider, out / "webhooks.py")
    generate_contract(provider, out)
    generate_pagination(provider, out)


def generate_contract(provider: str, out: Path) -> None:
    """errors.py, _contract.py and _schemas.json for tokenkeep's client contract (scripts/generator/contract.py)."""
    from openapi_spec_validator.readers import read_from_filename

    sys.path.insert(0, str(CONTRACT_DATA.parent))
    try:
        from contract import ContractError, write_contract
    finally:
        sys.path.pop(0)
    spec, _ = read_from_filename(str(SPECS / f"{provider}.yaml"))
    try:
        written = write_contract(provider, dict(spec), out)
    except ContractError as exc:
        raise GenerateError(f"specs/{provider}.yaml: {exc}") from exc
    format_python(provider, written)


def format_python(provider: str, targets: list[Path]) -> None:
    for cmd in (["check", "--fix-only", "--select", "I,F401"], ["format"]):
        ruff = [str(BIN / "ruff"), *cmd, "--isolated", "--no-cache", "--quiet", *map(str, targets)]
        result = subprocess.run(ruff, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerateError(f"ruff failed for {provider}:\n{result.stdout}{result.stderr}")


def generate_webhook_models(provider: str, target: Path) -> None:
    """Pydantic models of the spec's webhook payloads (datamodel-code-generator), formatted like the rest."""
    sys.path.insert(0, str(WEBHOOK_MODELS.parent))
    try:
        from webhook_models import WebhookModelError, generate
    finally:
        sys.path.pop(0)
    try:
        if not generate(SPECS / f"{provider}.yaml", target):
            return
    except WebhookModelError as exc:
        raise GenerateError(f"specs/{provider}.yaml webhooks: {exc}") from exc
    format_python(provider, [target])


def generate_pagination(provider: str, package_dir: Path) -> None:
    """`<package>/pagination.py`: typed lazy iterators of the operations the spec marks with x-pagination."""
    sys.path.insert(0, str(PAGINATION.parent))
    try:
        from pagination import PaginationError, generate
    finally:
        sys.path.pop(0)
    try:
        if not generate(SPECS / f"{provider}.yaml", package_dir):
            return
    except PaginationError as exc:
        raise GenerateError(f"specs/{provider}.yaml x-pagination: {exc}") from exc
    target = package_dir / "pagination.py"
    for cmd in (["check", "--fix-only", "--select", "I,F401"], ["format"]):
        ruff = [str(BIN / "ruff"), *cmd, "--isolated", "--no-cache", "--quiet", "--line-length", "120", str(target)]
        result = subprocess.run(ruff, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerateError(f"ruff failed on {target.name} for {provider}:\n{result.stdout}{result.stderr}")


def tree_differences(left: Path, right: Path) -> list[str]:
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        ignored = {"__pycache__"}
        diffs.extend(f"{prefix}{n} (only in generated/)" for n in cmp.left_only if n not in ignored)
        diffs.extend(f"{prefix}{n} (missing from generated/)" for n in cmp.right_only if n not in ignored)
        diffs.extend(f"{prefix}{n} (differs)" for n in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            if name not in ignored:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return diffs


def same_bytes(left: Path, right: Path) -> list[str]:
    # dircmp compares shallowly by stat; confirm byte equality for files it calls equal.
    diffs = []
    for path in sorted(right.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(right)
            other = left / rel
            if other.is_file() and other.read_bytes() != path.read_bytes():
                diffs.append(f"{rel} (differs)")
    return diffs


def run(selected: list[str], *, force: bool, check: bool) -> int:
    failures = 0
    for provider in providers(selected):
        started = time.perf_counter()
        # The version lives in scripts/release/versions.toml only; make wheels stamps it into the wheel.
        print(f"{provider}: {package_for_provider(provider)} {provider_version(provider)}")
        package = package_name(provider)
        target = GENERATED / package
        stamp = STAMPS / f"{provider}.sha256"
        digest = inputs_digest(provider)
        unchanged = stamp.is_file() and target.is_dir() and stamp.read_text().strip() == digest
        if unchanged and not (force or check):
            print(f"{provider}: up to date ({time.perf_counter() - started:.2f}s)")
            continue
        validate(provider)
        validated = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"generate-{provider}-") as tmp:
            out = Path(tmp) / package
            generate_into(provider, out)
            generated = time.perf_counter()
            if check:
                diffs = (
                    sorted(set(tree_differences(target, out) + same_bytes(target, out)))
                    if target.is_dir()
                    else [f"{package} (missing)"]
                )
                if diffs:
                    failures += 1
                    print(f"{provider}: generated/{package} drifted from specs/{provider}.yaml:")
                    for line in diffs[:50]:
                        print(f"  {line}")
                else:
                    print(
                        f"{provider}: no drift (validate {validated - started:.2f}s, "
                        f"generate {generated - validated:.2f}s)"
                    )
                continue
            STAMPS.mkdir(parents=True, exist_ok=True)
            old = Path(tmp) / "old"
            if target.exists():
                target.rename(old)
            shutil.move(str(out), target)
            stamp.write_text(digest + "\n")
        print(
            f"{provider}: generated generated/{package} "
            f"(validate {validated - started:.2f}s, generate {generated - validated:.2f}s)"
        )
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", help="providers to generate (default: every spec)")
    parser.add_argument("--force", action="store_true", help="regenerate even if inputs are unchanged")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args()
    try:
        return run(args.providers, force=args.force, check=args.check)
    except (GenerateError, VersionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
