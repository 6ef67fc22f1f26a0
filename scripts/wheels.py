"""`make wheels`: build every package's wheel and sdist into dist/ (see scripts/release/wheels.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.release.wheels import main

if __name__ == "__main__":
    sys.exit(main())
