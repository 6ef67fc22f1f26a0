"""What users import from the generated clients: plain module names, cheap imports, pydantic only for webhooks."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(p.name for p in (ROOT / "generated").glob("*_client") if p.is_dir())
MAX_MODULES_PER_OPERATION = 20


def module_names(package: str) -> list[str]:
    base = ROOT / "generated"
    names = []
    for path in sorted((base / package).rglob("*.py")):
        parts = path.relative_to(base).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def naming_problems(module: str) -> list[str]:
    """Why a dotted module name is not one a person would choose (empty if it is)."""
    parts = module.split(".")
    provider = parts[0].removesuffix("_client")
    problems = []
    for parent, part in itertools.pairwise(parts):
        if re.search(r"(?:^|_)[a-z](?:_|$)", part):
            problems.append(f"{part}: a one-letter fragment (a split acronym, like e_si_ms or o_auth)")
        if part == parent or provider in part:
            problems.append(f"{part}: repeats its package's name")
    return problems


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("airalo_client.api.manage_orders_e_si_ms", True),
        ("onlinesim_client.api.o_auth", True),
        ("onlinesim_client.models.o_auth_error", True),
        ("airalo_client.api.request_refund.request_refund", True),
        ("airalo_client.api.airalo_orders", True),
        ("airalo_client.api.orders.submit_order", False),
        ("gogox_client.api.orders.get_order_v2", False),
        ("onlinesim_client.models.operation_status_type_0", False),
    ],
)
def test_the_naming_rule_flags_split_acronyms_and_repeats(module: str, expected: bool) -> None:
    """The rule below catches the names the generator made from docs titles, and passes plain ones."""
    assert bool(naming_problems(module)) is expected


@pytest.mark.parametrize("package", PACKAGES)
def test_no_generated_module_name_has_a_one_letter_fragment_or_repeats_its_package(package: str) -> None:
    """Every generated module path is one a person would choose (set through spec tags and class_overrides)."""
    problems = {m: naming_problems(m) for m in module_names(package) if naming_problems(m)}
    assert not problems


# Run in a fresh interpreter per package. Between operations the package's own modules are dropped
# from sys.modules (third-party ones stay), so each count is what a fresh `import` of that one
# operation loads.
MEASURE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    package = sys.argv[1]
    api = importlib.import_module(package + ".api")
    operations = [
        info.name
        for info in pkgutil.walk_packages(api.__path__, package + ".api.")
        if not info.ispkg
    ]
    counts = {}
    for operation in operations:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        importlib.import_module(operation)
        loaded = [m for m in sys.modules if m == package or m.startswith(package + ".")]
        counts[operation] = {"modules": len(loaded), "pydantic": "pydantic" in sys.modules}
    importlib.import_module(package + ".webhooks")
    print(json.dumps({"operations": counts, "webhooks_pydantic": "pydantic" in sys.modules}))
    """
)


@pytest.fixture(scope="module", params=PACKAGES)
def import_costs(request: pytest.FixtureRequest) -> tuple[str, dict[str, object]]:
    package: str = request.param
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, package], capture_output=True, text=True, check=True, timeout=120
    )
    return package, json.loads(result.stdout)


def test_importing_one_operation_loads_at_most_20_modules_of_its_package(
    import_costs: tuple[str, dict[str, object]],
) -> None:
    """Models load lazily: an operation pulls in only the models it names, not the whole package."""
    package, measured = import_costs
    operations = measured["operations"]
    assert isinstance(operations, dict) and len(operations) >= 5, f"{package}: operations not found"
    too_many = {op: c["modules"] for op, c in operations.items() if c["modules"] > MAX_MODULES_PER_OPERATION}
    assert not too_many


def test_an_api_call_module_never_imports_pydantic_only_the_webhooks_module_does(
    import_costs: tuple[str, dict[str, object]],
) -> None:
    """`pip install <client>` without the [webhooks] extra works for every operation; webhooks need pydantic."""
    package, measured = import_costs
    operations = measured["operations"]
    assert isinstance(operations, dict)
    assert not [op for op, c in operations.items() if c["pydantic"]]
    assert measured["webhooks_pydantic"] is True, f"{package}.webhooks should be the module that needs pydantic"


LAZY_MODELS = textwrap.dedent(
    """
    import importlib, sys
    package = sys.argv[1]
    models = importlib.import_module(package + ".models")
    loaded = lambda: [m for m in sys.modules if m.startswith(package + ".models.")]
    assert not loaded(), f"models loaded eagerly: {loaded()[:3]}"
    first = models.__all__[0]
    namespace = {}
    exec(f"from {package}.models import {first}", namespace)
    assert namespace[first].__name__ == first and len(loaded()) >= 1
    exec(f"from {package}.models import *", namespace)
    assert set(models.__all__) <= set(namespace), "import * lost models"
    assert set(models.__all__) <= set(dir(models))
    try:
        models.NoSuchModel
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("a missing model did not raise AttributeError")
    """
)


@pytest.mark.parametrize("package", PACKAGES)
def test_models_load_lazily_yet_import_like_eager_ones(package: str) -> None:
    """`from <pkg>.models import X`, attribute access and `import *` still give every model; typos still fail."""
    result = subprocess.run([sys.executable, "-c", LAZY_MODELS, package], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("package", PACKAGES)
def test_tokenkeep_provider_modules_and_pagination_work_without_pydantic(package: str) -> None:
    """`pip install "tokenkeep[<provider>]"` without [webhooks]: the ready client and the iterators import."""
    provider = package.removesuffix("_client")
    modules = [f"tokenkeep.{provider}"] if (ROOT / "overlay" / "tokenkeep" / f"{provider}.py").is_file() else []
    if (ROOT / "generated" / package / "pagination.py").is_file():
        modules.append(f"{package}.pagination")
    assert modules or provider == "gogox"
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    code += "print('pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code, *modules], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
