# Every target creates the environment it needs (scripts/bootstrap.sh); see `make help`.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PY := .venv/bin/python

.PHONY: help env generate drift check test fuzz mutate bench sandbox docs clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

env: ## Create .venv from uv.lock (pinned tools)
	@bash scripts/bootstrap.sh

generate: env ## Validate the specs and generate the clients into generated/ (the main job)
	@$(PY) scripts/generate.py

drift: env ## Fail if generated/ differs from what the specs generate
	@$(PY) scripts/generate.py --check

check: env ## Format check, lint and strict type check
	@.venv/bin/ruff format --check overlay scripts tests examples
	@.venv/bin/ruff check overlay scripts tests examples
	@.venv/bin/mypy

test: env ## Drift check, lint, types, then the whole test suite against the sandboxes
	@bash scripts/test.sh

fuzz: env ## Schemathesis against the four sandboxes (also part of `make test`)
	@.venv/bin/pytest tests/fuzz -p no:randomly
mutate: env ## Break each README promise once and run its tests: kill rate and survivors (not part of test; minutes)
	@$(PY) scripts/mutate.py

bench: env ## Benchmarks, reported as ratios against a baseline measured in the same run
	@$(PY) scripts/bench.py

docs: env ## Build the documentation site into site/ (strict: a broken link, missing reference or warning fails)
	@NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict --clean --site-dir site

sandbox: env ## Serve a provider sandbox for a person to try (PROVIDER=airalo PORT=8088)
	@$(PY) scripts/sandbox.py $${PROVIDER:-airalo} --port $${PORT:-8088}

clean: ## Remove the environment and caches
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache dist site

.PHONY: wheels publish
wheels: env ## Build the five wheels and sdists into dist/ (refuses a version bump smaller than the spec change)
	@$(PY) scripts/wheels.py

publish: wheels ## Upload dist/ with twine (TWINE_REPOSITORY_URL, TWINE_USERNAME, TWINE_PASSWORD)
	@$(PY) scripts/publish.py
