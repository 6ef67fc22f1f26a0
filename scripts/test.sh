#!/usr/bin/env bash
# The whole test run: the services the tests need, the drift check, static
# checks, then pytest. Runs from any directory; fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/install-services.sh
echo "== drift check"
.venv/bin/python scripts/generate.py --check
echo "== ruff, mypy"
.venv/bin/ruff format --check --quiet overlay scripts tests examples
.venv/bin/ruff check --quiet overlay scripts tests examples
.venv/bin/mypy --no-error-summary
echo "== pytest"
exec .venv/bin/pytest "$@"
