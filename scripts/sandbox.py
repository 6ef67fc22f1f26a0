"""Serve a provider sandbox for a person to try: python scripts/sandbox.py airalo --port 8088"""

from __future__ import annotations

import argparse

import uvicorn

from tests.sandbox.airalo_tokens import AiraloTokenSandbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("provider", choices=["airalo"])
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--token-lifetime", type=float, default=3600.0)
    parser.add_argument("--rate-limit", type=int, default=5)
    args = parser.parse_args()
    sandbox = AiraloTokenSandbox(lifetime=args.token_lifetime, rate_limit=args.rate_limit)
    print(f"Airalo sandbox on http://127.0.0.1:{args.port}  client_id={sandbox.client_id} "
          f"client_secret={sandbox.client_secret}")  # fmt: skip
    uvicorn.run(sandbox.app(), host="127.0.0.1", port=args.port, log_level="info")


if __name__ == "__main__":
    main()
