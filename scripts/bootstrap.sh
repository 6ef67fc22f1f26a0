#!/usr/bin/env bash
# Creates the project environment (.venv) from uv.lock with a pinned uv.
# Only python3.11 and make are assumed; uv itself is installed into .tools/.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .tools/bin/uv ] || [ "$(.tools/bin/uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  echo "bootstrap: installing uv $UV_VERSION into .tools/"
  "$PY" -m venv .tools
  .tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
export UV_PYTHON="$PY" UV_PYTHON_DOWNLOADS=never
if [ -f uv.lock ]; then
  .tools/bin/uv sync --frozen --quiet
else
  .tools/bin/uv sync --quiet
fi
