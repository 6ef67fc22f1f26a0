"""Release engineering: versions, spec comparison, changelogs, wheels and publishing.

The command-line entry points are thin wrappers in scripts/ (wheels.py, publish.py,
release.py, specdiff.py); the logic lives here so that tests can import it. The modules
use only relative imports, so the package works as `scripts.release` (tests, the entry
points) and as `release` (from scripts/generate.py, whose directory is on sys.path).
"""
