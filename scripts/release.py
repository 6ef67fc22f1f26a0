"""Release a package: scripts/release.py <package> <new-version> [--dry-run].

Compares the package's spec with its last released snapshot, refuses a version whose bump is
too small for that change, then records the release: the version in
scripts/release/versions.toml, a copy of the spec in scripts/release/released/, and a new
entry at the top of scripts/release/changelog/<package>.md. Review and edit that entry, then
`make wheels` and `make publish PACKAGES=<package>`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.release.cli import release_main as main

if __name__ == "__main__":
    sys.exit(main())
