"""Classify a spec change: scripts/specdiff.py <package> | scripts/specdiff.py OLD.yaml NEW.yaml.

With a package (airalo-client, or just airalo), compares specs/<provider>.yaml with the
spec of the package's last release (scripts/release/released/) and says whether the version
in scripts/release/versions.toml is a large enough bump. With two files, compares them.
The logic is scripts/release/specdiff.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.release.cli import specdiff_main

if __name__ == "__main__":
    sys.exit(specdiff_main())
