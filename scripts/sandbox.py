"""Serve a provider sandbox for a person to try: python scripts/sandbox.py airalo --port 8088

Each sandbox lives in tests/sandbox/<provider>.py and exports `SANDBOX` (its state
class) and `create_app(state)`; the same code serves the tests.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

import uvicorn

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = sorted(
    path.stem
    for path in (ROOT / "tests" / "sandbox").glob("*.py")
    if not path.stem.startswith("_") and "_" not in path.stem
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("provider", choices=PROVIDERS)
    parser.add_argument("--port", type=int, default=8088)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    module = importlib.import_module(f"tests.sandbox.{args.provider}")
    state = module.SANDBOX()
    credentials = " ".join(
        f"{name}={value}" for name in ("client_id", "client_secret", "api_key") if (value := getattr(state, name, None))
    )
    print(f"{args.provider} sandbox on http://127.0.0.1:{args.port}  {credentials}", flush=True)
    uvicorn.run(module.create_app(state), host="127.0.0.1", port=args.port, log_level="info")


if __name__ == "__main__":
    main()
